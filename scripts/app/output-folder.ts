import { accessSync, constants, mkdirSync } from 'node:fs';
import { UsageError } from './usage-error.js';

/** Creates the output folder if needed and checks it can be written, before any work starts. */
export function ensureWritable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(`cannot write to output folder "${dir}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
