import { marked, type Tokens } from 'marked';

// A report as one stand-alone HTML page, for reading in a browser straight from disk: the same
// content as its Markdown (verdicts first, then each experiment: the paper beside the suite, what
// did not reproduce and why, figures, claims, settings), with every figure inlined as a data URI
// and a style sheet of its own. No script and nothing fetched: the page's Content-Security-Policy
// forbids both, so a reader sees exactly what the file holds, offline.
// Figures are inlined as <img> data URIs rather than as <svg> elements: each figure's SVG names its
// clip paths and gradients with ids that are unique only within that figure.

export interface InlineFigure {
  /** The file name the Markdown links to, e.g. symmetry-weights.svg. */
  name: string;
  content: string;
}

/** Nothing leaves the page: no scripts, no fetches; images only from data URIs, styles only inline. */
const POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.55 Georgia, 'Times New Roman', serif; color: #1d1d1d; background: #fff; margin: 0; }
main { max-width: 1060px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 26px; line-height: 1.25; margin: 8px 0 4px; }
h2 { font-size: 21px; margin: 40px 0 8px; padding-top: 12px; border-top: 2px solid #333; }
h3 { font-size: 17px; margin: 24px 0 6px; }
h4 { font-size: 15px; margin: 18px 0 4px; }
h1, h2, h3, h4, nav, table, code { font-family: Helvetica, Arial, sans-serif; }
nav { font-size: 13px; background: #f4f4f2; border: 1px solid #ddd; padding: 8px 14px; margin: 16px 0; }
nav ol { margin: 4px 0; padding-left: 22px; columns: 2; }
table { border-collapse: collapse; font-size: 13px; margin: 10px 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #c8c8c8; padding: 3px 7px; vertical-align: top; }
th { background: #f0f0ee; text-align: left; }
tr:nth-child(even) td { background: #fafaf8; }
code { font-size: 12.5px; background: #f3f3f1; padding: 0 3px; }
pre { background: #f3f3f1; padding: 8px 10px; overflow-x: auto; }
pre code { padding: 0; }
img { display: block; max-width: 100%; height: auto; margin: 12px 0; border: 1px solid #e4e4e4; }
strong { color: #9b1c1c; }
em { color: #5a5a5a; }
blockquote { margin: 8px 0; padding: 2px 14px; border-left: 3px solid #bbb; color: #444; }
footer { font-size: 12px; color: #666; margin-top: 40px; }
`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A heading's anchor: its words, lower case, joined by hyphens; numbered when a title repeats. */
function anchorMaker(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = text.toLowerCase().replace(/<[^>]*>/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/**
 * The page for a Markdown report whose figures are linked by file name. Every linked figure must be
 * among `figures`: a page with a figure missing would look complete and not be.
 */
export function renderHtml(markdown: string, figures: readonly InlineFigure[], footer: string): string {
  const byName = new Map(figures.map((f) => [f.name, f.content]));
  const anchor = anchorMaker();
  const sections: Array<{ id: string; text: string }> = [];
  let title = 'Report';
  const renderer = new marked.Renderer();
  renderer.heading = function ({ tokens, depth, text }: Tokens.Heading) {
    const inner = this.parser.parseInline(tokens);
    if (depth === 1) {
      title = text;
      return `<h1>${inner}</h1>\n`;
    }
    const id = anchor(text);
    if (depth === 2) sections.push({ id, text: inner });
    return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
  };
  renderer.image = ({ href, text }: Tokens.Image) => {
    const svg = byName.get(href);
    if (svg === undefined) throw new Error(`the report links a figure it did not draw: ${href}`);
    return `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" alt="${escapeHtml(text)}" title="${escapeHtml(href)}">`;
  };
  const body = marked.parse(markdown, { async: false, renderer, gfm: true });
  const [heading = '', ...rest] = body.split(/(?<=<\/h1>\n)/);
  const nav = sections.length > 1 ? `<nav><b>Contents</b><ol>${sections.map((s) => `<li><a href="#${s.id}">${s.text}</a></li>`).join('')}</ol></nav>\n` : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body><main>',
    heading + nav + rest.join(''),
    `<footer>${escapeHtml(footer)}</footer>`,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
