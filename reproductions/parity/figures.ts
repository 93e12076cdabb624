import type { FigureSpec } from '../kit/experiment.js';
import { hiddenByCountSvg } from './count-figure.js';
import { PARADIGM_SCALE, paradigmWeights } from './paradigm.js';
import { PAPER_WIDTH, TABLE_3 } from './paper.js';
import type { ParityRun } from './run.js';
import type { ParitySettings } from './settings.js';
import { parityWeightsSvg } from './weights-figure.js';

// The figures of the parity experiment, drawn from its typed runs and settings.

type Figure = FigureSpec<ParityRun, ParitySettings>;

export const parityWeightsFigure = (id: string): Figure => ({
  file: `${id}-weights.svg`,
  name: "Hinton diagram of the parity net's weights",
  caption:
    "A typical seed (the converged seed with the median sweeps to criterion) above Fig. 6's paradigm for the same N, laid out like the chapter's figure: inputs at the bottom, the hidden units, the output on top. " +
    `The paradigm is drawn with every weight and bias × ${PARADIGM_SCALE} (the chapter gives no scale) and hidden→output weights of ±1 before scaling (it gives their signs).`,
  drawable: ({ runs }) => runs.some((r) => r.weights !== null),
  render: ({ report, config }) =>
    parityWeightsSvg(report, config.width, paradigmWeights(config.width, PARADIGM_SCALE), `input→hidden +1, biases −0.5, −1.5, …; output bias −0.5; hidden→output ±1 alternating; all × ${PARADIGM_SCALE}`),
});

export const hiddenByCountFigure = (id: string): Figure => ({
  file: `${id}-hidden-by-count.svg`,
  name: 'Table of the hidden units by the number of inputs on',
  caption:
    "For the typical seed, each hidden unit's output for each number of inputs on (its mean over those patterns; white, black or grey as it is on, off or mixed), beside the chapter's Table 3 for the 4-bit net.",
  drawable: ({ runs }) => runs.some((r) => r.weights !== null),
  render: ({ report, runs, config }) =>
    hiddenByCountSvg(report, runs, config.width, config.width === PAPER_WIDTH ? { rows: TABLE_3, heading: "The chapter's Table 3" } : null),
});
