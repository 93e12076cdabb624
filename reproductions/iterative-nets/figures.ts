import type { FigureSpec } from '../kit/experiment.js';
import type { SequenceTable } from './sequences-figure.js';
import { iterativeSequencesSvg, sequenceLayout } from './sequences-figure.js';
import type { ConfigOf } from '../kit/settings.js';
import { chainNet } from './fig5.js';
import type { IterativeRun } from './run-tasks.js';
import type { IterativeSettings } from './settings.js';
import { chainDrawable, iterativeUnrolledSvg } from './unrolled-figure.js';

// The figures of the iterative-net experiment, drawn from its typed runs and settings.

type Figure = FigureSpec<IterativeRun, IterativeSettings>;

export const unrolledFigure = (id: string): Figure => ({
  file: `${id}-unrolled.svg`,
  name: 'Diagram of the iterative net of Fig. 5 unrolled into a layered net',
  caption:
    "The chain A ↔ B ↔ C and the layered net of one layer per step that it equals; every copy of one weight has that weight's colour and name (tied weights), with a typical seed's learned values.",
  drawable: ({ runs, config }) => chainDrawable(chainNet(config.fig5Iterations), runs),
  render: ({ report, config }) => iterativeUnrolledSvg(report, chainNet(config.fig5Iterations)),
});

export const sequencesFigure = (id: string, table: (config: ConfigOf<IterativeSettings>) => SequenceTable): Figure => ({
  file: `${id}-sequences.svg`,
  name: 'Table of the sequence-completion outputs per step',
  caption:
    'For each novel test sequence, the letters presented and the digit a typical seed (median digits right) produced at each step, right or wrong, with how many seeds got each digit right (like PDP ch. 8, Table 11).',
  drawable: ({ runs, config }) => sequenceLayout(table(config), runs) !== null,
  render: ({ report, config }) => iterativeSequencesSvg(report, table(config)),
});
