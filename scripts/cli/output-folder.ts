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

/**
 * On Ctrl-C, says that nothing was written and exits 130. Outputs are only ever written
 * atomically at the very end, so there is no partial file to clean up.
 */
export function exitCleanlyOnInterrupt(command: string): void {
  process.once('SIGINT', () => {
    process.stderr.write(`\n${command}: interrupted; nothing written\n`);
    process.exit(130);
  });
}
