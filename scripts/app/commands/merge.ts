import { resolve } from 'node:path';
import { mergeHelp, parseMergeArgs } from '../args/merge-args.js';
import { mergeShardReports } from '../merge-reports.js';
import { readReportFile } from '../read-report.js';
import { withOutputTarget } from '../output-target.js';
import { writeReportSet } from '../write-outputs.js';

export async function main(): Promise<number> {
  const options = parseMergeArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${mergeHelp()}\n`);
    return 0;
  }
  const report = mergeShardReports(options.reports.map(readReportFile));
  const outDir = resolve(options.outDir);
  const written = await withOutputTarget(outDir, 'report.json', () => writeReportSet(report, outDir));
  const seeds = report.experiments.map((e) => `${e.id} ${e.seeds.length}`).join(', ');
  process.stdout.write(`merged ${report.invocation.merged!.shards} shards (seeds: ${seeds}); wrote ${[written.json, written.markdown, written.html, ...written.csv].join(', ')} and ${written.figures.length} figures beside them\n`);
  return 0;
}
