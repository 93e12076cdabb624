import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs, strict, with its errors turned into a UsageError of one line, so that an
 * unknown or malformed flag exits 2 without a stack trace in every command.
 */
export function parseFlags<const O extends Options, const P extends boolean = false>(argv: string[], options: O, allowPositionals?: P) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: (allowPositionals ?? false) as P, options });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}
