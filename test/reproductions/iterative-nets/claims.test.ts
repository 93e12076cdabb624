import { describe, expect, it } from 'vitest';
import { buildNet, initialParameters, packPatterns, subStream, unroll } from '../../../engine/index.js';
import { judge } from '../../../reproductions/kit/judge.js';
import { fig5Holds, shiftMeasure, summarizeSequences, summarizeShift, SHIFT_RATIO } from '../../../reproductions/iterative-nets/claims.js';
import { chainNet, chainPatterns, tiedGradientError } from '../../../reproductions/iterative-nets/fig5.js';
import type { IterativeRun } from '../../../reproductions/iterative-nets/run-tasks.js';
import { formsShift } from '../../../reproductions/iterative-nets/shift-register.js';
import { iterativeNets } from '../../../reproductions/iterative-nets/index.js';
import { defaults } from '../../../reproductions/kit/settings.js';

const claims = iterativeNets.claims(defaults(iterativeNets.settings));
const claim = (id: string) => claims.find((c) => c.id === id)!;

describe('the shift measure', () => {
  // w[j][i]: weight from unit i to unit j; unit j's predecessor is j − 1 (mod 3).
  const shift = [[-0.8, -0.8, 6], [6, -0.8, -0.8], [-0.8, 6, -0.8]];

  it('accepts a strong positive weight from each predecessor', () => {
    expect(formsShift(shift, SHIFT_RATIO)).toBe(true);
  });

  it('rejects the other direction, a weak predecessor, a negative one, or a rival weight', () => {
    expect(formsShift([[-0.8, 6, -0.8], [-0.8, -0.8, 6], [6, -0.8, -0.8]], SHIFT_RATIO)).toBe(false);
    expect(formsShift([[-0.8, -0.8, 1], [6, -0.8, -0.8], [-0.8, 6, -0.8]], SHIFT_RATIO)).toBe(false);
    expect(formsShift([[-0.8, -0.8, -6], [6, -0.8, -0.8], [-0.8, 6, -0.8]], SHIFT_RATIO)).toBe(false);
    expect(formsShift([[-0.8, -3.5, 6], [6, -0.8, -0.8], [-0.8, 6, -0.8]], SHIFT_RATIO)).toBe(false);
  });

  it('is not judged on a seed that did not learn', () => {
    const run = (sweeps: number | null) => ({ sweepsToCriterion: sweeps, weights: { stateToState: shift } }) as unknown as IterativeRun;
    expect(shiftMeasure(run(null))).toBeNull();
    expect(shiftMeasure(run(30))).toBe(true);
  });

  it('counts the shift among learned seeds only, and needs both shares for reproduced', () => {
    const stats = summarizeShift([true, true, true, false, null]);
    expect(stats).toEqual({ runs: 5, learned: 4, learnedFraction: 0.8, shifted: 3, shiftFraction: 0.75 });
    expect(judge(stats, claim('shift-register')).verdict).toBe('partial');
    expect(judge(summarizeShift([true, true, true, true, null]), claim('shift-register')).verdict).toBe('reproduced');
    expect(judge(summarizeShift([true, null, null, null, true]), claim('shift-register')).verdict).toBe('not-reproduced');
  });
});

describe('the sequence-completion claim', () => {
  const paper = { fig5Citation: '', pdpCitation: '', sequenceCitation: '', testSequences: [], testSequencesRight: 4, testDigitsRight: 19 };
  it('takes the median seed', () => {
    expect(summarizeSequences([5, 4, 3, 2, 5], paper)).toMatchObject({ runs: 5, median: 4, q1: 3, q3: 5, min: 2, max: 5 });
    expect(judge(summarizeSequences([5, 4, 3, 2, 5], paper), claim('sequence-completion')).verdict).toBe('reproduced');
    expect(judge(summarizeSequences([5, 3, 3, 2, 4], paper), claim('sequence-completion')).verdict).toBe('partial');
    expect(judge(summarizeSequences([5, 2, 1, 2, 4], paper), claim('sequence-completion')).verdict).toBe('not-reproduced');
  });
});

describe('the Fig. 5 equivalence check', () => {
  const good = { gradientRelativeError: 3e-9, copySpread: 0, twinDeviation: 0, separateSpread: 6, separateDeviation: 3 };
  const run = (over: Partial<typeof good>) => ({ fig5: { ...good, ...over } }) as unknown as IterativeRun;

  it('holds only when all three parts hold', () => {
    expect(fig5Holds(run({}))).toBe(true);
    expect(fig5Holds(run({ gradientRelativeError: 2e-6 }))).toBe(false);
    expect(fig5Holds(run({ copySpread: 1e-17 }))).toBe(false);
    expect(fig5Holds(run({ twinDeviation: 1e-6 }))).toBe(false);
    expect(fig5Holds(run({ twinDeviation: NaN }))).toBe(false);
    expect(judge({ runs: 5, holds: 4, fraction: 0.8 }, claim('fig5-equivalence')).verdict).toBe('not-reproduced');
  });

  it('finds the averaged gradient equal to 1/T of the derivative, and not to 1/(T − 1) of it', () => {
    const unrolled = unroll(chainNet(3));
    const net = buildNet(unrolled.spec);
    const patterns = packPatterns(net, chainPatterns(unrolled));
    const params = initialParameters(net, { range: 0.3, biases: true }, subStream('test', 1, 'init'));
    expect(tiedGradientError(net, params, patterns, { reduction: 'sum' }, 'average', 3, 1e-4)).toBeLessThan(1e-6);
    expect(tiedGradientError(net, params, patterns, { reduction: 'sum' }, 'sum', 3, 1e-4)).toBeLessThan(1e-6);
    expect(tiedGradientError(net, params, patterns, { reduction: 'sum' }, 'average', 2, 1e-4)).toBeGreaterThan(0.1);
  });
});
