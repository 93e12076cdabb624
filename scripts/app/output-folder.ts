import { accessSync, constants, lstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeIoError } from '../../reports/output-set.js';
import { UsageError } from './usage-error.js';

// Node's own error for a folder it cannot make often names the wrong thing: its recursive mkdir
// says ENOENT on a read-only mount (it stats the folder it failed to make), and EEXIST or ENOTDIR
// when a file is in the way. So before making anything, the path is walked up to the part that
// exists and the problem is said of that part, in words: which path, and what is wrong with it.

const exists = (path: string) => {
  try {
    lstatSync(path); // a symbolic link counts, even one that leads nowhere
    return true;
  } catch {
    return false;
  }
};

/** Why `dir` cannot be made or written, said of the nearest part of it that exists; null if nothing is known to be wrong. */
export function folderProblem(dir: string): string | null {
  let existing = dir;
  while (!exists(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const subject = existing === dir ? 'it' : `"${existing}"`;
  try {
    if (!statSync(existing).isDirectory()) return `${subject} is a file, not a folder`;
  } catch {
    return `${subject} is a symbolic link to nothing`;
  }
  try {
    accessSync(existing, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EROFS' ? `${subject} is read-only (EROFS)` : `${subject} is not writable: ${describeIoError(error)}`;
  }
  return null;
}

/**
 * Creates the folder if needed and checks it can be written, before any work starts; a problem is
 * a one-line UsageError naming the folder (`what`, e.g. "--png-dir") and what is wrong with it.
 */
export function ensureWritable(dir: string, what = 'output folder'): void {
  const fail = (why: string) => new UsageError(`cannot write to ${what} "${dir}": ${why}`);
  const problem = folderProblem(dir);
  if (problem !== null) throw fail(problem);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    // The checks above passed, so the file system changed meanwhile or refused for its own reason.
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? 'no such parent folder (ENOENT)' : describeIoError(error));
  }
}
