import { describe, expect, it } from 'vitest';
import { inputsOn, parityNet, parityPatterns } from '../../../reproductions/parity/data.js';
import { PARADIGM_SCALE, paradigmWeights, PRINTED_WEIGHTS } from '../../../reproductions/parity/paradigm.js';
import { PAPER_WIDTH } from '../../../reproductions/parity/paper.js';

describe('the parity task, generated', () => {
  it('has every one of the 2^N vectors, counted up in binary, with target 1 for an odd count', () => {
    const set = parityPatterns(4);
    expect(set.count).toBe(16);
    expect(set.inputs.input![11]).toEqual([1, 0, 1, 1]);
    expect(set.targets.output![11]).toEqual([1]);
    expect(set.targets.output!.map((t) => t[0])).toEqual(inputsOn(4).map((c) => c % 2));
    expect(set.targets.output!.filter((t) => t[0] === 1)).toHaveLength(8);
  });

  it('counts the inputs on in pattern order', () => {
    expect(inputsOn(3)).toEqual([0, 1, 1, 2, 1, 2, 2, 3]);
  });

  it('builds the N-N-1 net of Fig. 6 for any N', () => {
    const spec = parityNet(6);
    expect(spec.groups.map((g) => [g.name, g.size])).toEqual([['input', 6], ['hidden', 6], ['output', 1]]);
    expect(spec.projections).toHaveLength(2);
  });
});

describe("Fig. 6's paradigm as weights", () => {
  it('unscaled, carries the chapter\'s numbers: +1 in, biases −0.5 … −3.5, output bias −0.5, ±1 alternating out', () => {
    expect(paradigmWeights(4, 1)).toEqual({
      inputToHidden: [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]],
      hiddenBias: [-0.5, -1.5, -2.5, -3.5],
      hiddenToOutput: [[1, -1, 1, -1]],
      outputBias: [-0.5],
    });
  });

  it('the printed weights are the 4-bit paradigm times the stated scale', () => {
    expect(PRINTED_WEIGHTS).toEqual(paradigmWeights(PAPER_WIDTH, PARADIGM_SCALE));
    expect(PRINTED_WEIGHTS.hiddenBias).toEqual([-5, -15, -25, -35]);
  });
});
