import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails the run when a test, or the code under test, leaves a temporary folder behind.
    globalSetup: ['test/global-setup/no-leftovers.ts'],
    // Threads start faster than forked processes.
    pool: 'threads',
    // Test files in one worker share the suite's modules: they are pure apart from caches keyed by
    // their inputs, and loading the registry and the report code once per worker instead of once
    // per file cut the suite's CPU time by a third here. So no test may replace a module (vi.mock);
    // test/architecture/shared-modules.test.ts holds that.
    isolate: false,
    // Vitest's default on 2 cores is one worker; a second keeps both cores busy while tests wait
    // for the commands they start.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Room for a loaded 2-core machine: a test that trains, or a hook that trains before the tests,
    // may take several times its quiet-machine time; none should come near these.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
