import { measureWeights, measureWeightsHelp } from '../measure-weights.js';

export async function main(): Promise<number> {
  const text = measureWeights(process.argv.slice(2));
  process.stdout.write(`${text ?? measureWeightsHelp()}\n`);
  return 0;
}
