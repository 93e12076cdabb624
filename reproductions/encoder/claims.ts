import { fractionClaim, type Claim, type Statistics } from '../kit/claims.js';
import { frozenControl, initialWeightsControl, memoBySeed } from '../kit/controls.js';
import type { ConfigOf } from '../kit/settings.js';
import { LEARNED } from '../kit/shared-settings.js';
import { censoredQuantile } from '../kit/statistics/censored.js';
import {
  areDistinct, binarisedDistinct, DISTINCT_DISTANCE, INTERMEDIATE_BAND, intermediateCount, minPairwiseDistance, usesIntermediateValues,
} from './measures.js';
import { hiddenUnitsFor } from './data.js';
import { BINARY_STATEMENT, INTERMEDIATE_STATEMENT, LEARNING_STATEMENT, TABLE4, TABLE5, TABLE5_CODES } from './paper.js';
import type { EncoderRun } from './run.js';
import type { EncoderSettings } from './settings.js';

// The encoder's claims: it learns, its hidden codes are distinct, and they use intermediate values
// as well as 0 and 1. Thresholds are the suite's, fixed before any run was seen; Table 5's printed
// codes are measured by the same functions (they are codes, not weights, so measure-weights cannot
// load them: ./paper.ts holds them and the paper values below are computed from them).

const converged = { label: 'seeds that reached the criterion', includes: (run: EncoderRun) => run.sweepsToCriterion !== null, dependsOn: 'learning' };
const n3 = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : String(Number(v.toPrecision(3))));
const share = (runs: readonly EncoderRun[], test: (r: EncoderRun) => boolean) => (runs.length === 0 ? null : runs.filter(test).length / runs.length);
const percent = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${n3(100 * v)}%`);
const median = (xs: number[]) => (xs.length === 0 ? null : censoredQuantile(xs, 0.5));

/** What the claims need for their controls: a seed retrained with other settings, or untrained. */
export interface EncoderControls {
  train(config: ConfigOf<EncoderSettings>, seed: number): EncoderRun;
  untrained(config: ConfigOf<EncoderSettings>, seed: number): EncoderRun;
}

/** A claim whose statistics carry more than its conditions read, computed from the same runs. */
const withStatistics = (claim: Claim<EncoderRun>, extra: (runs: readonly EncoderRun[]) => Statistics): Claim<EncoderRun> => ({
  ...claim,
  summarize: (values, runs) => ({ ...claim.summarize(values, runs), ...extra(runs) }),
});

export function encoderClaims(config: ConfigOf<EncoderSettings>, kit: EncoderControls): Array<Claim<EncoderRun>> {
  const n = Number(config.width);
  const hidden = hiddenUnitsFor(n);
  const values = n * hidden;
  const shape = `${n}-${hidden}-${n}`;
  const frozen = frozenControl(config, kit.train);
  const untrained = initialWeightsControl<EncoderRun>(
    memoBySeed((seed) => kit.untrained(config, seed)),
    'small random weights leave every hidden unit near 0.5, so no code is apart from another and none is near 0 or 1',
  );
  return [
    withStatistics(
      fractionClaim({
        id: 'learning',
        statement: LEARNING_STATEMENT,
        citation: TABLE4,
        definition:
          `Per seed: the ${shape} net gets ${LEARNED[config.criterion].description} within ${config.sweepBudget} sweeps. ` +
          'Reproduced when ≥ 80% of seeds do, partial when ≥ 50% (the chapter gives no rate: the thresholds read "the system learns" as "most runs learn"). ' +
          'Also reported: the median sweeps of the seeds that learned.',
        population: { label: 'all seeds', includes: () => true },
        measure: (run) => run.sweepsToCriterion !== null,
        paperValue: 'learned (one run; no η or run length given)',
        describe: (s) => `${n3(s.holds)} of ${n3(s.runs)} seeds learned${s.medianSweeps == null ? '' : `; median ${n3(s.medianSweeps)} sweeps among them`}`,
        control: frozen,
        reproducedAt: 0.8,
        partialAt: 0.5,
      }),
      (runs) => ({ medianSweeps: median(runs.flatMap((r) => (r.sweepsToCriterion === null ? [] : [r.sweepsToCriterion]))) }),
    ),
    withStatistics(
      fractionClaim({
        id: 'distinct-codes',
        statement: BINARY_STATEMENT,
        citation: `${TABLE4} and ${TABLE5}`,
        definition:
          "The chapter's own Table 5 is not a pure binary number (it uses 0.5), so the suite judges the sentence's testable core, that each pattern gets a code of its own. " +
          `On each converged seed, the ${n} hidden codes (one per input pattern, read at the sweep the criterion was met) are pairwise at least ` +
          `${DISTINCT_DISTANCE} apart (Euclidean): ${DISTINCT_DISTANCE} is the step of Table 5's printed resolution. Reproduced when ≥ 80% of converged seeds hold it, partial when ≥ 50%. ` +
          'Also reported: the share whose codes, binarised at 0.5, are all different corners (a pure binary number), and the median least distance.',
        population: converged,
        measure: (run) => areDistinct(run.codes),
        paperValue:
          `Table 5: least distance ${n3(minPairwiseDistance(TABLE5_CODES))} (holds); binarised at 0.5 its codes are ` +
          `${binarisedDistinct(TABLE5_CODES) ? '' : 'not '}all different corners (its 0.5s fall on neither side)`,
        describe: (s) =>
          `codes at least ${DISTINCT_DISTANCE} apart on ${n3(s.holds)} of ${n3(s.runs)} converged seeds (median least distance ${n3(s.medianLeastDistance)}); ` +
          `a pure binary number (binarised codes all different) on ${percent(s.binaryNumberFraction)}`,
        control: untrained,
        reproducedAt: 0.8,
        partialAt: 0.5,
      }),
      (runs) => ({
        binaryNumberFraction: share(runs, (r) => binarisedDistinct(r.codes)),
        medianLeastDistance: median(runs.map((r) => minPairwiseDistance(r.codes))),
      }),
    ),
    withStatistics(
      fractionClaim({
        id: 'intermediate-values',
        statement: INTERMEDIATE_STATEMENT,
        citation: TABLE5,
        definition:
          `On each converged seed, count the hidden activations strictly between ${INTERMEDIATE_BAND[0]} and ${INTERMEDIATE_BAND[1]} among its ${values} ` +
          `(${n} codes × ${hidden} units). The code "uses intermediate values as well as 0 and 1" when that count is ≥ 1 and ≤ ${values / 2} ` +
          '(some intermediate, most near 0 or 1): a pure binary number fails the first, an untrained net (every unit near 0.5) the second. ' +
          "Reproduced when ≥ 50% of converged seeds hold it (the chapter's one run is then a typical one), partial when ≥ 5% (it is then not an extreme " +
          'one, as the 5th percentile bounds the sweeps claims). Also reported: the mean count, and the share with none (a pure binary code).',
        population: converged,
        measure: (run) => usesIntermediateValues(run.codes),
        paperValue: `Table 5: ${intermediateCount(TABLE5_CODES)} of ${TABLE5_CODES.flat().length} values intermediate (the four 0.5s): holds`,
        describe: (s) =>
          `intermediate values as well as 0 and 1 on ${n3(s.holds)} of ${n3(s.runs)} converged seeds; mean ${n3(s.meanIntermediate)} of ${values} values intermediate; ` +
          `none intermediate (a pure binary code) on ${percent(s.noneIntermediateFraction)}`,
        control: untrained,
        reproducedAt: 0.5,
        partialAt: 0.05,
      }),
      (runs) => ({
        meanIntermediate: runs.length === 0 ? null : runs.reduce((s, r) => s + intermediateCount(r.codes), 0) / runs.length,
        noneIntermediateFraction: share(runs, (r) => intermediateCount(r.codes) === 0),
      }),
    ),
  ];
}
