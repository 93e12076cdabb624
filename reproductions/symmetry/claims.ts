import type { RunRecord } from '../../reports/contract/index.js';
import { fractionClaim, type Claim } from '../kit/claims.js';
import { frozenControl, initialWeightsControl, memoBySeed } from '../kit/controls.js';
import type { ConfigOf } from '../kit/settings.js';
import { LEARNED } from '../kit/shared-settings.js';
import { sweepsToCriterionClaim } from '../kit/sweeps-to-criterion-claim.js';
import { cosine, hasDoublingRatios, hasPaperSigns, isMirrorAntisymmetric, type SymmetryWeights } from './measures.js';
import { CAPTION, PAPER_SWEEPS } from './paper.js';
import type { SymmetrySettings } from './settings.js';

// The claims of Nature Fig. 1 and its caption.

// A converged run stopped at its criterion with finite weights, so the structure claims always have weights to read.
const weightsOf = (run: RunRecord) => run.weights as unknown as SymmetryWeights;
const converged = { label: 'seeds that reached the criterion', includes: (run: RunRecord) => run.sweepsToCriterion !== null };
const STRUCTURE = { reproducedAt: 0.8, partialAt: 0.5 };
/** Thresholds of the structure claims; set from the paper's words before any run was seen. */
const MIRROR_TOLERANCE = 0.1;
const RATIO_BAND: [number, number] = [1.5, 2.5];
const OPPOSITE_COSINE = -0.9;

/** What the claims need of the experiment for their controls: a seed retrained with other settings, or untrained. */
export interface SymmetryControls {
  train(config: ConfigOf<SymmetrySettings>, seed: number): RunRecord;
  untrained(config: ConfigOf<SymmetrySettings>, seed: number): RunRecord;
}

const learning = (criterionId: keyof typeof LEARNED, budget: number, control: Claim<RunRecord>['control']): Claim<RunRecord> =>
  sweepsToCriterionClaim({
    id: `learning-${criterionId}`,
    statement: 'The learning required 1,425 sweeps through the set of 64 possible input vectors.',
    citation: CAPTION,
    criterionId,
    criterionDescription: LEARNED[criterionId].description,
    paperSweeps: PAPER_SWEEPS,
    budget,
    percentileBand: [5, 95],
    minReachedFraction: 0.5,
    control,
  });

export function symmetryClaims(config: ConfigOf<SymmetrySettings>, kit: SymmetryControls): Array<Claim<RunRecord>> {
  const frozen = frozenControl(config, kit.train);
  const untrained = initialWeightsControl<RunRecord>(
    memoBySeed((seed) => kit.untrained(config, seed)),
    'small random weights must not show the structure',
  );
  return [
    learning('right-side', config.sweepBudget, frozen),
    learning('within-0.2', config.sweepBudget, frozen),
    fractionClaim({
      id: 'mirror-antisymmetry',
      statement: 'For a given hidden unit, weights that are symmetric about the middle of the input vector are equal in magnitude and opposite in sign.',
      citation: CAPTION,
      definition: `For both hidden units and every mirror pair (i, 7 − i): |w_i + w_(7−i)| ≤ ${MIRROR_TOLERANCE} · max|w| over that unit's six input weights. Reproduced if it holds on ≥ 80% of converged seeds, partial if ≥ 50%.`,
      population: converged,
      measure: (run) => weightsOf(run).inputToHidden.every((w) => isMirrorAntisymmetric(w, MIRROR_TOLERANCE)),
      paperValue: 'holds for the printed weights',
      control: untrained,
      ...STRUCTURE,
    }),
    fractionClaim({
      id: 'ratio-1-2-4',
      statement: 'Note that the weights on each side of the midpoint are in the ratio 1:2:4.',
      citation: CAPTION,
      definition: `For both hidden units: the three mirror-pair magnitudes (|w_i| + |w_(7−i)|)/2, sorted, have each successive ratio in [${RATIO_BAND.join(', ')}] (sorted, since the printed order by position is 4:1:2). Reproduced if it holds on ≥ 80% of converged seeds, partial if ≥ 50%.`,
      population: converged,
      measure: (run) => weightsOf(run).inputToHidden.every((w) => hasDoublingRatios(w, RATIO_BAND)),
      paperValue: 'printed magnitudes 3.6 : 7.2 : 14.2',
      story: (s) =>
        `Held on ${s.holds} of ${s.runs} converged seeds. The band [${RATIO_BAND.join(', ')}] for each successive ratio of the sorted mirror-pair magnitudes was fixed before any run was seen, ` +
        'and the weights printed in Fig. 1 pass it (`npx tsx scripts/measure-weights.ts --params paper`); converged seeds solve the task with the mirror structure of the other claims but with other ratios.',
      control: untrained,
      ...STRUCTURE,
    }),
    fractionClaim({
      id: 'bias-signs',
      statement: 'Because the hidden units have a negative bias, both will be off. In this case the output unit, having a positive bias, will be on.',
      citation: CAPTION,
      definition: 'Both hidden biases < 0, the output bias > 0, and both hidden→output weights < 0 (so an active hidden unit turns the output off). Reproduced if it holds on ≥ 80% of converged seeds, partial if ≥ 50%.',
      population: converged,
      measure: (run) => hasPaperSigns(weightsOf(run)),
      paperValue: 'hidden biases −1.1, output bias +6.4, hidden→output −8.8',
      control: untrained,
      ...STRUCTURE,
    }),
    fractionClaim({
      id: 'opposite-hidden-units',
      statement: 'The two hidden units have identical patterns of weights but with opposite signs.',
      citation: CAPTION,
      definition: `Cosine of the two hidden units' six input weights ≤ ${OPPOSITE_COSINE}. Reproduced if it holds on ≥ 80% of converged seeds, partial if ≥ 50%.`,
      population: converged,
      measure: (run) => {
        const [a, b] = weightsOf(run).inputToHidden;
        return cosine(a!, b!) <= OPPOSITE_COSINE;
      },
      paperValue: 'cosine −1.00 for the printed weights',
      control: untrained,
      ...STRUCTURE,
    }),
  ];
}
