import { describe, expect, it } from 'vitest';
import { fdlibmExp } from '../../engine/fdlibm-exp.js';
import { subStream } from '../../engine/index.js';

// The engine's exp must give the very bits of this Node's Math.exp wherever the logistic is used
// (every finite net input, and the special values), or the switch to it would have changed results.
// Recorded on Node v20.20.2, x64. On a platform whose Math.exp differs, the engine keeps these bits.

function mismatches(values: Iterable<number>): string[] {
  const bad: string[] = [];
  for (const x of values) if (!Object.is(fdlibmExp(x), Math.exp(x)) && bad.length < 5) bad.push(`exp(${x}): ${fdlibmExp(x)} vs ${Math.exp(x)}`);
  return bad;
}

function* draws(n: number, seed: number, draw: (u: () => number) => number): Generator<number> {
  const stream = subStream('fdlibm-exp-test', seed, 'values');
  for (let k = 0; k < n; k++) yield draw(() => stream.next());
}

describe('fdlibmExp equals Math.exp bit for bit', () => {
  it('on special values and at every branch boundary', () => {
    const edges = [0, -0, 1, -1, NaN, Infinity, -Infinity, 2 ** -28, -(2 ** -28), 2 ** -1074, Math.LN2 / 2, -Math.LN2 / 2, 1.5 * Math.LN2, -1.5 * Math.LN2, 709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.4, -708.3964185322641, 700, -700];
    const near = edges.flatMap((x) => [x, x * (1 + 2 ** -52), x * (1 - 2 ** -52), x * (1 + 1e-9), x * (1 - 1e-9)]);
    expect(mismatches(near)).toEqual([]);
  });

  it('on net inputs of every size a logistic unit meets (|x| up to 50, and up to 750)', () => {
    expect(mismatches(draws(400_000, 1, (u) => (u() - 0.5) * 100))).toEqual([]);
    expect(mismatches(draws(200_000, 2, (u) => (u() - 0.5) * 1500))).toEqual([]);
    expect(mismatches(draws(200_000, 3, (u) => (u() - 0.5) * 2))).toEqual([]);
  });

  it('on random bit patterns (any double)', () => {
    const view = new DataView(new ArrayBuffer(8));
    const random = (u: () => number) => {
      view.setUint32(0, Math.floor(u() * 2 ** 32));
      view.setUint32(4, Math.floor(u() * 2 ** 32));
      return view.getFloat64(0);
    };
    expect(mismatches(draws(300_000, 4, random))).toEqual([]);
  });
});
