import { KERNELS_WASM_BASE64 } from './kernels-binary.js';

// The compiled kernels, shared by every instance in this thread. WebAssembly SIMD is detected by
// validating the kernel module itself: it fails exactly when any feature the kernels use (f64x2
// SIMD, saturating conversions, bulk memory) is missing, a stricter test than a one-instruction
// probe. Compiled synchronously, once, on first use (about 6 kB: well within what Node allows).

/** The exports of one instance (engine/wasm/*.wat). Addresses are byte offsets into its memory. */
export interface KernelExports {
  forward(plan: number, params: number, count: number, p0: number, p1: number): void;
  backward(plan: number, params: number, grad: number, count: number, p0: number, p1: number,
    cut: number, scale: number, marginKind: number, on: number, off: number): number;
  /** For the tests: e^x (logistic 0) or 1 / (1 + e^(−x)) (logistic 1) in place on n doubles at ptr, two lanes at a time. */
  expArray(ptr: number, n: number, logistic: number): void;
  /** For the tests: the scalar e^x. */
  exp(x: number): number;
}

// The project compiles against ES2022 and Node's types, which declare no WebAssembly values; these
// are the few members the engine uses, read from globalThis (absent on a platform without WebAssembly).
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}
const wasmApi = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** A validator of module bytes; WebAssembly.validate unless a test pretends a platform without SIMD. */
export type Validate = (bytes: Uint8Array) => boolean;

let bytes: Uint8Array | undefined;

export function kernelBytes(): Uint8Array {
  return (bytes ??= new Uint8Array(Buffer.from(KERNELS_WASM_BASE64, 'base64')));
}

/** True when this platform runs the kernels: WebAssembly present and the module valid on it. */
export function kernelsSupported(validate?: Validate): boolean {
  if (wasmApi === undefined) return false;
  return (validate ?? ((b) => wasmApi.validate(b)))(kernelBytes());
}

function api(): WasmApi {
  if (wasmApi === undefined) throw new Error('this platform has no WebAssembly');
  return wasmApi;
}

/** A new memory of `pages` pages of 64 KiB. */
export function newMemory(pages: number): WasmMemory {
  return new (api().Memory)({ initial: pages });
}

let compiled: object | undefined;

/** A new instance on the given memory. */
export function instantiateKernels(memory: WasmMemory): KernelExports {
  compiled ??= new (api().Module)(kernelBytes());
  return new (api().Instance)(compiled, { env: { memory } }).exports as KernelExports;
}
