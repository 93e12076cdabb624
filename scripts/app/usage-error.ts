import { activeKernels, ConfigError } from '../../engine/index.js';
import { OutputError } from '../../reports/output-set.js';
import { InvalidReportError } from '../../reports/validate.js';

/** Bad input from the user: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/**
 * The last guard of "bad input is one line": messages are made one line where they are raised (and
 * tested there), but one that quotes a library's text could still carry a line break.
 */
const oneLine = (message: string) => message.replace(/\s*[\r\n]+\s*/g, ' ');

/** The environment is input too: a bad BACKPROP_KERNELS is refused before any work, not mid-run. */
function checkEnvironment(): void {
  try {
    activeKernels();
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Runs a command's main function with the suite's exit codes: 0 success, 1 a failed check or an
 * internal error, 2 bad input. Bad input never shows a stack trace.
 */
export async function runCommand(name: string, main: () => Promise<number>): Promise<void> {
  try {
    checkEnvironment();
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${name}: ${oneLine(error.message)} (see --help)\n`);
      process.exitCode = 2;
    } else if (error instanceof OutputError) {
      // A full disk, a read-only folder, a permission: the user can fix it, and the old output is untouched.
      process.stderr.write(`${name}: ${oneLine(error.message)}; the previous output, if any, is untouched\n`);
      process.exitCode = 2;
    } else if (error instanceof InvalidReportError) {
      process.stderr.write(`${name}: internal error, nothing written: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  }
}
