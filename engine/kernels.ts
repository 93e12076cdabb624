import { ConfigError } from './config-error.js';
import { kernelsSupported, type Validate } from './wasm/kernel-module.js';

// Which kernels run the trainers' passes: the WebAssembly ones (engine/wasm/) or the TypeScript
// passes (engine/passes.ts), their reference twin. Both give the same bits, so the choice changes
// no result, only the time: it is a setting of the engine in this thread, not of an experiment,
// and is recorded nowhere in a report. 'auto' (the default) takes WebAssembly where the platform
// has WebAssembly SIMD. Worker threads start from the environment variable BACKPROP_KERNELS
// ('auto', 'wasm' or 'ts'), which they inherit, so one variable sets a whole run.

export type Kernels = 'wasm' | 'ts';
export type KernelChoice = Kernels | 'auto';

export const KERNELS_ENV = 'BACKPROP_KERNELS';

let resolved: Kernels | undefined;

function resolve(choice: unknown, where: string, validate?: Validate): Kernels {
  if (choice !== 'auto' && choice !== 'wasm' && choice !== 'ts') {
    throw new ConfigError(`${where} must be 'auto', 'wasm' or 'ts', got ${JSON.stringify(choice)}`);
  }
  if (choice === 'ts') return 'ts';
  const supported = kernelsSupported(validate);
  if (choice === 'wasm' && !supported) throw new ConfigError(`${where}: 'wasm' asked for, but this platform has no WebAssembly SIMD`);
  return supported ? 'wasm' : 'ts';
}

/**
 * Chooses the kernels of the trainings started from now on in this thread, and returns which
 * will run. `validate` stands in for WebAssembly.validate (a test pretends a platform without SIMD).
 */
export function useKernels(choice: KernelChoice, validate?: Validate): Kernels {
  resolved = resolve(choice, 'useKernels', validate);
  return resolved;
}

/** The kernels in effect: the last useKernels choice, else BACKPROP_KERNELS, else 'auto'. */
export function activeKernels(): Kernels {
  return (resolved ??= resolve(process.env[KERNELS_ENV] ?? 'auto', KERNELS_ENV));
}

/**
 * `run` with the given kernels, then the previous choice again, even when `run` throws: the choice
 * holds for the whole thread. `run` must be synchronous (as train() is): an await inside would let
 * other work in this thread run on these kernels.
 */
export function withKernels<T>(kernels: Kernels, run: () => T): T {
  const previous = activeKernels();
  useKernels(kernels);
  try {
    return run();
  } finally {
    useKernels(previous);
  }
}
