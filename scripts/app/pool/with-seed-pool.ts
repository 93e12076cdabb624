import type { SeedsRunner } from '../run-experiment.js';
import { seedPool, type SeedPool } from './seed-pool.js';

/**
 * Runs `work` with a pool of `threads` threads (none when threads is 1) and closes the pool after.
 * On Ctrl-C it stops the pool, says that nothing was written and exits 130: outputs are only ever
 * written atomically at the very end, so there is no partial file to clean up.
 */
export async function withSeedPool<T>(command: string, threads: number, work: (runner: SeedsRunner | undefined) => Promise<T>): Promise<T> {
  let pool: SeedPool | null = null;
  process.once('SIGINT', () => {
    process.stderr.write(`\n${command}: interrupted; nothing written\n`);
    void (pool?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  });
  pool = threads > 1 ? seedPool(threads) : null;
  try {
    return await work(pool?.run);
  } finally {
    await pool?.close();
    pool = null;
  }
}
