import type { Control } from '../kit/claims.js';
import { CONTROL_SEEDS, mappedControl, memoBySeed } from '../kit/controls.js';
import type { TrainedRun } from '../kit/experiment.js';
import type { IterativeRun, SequenceRecord } from './run-tasks.js';

// The negative controls of the iterative-net claims (see kit/controls.ts). A seed trains three
// tasks; a control that retrains trains only the task its claim reads, and leaves the run's other
// records as they were.

/** What the controls need of the experiment: one task of a seed trained again under a manipulation. */
export interface IterativeControls {
  /** The shift register (the run record's shared fields), trained with the gradient cut between time steps. */
  shiftCut(seed: number): TrainedRun;
  /** The sequence net trained with the gradient cut between time steps. */
  sequenceCut(seed: number): SequenceRecord;
  /** The sequence net trained with ε = 0. */
  sequenceFrozen(seed: number): SequenceRecord;
}

/** The report's first CONTROL_SEEDS runs with one task's record replaced by a retraining; memoised by seed. */
export function retrainedTask(name: string, description: string, retrain: (seed: number) => Partial<IterativeRun>): Control<IterativeRun> {
  const trained = memoBySeed(retrain);
  return {
    name,
    description: `${description} (the report's first ${CONTROL_SEEDS} seeds; only that task is trained again)`,
    runs: (_population, all) => all.slice(0, CONTROL_SEEDS).map((run) => ({ ...run, ...trained(run.seed) })),
  };
}

/** Every run with the tied twin's numbers replaced by those of the twin whose copies each follow their own ∂E/∂w. */
export const untiedCopies = mappedControl<IterativeRun>(
  'copies untied',
  "each seed's layered twin trained with every copy of a weight following its own ∂E/∂w, from the same start and for the same sweeps: " +
    'its copies drift apart and leave the tied net, so the check must fail; with ε = 0 nothing moves and it cannot',
  (run) => ({ ...run, fig5: { ...run.fig5, copySpread: run.fig5.separateSpread, twinDeviation: run.fig5.separateDeviation } }),
);

const CUT = 'gradient cut between time steps';
const CUT_WHAT = 'no error passed from step t back to step t − 1, each copy of a weight learning from the error at its own step only (backpropagation through time removed)';

export function iterativeControls(kit: IterativeControls) {
  return {
    fig5: untiedCopies,
    shift: retrainedTask(
      CUT,
      `the shift register trained again with ${CUT_WHAT}: read out at unit 1, a bit reaches it only through other units, whose weights then get no error, so the seeds must not learn`,
      kit.shiftCut,
    ),
    sequence: retrainedTask(
      CUT,
      `the sequence net trained again with ${CUT_WHAT}: the digits at steps 3–6 depend on the letters at steps 1–2 only through time, so the hidden units get no error and the novel sequences must not be completed`,
      (seed) => ({ sequence: kit.sequenceCut(seed) }),
    ),
    sequenceSweeps: retrainedTask(
      'ε = 0',
      'the sequence net trained with ε = 0, so its weights never move from their initial values (every sweep repeats sweep 0, so it is measured there): no seed may reach the criterion',
      (seed) => ({ sequence: kit.sequenceFrozen(seed) }),
    ),
  };
}
