import { describe, expect, it } from 'vitest';
import { defaults } from '../../../reproductions/kit/settings.js';
import { xor, xor221 } from '../../../reproductions/xor/index.js';
import { fig5Reading } from '../../../reproductions/xor/measures.js';
import { FIG3_OUTPUTS, FIG5_OUTPUTS, FIG5_WEIGHTS } from '../../../reproductions/xor/paper.js';

// The printed nets, measured by the same code that measures the trained seeds.

describe("Fig. 3's printed net", () => {
  const config = defaults(xor.settings);
  const run = { ...xor.evaluateWeights!(config, xor.printedWeights), measures: {} };

  it('gives 0.103, 0.877, 0.877, 0.109 on 00, 01, 10, 11, as PDP8.md recomputes', () => {
    run.outputs.forEach((y, p) => expect(y).toBeCloseTo(FIG3_OUTPUTS[p]!, 3));
  });

  it('meets both readings of "learned" at once, and is not stuck', () => {
    expect(run.criteria).toEqual({ 'right-side': 0, 'within-0.2': 0 });
    const byId = Object.fromEntries(xor.claims(config).map((c) => [c.id, c]));
    expect(byId.learning!.measure(run)).toBe(0);
    expect(byId['no-local-minima']!.measure(run)).toBe(false);
    expect(fig5Reading(run)).toBeNull();
  });
});

describe("Fig. 5's printed net", () => {
  const config = defaults(xor221.settings);
  const run = { ...xor221.evaluateWeights!(config, xor221.printedWeights), measures: {} };
  const byId = Object.fromEntries(xor221.claims(config).map((c) => [c.id, c]));

  it('gives 0.096, 0.500, 0.898, 0.500 on 00, 01, 10, 11', () => {
    run.outputs.forEach((y, p) => expect(y).toBeCloseTo(FIG5_OUTPUTS[p]!, 3));
  });

  it('is the local minimum it is: stuck, recognised as the Fig. 5 kind (the right input turns both hidden units on)', () => {
    expect(run.sweepsToCriterion).toBeNull();
    expect(byId['local-minima-rare']!.measure(run)).toBe(true);
    expect(byId['fig5-minimum']!.measure(run)).toBe(true);
    expect(run.fig5).toEqual({ input: 1, variant: 'on' });
  });

  it('does not escape at η = 0.5 within the continuation budget, nor at η = 0.25', () => {
    expect(run.continuation).toEqual({ atEscapeRate: null, atLearningRate: null });
    expect(byId['escape-eta']!.measure(run)).toBe(false);
  });

  it('flipped in polarity (hidden units off where they were on) computes the same outputs and is still recognised', () => {
    // h → 1 − h: negate each hidden unit's weights and bias; at the output w → −w and b → b + Σ w.
    const [w, b, v, c] = [FIG5_WEIGHTS.inputToHidden as number[][], FIG5_WEIGHTS.hiddenBias as number[], (FIG5_WEIGHTS.hiddenToOutput as number[][])[0]!, (FIG5_WEIGHTS.outputBias as number[])[0]!];
    const flipped = { inputToHidden: w.map((row) => row.map((x) => -x)), hiddenBias: b.map((x) => -x), hiddenToOutput: [v.map((x) => -x)], outputBias: [c + v[0]! + v[1]!] };
    const other = xor221.evaluateWeights!({ ...config, escapeBudget: 1 }, flipped);
    other.outputs.forEach((y, p) => expect(y).toBeCloseTo(run.outputs[p]!, 12));
    expect(other.fig5).toEqual({ input: 1, variant: 'off' });
  });
});
