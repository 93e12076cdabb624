import { resolve } from 'node:path';
import { parseReproduceArgs } from './app/args/reproduce-args.js';
import { reproduceHelp } from './app/args/reproduce-help.js';
import { ensureWritable } from './app/output-folder.js';
import { reproduce } from './app/reproduce.js';
import { runCommand } from './app/usage-error.js';
import { writeReportSet } from './app/write-outputs.js';

async function main(): Promise<number> {
  const options = parseReproduceArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${reproduceHelp()}\n`);
    return 0;
  }
  const outDir = resolve(options.outDir);
  ensureWritable(outDir);
  const report = await reproduce(options);
  const written = await writeReportSet(report, outDir);
  process.stdout.write(`wrote ${written.json}, ${written.markdown} and ${written.figures.length} figures beside them\n`);
  return 0;
}

await runCommand('reproduce', main);
