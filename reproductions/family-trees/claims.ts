import { fractionClaim, summarizeFraction, summarizeMean, type Claim } from '../kit/claims.js';
import type { ConfigOf } from '../kit/settings.js';
import { FIG4, RESULTS_TEXT as TEXT } from './paper.js';
import type { FamilyRun } from './run.js';
import type { FamilySettings } from './settings.js';

// The claims of the family-tree task. Thresholds are the suite's reading of the paper's words,
// fixed before any run was seen; they are part of each claim's definition.

/** A unit "encodes" an attribute when its 24 weights correlate with it at |r| ≥ this. */
const ENCODES = 0.8;

const learned = { label: 'seeds that learned the training set', includes: (r: FamilyRun) => r.training.correct === r.training.cases };
const allSeeds = { label: 'all seeds', includes: (r: FamilyRun) => r.heldOut.length > 0 };

const attributeClaim = (id: string, statement: string, attribute: 'nationality' | 'generation' | 'branch', encoding: string, paperValue: string) =>
  fractionClaim<FamilyRun>({
    id,
    statement,
    citation: FIG4,
    definition:
      `On the weights from the 24 person inputs to the 6 person-code units: the best absolute Pearson correlation of any unit's 24 weights ` +
      `with ${encoding} is ≥ ${ENCODES}. Reproduced if it holds on ≥ 80% of the seeds that learned the training set, partial if ≥ 50%.`,
    population: learned,
    measure: (run) => Math.abs(run.personCode[attribute].r) >= ENCODES,
    paperValue,
    reproducedAt: 0.8,
    partialAt: 0.5,
  });

export function familyClaims(config: ConfigOf<FamilySettings>): Array<Claim<FamilyRun>> {
  const sweeps = config.sweeps;
  const held = config.heldOut;
  return [
    {
      id: 'training-set-learned',
      statement: `Paraphrased: trained on 100 of the 104 cases for 1500 sweeps, the network learns them all.`,
      citation: TEXT,
      definition:
        `After the last of ${sweeps} sweeps, every training case is correct: each output unit that should be on is above 0.5 and every other below 0.5 ` +
        `(also reported: the stricter reading, on-units above ${config.marginOn} and others below ${config.marginOff}). ` +
        'Reproduced if it holds on ≥ 80% of seeds, partial if ≥ 20%.',
      population: { label: 'all seeds', includes: () => true },
      measure: (run) => run.training.correct === run.training.cases,
      summarize: (values, runs) => ({
        ...summarizeFraction(values),
        strictFraction: runs.length === 0 ? null : runs.filter((r) => r.training.strictlyCorrect === r.training.cases).length / runs.length,
        meanTrainingCasesCorrect: runs.length === 0 ? null : runs.reduce((s, r) => s + r.training.correct, 0) / runs.length,
      }),
      expectation: {
        reproduced: [{ statistic: 'fraction', op: '>=', threshold: 0.8 }],
        partial: [{ statistic: 'fraction', op: '>=', threshold: 0.2 }],
      },
      paperValue: 'all 100 training cases (one run)',
    },
    {
      id: 'generalisation',
      statement: 'The network generalizes correctly to the four triples on which it was not trained.',
      citation: TEXT,
      definition:
        `Per seed, the share of its ${held} held-out cases that are correct (on-units above 0.5, others below 0.5); ` +
        'the mean over all seeds. Also reported: the mean over the seeds that learned the training set, and under the stricter 0.2/0.8 reading. ' +
        'Reproduced if the mean is ≥ 75%, partial if ≥ 50%.',
      population: allSeeds,
      measure: (run) => run.heldOut.filter((o) => o.correct).length / run.heldOut.length,
      summarize: (values, runs) => {
        const learnedRuns = runs.filter(learned.includes);
        const mean = (rs: readonly FamilyRun[], strict: boolean) =>
          rs.length === 0 ? null : rs.reduce((s, r) => s + r.heldOut.filter((o) => (strict ? o.strictlyCorrect : o.correct)).length / r.heldOut.length, 0) / rs.length;
        return { ...summarizeMean(values), meanOnLearnedSeeds: mean(learnedRuns, false), strictMean: mean(runs, true) };
      },
      expectation: {
        reproduced: [{ statistic: 'mean', op: '>=', threshold: 0.75 }],
        partial: [{ statistic: 'mean', op: '>=', threshold: 0.5 }],
      },
      paperValue: '4 of 4 in one run; later 7 of 8 over two runs',
    },
    attributeClaim('nationality-unit', 'Paraphrased: unit 1 of the person code separates English from Italian people.', 'nationality', 'nationality (English 1, Italian 0)', 'unit 1'),
    attributeClaim('generation-unit', 'Paraphrased: unit 2 of the person code encodes generation.', 'generation', 'generation (1, 2, 3)', 'unit 2'),
    attributeClaim(
      'branch-unit',
      'Paraphrased: unit 6 of the person code encodes the branch of the family.',
      'branch',
      'branch (Christopher–Penelope side +1, Andrew–Christine side −1, their grandchildren 0)',
      'unit 6',
    ),
    fractionClaim<FamilyRun>({
      id: 'twin-code',
      statement: "Paraphrased: most units ignore nationality, so a person's code is close to the code of their twin in the other tree.",
      citation: FIG4,
      definition:
        "A person's code is their weights to the person-code units other than the one that best separates nationality; " +
        "for every one of the 24 people, the nearest other code (Euclidean) is their twin's. " +
        'Reproduced if it holds on ≥ 80% of the seeds that learned the training set, partial if ≥ 50%.',
      population: learned,
      measure: (run) => run.personCode.twinNearest === 24,
      paperValue: 'shown for the one run of Fig. 4',
      reproducedAt: 0.8,
      partialAt: 0.5,
    }),
  ];
}
