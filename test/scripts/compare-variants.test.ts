import { describe, expect, it } from 'vitest';
import { defaults } from '../../reproductions/kit/settings.js';
import { findVariant, variantValues } from '../../reproductions/kit/variants.js';
import { symmetry } from '../../reproductions/symmetry/index.js';
import { compareVariants } from '../../scripts/app/compare-variants.js';
import { seedPool } from '../../scripts/app/pool/seed-pool.js';

const plan = (id: string, given: Record<string, number> = {}) => {
  const variant = findVariant(id)!;
  const values = variantValues(variant, given);
  return { id, description: variant.description, choice: { id, values, grain: 'batch' as const } };
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

  it('gives the same comparison when the seeds train on a worker thread, variants included', async () => {
    const config = { ...defaults(symmetry.settings), sweepBudget: 1500 };
    const plans = [plan('paper'), plan('nesterov'), plan('adam', { learningRate: 0.05 })];
    const inProcess = await compareVariants(symmetry, config, plans, [1, 2, 3]);
    // Every seed goes to the worker, so a variant the worker ignored would show as a difference.
    const pool = seedPool(2, { thisThreadTrains: false });
    try {
      const pooled = await compareVariants(symmetry, config, plans, [1, 2, 3], undefined, pool.run);
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(inProcess));
      expect(pool.trained()).toEqual({ here: 0, onWorkers: 9 });
    } finally {
      await pool.close();
    }
    expect(inProcess.variants[1]!.runs[0]!.weightsDigest).not.toBe(inProcess.variants[0]!.runs[0]!.weightsDigest);
  });
});
