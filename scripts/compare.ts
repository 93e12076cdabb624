import { resolve } from 'node:path';
import { variants } from '../reproductions/kit/variants.js';
import { compareHelp, parseCompareArgs } from './app/args/compare-args.js';
import { runComparison } from './app/compare.js';
import { checkOutputTarget, lockOutput } from './app/output-target.js';
import { runCommand } from './app/usage-error.js';
import { writeComparisonSet } from './app/write-outputs.js';

async function main(): Promise<number> {
  const options = parseCompareArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${compareHelp()}\n`);
    return 0;
  }
  if (options.listVariants) {
    process.stdout.write(`${variants.map((v) => v.id).join('\n')}\n`);
    return 0;
  }
  const outDir = resolve(options.outDir);
  checkOutputTarget(outDir, 'comparison.json');
  const release = lockOutput('compare', outDir);
  try {
    const written = await writeComparisonSet(await runComparison(options), outDir);
    process.stdout.write(`wrote ${written.json}, ${written.markdown} and ${written.html}\n`);
  } finally {
    release();
  }
  return 0;
}

await runCommand('compare', main);
