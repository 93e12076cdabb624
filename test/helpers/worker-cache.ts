import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-script.js';

// Where the seed pool builds the worker code it transpiles (scripts/app/pool/transpile-worker.ts):
// a folder named after the process that builds it and when, renamed when complete to a name made
// of the code's hash, which is kept as a cache. Only the building folders are listed here: one
// left behind is a leak.

export const WORKER_CACHE = join(ROOT, 'node_modules', '.cache');
const WORKER_FOLDER = /^backprop-1986-workers-(\d+)-(\d+)$/;

/** The seed pools' building folders there, with the process that made each and when (ms since 1970). */
export function workerFolders(): Array<{ name: string; pid: number; madeAt: number }> {
  if (!existsSync(WORKER_CACHE)) return [];
  return readdirSync(WORKER_CACHE).flatMap((name) => {
    const match = WORKER_FOLDER.exec(name);
    return match ? [{ name: join(WORKER_CACHE, name), pid: Number(match[1]), madeAt: Number(match[2]) }] : [];
  });
}
