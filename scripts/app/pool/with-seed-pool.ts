import { stopOnInterrupt } from '../interrupts.js';
import type { SeedsRunner } from '../run-experiment.js';
import { seedPool, type SeedPool } from './seed-pool.js';

/**
 * Runs `work` with a pool of `threads` threads (none when threads is 1) and closes the pool after.
 * An interrupt stops the pool; see ../interrupts.ts.
 */
export async function withSeedPool<T>(threads: number, work: (runner: SeedsRunner | undefined) => Promise<T>): Promise<T> {
  let pool: SeedPool | null = null;
  const forget = stopOnInterrupt(async () => pool?.close());
  pool = threads > 1 ? seedPool(threads) : null;
  try {
    return await work(pool?.run);
  } finally {
    await pool?.close();
    pool = null;
    forget();
  }
}
