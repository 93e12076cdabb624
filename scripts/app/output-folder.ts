import { accessSync, constants, lstatSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeIoError } from '../../reports/output-set.js';

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
