// Progress of a run goes to stderr, so that stdout keeps only results. On a terminal: a live bar
// with the time left and the sweep each seed in training has reached. In a log (no terminal): a
// plain line every 10 s or every 10% of the seeds, whichever comes first, but never within 2 s of
// the last one (or of the start), so an experiment of a few seconds prints none and a long one is
// never silent for more than 10 s. --quiet shows neither. Each experiment's finish line goes to
// stdout in every mode: it is a result (its verdicts), and users and tests read it there.
// Time comes from the clock passed in, so tests drive all of this with a fake one.
import { barLine, fractionDone, logLine, type ProgressState, type SeedSweep } from './progress-text.js';

export type { SeedSweep } from './progress-text.js';

/** The part of a stream progress writes to; process.stdout and process.stderr are ones, and so is a test's fake. */
export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
}

export interface ProgressOptions {
  /** The command whose progress it is, at the start of every log line: `reproduce: ...`. */
  command: string;
  /** --quiet: no bar and no log lines; the finish lines stay. */
  quiet?: boolean;
  /** Now, in milliseconds (performance.now by default). */
  clock?: () => number;
  /** Where the bar or the log lines go (process.stderr by default). */
  err?: ProgressStream;
  /** Where each experiment's finish line goes (process.stdout by default). */
  out?: ProgressStream;
}

export interface ExperimentProgress {
  /** After every sweep of the seed training in this thread; absent when nothing would show it. */
  sweep?: (sweep: number, budget: number) => void;
  /** How many seeds have finished, and the seeds in training on other threads (none if not given). */
  seedDone: (done: number, total?: number, training?: readonly SeedSweep[]) => void;
  /** Prints the experiment's finish line on stdout (once; a later call is ignored). */
  finish: (line: string) => void;
}

/** A log line at least this often while seeds train... */
export const LOG_EVERY_MS = 10_000;
/** ...or when this share of the seeds has finished since the last one... */
export const LOG_SHARE = 0.1;
/** ...but never sooner than this after the last one (or the start). */
export const LOG_GAP_MS = 2_000;
/** The bar is redrawn at most this often: a terminal cannot show more, and a sweep can take microseconds. */
export const REDRAW_MS = 100;

/** How progress is shown: given the state at `now`; `clear` before the finish line. */
interface View {
  update(state: ProgressState, now: number): void;
  clear(): void;
}

function terminalView(label: string, err: ProgressStream): View {
  let lastDraw = -Infinity;
  // What the terminal shows now: the pool reports every 100 ms whether anything changed or not.
  let drawn = '';
  // Never drawn backwards: the finished count and the seeds in training are read from the workers
  // at slightly different moments, so their sum can dip for one reading.
  let shown = 0;
  return {
    update(state, now) {
      shown = Math.max(shown, fractionDone(state));
      if (now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const line = barLine(label, state, shown);
      // A line wider than the terminal wraps, and the carriage return would then redraw only its last row.
      const fitted = err.columns !== undefined && err.columns > 1 ? line.slice(0, err.columns - 1) : line;
      if (fitted === drawn) return;
      drawn = fitted;
      err.write(`\r${fitted}\x1b[K`);
    },
    clear: () => void err.write('\r\x1b[K'),
  };
}

function logView(command: string, label: string, err: ProgressStream, start: number): View {
  let lastAt = start;
  let lastDone = 0;
  return {
    update(state, now) {
      // The last seed's finish line follows at once and says more.
      if (state.done >= state.total) return;
      const since = now - lastAt;
      if (since < LOG_GAP_MS) return;
      const share = Math.max(1, Math.ceil(state.total * LOG_SHARE));
      if (since < LOG_EVERY_MS && state.done - lastDone < share) return;
      lastAt = now;
      lastDone = state.done;
      err.write(`${logLine(command, label, state)}\n`);
    },
    clear: () => {},
  };
}

/** The progress of one experiment (or one variant, or one value of a studied setting) over its seeds. */
export function experimentProgress(label: string, seedsTotal: number, options: ProgressOptions): ExperimentProgress {
  const out = options.out ?? process.stdout;
  let finished = false;
  const finishLine = (line: string) => {
    if (finished) return;
    finished = true;
    out.write(`${line}\n`);
  };
  if (options.quiet === true) return { seedDone: () => {}, finish: finishLine };

  const err = options.err ?? process.stderr;
  const clock = options.clock ?? (() => performance.now());
  const start = clock();
  const view = err.isTTY === true ? terminalView(label, err) : logView(options.command, label, err, start);
  let done = 0;
  // The seed training in this thread, and those training on others.
  let here: SeedSweep | null = null;
  let elsewhere: readonly SeedSweep[] = [];
  const update = () => {
    if (finished) return;
    const now = clock();
    view.update({ done, total: seedsTotal, elapsedMs: now - start, training: here === null ? elsewhere : [here, ...elsewhere] }, now);
  };
  update();
  return {
    sweep(sweep, budget) {
      here = { sweep, budget };
      update();
    },
    seedDone(count, _total, training = []) {
      done = count;
      here = null;
      elsewhere = training;
      update();
    },
    finish(line) {
      if (finished) return;
      view.clear();
      finishLine(line);
    },
  };
}
