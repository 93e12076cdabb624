// A figure of the report: an SVG file written next to report.md and linked from it. Every figure
// is a pure function of the report JSON, so it can be planned (named, captioned) without rendering.

export interface FigurePlan {
  /** File name next to report.md, e.g. `symmetry-learning-curves.svg`. */
  file: string;
  experimentId: string;
  /** What the figure is, as the report's text names it, e.g. "Hinton diagram of …". */
  name: string;
  /** One or two sentences on how to read it. */
  caption: string;
  render(): Promise<string>;
}

export interface Figure extends Omit<FigurePlan, 'render'> {
  svg: string;
}
