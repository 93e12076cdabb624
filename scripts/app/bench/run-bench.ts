import { Bench } from 'tinybench';
import { compareWithEngine, roundingScale } from '../../../baselines/agreement.js';
import { implementations } from '../../../baselines/registry.js';
import type { Implementation, ImplementationId, Runner, Trained } from '../../../baselines/task.js';
import { buildNet, parametersDigest } from '../../../engine/index.js';
import { environment } from '../environment.js';
import type { BenchmarkReport, BenchmarkResult } from '../../../reports/contract/index.js';
import { median, summarize } from './statistics.js';
import { benchTask, type BenchTask } from './tasks.js';
import { turnEventLoop } from '../turn-event-loop.js';

// One full training per implementation and round, all implementations interleaved in the same
// process (tinybench times each call; the C reference reports the time it measured itself). The
// order rotates from round to round so that no implementation always runs after the same one,
// and ratios to the engine are taken within a round, then their median over rounds.

export interface BenchOptions {
  tasks: readonly string[];
  /** Implementations besides the engine, which always runs: every ratio is taken against it. */
  implementations: readonly ImplementationId[];
  rounds: number;
  progress: (line: string) => void;
  /** The implementations to choose from; the suite's registry unless a test passes its own. */
  registry?: readonly Implementation[];
}

/**
 * Warm-up: full trainings until one second has passed (at least one, at most ten), so that the
 * JIT has settled before timing. (A forced garbage collection before each sample was tried and
 * dropped: V8 then discards optimised code, and the engine re-tiers in every round.)
 */
const WARM_UP_MS = 1000;
const WARM_UP_MAX = 10;

interface Contender {
  impl: Implementation;
  runner: Runner;
  result: BenchmarkResult;
  seconds: number[];
}

/** Times one task; every runner it prepares goes into `runners`, for the caller to dispose of. */
async function timeTask(task: BenchTask, chosen: readonly Implementation[], rounds: number, progress: (line: string) => void, runners: Runner[]): Promise<BenchmarkResult[]> {
  const parameters = buildNet(task.spec).parameterCount;
  const base = { task: task.id, parameters, patterns: task.patterns.count, sweeps: task.sweeps };
  const results: BenchmarkResult[] = [];
  const contenders: Contender[] = [];
  let engineCheck: Trained | undefined;
  let float64Tolerance: number | undefined;
  for (const impl of chosen) {
    const entry: BenchmarkResult = { ...base, implementation: impl.id, precision: impl.precision, description: impl.description, status: 'timed', cups: null };
    results.push(entry);
    await turnEventLoop();
    const prepared = await impl.prepare(task);
    if ('unavailable' in prepared) {
      Object.assign(entry, { status: 'unavailable', reason: prepared.unavailable });
      progress(`${task.id}: ${impl.id} skipped: ${prepared.unavailable}`);
      continue;
    }
    runners.push(prepared);
    if (prepared.description !== undefined) entry.description = prepared.description;
    // Oracle first: a short training from the same parameters must end where the engine's ends.
    const check = await prepared.train(task.checkSweeps);
    engineCheck ??= check;
    float64Tolerance ??= roundingScale(task, task.checkSweeps, engineCheck).tolerance;
    const { reason, ...agreement } = compareWithEngine(impl, check, engineCheck, task.checkSweeps, float64Tolerance);
    entry.agreement = agreement;
    if (reason !== undefined) {
      Object.assign(entry, { status: 'refused', reason });
      progress(`${task.id}: ${impl.id} not timed: ${reason}`);
      continue;
    }
    contenders.push({ impl, runner: prepared, result: entry, seconds: [] });
  }

  progress(`${task.id}: warm-up, full trainings of ${task.sweeps} sweeps for about ${WARM_UP_MS / 1000} s each`);
  const warmUp = async (c: Contender): Promise<Trained> => {
    const t0 = performance.now();
    await turnEventLoop();
    const first = await c.runner.train(task.sweeps);
    for (let n = 1; n < WARM_UP_MAX && performance.now() - t0 < WARM_UP_MS; n++) {
      await turnEventLoop();
      await c.runner.train(task.sweeps);
    }
    return first;
  };
  const engineFull = await warmUp(contenders[0]!);
  for (const c of contenders) {
    const full = c === contenders[0] ? engineFull : await warmUp(c);
    c.result.fullRun = {
      finalError: full.finalError,
      relativeErrorDifference: Math.abs(full.finalError - engineFull.finalError) / Math.abs(engineFull.finalError),
      sameDigest: parametersDigest(full.params) === parametersDigest(engineFull.params),
    };
  }

  for (let r = 0; r < rounds; r++) {
    const order = contenders.map((_, k) => contenders[(k + r) % contenders.length]!);
    const bench = new Bench({ iterations: 1, time: 0, warmup: false, retainSamples: true, throws: true });
    for (const c of order) {
      bench.add(
        c.impl.id,
        async () => {
          const trained = await c.runner.train(task.sweeps);
          return trained.selfTimedMs === undefined ? undefined : { overriddenDuration: trained.selfTimedMs };
        },
        { beforeEach: turnEventLoop }, // outside the timed call
      );
    }
    await bench.run();
    for (const c of order) {
      const t = bench.tasks.find((x) => x.name === c.impl.id)!;
      const result = t.result;
      if (result.state !== 'completed') throw new Error(`${task.id}: ${c.impl.id} did not complete (${result.state})`);
      c.seconds.push(result.latency.mean / 1000);
    }
    progress(`${task.id}: round ${r + 1}/${rounds}: ${order.map((c) => `${c.impl.id} ${c.seconds[r]!.toFixed(3)} s`).join(', ')}`);
  }

  const engineSeconds = contenders[0]!.seconds;
  for (const c of contenders) {
    const seconds = summarize(c.seconds);
    const ratios = c.seconds.map((s, r) => s / engineSeconds[r]!);
    Object.assign(c.result, {
      seconds,
      cups: (parameters * task.patterns.count * task.sweeps) / seconds.median,
      sweepsPerSecond: task.sweeps / seconds.median,
      ratioToEngine: median(ratios),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    });
  }
  return results;
}

/** Every runner is disposed of once, however the timing ends: a C reference holds a temporary folder. */
async function benchTaskRounds(task: BenchTask, chosen: readonly Implementation[], rounds: number, progress: (line: string) => void): Promise<BenchmarkResult[]> {
  const runners: Runner[] = [];
  try {
    return await timeTask(task, chosen, rounds, progress, runners);
  } finally {
    for (const runner of runners) runner.dispose();
  }
}

export async function runBench(options: BenchOptions): Promise<BenchmarkReport> {
  const chosen = (options.registry ?? implementations).filter((i) => i.id === 'engine' || options.implementations.includes(i.id));
  if (chosen[0]?.id !== 'engine') throw new Error('the engine must come first: every ratio is taken against it');
  const results: BenchmarkResult[] = [];
  for (const id of options.tasks) {
    const task = benchTask(id);
    options.progress(`${id}: ${task.description}`);
    results.push(...(await benchTaskRounds(task, chosen, options.rounds, options.progress)));
  }
  return { environment: environment(), rounds: options.rounds, results };
}
