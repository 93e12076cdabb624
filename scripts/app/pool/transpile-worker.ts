// The suite is TypeScript, and a worker thread inherits no loader on Node 20, so each worker would
// have to register tsx itself: about 0.5 s per worker here. Instead esbuild (tsx's own transpiler)
// turns the sources a worker runs into plain ES modules, file by file, in a folder under
// node_modules/.cache so that their package imports resolve as the sources' do. File by file, not
// one bundle: the same code as one CommonJS bundle trained about 15% slower here, and as one ES
// module bundle slower still, while per-file modules train as fast as the sources under tsx.
//
// The folder is named by a hash of everything that makes it (the sources, esbuild, the Node target)
// and kept: a later run of the same code starts its workers without building, and a run killed
// outright (SIGKILL) leaves nothing that is not the cache. It is built under a name of its own
// (process id and time) and renamed into place when complete, so a half-built folder is never used.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';
import { processAlive } from '../process-alive.js';

export interface TranspiledWorker {
  /** The worker's entry module, transpiled. */
  file: string;
  /** Whether this call built it (false: the cache already held it). */
  built: boolean;
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache');
const PREFIX = 'backprop-1986-workers-';
/** The folders whose modules a worker may import (it trains seeds: experiments and the engine). */
const SOURCES = ['engine', 'reproductions', 'reports'];
/** A cached build of other code is removed once it has not been used for this long. */
const KEEP_MS = 24 * 3600 * 1000;

const typeScriptFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? typeScriptFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

/** What the transpiled folder is a function of: esbuild, the Node target, every source file's path and bytes. */
function buildHash(files: readonly string[]): string {
  const hash = createHash('sha256').update(`${esbuildVersion}\0${process.versions.node}\0`);
  for (const file of [...files].sort()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 20);
}


/** Removes builds of other code unused for a day, and half-built folders of processes that have ended. */
function prune(current: string): void {
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith(PREFIX) || name === current) continue;
    const path = join(CACHE, name);
    const building = /^(\d+)-\d+$/.exec(name.slice(PREFIX.length));
    const stale = building ? !processAlive(Number(building[1])) : Date.now() - statSync(path).mtimeMs > KEEP_MS;
    if (stale) rmSync(path, { recursive: true, force: true });
  }
}

export async function transpileWorker(entry: string): Promise<TranspiledWorker> {
  const files = [...SOURCES.flatMap((s) => typeScriptFiles(join(ROOT, s))), entry];
  const name = `${PREFIX}${buildHash(files)}`;
  const dir = join(CACHE, name);
  const file = join(dir, relative(ROOT, entry)).replace(/\.ts$/, '.js');
  if (existsSync(file)) return { file, built: false };
  const building = join(CACHE, `${PREFIX}${process.pid}-${Date.now()}`);
  mkdirSync(building, { recursive: true });
  try {
    writeFileSync(join(building, 'package.json'), '{ "type": "module" }\n');
    await build({
      entryPoints: files,
      outdir: building,
      outbase: ROOT,
      bundle: false,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      logLevel: 'silent',
    });
    // Another run of the same code may have finished first: then its folder serves, and ours goes.
    if (existsSync(dir)) rmSync(building, { recursive: true, force: true });
    else renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (existsSync(file)) return { file, built: false };
    throw error;
  }
  prune(name);
  return { file, built: true };
}
