import { UsageError } from '../usage-error.js';

// Sharding splits one run's seeds across machines: shard i of n runs the seeds k with
// (k − 1) mod n = i − 1, so every shard gets an even share of seeds and the shards of one run
// never overlap. scripts/merge.ts puts the shards' reports back together.

export interface Shard {
  /** 1-based: shards are numbered 1..count, as job arrays and CI matrices number them. */
  index: number;
  count: number;
}

export const MAX_SHARDS = 10_000;

/** Parses `--shard <i>/<n>` with 1 ≤ i ≤ n ≤ MAX_SHARDS, or throws a UsageError saying what is allowed. */
export function parseShard(raw: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const bad = (why: string) => new UsageError(`--shard must be <i>/<n> with 1 <= i <= n <= ${MAX_SHARDS}, got "${raw}"${why}`);
  if (!match) throw bad('');
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1 || count > MAX_SHARDS) throw bad(`: n must be from 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > count) throw bad(`: i must be from 1 to ${count}`);
  return { index, count };
}

/** The seeds of `seeds` that fall to this shard, in their order. */
export function shardSeeds(seeds: readonly number[], shard: Shard): number[] {
  return seeds.filter((k) => (k - 1) % shard.count === shard.index - 1);
}
