import { describe, expect, it } from 'vitest';
import { buildNet, packPatterns, stepName, type Workspace } from '../../../engine/index.js';
import { iterativeNets, sequenceSplit, sequenceProblem } from '../../../reproductions/iterative-nets/index.js';
import { LETTER_CODES, TEST_SEQUENCES } from '../../../reproductions/iterative-nets/paper.js';
import { defaults } from '../../../reproductions/kit/settings.js';
import { aloneAboveHalf, allSequences, mostActive, scoreDigits, sequencePatterns, sequenceUnrolled } from '../../../reproductions/iterative-nets/sequences.js';
import { registerWeights, rotate, shiftPatterns, shiftUnrolled } from '../../../reproductions/iterative-nets/shift-register.js';

describe('the sequence generator', () => {
  const all = allSequences(LETTER_CODES);

  it('makes all 25 sequences letter-letter-code-code from the letter codes', () => {
    expect(all.length).toBe(25);
    expect(new Set(all.map((s) => s.text)).size).toBe(25);
    expect(all[0]!.text).toBe('AA1212');
    expect(all.find((s) => s.letters.join('') === 'BE')!.text).toBe('BE2313');
    expect(all.every((s) => /^[A-E]{2}[123]{4}$/.test(s.text))).toBe(true);
  });

  it('holds the five test sequences exactly as listed, and 20 others for training', () => {
    const { train, test } = sequenceSplit();
    expect(test.map((s) => s.text)).toEqual(['AD1221', 'BE2313', 'CA3112', 'DB2123', 'EC1331']);
    expect(TEST_SEQUENCES).toEqual(test.map((s) => s.text));
    expect(train.length).toBe(20);
    expect(train.some((s) => TEST_SEQUENCES.includes(s.text))).toBe(false);
  });

  it('clamps the letters at steps 1–2 only and sets the digit targets at steps 3–6', () => {
    const task = sequenceProblem(defaults(iterativeNets.settings));
    const unrolled = sequenceUnrolled(task);
    const set = sequencePatterns(task, unrolled, sequenceSplit().test);
    const ad = 0; // AD1221
    expect(Array.from(set.inputs['letters@1']![ad]!)).toEqual([1, 0, 0, 0, 0]);
    expect(Array.from(set.inputs['letters@2']![ad]!)).toEqual([0, 0, 0, 1, 0]);
    for (const t of [0, 3, 4, 5]) expect(Array.from(set.inputs[`letters@${t}`]![ad]!)).toEqual([0, 0, 0, 0, 0]);
    expect([3, 4, 5, 6].map((t) => Array.from(set.targets[`digits@${t}`]![ad]!).indexOf(1) + 1)).toEqual([1, 2, 2, 1]);
    expect(Object.keys(set.targets).sort()).toEqual(['digits@3', 'digits@4', 'digits@5', 'digits@6']);
  });

  it('scores the digits a net produced, sequence by sequence', () => {
    const task = sequenceProblem(defaults(iterativeNets.settings));
    const unrolled = sequenceUnrolled(task);
    const net = buildNet(unrolled.spec);
    const { test } = sequenceSplit();
    const ws = { count: 5, act: net.groups.map((g) => new Float64Array(g.size * 5)), delta: [], targets: [], outputUnits: 12 } as unknown as Workspace;
    const index = (name: string) => net.groups.findIndex((g) => g.name === name);
    // Every sequence produced as its target, except the 2nd digit of EC1331, read as a 2.
    test.forEach((seq, p) => seq.digits.forEach((d, k) => { ws.act[index(stepName('digits', 3 + k))]![(d - 1) * 5 + p] = 0.9; }));
    ws.act[index('digits@4')]![1 * 5 + 4] = 0.95;
    const score = scoreDigits(task, index, ws, test, mostActive);
    expect(score).toEqual({ digits: 19, sequences: 4, produced: [[1, 2, 2, 1], [2, 3, 1, 3], [3, 1, 1, 2], [2, 1, 2, 3], [1, 2, 3, 1]] });
    // Read as "the one unit above 0.5", the two active units of that digit stand for no digit (0).
    expect(scoreDigits(task, index, ws, test, aloneAboveHalf).produced[4]).toEqual([1, 0, 3, 1]);
    expect(packPatterns(net, sequencePatterns(task, unrolled, test)).count).toBe(5);
  });

  it('reads digits by the most active unit, or by the one unit above 0.5', () => {
    expect(mostActive([0.2, 0.7, 0.6])).toBe(1);
    expect(aloneAboveHalf([0.2, 0.7, 0.6])).toBeNull();
    expect(aloneAboveHalf([0.2, 0.7, 0.4])).toBe(1);
    expect(aloneAboveHalf([0.2, 0.3, 0.4])).toBeNull();
  });
});

describe('the shift-register data', () => {
  it('rotates a pattern one place per step, unit i taking what unit i − 1 held', () => {
    expect(rotate([1, 0, 0], 1)).toEqual([0, 1, 0]);
    expect(rotate([1, 1, 0], 2)).toEqual([1, 0, 1]);
    expect(rotate([1, 1, 0], 3)).toEqual([1, 1, 0]);
  });

  it('starts from all 8 patterns and scores the rotated pattern at every step', () => {
    const unrolled = shiftUnrolled(3, 3, 'every-step');
    const set = shiftPatterns(unrolled, 3);
    expect(set.count).toBe(8);
    expect(Array.from(set.inputs['state@0']![4]!)).toEqual([1, 0, 0]);
    expect([1, 2, 3].map((t) => Array.from(set.targets[`state@${t}`]![4]!))).toEqual([[0, 1, 0], [0, 0, 1], [1, 0, 0]]);
    expect(Object.keys(shiftPatterns(shiftUnrolled(3, 3, 'last-step'), 3).targets)).toEqual(['state@3']);
  });

  it('read out at unit 1: the same net split into unit 1 and the rest, unit 1 alone scored at every step', () => {
    const unrolled = shiftUnrolled(3, 3, 'read-out');
    const set = shiftPatterns(unrolled, 3);
    expect(Array.from(set.inputs['read@0']![6]!)).toEqual([1]);
    expect(Array.from(set.inputs['rest@0']![6]!)).toEqual([1, 0]);
    // 110 rotated 1, 2, 3 places is 011, 101, 110: unit 1 holds 0, 1, 1.
    expect([1, 2, 3].map((t) => Array.from(set.targets[`read@${t}`]![6]!))).toEqual([[0], [1], [1]]);
    expect(Object.keys(set.targets).sort()).toEqual(['read@1', 'read@2', 'read@3']);
    // Four blocks and two biases: 9 weights and 3 biases, as the single group has.
    expect(buildNet(unrolled.spec).parameterCount).toBe(buildNet(shiftUnrolled(3, 3, 'every-step').spec).parameterCount);
  });

  it('reassembles the register\'s weights from either layout, w[j][i] from unit i to unit j', () => {
    const w = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    expect(registerWeights({ stateToState: w, stateBias: [0, 0, 0] })).toEqual(w);
    expect(registerWeights({ readToRead: [[1]], restToRead: [[2, 3]], readToRest: [[4], [7]], restToRest: [[5, 6], [8, 9]], readBias: [0], restBias: [0, 0] })).toEqual(w);
  });
});
