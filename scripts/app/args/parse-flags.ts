import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

// node:util's parseArgs takes any word that starts with a dash for a flag, so `--seeds -1` is
// refused as "ambiguous" over three lines instead of reaching --seeds' own check. No flag here
// looks like a negative number, so such a value is joined to its option (`--seeds=-1`, which
// parseArgs accepts) and left to the option's parser to refuse with its usual message. Any other
// dash-led word where a value should be is a value forgotten, said so in one line.
const NEGATIVE_NUMBER = /^-\.?\d/;

/** `--name` or `-n` as the long form of an option that takes a value, or null. */
function optionTakingValue(arg: string, options: Options): string | null {
  const name = arg.startsWith('--') ? arg.slice(2) : /^-[^-]$/.test(arg) ? Object.keys(options).find((k) => options[k]!.short === arg[1]) : undefined;
  return name !== undefined && Object.hasOwn(options, name) && options[name]!.type === 'string' ? `--${name}` : null;
}

function joinDashValues(argv: readonly string[], options: Options): string[] {
  const joined: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--') return [...joined, ...argv.slice(k)]; // the rest is positional, as the user meant it
    const option = optionTakingValue(arg, options);
    const next = argv[k + 1];
    if (option === null || next === undefined || next.length < 2 || !next.startsWith('-')) {
      joined.push(arg);
      continue;
    }
    if (!NEGATIVE_NUMBER.test(next)) throw new UsageError(`${option} needs a value, got the flag "${next}"; to give a value that starts with a dash, write ${option}=${next}`);
    joined.push(`${option}=${next}`);
    k++;
  }
  return joined;
}

/**
 * node:util's parseArgs, strict, with its errors turned into a UsageError of one line, so that an
 * unknown or malformed flag exits 2 without a stack trace in every command.
 */
export function parseFlags<const O extends Options, const P extends boolean = false>(argv: string[], options: O, allowPositionals?: P) {
  const args = joinDashValues(argv, options);
  try {
    return parseArgs({ args, strict: true, allowPositionals: (allowPositionals ?? false) as P, options });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}
