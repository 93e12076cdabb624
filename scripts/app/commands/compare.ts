import { resolve } from 'node:path';
import { variants } from '../../../reproductions/kit/variants.js';
import { compareHelp, parseCompareArgs } from '../args/compare-args.js';
import { runComparison } from '../compare.js';
import { withOutputTarget } from '../output-target.js';
import { writeComparisonSet } from '../write-outputs.js';

export async function main(): Promise<number> {
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
  const written = await withOutputTarget(outDir, 'comparison.json', async () => writeComparisonSet(await runComparison(options), outDir));
  process.stdout.write(`wrote ${written.json}, ${written.markdown} and ${written.html}\n`);
  return 0;
}
