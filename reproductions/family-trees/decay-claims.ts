import { fractionClaim, summarizeFraction, type Claim, type Control, type Statistics } from '../kit/claims.js';
import { CONTROL_SEEDS } from '../kit/controls.js';
import { ALPHA } from '../kit/statistics/permutation.js';
import type { Verdict } from '../../reports/contract/index.js';
import { median } from '../kit/statistics/robust.js';
import { RESULTS_TEXT as TEXT } from './paper.js';
import type { FamilyRun } from './run.js';

// The letter's claim on weight decay, in two parts: the decay is balanced by ∂E/∂w at the end, and
// so a weight's final size indicates its usefulness. Measured in ./decay-balance.ts.

/** How far the fitted ∂E/∂w ≈ k·w may sit from the k at rest, either way. */
const BALANCE_FACTOR = 2;

export function decayClaims(
  learned: Claim<FamilyRun>['population'],
  untrainedWithDecay: (seed: number) => FamilyRun,
  story: (s: Statistics, verdict: Verdict) => string,
): Array<Claim<FamilyRun>> {
  // Ablating every weight of an untrained net costs about as much as training a few sweeps, so the
  // control measures the report's first few seeds, not all of them.
  const untrained = (why: string): Control<FamilyRun> => ({
    name: 'initial weights',
    description: `the report's first ${CONTROL_SEEDS} seeds measured at their initial weights, before any training: ${why}`,
    runs: (_population, all) => all.slice(0, CONTROL_SEEDS).map((r) => untrainedWithDecay(r.seed)),
  });
  return [
    {
      ...fractionClaim<FamilyRun>({
        id: 'decay-balance',
        statement: 'Paraphrased: with weight decay, after prolonged learning the decay was balanced by ∂E/∂w.',
        citation: TEXT,
        definition:
          'At the last sweep, over every parameter the decay shrinks: ∂E/∂w (on the training cases) points against w beyond chance ' +
          `(cos(∂E/∂w, −w) beats its permutation null, the weights shuffled among the parameters, at p ≤ ${ALPHA}) and the fitted k in ∂E/∂w ≈ k·w ` +
          `is within a factor ${BALANCE_FACTOR} of the k at which eq. 9 with decay is at rest, −(1 − α)·d / (ε·(1 − d)). ` +
          `The factor is the suite's tolerance: training stops at a fixed sweep, not at rest. Reproduced if it holds on ≥ 80% of the seeds that learned the training set, partial if ≥ 50%.`,
        population: learned,
        measure: (run) => {
          if (!run.decay) return null;
          const ratio = run.decay.slope / run.decay.predictedSlope;
          return run.decay.cosineP <= ALPHA && ratio >= 1 / BALANCE_FACTOR && ratio <= BALANCE_FACTOR;
        },
        paperValue: 'stated for the family-tree runs',
        reproducedAt: 0.8,
        partialAt: 0.5,
        control: untrained('at the initial weights nothing has balanced the decay yet'),
        story,
      }),
      summarize: (values, runs) => {
        const measured = runs.flatMap((r) => (r.decay ? [r.decay] : []));
        return {
          ...summarizeFraction(values),
          // A diverged or ε = 0 recipe gives no finite ratio: it has no rest to compare with.
          medianCosine: median(measured.map((d) => d.cosine).filter(Number.isFinite)),
          medianSlopeRatio: median(measured.map((d) => d.slope / d.predictedSlope).filter(Number.isFinite)),
        };
      },
    },
    fractionClaim<FamilyRun>({
      id: 'weight-usefulness',
      statement: 'Paraphrased: so the final magnitude of each weight indicates its usefulness in reducing the error.',
      citation: TEXT,
      definition:
        'At the last sweep, for every parameter the decay shrinks, the rise of E on the training cases when that parameter alone is set to 0; ' +
        `the Spearman correlation of those rises with |w| is positive and beats its permutation null at p ≤ ${ALPHA}. Reproduced if it holds on ≥ 80% of the seeds that learned the training set, partial if ≥ 50%.`,
      population: learned,
      measure: (run) => (run.decay ? run.decay.usefulness > 0 && run.decay.usefulnessP <= ALPHA : null),
      paperValue: 'stated for the family-tree runs',
      reproducedAt: 0.8,
      partialAt: 0.5,
      control: untrained('at the initial weights no weight has earned its size'),
      story,
    }),
  ];
}
