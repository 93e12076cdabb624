import { writeFilesAtomically } from '../reports/atomic-write.js';
import { benchmarkTable } from '../reports/benchmark-markdown.js';
import { assertValidBenchmark } from '../reports/validate-benchmark.js';
import { benchHelp, checkJsonTarget, parseBenchArgs } from './app/args/bench-args.js';
import { runBench } from './app/bench/run-bench.js';
import { stopOnInterrupt } from './app/interrupts.js';
import { runCommand } from './app/usage-error.js';

// npm run bench: times the engine beside its baselines; the table goes to stdout, progress to stderr.

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${benchHelp()}\n`);
    return 0;
  }
  const jsonPath = args.json === null ? null : checkJsonTarget(args.json);
  // Ctrl-C exits through process.exit, so the C reference's build folders go with their exit hooks.
  stopOnInterrupt('bench', async () => {});
  const report = await runBench({
    tasks: args.tasks,
    implementations: args.implementations,
    rounds: args.rounds,
    progress: (line) => process.stderr.write(`bench: ${line}\n`),
  });
  // The table first: what was measured is printed even when the JSON cannot be written.
  process.stdout.write(`${benchmarkTable(report).join('\n')}\n`);
  if (jsonPath !== null) {
    assertValidBenchmark(report);
    writeFilesAtomically([{ path: jsonPath, content: `${JSON.stringify(report, null, 2)}\n` }]);
    process.stderr.write(`bench: wrote ${jsonPath}\n`);
  }
  return 0;
}

await runCommand('bench', main);
