import { instantiateKernels, newMemory, type KernelExports, type WasmMemory } from './kernel-module.js';

// Memory for the kernels: a WebAssembly memory with its own instance of the kernels, lent to one
// training at a time and kept for the next one in this thread, so that a run of many seeds makes
// a handful of memories rather than one per training. A memory only grows while it is idle: growing
// detaches every view of its buffer, and a training's workspace is made of such views.

const PAGE = 65536;

export class Arena {
  readonly memory: WasmMemory = newMemory(1);
  readonly kernels: KernelExports = instantiateKernels(this.memory);
}

const idle: Arena[] = [];

/** An arena of at least `bytes` bytes, its first `bytes` zeroed; give it back with releaseArena. */
export function acquireArena(bytes: number): Arena {
  const arena = idle.pop() ?? new Arena();
  const have = arena.memory.buffer.byteLength;
  if (have < bytes) arena.memory.grow(Math.ceil((bytes - have) / PAGE));
  new Uint8Array(arena.memory.buffer, 0, bytes).fill(0);
  return arena;
}

/** Returns an arena for reuse; no view of its memory may be used after this. */
export function releaseArena(arena: Arena): void {
  idle.push(arena);
}
