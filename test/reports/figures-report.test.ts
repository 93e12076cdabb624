import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../reports/markdown.js';
import { reportErrors } from '../../reports/validate.js';
import { writeReport } from '../../reports/write-report.js';
import { findExperiment } from '../../reproductions/registry.js';
import { presentationOf } from '../../scripts/app/presentation.js';
import { fixtureReport, reportOf, symmetryFixture } from '../fixtures/figure-reports.js';
import { parseSvg } from '../helpers/parse-svg.js';
import { scratchFolders } from '../helpers/scratch.js';

const scratch = scratchFolders('figures-');
/** The charts every experiment gets after its own figures. */
const standardFiles = (id: string) => [`${id}-learning-curves.svg`, `${id}-success-by-budget.svg`];

describe("the report's figures", () => {
  const report = fixtureReport();
  const presentation = presentationOf(report);

  it('uses fixtures that are valid reports', () => {
    expect(reportErrors(report)).toBeNull();
  });

  it("gives each experiment every figure it declares (the fixtures hold what each needs), then the standard charts", () => {
    const declared = report.experiments.flatMap((e) => [...findExperiment(e.id)!.figures.map((f) => f.file), ...standardFiles(e.id)]);
    expect(presentation.figures.map((f) => f.file)).toEqual(declared);
    expect(presentation.figures.map((f) => f.file)).toContain('symmetry-weights.svg');
  });

  it('leaves out a weight diagram whose data the report lacks', () => {
    const bare = symmetryFixture();
    bare.runs = bare.runs.map((r) => ({ ...r, weights: null }));
    expect(presentationOf(reportOf(bare)).figures.map((f) => f.file)).toEqual(standardFiles('symmetry'));
  });

  it('links every figure from the Markdown and names it in the text', () => {
    const md = renderMarkdown(report, presentation);
    for (const f of presentation.figures) {
      expect(md).toContain(`![${f.name}](${f.file})`);
      expect(md).toContain(`*Figure: ${f.name}.*`);
    }
    expect(md).toContain("Hinton diagram of the symmetry net's weights");
    expect(md).toContain("Hinton diagram of the family-trees net's person code");
  });

  it('writes the SVG files beside report.md, every one well-formed, and the same bytes twice', async () => {
    const [a, b] = [scratch(), scratch()];
    const written = await writeReport(report, a, presentation);
    await writeReport(report, b, presentationOf(report));
    expect(written.figures.map((p) => p.slice(a.length + 1))).toEqual(presentation.figures.map((f) => f.file));
    for (const path of written.figures) {
      const svg = readFileSync(path, 'utf8');
      expect(() => parseSvg(svg)).not.toThrow();
      expect(readFileSync(join(b, path.slice(a.length + 1)), 'utf8')).toBe(svg);
    }
    expect(readdirSync(a).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(a, 'report.md'))).toBe(true);
  });
});
