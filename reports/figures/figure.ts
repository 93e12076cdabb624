// A figure of the report: an SVG file written next to report.md and linked from it. Each is named
// and captioned before it is drawn, so Markdown can link it without rendering anything.

export interface Figure {
  /** File name next to report.md, e.g. `symmetry-learning-curves.svg`. */
  file: string;
  experimentId: string;
  /** What the figure is, as the report's text names it, e.g. "Hinton diagram of …". */
  name: string;
  /** One or two sentences on how to read it. */
  caption: string;
  render(): Promise<string>;
}

export interface DrawnFigure extends Omit<Figure, 'render'> {
  svg: string;
}

/** Renders every figure, one after another (in the order given, so output is stable). */
export async function drawFigures(figures: readonly Figure[]): Promise<DrawnFigure[]> {
  const drawn: DrawnFigure[] = [];
  for (const { render, ...figure } of figures) drawn.push({ ...figure, svg: await render() });
  return drawn;
}
