import { availableParallelism } from 'node:os';
import { UsageError } from '../usage-error.js';

export const MAX_SEEDS = 100_000;
export const MAX_WORKERS = 256;

/** A whole number from 1 to max, or a UsageError naming the flag. */
export function parseCount(flag: string, raw: string, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${raw}"`);
  return n;
}

/** --workers: threads that train seeds, the number of cores when not given. */
export const parseWorkers = (raw: string | undefined): number => (raw === undefined ? availableParallelism() : parseCount('--workers', raw, MAX_WORKERS));
