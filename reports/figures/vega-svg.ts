import type { TopLevelSpec } from 'vega-lite';

// Renders a Vega-Lite spec to an SVG string in Node, with no canvas and no browser. Three things
// would otherwise make the bytes vary: clip-path and gradient ids come from a module-wide counter
// (reset before each render), text is measured with node-canvas when it happens to be installed
// (always estimated instead), and d3-format's locale (left at its en-US default, never the machine's).

/** Colours and fonts shared by the charts; a white background keeps them legible on dark pages. */
export const CHART_CONFIG = {
  background: '#ffffff',
  font: 'Helvetica, Arial, sans-serif',
  title: { fontSize: 15, anchor: 'start', subtitleFontSize: 11, subtitleColor: '#444', offset: 12 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#e4e4e4' },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  view: { stroke: '#bbbbbb' },
} as const;

// vega and vega-lite take about 0.3 s to load: they are loaded at the first figure, so that a
// command that draws none (help, bad input, check, bench) starts without them.
let libraries: Promise<[typeof import('vega'), typeof import('vega-lite')]> | null = null;

async function render(spec: TopLevelSpec): Promise<string> {
  libraries ??= Promise.all([import('vega'), import('vega-lite')]);
  const [vega, vegaLite] = await libraries;
  // Not in vega's type declarations, but exported by vega-scenegraph: chooses estimated text widths.
  const { textMetrics } = vega as unknown as { textMetrics: { canvas(use: boolean): void } };
  const compiled = vegaLite.compile({ ...spec, config: { ...CHART_CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  textMetrics.canvas(false);
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return `${await view.toSVG()}\n`;
  } finally {
    view.finalize();
  }
}

// Renders run one at a time: the id counter is shared, so two interleaved renders would swap ids.
let queue: Promise<unknown> = Promise.resolve();

export function vegaLiteToSvg(spec: TopLevelSpec): Promise<string> {
  const next = queue.then(() => render(spec));
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Breaks text into lines that fit `width` px as vega estimates text without a canvas (0.8 × the
 * font size per character, generous for Helvetica): a longer line would widen the whole SVG.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(10, Math.floor(width / (0.8 * fontSize)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
