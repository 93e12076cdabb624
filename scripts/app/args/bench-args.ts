import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { IMPLEMENTATION_IDS } from '../../../baselines/registry.js';
import type { ImplementationId } from '../../../baselines/task.js';
import { DEFAULT_HIDDEN, DEFAULT_PATTERNS, FIXED_HIDDEN, FIXED_PATTERNS, MAX_HIDDEN, MAX_PATTERNS, SCALING_INPUTS, SCALING_OUTPUTS } from '../bench/scaling-tasks.js';
import { taskIds } from '../bench/tasks.js';
import { UsageError } from '../usage-error.js';
import { parseCount } from './counts.js';
import { parseFlags } from './parse-flags.js';
import { parseList, parseName } from './values.js';

export const DEFAULT_ROUNDS = 7;
/** Rounds per point of the scaling study: three keep its default run near a minute on 2 cores. */
export const DEFAULT_SCALING_ROUNDS = 3;
export const MAX_ROUNDS = 1000;
/** What --scaling times besides the engine unless --impl says otherwise: the native and library rivals. */
export const SCALING_IMPLEMENTATIONS: readonly ImplementationId[] = ['c-reference', 'tfjs-cpu', 'tfjs-wasm'];
/** Seconds one timed training of the scaling study aims at. */
export const SCALING_TARGET_SECONDS = 0.2;

export interface ScalingArgs {
  hidden: number[];
  patterns: number[];
  /** The SVG figure's file, or null for none. */
  figure: string | null;
}

export interface BenchArgs {
  help: boolean;
  tasks: string[];
  implementations: ImplementationId[];
  rounds: number;
  json: string | null;
  /** Null: full trainings of the tasks; otherwise the scaling study instead. */
  scaling: ScalingArgs | null;
}

/** Ids read by the list rules every command shares (values.ts), run in the order `known` gives them. */
function list<T extends string>(flag: string, raw: string[] | undefined, known: readonly T[]): T[] {
  if (raw === undefined) return [...known];
  const ids = parseList(flag, raw, 'id', known);
  for (const id of ids) if (!known.includes(id as T)) throw new UsageError(`${flag}: unknown id "${id}" (known: ${known.join(', ')})`);
  return known.filter((k) => ids.includes(k));
}

/** Sizes along one series of the scaling study, ascending; each a whole number from 1 to max. */
function sizes(flag: string, raw: string[] | undefined, defaults: readonly number[], max: number): number[] {
  if (raw === undefined) return [...defaults];
  return parseList(flag, raw, 'size').map((item) => parseCount(flag, item, max)).sort((a, b) => a - b);
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const parsed = parseFlags(argv, {
        only: { type: 'string', multiple: true },
        impl: { type: 'string', multiple: true },
        rounds: { type: 'string' },
        json: { type: 'string' },
        scaling: { type: 'boolean' },
        hidden: { type: 'string', multiple: true },
        patterns: { type: 'string', multiple: true },
        figure: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      });
  const v = parsed.values;
  const scaling = v.scaling === true;
  if (!scaling) {
    for (const flag of ['hidden', 'patterns', 'figure'] as const) if (v[flag] !== undefined) throw new UsageError(`--${flag} belongs to the scaling study: add --scaling`);
  } else if (v.only !== undefined) {
    throw new UsageError('--only chooses tasks of full trainings, and --scaling times generated nets instead: give one of them');
  }
  const figure = v.figure === undefined ? null : parseName('--figure', v.figure, 'a file name');
  if (figure !== null && !figure.toLowerCase().endsWith('.svg')) throw new UsageError(`--figure must name an .svg file, got "${figure}"`);
  const json = v.json === undefined ? null : parseName('--json', v.json, 'a file name');
  if (figure !== null && json !== null && resolve(figure) === resolve(json)) throw new UsageError('--figure and --json name the same file');
  return {
    help: v.help === true,
    tasks: scaling ? [] : list('--only', v.only, taskIds()),
    implementations: list('--impl', v.impl ?? (scaling ? [SCALING_IMPLEMENTATIONS.join(',')] : undefined), IMPLEMENTATION_IDS),
    rounds: v.rounds === undefined ? (scaling ? DEFAULT_SCALING_ROUNDS : DEFAULT_ROUNDS) : parseCount('--rounds', v.rounds, MAX_ROUNDS),
    json,
    scaling: scaling
      ? { hidden: sizes('--hidden', v.hidden, DEFAULT_HIDDEN, MAX_HIDDEN), patterns: sizes('--patterns', v.patterns, DEFAULT_PATTERNS, MAX_PATTERNS), figure }
      : null,
  };
}

export function benchHelp(): string {
  return [
    'Usage: npm run bench -- [options]     (or: tsx scripts/bench.ts [options])',
    '',
    'Times one full training of each task (the paper\'s sweep count) with the engine and every',
    'baseline, interleaved in one process, and prints a Markdown table on stdout (progress on stderr).',
    'Each baseline first trains a few sweeps from the engine\'s initial parameters; one that does not',
    'end where the engine ends is not timed, and the table says why (float64: within a tolerance placed',
    'between float64 and float32 rounding of the same training, baselines/agreement.ts; float32: 1e-5).',
    '',
    'Options:',
    `  --only <tasks>        tasks to time: ${taskIds().join(', ')} (default: all)`,
    `  --impl <ids>          implementations besides the engine, which always runs: ${IMPLEMENTATION_IDS.filter((i) => i !== 'engine').join(', ')}`,
    `                        (default: all; with --scaling: ${SCALING_IMPLEMENTATIONS.join(', ')})`,
    '                        engine: the engine on its default kernels (WebAssembly where the platform has SIMD);',
    '                        engine-ts: the engine on its TypeScript passes, their twin with the same bits',
    `  --rounds <n>          timed rounds (default: ${DEFAULT_ROUNDS}; with --scaling: ${DEFAULT_SCALING_ROUNDS} per point)`,
    '  --json <file>         also write the results as JSON, checked against $defs/benchmark of reports/schema.json',
    '  -h, --help            show this help',
    '',
    'Scaling study (instead of the full trainings):',
    `  --scaling             time one sweep of a ${SCALING_INPUTS}-h-${SCALING_OUTPUTS} net of logistic units (random 0/1 patterns) as it`,
    '                        grows, every implementation at every point, each training about',
    `                        ${SCALING_TARGET_SECONDS} s; the table gives seconds per sweep and the time ÷ the engine's.`,
    '                        The engine always runs as engine and engine-ts; the C reference as its two',
    '                        variants, c-per-pattern and c-batched.',
    `  --hidden <sizes>      hidden units of the points, with ${FIXED_PATTERNS} patterns (default: ${DEFAULT_HIDDEN.join(',')})`,
    `  --patterns <sizes>    patterns of the points, with ${FIXED_HIDDEN} hidden units (default: ${DEFAULT_PATTERNS.join(',')})`,
    '  --figure <file.svg>   also draw seconds per sweep against size, log-log, into this SVG file',
    '                        (default: no figure); with --json, the JSON holds the study under "scaling"',
    '',
    'The C reference is compiled with cc -O3 -march=native (the compiler\'s default floating-point contraction)',
    'into a temporary folder, removed on exit and on Ctrl-C; without a C compiler it is skipped with a note,',
    'and so is TensorFlow.js when its optional packages are not installed.',
    'Exit codes: 0 success, 1 internal error, 2 bad input.',
  ].join('\n');
}

/** The absolute path of an output file given by `flag`, once its folder exists and can be written. */
export function checkOutputFile(flag: string, file: string): string {
  const path = resolve(file);
  const dir = dirname(path);
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error('no such folder');
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(`cannot write ${flag} file "${file}": ${(error as Error).message}`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`${flag} "${file}" is a folder`);
  return path;
}

/** The --json file's absolute path, once its folder exists and can be written. */
export const checkJsonTarget = (file: string): string => checkOutputFile('--json', file);
