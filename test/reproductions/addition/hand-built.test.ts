import { describe, expect, it } from 'vitest';
import { additionMinimal } from '../../../reproductions/addition/minimal.js';
import { additionCases, additionPatterns } from '../../../reproductions/addition/data.js';
import { fig10Weights, largestOutputError, LOGISTIC_SCALE, minimalOutputs } from '../../../reproductions/addition/hand-built.js';
import { FIG10_THRESHOLD_WEIGHTS } from '../../../reproductions/addition/paper.js';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { measureRun } from '../../../scripts/app/run-experiment.js';

const step = (x: number) => (x >= 0 ? 1 : 0);
const w = FIG10_THRESHOLD_WEIGHTS as Record<string, number[][] & number[]>;

describe('Table 8, generated', () => {
  it('lists the 16 sums with inputs (a₁, a₀, b₁, b₀): inputs 2 and 4 are the low-order bits', () => {
    const set = additionPatterns();
    expect(set.count).toBe(16);
    expect(set.inputs.input![0]).toEqual([0, 0, 0, 0]);
    expect(set.targets.output![0]).toEqual([0, 0, 0]);
    // 01 + 00 = 001: a's low bit is input 2
    expect(set.inputs.input![4]).toEqual([0, 1, 0, 0]);
    expect(set.targets.output![4]).toEqual([0, 0, 1]);
    // 00 + 01 = 001: b's low bit is input 4
    expect(set.inputs.input![1]).toEqual([0, 0, 0, 1]);
    // 11 + 11 = 110
    expect(set.inputs.input![15]).toEqual([1, 1, 1, 1]);
    expect(set.targets.output![15]).toEqual([1, 1, 0]);
    additionCases().forEach(({ a, b }, k) => expect(Array.from(set.targets.output![k]!).reduce((s, bit) => 2 * s + bit, 0)).toBe(a + b));
  });
});

describe("Fig. 10's hand-built net, as the suite wires it", () => {
  it('uses only the numbers the chapter prints: +1 everywhere but two −2s, hidden biases −1.5, output biases −0.5', () => {
    const weights = ['inputToHidden1', 'inputToHidden2', 'hidden1ToHidden2', 'inputToOutput', 'hidden1ToOutput', 'hidden2ToOutput'].flatMap((b) => w[b]!.flat());
    expect(weights.filter((v) => v === -2)).toHaveLength(2);
    expect(weights.every((v) => v === 0 || v === 1 || v === -2)).toBe(true);
    expect([...w.hidden1Bias!, ...w.hidden2Bias!]).toEqual([-1.5, -1.5]);
    expect(w.outputBias).toEqual([-0.5, -0.5, -0.5]);
  });

  it('adds as threshold units: hidden 1 is the low carry, hidden 2 both high bits or one plus the carry', () => {
    for (const { a, b } of additionCases()) {
      const [a1, a0, b1, b0] = [a >> 1, a & 1, b >> 1, b & 1];
      const c = step(a0 + b0 - 1.5);
      const h = step(a1 + b1 + c - 1.5);
      expect(c).toBe(a0 & b0);
      expect(h).toBe(a + b >= 4 ? 1 : 0);
      const sum = [step(h - 0.5), step(a1 + b1 + c - 2 * h - 0.5), step(a0 + b0 - 2 * c - 0.5)];
      expect(sum.reduce((s, bit) => 2 * s + bit, 0)).toBe(a + b);
    }
  });

  it(`adds as logistic units at the stated scale × ${LOGISTIC_SCALE}: every output within 0.01 of its target`, () => {
    expect(largestOutputError(fig10Weights())).toBeLessThan(0.01);
    expect(minimalOutputs(fig10Weights())).toHaveLength(16);
  });

  it('does not add when the threshold weights are read literally as logistic weights (× 1): the scale matters', () => {
    expect(largestOutputError(fig10Weights(1))).toBeGreaterThan(0.5);
  });

  it("passes the experiment's own measures, as measure-weights --only addition-minimal --params paper reads them", () => {
    const { config } = resolveSettings(additionMinimal.settings, []);
    const claims = additionMinimal.claims(config);
    const run = measureRun(claims, additionMinimal.evaluateWeights!(config, additionMinimal.printedWeights));
    expect(run.criteria).toEqual({ 'right-side': 0, 'within-0.2': 0 });
    expect(run.measures['two-hidden-units-add']).toBe(true);
    // given weights have no seed to train the 3-hidden net from: the comparison does not apply
    expect('minimal-stuck' in run.measures).toBe(false);
    const literal = measureRun(claims, additionMinimal.evaluateWeights!(config, fig10Weights(1)));
    expect(literal.measures['two-hidden-units-add']).toBe(false);
  });
});
