import { describe, expect, it } from 'vitest';
import { buildNet } from '../../../engine/index.js';
import { PATTERN_NAMES, xorPatterns } from '../../../reproductions/xor/data.js';
import { fig3Net, fig4Net, noHiddenNet, widthNet } from '../../../reproductions/xor/nets.js';

describe('Table 1, generated', () => {
  it('holds the four pairs in binary order, target 1 exactly when the bits differ', () => {
    const p = xorPatterns('0-1');
    expect(PATTERN_NAMES).toEqual(['00', '01', '10', '11']);
    expect(p.inputs.input).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(p.targets.output).toEqual([[0], [1], [1], [0]]);
  });

  it('codes the targets as 0.1 and 0.9 under the other reading', () => {
    expect(xorPatterns('0.1-0.9').targets.output).toEqual([[0.1], [0.9], [0.9], [0.1]]);
  });
});

describe('the nets', () => {
  it('Fig. 3 has 7 parameters, Fig. 4 has 9; the width series grows by 4 a unit; the control net has 3', () => {
    // Fig. 3: 2 in→hidden + 1 bias + 2 direct + 1 hidden→out + 1 bias; Fig. 4: 4 + 2 + 2 + 1
    expect(buildNet(fig3Net).parameterCount).toBe(7);
    expect(buildNet(fig4Net).parameterCount).toBe(9);
    expect(buildNet(widthNet(32)).parameterCount).toBe(4 * 32 + 1);
    expect(buildNet(noHiddenNet).parameterCount).toBe(3);
  });
});
