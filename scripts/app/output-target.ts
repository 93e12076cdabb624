import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { asideFolder, describeIoError, stagingFolder } from '../../reports/output-set.js';
import { stopOnInterrupt } from './interrupts.js';
import { folderProblem } from './output-folder.js';
import { UsageError } from './usage-error.js';
import { processAlive } from './process-alive.js';
import { announceTarget, ownPath } from './supervision/run-state.js';

// Before any training: can the output set go to `--out`? Nothing is created here but a lock beside
// the folder, so an interrupted run leaves no empty folder; the set itself is written at the end
// (reports/output-set.ts), replacing the folder as a whole. Hence the folder must be new, empty, or
// hold a previous set of the same command: a folder of other files is refused, never emptied.

/**
 * `marker`: the file a previous set of this command holds (report.json, comparison.json); `what`:
 * the folder as the user knows it (a flag's name), in the messages.
 */
export function checkOutputTarget(outDir: string, marker: string, what = 'output folder'): void {
  const problem = folderProblem(outDir);
  if (problem !== null) throw new UsageError(`cannot write to ${what} "${outDir}": ${problem}`);
  if (!existsSync(outDir)) return;
  // The set is moved in by renaming, which needs the parent folder to be writable too.
  const parent = dirname(outDir);
  const parentProblem = folderProblem(parent);
  if (parentProblem !== null) throw new UsageError(`cannot write to the folder that holds the output folder, "${parent}": ${parentProblem}`);
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(marker)) {
    throw new UsageError(`${what} "${outDir}" holds other files and no ${marker}; the output replaces the folder as a whole, so give a new or empty folder`);
  }
}

const lockFile = (outDir: string) => join(dirname(outDir), `.${basename(outDir)}.lock`);


/**
 * Claims `outDir` for this run until the output is written: a second run into the same folder is
 * refused rather than silently overwritten. A lock left by a process that no longer runs is taken
 * over. Returns the release, which also runs on an interrupt.
 */
export function lockOutput(outDir: string): () => void {
  announceTarget(outDir, stagingFolder(outDir), asideFolder(outDir));
  const file = lockFile(outDir);
  if (!existsSync(dirname(file))) return () => {}; // nothing to write beside yet; the folder is new
  try {
    writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`cannot write "${file}": ${describeIoError(error)}`);
    const holder = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
      throw new UsageError(`another run (process ${holder}) is writing to "${outDir}"; wait for it, or give another --out`);
    }
    writeFileSync(file, `${process.pid}\n`);
  }
  const disown = ownPath(file);
  const release = () => rmSync(file, { force: true });
  const forget = stopOnInterrupt(async () => release());
  return () => {
    forget();
    release();
    disown();
  };
}

/**
 * Runs `work`, which writes the output set to `outDir`, with the folder checked first
 * (checkOutputTarget: `marker`, `what`) and locked until `work` ends, however it ends.
 */
export async function withOutputTarget<T>(outDir: string, marker: string, work: () => Promise<T>, what?: string): Promise<T> {
  checkOutputTarget(outDir, marker, what);
  const release = lockOutput(outDir);
  try {
    return await work();
  } finally {
    release();
  }
}
