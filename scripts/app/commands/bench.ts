import { watchCBuildFolders } from '../../../baselines/c-reference.js';
import { writeFilesAtomically } from '../../../reports/atomic-write.js';
import { benchmarkTable, scalingTable } from '../../../reports/benchmark-markdown.js';
import { assertValidBenchmark } from '../../../reports/validate-benchmark.js';
import { benchHelp, checkJsonTarget, checkOutputFile, parseBenchArgs, SCALING_TARGET_SECONDS } from '../args/bench-args.js';
import { runBench } from '../bench/run-bench.js';
import { runScalingReport } from '../bench/scaling.js';
import { ownPath } from '../supervision/run-state.js';
import { writing } from '../write-outputs.js';

export async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${benchHelp()}\n`);
    return 0;
  }
  const jsonPath = args.json === null ? null : checkJsonTarget(args.json);
  const figurePath = args.scaling?.figure == null ? null : checkOutputFile('--figure', args.scaling.figure);
  // An interrupt ends this thread through process.exit, or the supervisor stops it outright; either
  // way the supervisor removes the C reference's build folders it was told of.
  watchCBuildFolders(ownPath);
  const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const files: Array<{ path: string; content: string }> = [];
  let report;
  if (args.scaling === null) {
    report = await runBench({ tasks: args.tasks, implementations: args.implementations, rounds: args.rounds, progress });
    // The table first: what was measured is printed even when the JSON cannot be written.
    process.stdout.write(`${benchmarkTable(report).join('\n')}\n`);
  } else {
    const { hidden, patterns } = args.scaling;
    const options = { implementations: args.implementations, hidden, patterns, rounds: args.rounds, targetSeconds: SCALING_TARGET_SECONDS, progress };
    report = await runScalingReport(options);
    process.stdout.write(`${scalingTable(report.scaling).join('\n')}\n`);
    if (figurePath !== null) {
      // vega is loaded only when a figure is asked for.
      const { scalingFigureSvg } = await import('../../../reports/figures/scaling.js');
      files.push({ path: figurePath, content: await scalingFigureSvg(report) });
    }
  }
  if (jsonPath !== null) {
    assertValidBenchmark(report);
    files.push({ path: jsonPath, content: `${JSON.stringify(report, null, 2)}\n` });
  }
  if (files.length > 0) {
    await writing(files.map((f) => f.path).join(' and '), async () => writeFilesAtomically(files));
    for (const f of files) process.stderr.write(`bench: wrote ${f.path}\n`);
  }
  return 0;
}
