import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-script.js';

// Where the seed pool puts the worker code it transpiles (scripts/app/pool/transpile-worker.ts):
// one folder per pool, named after the process that made it and when.

export const WORKER_CACHE = join(ROOT, 'node_modules', '.cache');
const WORKER_FOLDER = /^backprop-1986-workers-(\d+)-(\d+)$/;

/** The seed pools' folders there, with the process that made each and when (ms since 1970). */
export function workerFolders(): Array<{ name: string; pid: number; madeAt: number }> {
  if (!existsSync(WORKER_CACHE)) return [];
  return readdirSync(WORKER_CACHE).flatMap((name) => {
    const match = WORKER_FOLDER.exec(name);
    return match ? [{ name: join(WORKER_CACHE, name), pid: Number(match[1]), madeAt: Number(match[2]) }] : [];
  });
}
