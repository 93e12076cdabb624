// The suite is TypeScript, and a worker thread gets no working TypeScript loader on Node 20 (it
// inherits tsx's --import, which only costs it time there: seed-pool.ts drops it), so each worker
// would have to register tsx itself: about 0.5 s per worker here. Instead esbuild (tsx's own
// transpiler) bundles the sources a worker runs into one plain ES module (about 0.13 s, once per
// version of the code), in a folder under node_modules/.cache so that its package imports (left
// external) resolve as the sources' do.
//
// One bundle, not one module per source file, and without vega: a worker's start is mostly loading
// its code. The experiments' modules import the figure code, and so vega and vega-lite, about 270
// modules of node_modules, though a worker trains seeds and draws no figure (figures are drawn from
// the report, in the main thread): in the bundle they are empty modules, so a figure drawn in a
// worker would fail at once with a TypeError. Measured on 2 cores (Node 20.20, one worker, tsx not
// in its execArgv, see seed-pool.ts), from creating the worker to its first seed, 5 runs each:
// 0.31–0.39 s file by file (vega included), 0.28–0.40 s as one bundle with vega, 0.07–0.09 s as one
// bundle without it. Training is no slower bundled, now that the passes are WebAssembly kernels:
// 60 symmetry seeds took 0.67–0.73 s (median 0.71) file by file and 0.67–0.73 s (0.67) bundled,
// the same 60 again 0.59–0.71 s (0.69) and 0.59–0.74 s (0.67); 8 family-trees seeds 0.86–0.97 s
// (0.91) and 0.71–0.90 s (0.82). (When the passes were JavaScript, one CommonJS bundle trained
// about 15% slower, and the workers' code was emitted file by file.)
//
// The folder is named by a hash of everything that makes it (the sources, this file, esbuild, the
// Node target) and kept: a later run of the same code starts its workers without building, and a
// run killed outright (SIGKILL) leaves nothing that is not the cache. It is built under a name of
// its own (process id and time) and renamed into place when complete, so a half-built folder is
// never used.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as esbuildVersion, type Plugin } from 'esbuild';
import { processAlive } from '../process-alive.js';
import { ownPath } from '../supervision/run-state.js';

export interface TranspiledWorker {
  /** The worker's entry module, bundled. */
  file: string;
  /** Whether this call built it (false: the cache already held it). */
  built: boolean;
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);
const CACHE = join(ROOT, 'node_modules', '.cache');
const PREFIX = 'backprop-1986-workers-';
/** The folders whose modules a worker may import (it trains seeds: experiments and the engine). */
const SOURCES = ['engine', 'reproductions', 'reports'];
/** A cached build of other code is removed once it has not been used for this long. */
const KEEP_MS = 24 * 3600 * 1000;
/** Packages a worker never runs (see above): empty modules in its bundle. */
const LEFT_OUT = /^(vega|vega-lite)$/;

const typeScriptFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? typeScriptFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });

/** What the bundle is a function of: esbuild, the Node target, how it is built, every source file's path and bytes. */
function buildHash(files: readonly string[]): string {
  const hash = createHash('sha256').update(`${esbuildVersion}\0${process.versions.node}\0`).update(readFileSync(THIS_FILE)).update('\0');
  for (const file of [...files].sort()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 20);
}

const leaveOut: Plugin = {
  name: 'leave-out',
  setup(bundle) {
    bundle.onResolve({ filter: LEFT_OUT }, (args) => ({ path: args.path, namespace: 'left-out' }));
    bundle.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'export {};\n', loader: 'js' }));
  },
};

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
  const hashed = [...SOURCES.flatMap((s) => typeScriptFiles(join(ROOT, s))), entry];
  const name = `${PREFIX}${buildHash(hashed)}`;
  const dir = join(CACHE, name);
  const file = join(dir, basename(entry).replace(/\.ts$/, '.js'));
  if (existsSync(file)) return { file, built: false };
  const building = join(CACHE, `${PREFIX}${process.pid}-${Date.now()}`);
  mkdirSync(building, { recursive: true });
  const disown = ownPath(building);
  try {
    writeFileSync(join(building, 'package.json'), '{ "type": "module" }\n');
    const { metafile } = await build({
      entryPoints: [entry],
      outfile: join(building, basename(file)),
      absWorkingDir: ROOT,
      bundle: true,
      packages: 'external',
      plugins: [leaveOut],
      metafile: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      logLevel: 'silent',
    });
    // The cache is only as good as its hash: a source outside the hashed folders could change
    // without the hash changing, and a stale bundle would train old code.
    const known = new Set(hashed.map((f) => resolve(f)));
    const unhashed = Object.keys(metafile.inputs).filter((input) => !input.includes(':') && !known.has(resolve(ROOT, input)));
    if (unhashed.length > 0) {
      throw new Error(`the seed worker's bundle includes ${unhashed.join(', ')}, which its cache key (the .ts files under ${SOURCES.join(', ')}) does not cover: extend SOURCES in transpile-worker.ts`);
    }
    // Another run of the same code may have finished first: then its folder serves, and ours goes.
    if (existsSync(dir)) rmSync(building, { recursive: true, force: true });
    else renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (existsSync(file)) return { file, built: false };
    throw error;
  } finally {
    disown();
  }
  prune(name);
  return { file, built: true };
}
