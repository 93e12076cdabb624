import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as TF from '@tensorflow/tfjs-core';
import type * as TfWasm from '@tensorflow/tfjs-backend-wasm';
import type { Implementation, Runner } from './task.js';
import { trainTf } from './tfjs-trainer.js';

// TensorFlow.js is loaded only when a TF.js baseline is asked for (it is large and slow to import):
// its core and the two backends timed here, not the umbrella package with layers, converter and
// webgl. They are optional dependencies (`npm ci --omit=optional` leaves them out), so a missing
// package makes the baseline unavailable, with a note, rather than the benchmark fail; any other
// failure to load is an error. The wasm backend's .wasm files ship inside its npm package and are
// loaded from node_modules.

const CORE = '@tensorflow/tfjs-core';
const BACKENDS = { cpu: '@tensorflow/tfjs-backend-cpu', wasm: '@tensorflow/tfjs-backend-wasm' } as const;
type Backend = keyof typeof BACKENDS;

/** Imports a package by name: import() itself, or a test's stand-in that plays a missing package. */
export type PackageImporter = (name: string) => Promise<unknown>;

const isMissingPackage = (error: unknown) => (error as { code?: string } | null)?.code === 'ERR_MODULE_NOT_FOUND';

const notInstalled = (name: string) =>
  `TensorFlow.js is not installed: ${name} is missing (optional dependencies ${[CORE, ...Object.values(BACKENDS)].join(', ')}; \`npm install\` without --omit=optional adds them)`;

/** The two TF.js baselines, loading their packages through `importPackage`; each package is imported once. */
export function tfjsImplementations(importPackage: PackageImporter = (name) => import(name)): { cpu: Implementation; wasm: Implementation } {
  const loads = new Map<string, Promise<unknown>>();
  const load = async <T>(name: string): Promise<T | { missing: string }> => {
    if (!loads.has(name)) loads.set(name, importPackage(name));
    try {
      return (await loads.get(name)) as T;
    } catch (error) {
      if (!isMissingPackage(error)) throw error;
      return { missing: notInstalled(name) };
    }
  };
  const ready = new Map<Backend, Promise<typeof TF | { missing: string }>>();

  /** TF.js with `backend` registered, or why it cannot be; made ready once per backend. */
  const tfWith = (backend: Backend) => {
    if (!ready.has(backend)) {
      ready.set(backend, (async () => {
        const tf = await load<typeof TF>(CORE);
        if ('missing' in tf) return tf;
        // Production mode: no per-op debug checks, and no console advice to install tfjs-node.
        tf.enableProdMode();
        const registered = await load<typeof TfWasm | object>(BACKENDS[backend]);
        if ('missing' in registered) return registered;
        if (backend === 'wasm') {
          const require = createRequire(import.meta.url);
          (registered as typeof TfWasm).setWasmPaths(join(dirname(require.resolve(`${BACKENDS.wasm}/package.json`)), 'dist') + '/');
        }
        return tf;
      })());
    }
    return ready.get(backend)!;
  };

  const implementation = (backend: Backend, description: string): Implementation => ({
    id: `tfjs-${backend}`,
    precision: 'float32',
    description,
    async prepare(task) {
      const tf = await tfWith(backend);
      if ('missing' in tf) return { unavailable: tf.missing };
      if (!(await tf.setBackend(backend))) return { unavailable: `TensorFlow.js could not start its ${backend} backend` };
      const runner: Runner = {
        async train(sweeps) {
          if (tf.getBackend() !== backend) await tf.setBackend(backend);
          return trainTf(tf, task, sweeps);
        },
        dispose: () => {},
      };
      return runner;
    },
  });

  return {
    cpu: implementation('cpu', '@tensorflow/tfjs-core with its cpu backend: full-batch matMul and sigmoid in float32'),
    wasm: implementation('wasm', '@tensorflow/tfjs-backend-wasm: the same ops in WebAssembly, float32'),
  };
}

const installed = tfjsImplementations();
export const tfjsCpu = installed.cpu;
export const tfjsWasm = installed.wasm;
