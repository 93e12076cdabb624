import type { ExperimentReport, Report } from '../types.js';
import type { Figure, FigurePlan } from './figure.js';
import { sequenceTaskOf } from './iterative-nets-sequences.js';
import { chainSpecOf } from './iterative-nets-unrolled.js';

// Which figures a report gets. Every experiment gets its learning curves and success-by-budget
// curve; an experiment whose paper figure shows weights gets that diagram too, when its JSON holds
// what the diagram needs. File names derive from the experiment id, so Markdown can link them
// without rendering anything; the renderers (and vega) load only when a figure is drawn.

function experimentFigures(e: ExperimentReport): FigurePlan[] {
  const plans: FigurePlan[] = [];
  // A weight diagram needs a seed with weights to draw; a diverged seed has none.
  const drawable = e.runs.some((r) => r.weights !== null);
  if (e.id === 'symmetry' && e.dataset.paperWeights && drawable) {
    plans.push({
      file: `${e.id}-weights.svg`,
      experimentId: e.id,
      name: "Hinton diagram of the symmetry net's weights",
      caption: "A typical seed (the converged seed with the median sweeps to criterion) beside the weights printed in Nature Fig. 1, laid out like the paper's net: inputs at the bottom, the two hidden units with their biases, the output on top.",
      render: async () => (await import('./symmetry-weights.js')).symmetryWeightsSvg(e),
    });
  }
  if (e.id === 'family-trees' && Array.isArray(e.dataset.people) && drawable) {
    plans.push({
      file: `${e.id}-person-code.svg`,
      experimentId: e.id,
      name: "Hinton diagram of the family-trees net's person code",
      caption: "The weights from the 24 people to the 6 person-code units of a typical seed (the median by final error), English row above Italian row in the column order of Nature Fig. 4.",
      render: async () => (await import('./family-trees-person-code.js')).familyTreesPersonCodeSvg(e),
    });
  }
  if (e.id === 'iterative-nets' && chainSpecOf(e)) {
    plans.push({
      file: `${e.id}-unrolled.svg`,
      experimentId: e.id,
      name: 'Diagram of the iterative net of Fig. 5 unrolled into a layered net',
      caption: "The chain A ↔ B ↔ C and the layered net of one layer per step that it equals; every copy of one weight has that weight's colour and name (tied weights), with a typical seed's learned values.",
      render: async () => (await import('./iterative-nets-unrolled.js')).iterativeUnrolledSvg(e),
    });
  }
  if (e.id === 'iterative-nets' && sequenceTaskOf(e)) {
    plans.push({
      file: `${e.id}-sequences.svg`,
      experimentId: e.id,
      name: 'Table of the sequence-completion outputs per step',
      caption: 'For each novel test sequence, the letters presented and the digit a typical seed (median digits right) produced at each step, right or wrong, with how many seeds got each digit right (like PDP ch. 8, Table 11).',
      render: async () => (await import('./iterative-nets-sequences.js')).iterativeSequencesSvg(e),
    });
  }
  plans.push(
    {
      file: `${e.id}-learning-curves.svg`,
      experimentId: e.id,
      name: `Learning curves of the ${e.id} experiment`,
      caption: "E per sweep for every seed, their median and interquartile band, where each seed met the criterion, and the paper's sweep count.",
      render: async () => (await import('./learning-curves.js')).learningCurvesSvg(e),
    },
    {
      file: `${e.id}-success-by-budget.svg`,
      experimentId: e.id,
      name: `Success by budget of the ${e.id} experiment`,
      caption: 'The share of seeds that had met the criterion by each sweep; seeds that never did stay in the count.',
      render: async () => (await import('./success-by-budget.js')).successByBudgetSvg(e),
    },
  );
  return plans;
}

export const planFigures = (report: Report): FigurePlan[] => report.experiments.flatMap(experimentFigures);

/** Renders every planned figure, one after another (the order is the plan's, so output is stable). */
export async function renderFigures(report: Report): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const { render, ...plan } of planFigures(report)) figures.push({ ...plan, svg: await render() });
  return figures;
}
