import { measureWeights, measureWeightsHelp } from './app/measure-weights.js';
import { runCommand } from './app/usage-error.js';

async function main(): Promise<number> {
  const text = measureWeights(process.argv.slice(2));
  process.stdout.write(`${text ?? measureWeightsHelp()}\n`);
  return 0;
}

await runCommand('measure-weights', main);
