// The suite is TypeScript, and a worker thread inherits no loader on Node 20, so each worker would
// have to register tsx itself: about 0.5 s per worker here, a third of the time 40 symmetry seeds
// take. Instead esbuild (tsx's own transpiler) bundles the worker and everything it imports into
// one CommonJS file (~50 ms, in esbuild's own process), which a worker loads in about 20 ms.
// CommonJS, not an ES module: the same bundle as an ES module trained 23% slower here (V8
// optimised the engine's loops less well in one big module scope), while CommonJS trains as fast
// as the sources under tsx. The price: code the workers run may not use top-level await or
// import.meta, which the bundle then refuses or breaks on, loudly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface WorkerBundle {
  /** The folder to delete when the pool stops. */
  dir: string;
  file: string;
}

export async function bundleWorker(entry: string): Promise<WorkerBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'backprop-1986-workers-'));
  const file = join(dir, 'seed-worker.cjs');
  try {
    await build({
      entryPoints: [entry],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node}`,
      logLevel: 'silent',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, file };
}
