import { resolve } from 'node:path';
import { parseFlags } from './app/args/parse-flags.js';
import { mergeShardReports } from './app/merge-reports.js';
import { ensureWritable } from './app/output-folder.js';
import { readReportFile } from './app/read-report.js';
import { runCommand, UsageError } from './app/usage-error.js';
import { writeReportSet } from './app/write-outputs.js';

const HELP = [
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

async function main(): Promise<number> {
  const parsed = parseFlags(process.argv.slice(2), { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (parsed.values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const out = parsed.values.out ?? 'reports/out';
  if (out.trim() === '') throw new UsageError('--out needs a folder');
  if (parsed.positionals.length === 0) throw new UsageError('give the report.json of every shard to merge');
  const report = mergeShardReports(parsed.positionals.map(readReportFile));
  const outDir = resolve(out);
  ensureWritable(outDir);
  const written = await writeReportSet(report, outDir);
  const seeds = report.experiments.map((e) => `${e.id} ${e.seeds.length}`).join(', ');
  process.stdout.write(`merged ${report.invocation.merged!.shards} shards (seeds: ${seeds}); wrote ${written.json}, ${written.markdown} and ${written.figures.length} figures beside them\n`);
  return 0;
}

await runCommand('merge', main);
