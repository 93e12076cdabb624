import { resolve } from 'node:path';
import { mergeHelp, parseMergeArgs } from './app/args/merge-args.js';
import { mergeShardReports } from './app/merge-reports.js';
import { readReportFile } from './app/read-report.js';
import { checkOutputTarget, lockOutput } from './app/output-target.js';
import { runCommand } from './app/usage-error.js';
import { writeReportSet } from './app/write-outputs.js';

async function main(): Promise<number> {
  const options = parseMergeArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${mergeHelp()}\n`);
    return 0;
  }
  const report = mergeShardReports(options.reports.map(readReportFile));
  const outDir = resolve(options.outDir);
  checkOutputTarget(outDir, 'report.json');
  const release = lockOutput('merge', outDir);
  try {
    const written = await writeReportSet(report, outDir);
    const seeds = report.experiments.map((e) => `${e.id} ${e.seeds.length}`).join(', ');
    process.stdout.write(`merged ${report.invocation.merged!.shards} shards (seeds: ${seeds}); wrote ${[written.json, written.markdown, written.html, ...written.csv].join(', ')} and ${written.figures.length} figures beside them\n`);
  } finally {
    release();
  }
  return 0;
}

await runCommand('merge', main);
