import { compareWithEngine, roundingScale } from '../../../baselines/agreement.js';
import { cReference, cReferenceVariants } from '../../../baselines/c-reference.js';
import { engine, engineTs } from '../../../baselines/engine-adapter.js';
import { implementations } from '../../../baselines/registry.js';
import type { Implementation, ImplementationId, Runner, Trained } from '../../../baselines/task.js';
import { buildNet } from '../../../engine/index.js';
import type { BenchmarkReport, ScalingMeasurement, ScalingPoint, ScalingSeries, ScalingStudy } from '../../../reports/contract/index.js';
import { environment } from '../environment.js';
import { median, summarize } from './statistics.js';
import { turnEventLoop } from '../turn-event-loop.js';
import { FIXED_HIDDEN, FIXED_PATTERNS, SCALING_CHECK_SWEEPS, SCALING_INPUTS, SCALING_OUTPUTS, scalingTask } from './scaling-tasks.js';

// How the time of one sweep grows with the net: at each point (a number of hidden units, or of
// patterns) every form is first checked against the engine over a few sweeps, as in the full
// benchmark, then given a number of sweeps that takes about `targetSeconds`, then timed in rounds
// of rotating order in this one process; per round, each form's seconds per sweep ÷ the engine's.
// A timed training includes what an implementation does once per call (packing patterns, making
// tensors, the final E), spread over its sweeps.

/** One series of the study: an implementation, or one form of it. */
export interface Form {
  label: string;
  implementation: Implementation;
}

/**
 * The engine's forms, timed at every point whatever --impl says; every ratio is taken against the
 * first, the engine with its default kernels (WebAssembly where the platform has SIMD). The second
 * is its TypeScript twin: checked against the first like any rival, then timed beside it.
 */
export const ENGINE_FORMS: readonly Form[] = [
  { label: 'engine', implementation: engine },
  { label: 'engine-ts', implementation: engineTs },
];

/** Enough for about 0.2 s of the smallest nets, and a bound on a mistimed calibration. */
export const MAX_SWEEPS = 1_000_000;

export interface ScalingOptions {
  /** Implementations besides the engine's forms, which always run. */
  implementations: readonly ImplementationId[];
  /** Hidden units of the points of the hidden series (patterns: FIXED_PATTERNS), and patterns of the other (hidden: FIXED_HIDDEN). */
  hidden: readonly number[];
  patterns: readonly number[];
  rounds: number;
  /** Seconds one timed training aims at; 0 times one sweep. */
  targetSeconds: number;
  /** At most this many sweeps per timed training (default MAX_SWEEPS). */
  maxSweeps?: number;
  progress: (line: string) => void;
  /** The implementations to choose from; the suite's registry unless a test passes its own. */
  registry?: readonly Implementation[];
}

/** The forms to time, and what to dispose of at the end: the C reference's two variants share one build. */
function formsOf(options: ScalingOptions): { forms: Form[]; dispose: () => void } {
  const forms: Form[] = [...ENGINE_FORMS];
  let dispose = () => {};
  for (const impl of options.registry ?? implementations) {
    // An engine form is already in, and --impl engine-ts must not time it twice.
    if (ENGINE_FORMS.some((f) => f.implementation.id === impl.id) || !options.implementations.includes(impl.id)) continue;
    if (impl !== cReference) {
      forms.push({ label: impl.id, implementation: impl });
      continue;
    }
    const c = cReferenceVariants();
    dispose = c.dispose;
    for (const { variant, implementation } of c.variants) forms.push({ label: `c-${variant}`, implementation });
  }
  return { forms, dispose };
}

/** Seconds of one training of `sweeps` sweeps, as the implementation timed it, else as timed here. */
async function timed(runner: Runner, sweeps: number): Promise<number> {
  await turnEventLoop();
  const t0 = performance.now();
  const trained = await runner.train(sweeps);
  return (trained.selfTimedMs ?? performance.now() - t0) / 1000;
}

/** Sweeps for a training of about `target` seconds: estimated from one sweep, then from about a tenth of the target. */
async function calibrate(runner: Runner, target: number, maxSweeps: number): Promise<number> {
  const clamp = (n: number) => Math.min(maxSweeps, Math.max(1, Math.round(n)));
  if (target === 0 || maxSweeps === 1) return 1;
  let sweeps = 1;
  let seconds = await timed(runner, 1);
  if (seconds < target / 10) {
    sweeps = clamp(target / 10 / Math.max(seconds, 1e-7));
    seconds = await timed(runner, sweeps);
  }
  return clamp((sweeps * target) / Math.max(seconds, 1e-7));
}

interface Timed {
  form: Form;
  runner: Runner;
  measurement: ScalingMeasurement;
  sweeps: number;
  perSweep: number[];
}

const fmt = (s: number) => (s >= 1e-3 ? `${(s * 1e3).toPrecision(3)} ms` : `${(s * 1e6).toPrecision(3)} µs`);

async function timePoint(series: ScalingSeries, hidden: number, patterns: number, forms: readonly Form[], options: ScalingOptions): Promise<ScalingPoint> {
  const task = scalingTask(hidden, patterns);
  const where = `${hidden} hidden, ${patterns} patterns`;
  const measurements: ScalingMeasurement[] = [];
  const contenders: Timed[] = [];
  const runners: Runner[] = [];
  try {
    let engineCheck: Trained | undefined;
    let tolerance: number | undefined;
    for (const form of forms) {
      const measurement: ScalingMeasurement = { label: form.label, status: 'timed' };
      measurements.push(measurement);
      await turnEventLoop();
      const prepared = await form.implementation.prepare(task);
      if ('unavailable' in prepared) {
        Object.assign(measurement, { status: 'unavailable', reason: prepared.unavailable });
        options.progress(`${where}: ${form.label} skipped: ${prepared.unavailable}`);
        continue;
      }
      runners.push(prepared);
      const check = await prepared.train(SCALING_CHECK_SWEEPS);
      engineCheck ??= check;
      tolerance ??= roundingScale(task, SCALING_CHECK_SWEEPS, engineCheck).tolerance;
      const { reason, ...agreement } = compareWithEngine(form.implementation, check, engineCheck, SCALING_CHECK_SWEEPS, tolerance);
      measurement.agreement = agreement;
      if (reason !== undefined) {
        Object.assign(measurement, { status: 'refused', reason });
        options.progress(`${where}: ${form.label} not timed: ${reason}`);
        continue;
      }
      const sweeps = await calibrate(prepared, options.targetSeconds, options.maxSweeps ?? MAX_SWEEPS);
      contenders.push({ form, runner: prepared, measurement, sweeps, perSweep: [] });
    }
    for (let r = 0; r < options.rounds; r++) {
      for (let k = 0; k < contenders.length; k++) {
        const c = contenders[(k + r) % contenders.length]!;
        c.perSweep.push((await timed(c.runner, c.sweeps)) / c.sweeps);
      }
    }
  } finally {
    for (const runner of runners) runner.dispose();
  }
  const reference = contenders[0];
  if (reference === undefined || reference.form !== forms[0]) throw new Error(`${where}: ${forms[0]!.label} was not timed, and every ratio is taken against it`);
  for (const c of contenders) {
    const ratios = c.perSweep.map((s, r) => s / reference.perSweep[r]!);
    Object.assign(c.measurement, {
      sweeps: c.sweeps,
      secondsPerSweep: summarize(c.perSweep),
      ratioToEngine: median(ratios),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    });
  }
  options.progress(`${where}: ${contenders.map((c) => `${c.form.label} ${fmt(median(c.perSweep))}/sweep`).join(', ')}`);
  return { series, hidden, patterns, parameters: buildNet(task.spec).parameterCount, measurements };
}

export async function runScaling(options: ScalingOptions): Promise<ScalingStudy> {
  const { forms, dispose } = formsOf(options);
  try {
    const points: ScalingPoint[] = [];
    for (const hidden of options.hidden) points.push(await timePoint('hidden', hidden, FIXED_PATTERNS, forms, options));
    for (const patterns of options.patterns) points.push(await timePoint('patterns', FIXED_HIDDEN, patterns, forms, options));
    return {
      inputs: SCALING_INPUTS,
      outputs: SCALING_OUTPUTS,
      fixedPatterns: FIXED_PATTERNS,
      fixedHidden: FIXED_HIDDEN,
      targetSeconds: options.targetSeconds,
      checkSweeps: SCALING_CHECK_SWEEPS,
      contenders: forms.map((f) => ({ label: f.label, implementation: f.implementation.id, precision: f.implementation.precision, description: f.implementation.description })),
      points,
    };
  } finally {
    dispose();
  }
}

/** The study as the benchmark's JSON carries it: no full trainings, the study under `scaling`. */
export async function runScalingReport(options: ScalingOptions): Promise<BenchmarkReport & { scaling: ScalingStudy }> {
  const scaling = await runScaling(options);
  return { environment: environment(), rounds: options.rounds, results: [], scaling };
}
