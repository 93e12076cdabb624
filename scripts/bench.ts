import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFilesAtomically } from '../reports/atomic-write.js';
import { benchmarkTable } from '../reports/benchmark-markdown.js';
import { assertValidBenchmark } from '../reports/validate-benchmark.js';
import { benchHelp, parseBenchArgs } from './app/args/bench-args.js';
import { runBench } from './app/bench/run-bench.js';
import { runCommand, UsageError } from './app/usage-error.js';

// npm run bench: times the engine beside its baselines; the table goes to stdout, progress to stderr.

function checkJsonTarget(file: string): string {
  const path = resolve(file);
  const dir = dirname(path);
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error('no such folder');
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(`cannot write --json file "${file}": ${(error as Error).message}`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`--json "${file}" is a folder`);
  return path;
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${benchHelp()}\n`);
    return 0;
  }
  const jsonPath = args.json === null ? null : checkJsonTarget(args.json);
  const report = await runBench({
    tasks: args.tasks,
    implementations: args.implementations,
    rounds: args.rounds,
    progress: (line) => process.stderr.write(`bench: ${line}\n`),
  });
  if (jsonPath !== null) {
    assertValidBenchmark(report);
    writeFilesAtomically([{ path: jsonPath, content: `${JSON.stringify(report, null, 2)}\n` }]);
    process.stderr.write(`bench: wrote ${jsonPath}\n`);
  }
  process.stdout.write(`${benchmarkTable(report).join('\n')}\n`);
  return 0;
}

await runCommand('bench', main);
