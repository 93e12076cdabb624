import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decayMask, layoutOf } from './layout.js';
import type { Implementation, Runner, Trained, TrainingTask } from './task.js';

// The native reference: baselines/c-reference/ (train.c reads the task, passes.c holds the two
// variants), compiled into a temporary folder (never into the repository) that the runner's
// dispose() removes, and run as a child process that times its own training, so process start and
// parsing are not counted. Without a C compiler it is skipped with a note.

const SOURCES = ['train.c', 'passes.c'].map((file) => fileURLToPath(new URL(`./c-reference/${file}`, import.meta.url)));
/**
 * What a user builds native code with: -O3 -march=native and the compiler's default floating-point
 * contraction, which fuses a · b + c into one FMA instruction where the machine has one. So the C
 * reference agrees with the engine to rounding, not to the bit (baselines/agreement.ts).
 */
export const C_FLAGS = ['-O3', '-march=native'];

/** Per-pattern: each pattern forward and backward in turn; batched: each layer over the whole sweep. */
export const C_VARIANTS = ['per-pattern', 'batched'] as const;
export type CVariant = (typeof C_VARIANTS)[number];

let compiler: { cc: string } | { unavailable: string } | undefined;

/** The C compiler ($CC, else cc), or why there is none; asked once per process, and builds nothing. */
export function findCCompiler(): { cc: string } | { unavailable: string } {
  if (compiler) return compiler;
  const cc = process.env.CC ?? 'cc';
  try {
    execFileSync(cc, ['--version'], { stdio: 'ignore' });
    return (compiler = { cc });
  } catch {
    return (compiler = { unavailable: `no C compiler ("${cc}") on this machine` });
  }
}

export interface CompiledReference {
  binary: string;
  /** Removes the temporary folder the binary lives in. */
  dispose(): void;
}

/** Told of each build folder when it is made; what it returns is called once the folder is gone. */
let tellBuildFolder: (dir: string) => () => void = () => () => {};

/**
 * Has `tell` told of every build folder made from now on: a command that may be stopped outright,
 * before its exit hooks can run, hands the folders to whoever then removes them.
 */
export function watchCBuildFolders(tell: (dir: string) => () => void): void {
  tellBuildFolder = tell;
}

/**
 * Compiles the C reference into a new temporary folder (`extraFlags` after C_FLAGS: a test's -D).
 * The caller disposes of it; should it never get there (a crash), the folder is removed when the
 * process exits.
 */
export function compileCReference(extraFlags: readonly string[] = []): CompiledReference | { unavailable: string } {
  const found = findCCompiler();
  if ('unavailable' in found) return found;
  const dir = mkdtempSync(join(tmpdir(), 'backprop-1986-c-'));
  const forget = tellBuildFolder(dir);
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    forget();
  };
  process.once('exit', remove);
  const dispose = () => {
    process.off('exit', remove);
    remove();
  };
  const binary = join(dir, 'train');
  const built = spawnSync(found.cc, [...C_FLAGS, ...extraFlags, '-o', binary, ...SOURCES, '-lm'], { encoding: 'utf8' });
  if (built.status !== 0) {
    dispose();
    return { unavailable: `${found.cc} failed: ${(built.stderr || '').split('\n')[0]}` };
  }
  return { binary, dispose };
}

const num = (v: number) => (Object.is(v, -0) ? '-0' : String(v)); // shortest round-trip decimal

/** The task as the text train.c reads (every number exact: JavaScript prints round-trip decimals). */
export function serializeTask(task: TrainingTask, sweeps: number, reps: number): string {
  const layout = layoutOf(task.spec);
  const kinds = { input: 0, hidden: 1, output: 2 } as const;
  const out: string[] = ['1986', String(layout.groups.length)];
  for (const g of layout.groups) out.push(`${g.size} ${kinds[g.kind]} ${g.biasOffset}`);
  out.push(String(layout.projections.length));
  for (const p of layout.projections) out.push(`${p.from} ${p.to} ${p.offset} ${p.cols}`);
  out.push(String(layout.parameterCount), Array.from(task.initial, num).join(' '));
  out.push(Array.from(decayMask(layout, task.decay?.target ?? null)).join(' '));
  const { count } = task.patterns;
  out.push(String(count));
  const rows = (kind: 'input' | 'output', source: Record<string, ArrayLike<number>[]>) => {
    for (let p = 0; p < count; p++) {
      const row: string[] = [];
      for (const g of layout.groups) if (g.kind === kind) row.push(...Array.from(source[g.name]![p]!, num));
      out.push(row.join(' '));
    }
  };
  rows('input', task.patterns.inputs);
  rows('output', task.patterns.targets);
  const schedule = (s: TrainingTask['learningRate']) =>
    s.kind === 'constant' ? `1 1 ${num(s.value)}` : `${s.pieces.length} ${s.pieces.map((q) => `${q.fromSweep} ${num(q.value)}`).join(' ')}`;
  out.push(String(sweeps), schedule(task.learningRate), schedule(task.momentum));
  out.push(task.decay ? schedule(task.decay.rate) : '1 1 0');
  const outputs = layout.groups.filter((g) => g.kind === 'output').reduce((n, g) => n + g.size, 0);
  const scale = task.loss.reduction === 'mean' ? 1 / (count * outputs) : 1;
  const m = task.loss.margin;
  out.push(`${num(scale)} ${m === undefined ? 0 : m.residual === 'target' ? 1 : 2} ${num(m?.on ?? 0)} ${num(m?.off ?? 0)}`);
  out.push(String(reps));
  return `${out.join('\n')}\n`;
}

/** Runs one variant of the compiled reference `reps` times on the task; returns the last training and every time. */
export function runCReference(binary: string, variant: CVariant, task: TrainingTask, sweeps: number, reps = 1): Trained & { timesMs: number[] } {
  const run = spawnSync(binary, [variant], { input: serializeTask(task, sweeps, reps), encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`c-reference ${variant} exited with ${run.status}: ${(run.stderr ?? '').trim()}`);
  const lines = run.stdout.trim().split('\n');
  const timesMs = lines.filter((l) => l.startsWith('time ')).map((l) => Number(l.slice(5)) / 1e6);
  const error = lines.find((l) => l.startsWith('error '));
  const params = lines.find((l) => l.startsWith('params'));
  if (!error || !params || timesMs.length !== reps) throw new Error('c-reference printed an unexpected answer');
  return {
    params: Float64Array.from(params.slice(7).split(' '), Number),
    finalError: Number(error.slice(6)),
    selfTimedMs: timesMs[timesMs.length - 1]!,
    timesMs,
  };
}

/** Trainings per variant when choosing the faster one: the median of three is not thrown by one slow start. */
const CHOICE_REPS = 3;

const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times both variants on the whole training, one after the other (median of three each), and names the faster. */
export function fasterVariant(binary: string, task: TrainingTask): { variant: CVariant; seconds: Record<CVariant, number> } {
  const seconds = Object.fromEntries(C_VARIANTS.map((v) => [v, middle(runCReference(binary, v, task, task.sweeps, CHOICE_REPS).timesMs) / 1000])) as Record<CVariant, number>;
  const variant = C_VARIANTS.reduce((best, v) => (seconds[v] < seconds[best] ? v : best));
  return { variant, seconds };
}

const sig = (s: number) => String(Number(s.toPrecision(3)));

export const cReference: Implementation = {
  id: 'c-reference',
  precision: 'float64',
  description: `plain C loops (${C_FLAGS.join(' ')}, default FP contraction), per-pattern and batched variants: the faster one on the task is timed`,
  async prepare(task) {
    const c = compileCReference();
    if ('unavailable' in c) return c;
    try {
      const { variant, seconds } = fasterVariant(c.binary, task);
      const other = C_VARIANTS.find((v) => v !== variant)!;
      const runner: Runner = {
        train: async (sweeps) => runCReference(c.binary, variant, task, sweeps),
        dispose: c.dispose,
        description:
          `plain C, ${variant} variant (${sig(seconds[variant])} s per training against ${sig(seconds[other])} s for the ${other} one, median of ${CHOICE_REPS}); ` +
          `${C_FLAGS.join(' ')} with the default FP contraction (FMA), exp() of the C library: agrees with the engine to rounding, not to the bit`,
      };
      return runner;
    } catch (error) {
      c.dispose();
      throw error;
    }
  },
};

/**
 * Each variant as an implementation of its own, sharing one build made at the first prepare(), for
 * the scaling study, which times both side by side; dispose() removes the build.
 */
export function cReferenceVariants(): { variants: Array<{ variant: CVariant; implementation: Implementation }>; dispose(): void } {
  let build: CompiledReference | { unavailable: string } | undefined;
  const variants = C_VARIANTS.map((variant) => {
    const implementation: Implementation = {
      id: 'c-reference',
      precision: 'float64',
      description: `plain C, ${variant} variant (${C_FLAGS.join(' ')}, default FP contraction), timed inside the child process`,
      async prepare(task) {
        build ??= compileCReference();
        if ('unavailable' in build) return build;
        const { binary } = build;
        return { train: async (sweeps) => runCReference(binary, variant, task, sweeps), dispose: () => {} };
      },
    };
    return { variant, implementation };
  });
  return { variants, dispose: () => void (build && !('unavailable' in build) && build.dispose()) };
}
