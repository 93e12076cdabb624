import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails the run when a test, or the code under test, leaves a temporary folder behind.
    globalSetup: ['test/global-setup/no-leftovers.ts'],
    // Threads start faster than forked processes, and each test file still gets fresh modules.
    pool: 'threads',
    // Vitest's default on 2 cores is one worker; a second keeps both cores busy while tests wait
    // for the commands they start.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Room for a loaded 2-core machine: a test that trains, or a hook that trains before the tests,
    // may take several times its quiet-machine time; none should come near these.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
