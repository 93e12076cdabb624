import type { RunRecord } from '../../reports/contract/index.js';
import type { TypedReport } from './experiment.js';
import type { Settings } from './settings.js';

/**
 * A figure an experiment declares: a pure function of its typed report. `file` is the SVG's name
 * beside report.md; `drawable` says whether this report holds what the figure needs (a weight
 * diagram needs a seed with finite weights), so a report can be planned without drawing.
 */
export interface FigureSpec<R extends RunRecord, S extends Settings> {
  file: string;
  /** What the figure is, as the report's text names it, e.g. "Hinton diagram of …". */
  name: string;
  /** One or two sentences on how to read it. */
  caption: string;
  drawable(input: TypedReport<R, S>): boolean;
  render(input: TypedReport<R, S>): string | Promise<string>;
}
