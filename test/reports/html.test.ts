import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../reports/html.js';

// The HTML page's own rules, without a browser (test/reports/html-browser.test.ts opens it in one).

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
const MARKDOWN = ['# A report', '', '## Verdicts', '', '| a | b |', '|---|---|', '| 1 | **not reproduced** |', '', '## Symmetry (Fig. 1)', '', '![weights](w.svg)', '', '## Symmetry (Fig. 1)', ''].join('\n');

describe('report.html', () => {
  const html = renderHtml(MARKDOWN, [{ name: 'w.svg', content: SVG }], 'made from report.json');

  it('inlines each figure as a data URI and links no file', () => {
    expect(html).toContain(`src="data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}"`);
    expect(html).not.toMatch(/src="(?!data:)/);
    expect(html).not.toMatch(/<link\b|href="(?!#)/);
  });

  it('needs no script and forbids every request in its policy', () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
  });

  it('opens with the title and a contents list of its sections, each with a unique anchor', () => {
    expect(html).toContain('<title>A report</title>');
    expect(html).toMatch(/<h1>A report<\/h1>\n<nav>.*<a href="#verdicts">Verdicts<\/a>.*<a href="#symmetry-fig-1">.*<a href="#symmetry-fig-1-2">/s);
    expect(html).toContain('<h2 id="symmetry-fig-1-2">');
    expect(html).toContain('<td><strong>not reproduced</strong></td>');
    expect(html).toContain('<footer>made from report.json</footer>');
  });

  it('refuses a Markdown report that links a figure it was not given', () => {
    expect(() => renderHtml('# R\n\n![x](missing.svg)\n', [], '')).toThrow(/links a figure it did not draw: missing\.svg/);
  });
});
