import { evaluate, packPatterns, selectPatterns, type PatternSet } from '../../engine/index.js';
import type { TrainedNet } from '../kit/layered-net.js';
import { family, type FamilyCase } from './data.js';
import { caseOutcomes } from './outcomes.js';
import { bestUnit, twinNearestCount } from './person-code.js';
import type { FamilyRun } from './run.js';

/** One seed's data: its training cases, and the cases it holds out, by index into all cases. */
export interface FamilySeedData {
  train: PatternSet;
  trainIndices: number[];
  heldIndices: number[];
}

const names = family.people.map((p) => p.name);

/** What the family-tree task records of a trained seed beyond the shared fields. */
export function familyRecord(
  { net, params, result, data }: TrainedNet<unknown, FamilySeedData>,
  cases: readonly FamilyCase[],
  patterns: PatternSet,
): Pick<FamilyRun, 'heldOut' | 'training' | 'personCode'> {
  const output = net.groups.findIndex((g) => g.name === 'output');
  const held = data.heldIndices;
  const trained = caseOutcomes(result.workspace, output, data.trainIndices.map((k) => cases[k]!), names);
  const heldOut = held.length === 0 ? [] : caseOutcomes(evaluate(net, params, packPatterns(net, selectPatterns(patterns, held))), output, held.map((k) => cases[k]!), names);
  const block = net.blocks.find((b) => b.name === 'personToCode')!;
  // code is (person-code unit, person)
  const code = Array.from({ length: block.rows }, (_, j) => Array.from(params.subarray(block.offset + j * block.cols, block.offset + (j + 1) * block.cols)));
  const nationality = bestUnit(code, family.people.map((p) => (p.nationality === 'English' ? 1 : 0)));
  return {
    heldOut,
    training: { cases: trained.length, correct: trained.filter((o) => o.correct).length, strictlyCorrect: trained.filter((o) => o.strictlyCorrect).length },
    personCode: {
      nationality,
      generation: bestUnit(code, family.people.map((p) => p.generation)),
      branch: bestUnit(code, family.people.map((p) => ({ 'Christopher-Penelope': 1, 'Andrew-Christine': -1, both: 0 })[p.branch])),
      twinNearest: twinNearestCount(code, family.people.map((p) => names.indexOf(p.twin)), nationality.unit),
    },
  };
}
