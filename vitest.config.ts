import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails the run when a test, or the code under test, leaves a temporary folder behind.
    globalSetup: ['test/global-setup/no-leftovers.ts'],
    // Room for a loaded 2-core machine: a test that trains, or a hook that trains before the tests,
    // may take several times its quiet-machine time; none should come near these.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
