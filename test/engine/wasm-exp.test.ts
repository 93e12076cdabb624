import { describe, expect, it } from 'vitest';
import { fdlibmExp } from '../../engine/fdlibm-exp.js';
import { subStream } from '../../engine/index.js';
import { acquireArena, releaseArena } from '../../engine/wasm/arena.js';

// The WebAssembly exp (engine/wasm/exp.wat), scalar and two lanes at a time, and the logistic the
// forward pass computes from it, must return the bits of engine/fdlibm-exp.ts for every input: signed zeros, subnormals, the extremes, NaN and ±∞, and
// the neighbourhood of every threshold fdlibm branches on and of every k · ln2 / 2, where the
// reduction's k changes. The two-lane version is fed each input beside many different partners,
// so a pair that leaves its fast path for one lane is checked on the other lane too.

const view = new DataView(new ArrayBuffer(8));
const fromBits = (bits: bigint): number => (view.setBigUint64(0, BigInt.asUintN(64, bits)), view.getFloat64(0));
const toBits = (x: number): bigint => (view.setFloat64(0, x), view.getBigUint64(0));
/** x and the doubles up to n steps of the bit pattern either side of it. */
const around = (x: number, n = 3): number[] => Array.from({ length: 2 * n + 1 }, (_, k) => fromBits(toBits(x) + BigInt(k - n)));

function edgeCases(): number[] {
  const thresholds = [
    fromBits(0x40862e4200000000n), fromBits(0x40862e42fefa39efn), fromBits(0xc0874910d52d3051n),
    fromBits(0x3fd62e4300000000n), fromBits(0x3ff0a2b200000000n), fromBits(0x3e30000000000000n),
    704, 0.5 * Math.LN2, 1.5 * Math.LN2, 1, 2 ** -1022, Number.MAX_VALUE, 5e-324, 2 ** -1074 * (2 ** 52 - 1),
  ];
  const out = [0, -0, NaN, Infinity, -Infinity, fromBits(0x7ff8000000000001n), fromBits(0xfff0000000000001n)];
  for (const t of thresholds) out.push(...around(t), ...around(-t));
  // Between ln2 / 2 and fdlibm's threshold for it (the high word 3fd62e43), where k must stay 0
  // although the general reduction would give 1; and likewise at 3 ln2 / 2.
  for (const [a, b] of [[0.5 * Math.LN2, fromBits(0x3fd62e4300000000n)], [fromBits(0x3ff0a2b200000000n), 1.5 * Math.LN2]] as const) {
    const step = (toBits(b) - toBits(a)) / 4000n;
    for (let bits = toBits(a); bits <= toBits(b); bits += step) out.push(fromBits(bits), -fromBits(bits));
  }
  // Every k · ln2 / 2 from below the underflow threshold to above the overflow one.
  for (let k = -2160; k <= 2060; k++) out.push(...around((k * Math.LN2) / 2, 2));
  // Where 2^k stops being normal (k = −1021, −1022 …) and the result becomes subnormal.
  for (let x = -745.2; x < -700; x += 0.37) out.push(x);
  return out;
}

function randomInputs(n: number): number[] {
  const s = subStream('wasm-exp-test', 1, 'inputs');
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const r = k % 4;
    if (r === 0) out.push(s.uniform(-40, 40));
    else if (r === 1) out.push(s.uniform(-800, 800));
    else if (r === 2) out.push(s.uniform(-1.2, 1.2) * 2 ** -s.int(60));
    // Any double at all: random bit patterns.
    else out.push(fromBits((BigInt(Math.floor(s.next() * 2 ** 32)) << 32n) | BigInt(Math.floor(s.next() * 2 ** 32))));
  }
  return out;
}

/** The logistic of the TypeScript forward pass (engine/passes.ts). */
const logistic = (x: number) => 1 / (1 + fdlibmExp(-x));

function mismatches(inputs: readonly number[], got: ArrayLike<number>, f: (x: number) => number = fdlibmExp): string[] {
  const bad: string[] = [];
  inputs.forEach((x, k) => {
    const want = f(x);
    if (!Object.is(got[k], want) && bad.length < 5) bad.push(`${f.name}(${x}) = ${got[k]}, TypeScript ${want}`);
  });
  return bad;
}

/** The two-lane exp (or logistic) over the inputs in place, starting one double later so that the pairs change. */
function laneExp(inputs: readonly number[], shift: number, asLogistic = false): Float64Array {
  const arena = acquireArena(8 * (inputs.length + 1));
  try {
    const mem = new Float64Array(arena.memory.buffer, 0, inputs.length + 1);
    mem.set(inputs, shift);
    arena.kernels.expArray(8 * shift, inputs.length, asLogistic ? 1 : 0);
    return mem.slice(shift, shift + inputs.length);
  } finally {
    releaseArena(arena);
  }
}

describe('the WebAssembly exp equals engine/fdlibm-exp.ts bit for bit', () => {
  const edges = edgeCases();
  const random = randomInputs(400_000);

  it('scalar, on edge cases and random inputs', () => {
    const arena = acquireArena(0);
    try {
      for (const inputs of [edges, random]) expect(mismatches(inputs, inputs.map((x) => arena.kernels.exp(x)))).toEqual([]);
    } finally {
      releaseArena(arena);
    }
  });

  it('two lanes at a time, every edge case beside many partners', () => {
    const mixed = edges.flatMap((x, k) => [x, edges[(k * 7919) % edges.length]!, -x, random[k]!]);
    for (const inputs of [edges, mixed]) {
      for (const shift of [0, 1]) expect(mismatches(inputs, laneExp(inputs, shift))).toEqual([]);
    }
  });

  it('two lanes at a time, on random inputs', () => {
    expect(mismatches(random, laneExp(random, 0))).toEqual([]);
  });

  it('the logistic 1 / (1 + e^(−x)) of the forward pass, on every input above', () => {
    const mixed = edges.flatMap((x, k) => [x, random[k]!, -x]);
    for (const inputs of [edges, mixed, random]) {
      for (const shift of [0, 1]) expect(mismatches(inputs, laneExp(inputs, shift, true), logistic)).toEqual([]);
    }
  });

  it('is checked on the inputs that take each path (the edge cases include them)', () => {
    const ax = edges.map(Math.abs);
    expect(ax.some((a) => a < 2 ** -28 && a > 0)).toBe(true);
    expect(ax.some((a) => a >= 704 && a < 709.78)).toBe(true);
    expect(edges.some((x) => fdlibmExp(x) > 0 && fdlibmExp(x) < 2 ** -1022)).toBe(true);
    expect(edges.includes(1)).toBe(true);
  });
});
