import { describe, expect, it } from 'vitest';
import { experimentProgress } from '../../scripts/app/progress.js';
import { describeTraining, formatDuration } from '../../scripts/app/progress-text.js';

// The progress of one experiment, driven by a fake clock into fake streams: what a terminal shows,
// what a log gets and when, and that --quiet leaves only the finish line. No test here waits.

interface FakeStream {
  isTTY: boolean;
  columns?: number;
  text: string;
  write(chunk: string): boolean;
}

function stream(isTTY: boolean, columns?: number): FakeStream {
  const s: FakeStream = { isTTY, text: '', write: (chunk) => ((s.text += chunk), true) };
  if (columns !== undefined) s.columns = columns;
  return s;
}

/** A clock the test sets, in seconds; the progress reads milliseconds. */
function fakeClock() {
  let ms = 0;
  return { clock: () => ms, at: (seconds: number) => void (ms = seconds * 1000) };
}

/** One experiment's progress, started at 0 s, writing into fake streams; `columns` is the terminal's width. */
function setUp(total: number, isTTY: boolean, { quiet = false, columns }: { quiet?: boolean; columns?: number } = {}) {
  const time = fakeClock();
  const err = stream(isTTY, columns);
  const out = stream(false);
  const progress = experimentProgress('family-trees', total, { command: 'reproduce', quiet, clock: time.clock, err, out });
  return { time, err, out, progress };
}

/** The bar as last drawn on the terminal. */
const lastBar = (err: FakeStream) => err.text.split('\r').at(-1)!.replace('\x1b[K', '');
const hashes = (bar: string) => /\[(#*)\.*\]/.exec(bar)![1]!.length;

describe('progress on a terminal: a bar with the time left', () => {
  it('says "estimating" until a seed has finished, then the time left at the seeds\' rate', () => {
    const { time, err, progress } = setUp(20, true);
    expect(lastBar(err)).toBe('family-trees [..............................] 0/20 seeds, 0 s, estimating');
    time.at(10);
    progress.seedDone(5);
    // 5 seeds in 10 s: the other 15 take 30 s.
    expect(lastBar(err)).toBe('family-trees [########......................] 5/20 seeds, 10 s, about 30 s left');
    time.at(40);
    progress.seedDone(10);
    expect(lastBar(err)).toMatch(/10\/20 seeds, 40 s, about 40 s left$/);
    time.at(100);
    progress.seedDone(12);
    // 100 s × 8 / 12 = 66.7 s
    expect(lastBar(err)).toMatch(/12\/20 seeds, 1 min 40 s, about 1 min 7 s left$/);
  });

  it("shows the sweep of the seed training in this thread, and moves the bar with it", () => {
    const { time, err, progress } = setUp(10, true);
    time.at(1);
    progress.seedDone(3);
    time.at(1.2);
    progress.sweep!(800, 1600);
    const bar = lastBar(err);
    // 7 seeds left at 3 in 1.2 s: 2.8 s
    expect(bar).toMatch(/3\/10 seeds, 1 s, about 3 s left; in training: sweep 800\/1600$/);
    // (3 + 800/1600) / 10 of 30 characters is 10.5
    expect(hashes(bar)).toBe(11);
    time.at(1.4);
    progress.sweep!(1600, 1600);
    expect(hashes(lastBar(err))).toBe(12);
    // A finished seed leaves training.
    time.at(1.6);
    progress.seedDone(4);
    expect(lastBar(err)).not.toMatch(/in training/);
  });

  it('shows the seeds training on worker threads, so the bar moves while the last seed finishes', () => {
    const { time, err, progress } = setUp(10, true);
    time.at(30);
    progress.seedDone(9, 10, [{ sweep: 300, budget: 1000 }]);
    const before = hashes(lastBar(err));
    expect(lastBar(err)).toMatch(/9\/10 seeds, 30 s, about 3 s left; in training: sweep 300\/1000$/);
    time.at(31);
    progress.seedDone(9, 10, [{ sweep: 900, budget: 1000 }]);
    expect(lastBar(err)).toMatch(/in training: sweep 900\/1000$/);
    expect(hashes(lastBar(err))).toBeGreaterThan(before);
  });

  it('redraws at most every 100 ms and only what changed, never draws the bar backwards, and fits the terminal', () => {
    const { time, err, progress } = setUp(10, true, { columns: 60 });
    time.at(1);
    progress.seedDone(5, 10, [{ sweep: 900, budget: 1000 }]);
    const drawn = err.text;
    time.at(1.05);
    progress.seedDone(5, 10, [{ sweep: 950, budget: 1000 }]);
    expect(err.text).toBe(drawn);
    // The workers' counts are read a moment apart, so a seed at its end can once show neither in
    // training nor finished: the bar stays at (5 + 0.95) / 10 of 30 characters, 17.85.
    time.at(1.2);
    progress.seedDone(5);
    expect(hashes(lastBar(err))).toBe(18);
    // Nothing new to show: nothing written.
    const same = err.text;
    time.at(1.4);
    progress.seedDone(5);
    expect(err.text).toBe(same);
    for (const drawing of err.text.split('\r').slice(1)) expect(drawing.replace('\x1b[K', '').length).toBeLessThanOrEqual(59);
  });

  it('clears the bar for the finish line, which goes to stdout, and draws nothing after it', () => {
    const { time, err, out, progress } = setUp(2, true);
    time.at(1);
    progress.seedDone(2);
    progress.finish('family-trees: 2 seeds in 1.0 s');
    expect(err.text.endsWith('\r\x1b[K')).toBe(true);
    expect(out.text).toBe('family-trees: 2 seeds in 1.0 s\n');
    const after = err.text;
    time.at(2);
    progress.seedDone(2);
    progress.finish('again');
    expect(err.text).toBe(after);
    expect(out.text).toBe('family-trees: 2 seeds in 1.0 s\n');
  });
});

describe('progress in a log: a line every 10 s or 10% of the seeds, never within 2 s of the last', () => {
  it('prints at 10% of the seeds, and not sooner than 2 s after the start or the last line', () => {
    const { time, err, progress } = setUp(100, false);
    time.at(1);
    progress.seedDone(10);
    time.at(1.9);
    progress.seedDone(12);
    expect(err.text).toBe('');
    time.at(2);
    progress.seedDone(12);
    expect(err.text).toBe('reproduce: family-trees: 12/100 seeds, 2 s elapsed, about 15 s left\n');
    // A burst of seeds finishing: no second line until 2 s have passed, whatever their number.
    time.at(3);
    for (let done = 13; done <= 40; done++) progress.seedDone(done);
    expect(err.text.split('\n')).toHaveLength(2);
    time.at(4);
    progress.seedDone(40);
    expect(err.text.split('\n')).toHaveLength(3);
    expect(err.text).toMatch(/40\/100 seeds, 4 s elapsed, about 6 s left\n$/);
    // Fewer than 10% since: no line.
    time.at(7);
    progress.seedDone(49);
    expect(err.text.split('\n')).toHaveLength(3);
  });

  it('prints every 10 s while no 10% is reached, with the sweep of the seed in training', () => {
    const { time, err, progress } = setUp(30, false);
    time.at(9.9);
    progress.sweep!(400, 1500);
    expect(err.text).toBe('');
    time.at(10);
    progress.sweep!(401, 1500);
    expect(err.text).toBe('reproduce: family-trees: 0/30 seeds, 10 s elapsed, estimating; in training: sweep 401/1500\n');
    time.at(12);
    progress.seedDone(1);
    time.at(19.9);
    progress.sweep!(700, 1500);
    expect(err.text.split('\n')).toHaveLength(2);
    time.at(20);
    progress.sweep!(701, 1500);
    expect(err.text.split('\n')[1]).toBe('reproduce: family-trees: 1/30 seeds, 20 s elapsed, about 9 min 40 s left; in training: sweep 701/1500');
  });

  it('leaves the last count to the finish line, on stdout', () => {
    const { time, err, out, progress } = setUp(5, false);
    time.at(30);
    progress.seedDone(5);
    progress.finish('family-trees: 5 seeds in 30.0 s');
    expect(err.text).toBe('');
    expect(out.text).toBe('family-trees: 5 seeds in 30.0 s\n');
  });
});

describe('--quiet', () => {
  for (const isTTY of [true, false]) {
    it(`prints no progress, on a terminal or not (isTTY ${isTTY}), and keeps the finish line`, () => {
      const { time, err, out, progress } = setUp(10, isTTY, { quiet: true });
      expect(progress.sweep).toBeUndefined();
      for (let s = 1; s <= 100; s++) {
        time.at(s);
        progress.seedDone(Math.floor(s / 10), 10, [{ sweep: s, budget: 100 }]);
      }
      progress.finish('family-trees: 10 seeds in 100.0 s');
      expect(err.text).toBe('');
      expect(out.text).toBe('family-trees: 10 seeds in 100.0 s\n');
    });
  }
});

describe('the words of progress', () => {
  it('writes durations in whole units', () => {
    expect([400, 59_400, 61_000, 120_000, 3_723_000, 7_200_000].map(formatDuration)).toEqual(['0 s', '59 s', '1 min 1 s', '2 min', '1 h 2 min', '2 h']);
  });

  it('lists three seeds in training and counts the rest', () => {
    const five = [1, 2, 3, 4, 5].map((k) => ({ sweep: k * 100, budget: 1000 }));
    expect(describeTraining(five)).toBe('sweeps 100/1000, 200/1000, 300/1000 and 2 more');
    expect(describeTraining(five.slice(0, 2))).toBe('sweeps 100/1000, 200/1000');
    expect(describeTraining([])).toBe('');
  });
});
