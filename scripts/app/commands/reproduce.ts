import { resolve } from 'node:path';
import { parseReproduceArgs } from '../args/reproduce-args.js';
import { reproduceHelp } from '../args/reproduce-help.js';
import { reproduce } from '../reproduce.js';
import { withOutputTarget } from '../output-target.js';
import { writeReportSet } from '../write-outputs.js';

export async function main(): Promise<number> {
  const options = parseReproduceArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${reproduceHelp()}\n`);
    return 0;
  }
  const outDir = resolve(options.outDir);
  const written = await withOutputTarget(outDir, 'report.json', async () => writeReportSet(await reproduce(options), outDir));
  process.stdout.write(`wrote ${[written.json, written.markdown, written.html, ...written.csv].join(', ')} and ${written.figures.length} figures beside them\n`);
  return 0;
}
