import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeIoError, OutputError } from './output-set.js';

/**
 * Writes every file to a temporary name beside it, then renames them all into place, so a reader
 * never sees a half-written file and a failure leaves no partial output behind.
 */
export function writeFilesAtomically(files: ReadonlyArray<{ path: string; content: string }>): void {
  const temps: string[] = [];
  let current = '';
  try {
    for (const f of files) {
      current = f.path;
      mkdirSync(dirname(f.path), { recursive: true });
      const temp = `${f.path}.${process.pid}.tmp`;
      temps.push(temp);
      writeFileSync(temp, f.content);
    }
    files.forEach((f, k) => {
      current = f.path;
      renameSync(temps[k]!, f.path);
    });
  } catch (error) {
    throw new OutputError(`cannot write "${current}": ${describeIoError(error)}`);
  } finally {
    for (const t of temps) rmSync(t, { force: true });
  }
}
