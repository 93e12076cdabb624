// The words of a progress report, as pure functions of counts and milliseconds, so that what the
// bar and the periodic lines say can be tested without a clock or a terminal.

/** A seed in training: the sweep it has reached, of how many it may take at most. */
export interface SeedSweep {
  sweep: number;
  budget: number;
}

/** What one progress report says: seeds finished of how many, time since the start, seeds in training. */
export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
  training: readonly SeedSweep[];
}

const BAR_WIDTH = 30;
/** Seeds in training listed by name; more are counted, so that a pool of many threads keeps the line short. */
const LISTED = 3;

/** `41 s`, `2 min 5 s`, `1 h 3 min`: whole units, as precise as a reader of a progress line needs. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 === 0 ? `${m} min` : `${m} min ${s % 60} s`;
  return m % 60 === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/**
 * The time left, from the seeds finished and the time they took (tqdm's rate, done / elapsed):
 * `about 60 s left`. Until a seed has finished there is no basis, and it says `estimating`. The
 * rate counts every thread at once, so it holds for a pool as it does for one thread.
 */
export function timeLeft({ done, total, elapsedMs }: ProgressState): string {
  if (done === 0) return 'estimating';
  return `about ${formatDuration((elapsedMs * (total - done)) / done)} left`;
}

/** The seeds in training as `sweep 800/1425`, `sweeps 800/1425, 12/1425`, or with `and 5 more` beyond three. */
export function describeTraining(training: readonly SeedSweep[]): string {
  if (training.length === 0) return '';
  const listed = training.slice(0, LISTED).map((t) => `${t.sweep}/${t.budget}`).join(', ');
  const more = training.length > LISTED ? ` and ${training.length - LISTED} more` : '';
  return `${training.length === 1 ? 'sweep' : 'sweeps'} ${listed}${more}`;
}

/**
 * The share of the work done: finished seeds, plus each seed in training by the share of its
 * budget it has swept, so the bar keeps moving while the last, long seeds finish. A seed that meets
 * its criterion early stops short of its budget, so this is a lower bound while it trains.
 */
export function fractionDone({ done, total, training }: ProgressState): number {
  const partial = training.reduce((sum, t) => sum + (t.budget > 0 ? Math.min(1, t.sweep / t.budget) : 0), 0);
  return total === 0 ? 1 : Math.min(1, (done + partial) / total);
}

const counts = (state: ProgressState) => `${state.done}/${state.total} seeds`;
const trainingPart = (state: ProgressState) => (state.training.length === 0 ? '' : `; in training: ${describeTraining(state.training)}`);

/** The live bar for a terminal, without the carriage return: `symmetry [#####.....] 120/200 seeds, 41 s, about 27 s left; in training: sweep 800/1425`. */
export function barLine(label: string, state: ProgressState, fraction: number): string {
  const filled = Math.round(BAR_WIDTH * Math.min(1, Math.max(0, fraction)));
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${counts(state)}, ${formatDuration(state.elapsedMs)}, ${timeLeft(state)}${trainingPart(state)}`;
}

/** A line for a log: `reproduce: family-trees: 12/30 seeds, 41 s elapsed, about 60 s left`. */
export function logLine(command: string, label: string, state: ProgressState): string {
  return `${command}: ${label}: ${counts(state)}, ${formatDuration(state.elapsedMs)} elapsed, ${timeLeft(state)}${trainingPart(state)}`;
}
