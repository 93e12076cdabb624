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
  return { help, outDir, reports: parsed.positionals };
}

export const mergeHelp = (): string =>
  [
    'Usage: tsx scripts/merge.ts [--out <dir>] <report.json> <report.json> ...',
    '',
    'Joins the reports of the shards of one run (tsx scripts/reproduce.ts --shard <i>/<n>) into the',
    'report a single machine would have written: runs pooled and sorted by seed, every claim judged',
    'again over all of them. Writes report.json (checked against reports/schema.json) and report.md.',
    '',
    'The reports must come from one run: same suite version, Node version, experiments, settings and',
    '--seeds; every shard of it present once, no seed in two of them, and no --sweep.',
    '',
    'Options:',
    '  --out <dir>   output folder (default: reports/out)',
    '  -h, --help    show this help',
    '',
    'Exit codes: 0 success, 1 internal error (nothing written), 2 bad input (one line on stderr).',
  ].join('\n');
