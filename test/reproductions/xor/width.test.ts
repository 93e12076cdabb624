import { describe, expect, it } from 'vitest';
import { buildNet } from '../../../engine/index.js';
import { judgeRuns } from '../../../reproductions/kit/judge.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { xorWidth } from '../../../reproductions/xor/index.js';
import { widthNet } from '../../../reproductions/xor/nets.js';
import { widthStart } from '../../../reproductions/xor/width-arms.js';
import { PAPER_RELATIVE_SLOPE, widthHeldFixed, type WidthRun } from '../../../reproductions/xor/width-claims.js';
import { fitLine, trendStatistics } from '../../../reproductions/xor/width-trend.js';

/** A synthetic seed: sweeps = base + slope·log₂H + the seed's own offset (null for H = 1). */
const synthetic = (seed: number, base: number, slope: number): WidthRun =>
  ({
    seed,
    series: [1, 2, 4, 8, 16, 32].map((hidden) => ({
      hidden,
      sweepsToCriterion: hidden === 1 ? null : Math.round(base + slope * Math.log2(hidden) + 13 * ((seed * 7) % 5)),
      finalError: 0,
      diverged: false,
    })),
  }) as unknown as WidthRun;

describe('the trend statistics', () => {
  it('fit a line by least squares', () => {
    expect(fitLine([1, 2, 3], [280 - 33, 280 - 66, 280 - 99])).toEqual({ a: 280, b: -33 });
    expect(fitLine([1, 2], [1, null])).toBeNull();
  });

  it("read the chapter's own line back: relative slope −33/247, a fall far beyond chance", () => {
    const runs = Array.from({ length: 12 }, (_, k) => synthetic(k + 1, 280, -33));
    const s = trendStatistics('test', runs, 2);
    expect(s.relativeSlope).toBeCloseTo(PAPER_RELATIVE_SLOPE, 1);
    expect(s.rho!).toBeLessThan(-0.5);
    expect(s.trendP).toBe(0.001);
    expect(s.reachedH1).toBe(0);
  });

  it('find no trend when the width is held fixed (the control), nor in a flat series', () => {
    const runs = Array.from({ length: 12 }, (_, k) => synthetic(k + 1, 280, -33));
    const held = widthHeldFixed.runs([], runs);
    const s = trendStatistics('test', held, 2);
    expect(s.relativeSlope).toBe(0);
    expect(s.trendP!).toBeGreaterThan(0.05);
    const flat = trendStatistics('test', Array.from({ length: 12 }, (_, k) => synthetic(k + 1, 280, 0)), 2);
    expect(flat.slope).toBe(0);
  });
});

describe('the width series on real seeds', () => {
  const config = { ...defaults(xorWidth.settings), sweepBudget: 800 };

  it('starts every width on common random numbers: the values shared with the 2-2-1 net are its own', () => {
    const two = xorWidth.training!(config, 3).initial;
    const eight = widthStart('xor-width', 8, 3, { range: 0.3, biases: true }, two);
    const [n2, n8] = [buildNet(widthNet(2)), buildNet(widthNet(8))];
    const block = (n: typeof n2, p: Float64Array, name: string) => {
      const b = n.blocks.find((x) => x.name === name)!;
      return Array.from(p.subarray(b.offset, b.offset + b.length));
    };
    expect(block(n8, eight, 'inputToHidden').slice(0, 4)).toEqual(block(n2, two, 'inputToHidden'));
    expect(block(n8, eight, 'hiddenToOutput')[0]).toBe(block(n2, two, 'hiddenToOutput')[0]);
    expect(block(n8, eight, 'outputBias')).toEqual(block(n2, two, 'outputBias'));
    expect(block(n8, eight, 'inputToHidden').slice(4)).not.toEqual(block(n8, eight, 'inputToHidden').slice(0, 4));
  });

  it('trains every width per seed; H = 1 never learns; the trend falls and its control (width held at 2) fails', () => {
    const runs = [1, 2, 3, 4].map((seed) => ({ ...xorWidth.runSeed(config, seed), measures: {} }));
    expect(runs[0]!.series.map((o) => o.hidden)).toEqual([1, 2, 4, 8, 16, 32]);
    expect(runs.every((r) => r.series[1]!.sweepsToCriterion === r.sweepsToCriterion)).toBe(true);
    const { judgement } = judgeRuns(xorWidth.claims(config)[0]!, runs);
    expect(judgement.statistics.reachedH1).toBe(0);
    expect(judgement.statistics.rho!).toBeLessThan(0);
    expect(judgement.control).toMatchObject({ name: 'width held at 2', fails: true });
    expect(judgement.control.statistics.relativeSlope).toBe(0);
  });
});
