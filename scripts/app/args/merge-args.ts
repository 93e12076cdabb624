import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../usage-error.js';
import { parseFlags } from './parse-flags.js';

export interface MergeOptions {
  help: boolean;
  outDir: string;
  /** The shards' report.json files. */
  reports: string[];
}

export function parseMergeArgs(argv: string[]): MergeOptions {
  const parsed = parseFlags(argv, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  const help = parsed.values.help === true;
  const outDir = parsed.values.out ?? 'reports/out';
  if (outDir.trim() === '') throw new UsageError('--out needs a folder');
  if (!help && parsed.positionals.length === 0) throw new UsageError('give the report.json of every shard to merge');
  if (!help) refuseOutHoldingInput(outDir, parsed.positionals);
  return { help, outDir, reports: parsed.positionals };
}

/** A path with every link resolved; for a path not made yet, its nearest existing folder's real path and the rest. */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

/** Whether `dir` is `folder` or lies anywhere inside it. */
function within(dir: string, folder: string): boolean {
  const rel = relative(folder, dir);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/**
 * Merge writes its report set into --out, so an --out that holds a shard's report, in it or in a
 * folder below it, could overwrite or remove an input. Refused before anything is read or written;
 * on real paths, so a link or a spelling such as "shards/1/." does not slip past. Both the folder a
 * report was named in and the folder of the file a linked report points to count.
 */
function refuseOutHoldingInput(outDir: string, reports: readonly string[]): void {
  const out = realPath(outDir);
  const input = reports.find((r) => within(realPath(dirname(r)), out) || within(dirname(realPath(r)), out));
  if (input !== undefined) throw new UsageError(`--out "${outDir}" holds the input report "${input}": merging into it could overwrite the shard; choose another folder`);
}

export const mergeHelp = (): string =>
  [
    'Usage: tsx scripts/merge.ts [--out <dir>] <report.json> <report.json> ...',
    '',
    'Joins the reports of the shards of one run (tsx scripts/reproduce.ts --shard <i>/<n>) into the',
    'report a single machine would have written: runs pooled and sorted by seed, every claim judged',
    'again over all of them. Writes report.json (checked against reports/schema.json), report.md,',
    'runs.csv, claims.csv and the figures.',
    '',
    'The reports must come from one run: same suite version, Node version, experiments, settings and',
    '--seeds; every shard of it present once, no seed in two of them, and no --sweep. Every shard is',
    'recomputed where that needs no training (its seeds, curves, errors, criteria, weight digests and',
    'measures); the --out folder must not hold any of the reports.',
    '',
    'Options:',
    '  --out <dir>   output folder (default: reports/out)',
    '  -h, --help    show this help',
    '',
    'Exit codes: 0 success, 1 internal error (nothing written), 2 bad input (one line on stderr).',
  ].join('\n');
