import type { Claim } from '../kit/claims.js';
import { frozenControl, memoBySeed, retrainedControl } from '../kit/controls.js';
import type { ConfigOf } from '../kit/settings.js';
import { LEARNED } from '../kit/shared-settings.js';
import { sweepsToCriterionClaim } from '../kit/sweeps-to-criterion-claim.js';
import type { XorRun } from './measures.js';
import { FIG3_RUN, FIG3_SWEEPS, LOCAL_MINIMA_STATEMENT, LOCAL_MINIMA_TEXT } from './paper.js';
import type { XorSettings } from './settings.js';
import { n3, stuckRateClaim } from './stuck-rate-claim.js';

// The claims of Fig. 3: the net with one hidden unit and direct connections learns XOR, in about
// the chapter's 558 sweeps, and never gets stuck (the chapter's local minima were all 2-2-1 nets).

type Config = ConfigOf<XorSettings>;

/** What the claims need for their controls: a seed trained again, with other settings or without its hidden layer. */
export interface XorControls {
  train(config: Config, seed: number): XorRun;
  withoutHidden(config: Config, seed: number): XorRun;
}

/** The 2 → 1 net in place of the experiment's: a control under which every seed must get stuck. */
export const hiddenRemoved = <R extends XorRun, C extends Config>(config: C, withoutHidden: (config: C, seed: number) => R) =>
  retrainedControl<R>(
    'hidden layer removed',
    'the same training of a net with no hidden layer (the two inputs straight to the output): XOR is not linearly separable, so every seed must get stuck',
    memoBySeed((seed) => withoutHidden(config, seed)),
  );

export function fig3Claims(config: Config, kit: XorControls): Array<Claim<XorRun>> {
  const frozen = frozenControl(config, kit.train);
  const learning = sweepsToCriterionClaim<XorRun>({
    id: 'learning',
    statement: `Fig. 3's net (one hidden unit and direct input→output connections) learned XOR; the run shown took ${FIG3_SWEEPS} sweeps at η = 0.5.`,
    citation: FIG3_RUN,
    criterionId: config.criterion,
    criterionDescription: LEARNED[config.criterion].description,
    paperSweeps: FIG3_SWEEPS,
    budget: config.sweepBudget,
    percentileBand: [5, 95],
    minReachedFraction: 0.5,
    control: frozen,
  });
  return [
    {
      ...learning,
      describe: (s) =>
        `${n3(s.reached)} of ${n3(s.runs)} seeds learned; median ${n3(s.median)} sweeps (quartiles ${n3(s.q1)}–${n3(s.q3)}); ` +
        `the chapter's ${FIG3_SWEEPS} sweeps lie at the ${n3(s.percentileOfPaper)}th percentile of the seeds`,
    },
    stuckRateClaim<XorRun>({
      id: 'no-local-minima',
      statement: `${LOCAL_MINIMA_STATEMENT} Fig. 3's net, with one hidden unit and direct connections, was not among them.`,
      citation: LOCAL_MINIMA_TEXT,
      net: "Fig. 3's net (2 inputs, 1 hidden unit, direct input→output connections)",
      budget: config.sweepBudget,
      criterion: LEARNED[config.criterion].description,
      paperValue: 'no local minimum with this net; 2 in "hundreds" of XOR runs overall, both 2-2-1',
      control: hiddenRemoved(config, kit.withoutHidden),
    }),
  ];
}
