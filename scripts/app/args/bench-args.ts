import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { IMPLEMENTATION_IDS } from '../../../baselines/registry.js';
import type { ImplementationId } from '../../../baselines/task.js';
import { taskIds } from '../bench/tasks.js';
import { UsageError } from '../usage-error.js';
import { parseCount } from './counts.js';
import { parseFlags } from './parse-flags.js';
import { parseList, parseName } from './values.js';

export const DEFAULT_ROUNDS = 7;
export const MAX_ROUNDS = 1000;

export interface BenchArgs {
  help: boolean;
  tasks: string[];
  implementations: ImplementationId[];
  rounds: number;
  json: string | null;
}

/** Ids read by the list rules every command shares (values.ts), run in the order `known` gives them. */
function list<T extends string>(flag: string, raw: string[] | undefined, known: readonly T[]): T[] {
  if (raw === undefined) return [...known];
  const ids = parseList(flag, raw, 'id', known);
  for (const id of ids) if (!known.includes(id as T)) throw new UsageError(`${flag}: unknown id "${id}" (known: ${known.join(', ')})`);
  return known.filter((k) => ids.includes(k));
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const parsed = parseFlags(argv, {
        only: { type: 'string', multiple: true },
        impl: { type: 'string', multiple: true },
        rounds: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      });
  const v = parsed.values;
  return {
    help: v.help === true,
    tasks: list('--only', v.only, taskIds()),
    implementations: list('--impl', v.impl, IMPLEMENTATION_IDS),
    rounds: v.rounds === undefined ? DEFAULT_ROUNDS : parseCount('--rounds', v.rounds, MAX_ROUNDS),
    json: v.json === undefined ? null : parseName('--json', v.json, 'a file name'),
  };
}

export function benchHelp(): string {
  return [
    'Usage: npm run bench -- [options]     (or: tsx scripts/bench.ts [options])',
    '',
    'Times one full training of each task (the paper\'s sweep count) with the engine and every',
    'baseline, interleaved in one process, and prints a Markdown table on stdout (progress on stderr).',
    'Each baseline first trains a few sweeps from the engine\'s initial parameters; one that does not',
    'end where the engine ends (float64: 1e-9, float32: 1e-5) is not timed, and the table says why.',
    '',
    'Options:',
    `  --only <tasks>        tasks to time: ${taskIds().join(', ')} (default: all)`,
    `  --impl <ids>          implementations besides the engine, which always runs: ${IMPLEMENTATION_IDS.filter((i) => i !== 'engine').join(', ')} (default: all)`,
    `  --rounds <n>          timed rounds after one warm-up training each (default: ${DEFAULT_ROUNDS})`,
    '  --json <file>         also write the results as JSON, checked against $defs/benchmark of reports/schema.json',
    '  -h, --help            show this help',
    '',
    'The C reference is compiled with cc -O3 -march=native -ffp-contract=off into a temporary folder; without a',
    'C compiler it is skipped with a note. Exit codes: 0 success, 1 internal error, 2 bad input.',
  ].join('\n');
}

/** The --json file's absolute path, once its folder exists and can be written. */
export function checkJsonTarget(file: string): string {
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
