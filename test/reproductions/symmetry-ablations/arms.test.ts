import { describe, expect, it } from 'vitest';
import { buildNet, exportParams, initialParameters, subStream } from '../../../engine/index.js';
import * as kitTask from '../../../reproductions/kit/mirror-symmetry.js';
import { armStart } from '../../../reproductions/symmetry-ablations/arms.js';
import { directNet, noHiddenNet, paperNet, threeHiddenNet } from '../../../reproductions/symmetry-ablations/nets.js';
import * as symmetryData from '../../../reproductions/symmetry/data.js';

// Common random numbers: every value an arm shares with the 6-2-1 net starts equal to it.

const init = { range: 0.3, biases: true };
const paper = initialParameters(buildNet(paperNet), init, subStream('test', 7, 'init'));
/** The weight blocks of the nets here, by name (a block a net lacks is absent from its export). */
type Blocks = Record<'inputToHidden' | 'hiddenBias' | 'hiddenToOutput' | 'outputBias' | 'inputToOutput', number[][] & number[]>;
const p = exportParams(buildNet(paperNet), paper) as Blocks;
const start = (arm: Parameters<typeof armStart>[1], spec: typeof paperNet) =>
  exportParams(buildNet(spec), armStart('test', arm, 7, init, paper)) as Blocks;
const inRange = (xs: number[]) => xs.every((x) => Math.abs(x) <= 0.3);

describe('each arm starts from the 6-2-1 net’s initial weights where it shares them', () => {
  it('plain descent starts exactly where the 6-2-1 net does', () => {
    expect(armStart('test', 'plainDescent', 7, init, paper)).toEqual(paper);
  });

  it('6-3-1: the first two hidden units and the output bias are the 6-2-1 net’s; the third unit is its own draw', () => {
    const w = start('threeHidden', threeHiddenNet);
    expect(w.inputToHidden.slice(0, 2)).toEqual(p.inputToHidden);
    expect(w.hiddenBias.slice(0, 2)).toEqual(p.hiddenBias);
    expect(w.hiddenToOutput[0]!.slice(0, 2)).toEqual(p.hiddenToOutput[0]);
    expect(w.outputBias).toEqual(p.outputBias);
    expect(inRange([...w.inputToHidden[2]!, w.hiddenBias[2]!, w.hiddenToOutput[0]![2]!])).toBe(true);
    expect(w.inputToHidden[2]).not.toEqual(p.inputToHidden[0]);
  });

  it('direct connections: every 6-2-1 block unchanged, the new input→output weights drawn in range', () => {
    const w = start('direct', directNet);
    for (const block of Object.keys(p) as Array<keyof Blocks>) expect(w[block]).toEqual(p[block]);
    expect(w.inputToOutput[0]!.length).toBe(6);
    expect(inRange(w.inputToOutput[0]!)).toBe(true);
  });

  it('no hidden units: the output bias is the 6-2-1 net’s', () => {
    const w = start('noHidden', noHiddenNet);
    expect(Object.keys(w).sort()).toEqual(['inputToOutput', 'outputBias']);
    expect(w.outputBias).toEqual(p.outputBias);
  });

  it('biases started at zero stay zero in every arm', () => {
    const zero = { range: 0.3, biases: false };
    const base = initialParameters(buildNet(paperNet), zero, subStream('test', 7, 'init'));
    const w = exportParams(buildNet(threeHiddenNet), armStart('test', 'threeHidden', 7, zero, base));
    expect([...(w.hiddenBias as number[]), ...(w.outputBias as number[])]).toEqual([0, 0, 0, 0]);
  });
});

describe('the mirror-symmetry task, now in the kit', () => {
  it('is the generator the symmetry experiment uses', () => {
    expect(symmetryData.symmetryPatterns).toBe(kitTask.symmetryPatterns);
    expect(symmetryData.isMirrorSymmetric).toBe(kitTask.isMirrorSymmetric);
  });

  it('has all 64 vectors of 6 bits with target 1 on the 8 symmetric ones', () => {
    const set = kitTask.symmetryPatterns(6, 'in', 'out');
    expect(set.count).toBe(64);
    expect(set.targets.out!.filter((t) => t[0] === 1).length).toBe(8);
    expect(set.inputs.in![0b100001]).toEqual([1, 0, 0, 0, 0, 1]);
    expect(set.targets.out![0b100001]).toEqual([1]);
  });
});
