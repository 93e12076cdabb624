import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as TF from '@tensorflow/tfjs-core';
import type { Implementation, Runner } from './task.js';
import { trainTf } from './tfjs-trainer.js';

// TensorFlow.js is loaded only when a TF.js baseline is asked for (it is large and slow to import):
// its core and the two backends timed here, not the umbrella package with layers, converter and
// webgl. They are optional dependencies (`npm ci --omit=optional` leaves them out), so a missing
// package makes the baseline unavailable, with a note, rather than the benchmark fail.
// The wasm backend's .wasm files ship inside its npm package and are loaded from node_modules.

const PACKAGES = ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu', '@tensorflow/tfjs-backend-wasm'];

let loaded: Promise<typeof TF | { missing: string }> | undefined;

const isMissingPackage = (error: unknown) => (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';

async function loadTf(): Promise<typeof TF | { missing: string }> {
  loaded ??= (async () => {
    try {
      const tf = await import('@tensorflow/tfjs-core');
      // Production mode: no per-op debug checks, and no console advice to install tfjs-node.
      tf.enableProdMode();
      await import('@tensorflow/tfjs-backend-cpu');
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      const require = createRequire(import.meta.url);
      wasm.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
      return tf;
    } catch (error) {
      if (!isMissingPackage(error)) throw error;
      return { missing: `TensorFlow.js is not installed (optional dependencies ${PACKAGES.join(', ')}; \`npm install\` without --omit=optional adds them)` };
    }
  })();
  return loaded;
}

function tfjsImplementation(backend: 'cpu' | 'wasm', id: 'tfjs-cpu' | 'tfjs-wasm', description: string): Implementation {
  return {
    id,
    precision: 'float32',
    description,
    async prepare(task) {
      const tf = await loadTf();
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
  };
}

export const tfjsCpu = tfjsImplementation('cpu', 'tfjs-cpu', '@tensorflow/tfjs-core with its cpu backend: full-batch matMul and sigmoid in float32');
export const tfjsWasm = tfjsImplementation('wasm', 'tfjs-wasm', '@tensorflow/tfjs-backend-wasm: the same ops in WebAssembly, float32');
