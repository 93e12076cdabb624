import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../reproductions/compare-variants.js';
import { defaults } from '../../reproductions/settings.js';
import { symmetry } from '../../reproductions/symmetry.js';
import { findVariant, variantValues } from '../../reproductions/variants.js';

const plan = (id: string, given: Record<string, number> = {}) => {
  const variant = findVariant(id)!;
  const values = variantValues(variant, given);
  return { id, description: variant.description, hyperparameters: values, override: variant.build(values, 'batch') };
};

describe('comparing variants', () => {
  it('starts every variant from the same initial weights on each seed (common random numbers)', async () => {
    // With ε = 0 no rule moves a weight, so the final weights are the initial ones.
    const config = { ...defaults(symmetry.settings), sweepBudget: 3 };
    const c = await compareVariants(symmetry, config, [plan('paper', { learningRate: 0 }), plan('plain', { learningRate: 0 }), plan('adam', { learningRate: 0 })], [1, 2]);
    const digests = c.variants.map((v) => v.runs.map((r) => r.weightsDigest));
    expect(digests[1]).toEqual(digests[0]);
    expect(digests[2]).toEqual(digests[0]);
    expect(digests[0]![0]).not.toBe(digests[0]![1]);
  });

  it("scores the paper's own setting against itself as a tie", async () => {
    const config = { ...defaults(symmetry.settings), sweepBudget: 3000 };
    const c = await compareVariants(symmetry, config, [plan('paper')], [1, 2, 3]);
    expect(c.variants[0]!.fewerThanReference.probability).toBe(0.5);
    expect(c.variants[0]!.claims.map((cl) => cl.id)).toContain('mirror-antisymmetry');
  });
});
