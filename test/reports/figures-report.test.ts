import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFigures } from '../../reports/figures/plan.js';
import { renderMarkdown } from '../../reports/markdown.js';
import { reportErrors } from '../../reports/validate.js';
import { writeReport } from '../../reports/write-report.js';
import { familyTreesFixture, iterativeNetsFixture, reportOf, symmetryFixture } from '../fixtures/figure-reports.js';
import { parseSvg } from './figures-svg.js';

const scratch = scratchFolders('figures-');
import { scratchFolders } from '../helpers/scratch.js';

describe("the report's figures", () => {
  const report = reportOf(symmetryFixture(), familyTreesFixture(), iterativeNetsFixture());

  it('uses fixtures that are valid reports', () => {
    expect(reportErrors(report)).toBeNull();
  });

  it('plans each experiment its curves, and the weight diagram of its paper figure', () => {
    expect(planFigures(report).map((f) => f.file)).toEqual([
      'symmetry-weights.svg',
      'symmetry-learning-curves.svg',
      'symmetry-success-by-budget.svg',
      'family-trees-person-code.svg',
      'family-trees-learning-curves.svg',
      'family-trees-success-by-budget.svg',
      'iterative-nets-unrolled.svg',
      'iterative-nets-sequences.svg',
      'iterative-nets-learning-curves.svg',
      'iterative-nets-success-by-budget.svg',
    ]);
  });

  it('leaves out a weight diagram whose data the report lacks', () => {
    const bare = symmetryFixture();
    delete bare.dataset.paperWeights;
    expect(planFigures(reportOf(bare)).map((f) => f.file)).toEqual(['symmetry-learning-curves.svg', 'symmetry-success-by-budget.svg']);
  });

  it('links every figure from the Markdown and names it in the text', () => {
    const md = renderMarkdown(report);
    for (const f of planFigures(report)) {
      expect(md).toContain(`![${f.name}](${f.file})`);
      expect(md).toContain(`*Figure: ${f.name}.*`);
    }
    expect(md).toContain("Hinton diagram of the symmetry net's weights");
    expect(md).toContain("Hinton diagram of the family-trees net's person code");
  });

  it('writes the SVG files beside report.md, every one well-formed, and the same bytes twice', async () => {
    const [a, b] = [scratch(), scratch()];
    const written = await writeReport(report, a);
    await writeReport(report, b);
    expect(written.figures.map((p) => p.slice(a.length + 1))).toEqual(planFigures(report).map((f) => f.file));
    for (const path of written.figures) {
      const svg = readFileSync(path, 'utf8');
      expect(() => parseSvg(svg)).not.toThrow();
      expect(readFileSync(join(b, path.slice(a.length + 1)), 'utf8')).toBe(svg);
    }
    expect(readdirSync(a).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(a, 'report.md'))).toBe(true);
  });
});
