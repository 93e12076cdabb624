import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Some tests spawn the command-line entry points; give them room on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
