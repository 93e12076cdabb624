// The suite is TypeScript, and a worker thread inherits no loader on Node 20, so each worker would
// have to register tsx itself: about 0.5 s per worker here. Instead esbuild (tsx's own transpiler)
// turns the sources a worker runs into plain ES modules, file by file (~60 ms), in a folder under
// node_modules/.cache so that their package imports resolve as the sources' do. File by file, not
// one bundle: the same code as one CommonJS bundle trained about 15% slower here, and as one ES
// module bundle slower still, while per-file modules train as fast as the sources under tsx.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface TranspiledWorker {
  /** The folder to delete when the pool stops. */
  dir: string;
  /** The worker's entry module, transpiled. */
  file: string;
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The folders whose modules a worker may import (it trains seeds: experiments and the engine). */
const SOURCES = ['engine', 'reproductions', 'reports'];

const typeScriptFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? typeScriptFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

export async function transpileWorker(entry: string): Promise<TranspiledWorker> {
  const dir = join(ROOT, 'node_modules', '.cache', `backprop-1986-workers-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    await build({
      entryPoints: [...SOURCES.flatMap((s) => typeScriptFiles(join(ROOT, s))), entry],
      outdir: dir,
      outbase: ROOT,
      bundle: false,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      logLevel: 'silent',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, file: join(dir, relative(ROOT, entry)).replace(/\.ts$/, '.js') };
}
