import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// A run's outputs (JSON, Markdown, figures) are one set. They are written into a staging folder
// beside the target and then moved into place, so a reader finds the old set or the new one, never
// a mix, and nothing of an older set survives beside the new one. The move is two renames (old
// set aside, new set in), so for an instant the folder is absent; it is never half-written.

/** A file that cannot be written, in one line: the path and the cause in words. */
export class OutputError extends Error {}

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a folder is in the way',
  ENOTDIR: 'a file is in the way where a folder should be',
  EEXIST: 'a file is in the way',
  ENOTEMPTY: 'a folder is in the way',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
};

/** The cause of a file-system error in words (its code kept for searching). */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return (error as Error).message.split('\n')[0]!;
  return CAUSES[code] ? `${CAUSES[code]} (${code})` : code;
}

/** Runs one file-system step; its error becomes an OutputError naming `path`. */
function step<T>(path: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw new OutputError(`cannot write "${path}": ${describeIoError(error)}`);
  }
}

export interface OutputFile {
  /** Path inside the set, e.g. `report.json` or `figures/a.svg`. */
  name: string;
  /** The text or bytes, or a function that writes text piece by piece (for text too large for one string). */
  content: string | Uint8Array | ((write: (chunk: string) => void) => void);
}

/** Pieces are gathered up to this many characters before each write to the file. */
const BUFFERED = 1 << 20;

/** Writes a file from its pieces, a buffer at a time. */
function writePieces(path: string, produce: (write: (chunk: string) => void) => void): void {
  const fd = openSync(path, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      writeSync(fd, pending.join(''));
      pending = [];
      size = 0;
    };
    produce((chunk) => {
      pending.push(chunk);
      size += chunk.length;
      if (size >= BUFFERED) flush();
    });
    flush();
  } finally {
    closeSync(fd);
  }
}

/** The folders a run uses beside its target while it writes, by process id, so two runs never share one. */
export const stagingFolder = (outDir: string) => join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
export const asideFolder = (outDir: string) => join(dirname(outDir), `.${basename(outDir)}.old-${process.pid}`);

/**
 * Writes `files` as the whole content of `outDir`, replacing whatever set was there. On any error
 * the staging folder is removed and the old set is left as it was; the error is an OutputError.
 */
export function writeOutputSet(outDir: string, files: readonly OutputFile[]): void {
  const parent = dirname(outDir);
  const staging = stagingFolder(outDir);
  const aside = asideFolder(outDir);
  step(parent, () => mkdirSync(parent, { recursive: true }));
  rmSync(staging, { recursive: true, force: true });
  try {
    step(staging, () => mkdirSync(staging));
    for (const file of files) {
      const path = join(staging, file.name);
      step(join(outDir, file.name), () => {
        mkdirSync(dirname(path), { recursive: true });
        if (typeof file.content === 'function') writePieces(path, file.content);
        else writeFileSync(path, file.content);
      });
    }
    if (existsSync(outDir)) {
      if (!statSync(outDir).isDirectory()) throw new OutputError(`cannot write "${outDir}": a file is in the way (it is not a folder)`);
      step(outDir, () => renameSync(outDir, aside));
      try {
        step(outDir, () => renameSync(staging, outDir));
      } catch (error) {
        renameSync(aside, outDir);
        throw error;
      }
      rmSync(aside, { recursive: true, force: true });
    } else {
      step(outDir, () => renameSync(staging, outDir));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
