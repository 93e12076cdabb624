import { describe, expect, it } from 'vitest';
import type { ExperimentReport } from '../../reports/contract/index.js';
import { unlearnedWarning } from '../../reports/figures/unlearned-seed.js';
import { family } from '../../reproductions/family-trees/data.js';
import { familyTreesPersonCodeSvg } from '../../reproductions/family-trees/person-code-figure.js';
import { defaults } from '../../reproductions/kit/settings.js';
import { PAPER_WEIGHTS } from '../../reproductions/symmetry/paper.js';
import { symmetryWeightsSvg } from '../../reproductions/symmetry/weights-figure.js';
import { xor } from '../../reproductions/xor/index.js';
import { familyTreesFixture, symmetryFixture } from '../fixtures/figure-reports.js';
import { parseSvg, withClass } from '../helpers/parse-svg.js';

// A diagram of a seed that never met the criterion says so under its title; one of a seed that
// did, does not. The family-trees fixture's median seed by final error (seed 3) never met it.

const warningText = (svg: string) => withClass(parseSvg(svg), 'unlearned-warning').flatMap((g) => g.children.map((c) => c.text));

describe('the person-code diagram (Fig. 4) of an unlearned seed', () => {
  it('is titled and labelled as the weights of a net that did not learn, not as a Fig. 4 code', () => {
    const e = familyTreesFixture();
    const seed3 = e.runs.find((r) => r.seed === 3)!;
    const svg = familyTreesPersonCodeSvg(e, family.people);
    expect(svg).toContain("an unlearned family-trees net's person-1 weights (not a Fig. 4 code)");
    expect(svg).not.toContain("person code (Nature Fig. 4)");
    // The warning names the seed, its sweeps and final E, and how many seeds did learn.
    expect(warningText(svg)).toEqual([
      `Seed 3 did NOT learn: it never met the criterion in 1500 sweeps (final E = ${Number(seed3.finalError!.toPrecision(3))}).`,
      'These weights are not a learned code; 1 of 4 seeds met the criterion.',
    ]);
    expect(unlearnedWarning(e.runs.find((r) => r.seed === 2)!, e.runs)).toEqual([]);
    // A seed that learned is drawn as Fig. 4, with no warning.
    const learned = familyTreesFixture();
    learned.runs = learned.runs.map((r) => ({ ...r, sweepsToCriterion: 1000 }));
    const learnedSvg = familyTreesPersonCodeSvg(learned, family.people);
    expect(learnedSvg).toContain("Hinton diagram of the family-trees net's person code (Nature Fig. 4)");
    expect(warningText(learnedSvg)).toEqual([]);
  });
});

describe('the other weight diagrams of an unlearned seed', () => {
  it('symmetry: warns when no seed converged and the diagram falls back to one that did not', () => {
    const none = symmetryFixture();
    none.runs = none.runs.map((r) => ({ ...r, sweepsToCriterion: null }));
    expect(warningText(symmetryWeightsSvg(none, PAPER_WEIGHTS))[0]).toMatch(/^Seed \d did NOT learn/);
    expect(warningText(symmetryWeightsSvg(symmetryFixture(), PAPER_WEIGHTS))).toEqual([]);
  });

  it('XOR net: warns for a seed drawn without meeting the criterion', () => {
    const config = defaults(xor.settings);
    const report = { criterion: { description: 'every output within 0.2 of its target' } } as unknown as ExperimentReport;
    const run = { ...xor.evaluateWeights!(config, xor.printedWeights!), seed: 5, sweepsToCriterion: null, measures: {} };
    const unlearned = xor.figures[0]!.render({ report, runs: [run], config }) as string;
    expect(warningText(unlearned)[0]).toMatch(/^Seed 5 did NOT learn/);
    const learned = xor.figures[0]!.render({ report, runs: [{ ...run, sweepsToCriterion: 300 }], config }) as string;
    expect(warningText(learned)).toEqual([]);
  });
});
