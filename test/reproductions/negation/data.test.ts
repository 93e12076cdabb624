import { describe, expect, it } from 'vitest';
import { buildNet } from '../../../engine/index.js';
import { negationNet, negationPatterns } from '../../../reproductions/negation/data.js';

describe("Table 9, generated from its rule", () => {
  const set = negationPatterns();

  it('has the 16 vectors of a flag and 3 bits, flag first', () => {
    expect(set.count).toBe(16);
    expect(set.inputs.input![0]).toEqual([0, 0, 0, 0]);
    expect(set.inputs.input![11]).toEqual([1, 0, 1, 1]);
  });

  it('copies the bits when the flag is off and complements them when it is on', () => {
    expect(set.targets.output![3]).toEqual([0, 1, 1]); // 0 011 → 011
    expect(set.targets.output![11]).toEqual([1, 0, 0]); // 1 011 → 100
    for (let k = 0; k < 8; k++) {
      const bits = Array.from(set.inputs.input![k]!).slice(1);
      expect(set.targets.output![k]).toEqual(bits);
      expect(set.targets.output![k + 8]).toEqual(bits.map((b) => 1 - b));
    }
  });

  it("is learned by Fig. 12's net: 4 → 3 hidden → 3, with direct input→output connections", () => {
    const net = buildNet(negationNet);
    // 4·3 + 3 (hidden) + 3·3 + 4·3 + 3 (output)
    expect(net.parameterCount).toBe(39);
    expect(negationNet.projections.map((p) => `${p.from}→${p.to}`)).toEqual(['input→hidden', 'hidden→output', 'input→output']);
  });
});
