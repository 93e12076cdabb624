import { evaluate, packPatterns, selectPatterns, subStream, type PatternSet, type TrainConfig } from '../../engine/index.js';
import type { TrainedNet } from '../kit/layered-net.js';
import { family, type FamilyCase } from './data.js';
import { decayBalance } from './decay-balance.js';
import { caseOutcomes } from './outcomes.js';
import { FIG3_CASE } from './paper.js';
import { attributeTest, twinTest } from './person-code.js';
import type { FamilyRun } from './run.js';

/** One seed's data: its training cases, and the cases it holds out, by index into all cases. */
export interface FamilySeedData {
  train: PatternSet;
  trainIndices: number[];
  heldIndices: number[];
}

/** The random streams of the person-code tests are the family-trees experiment's, whichever recipe trained the seed. */
const STREAMS = 'family-trees';
const names = family.people.map((p) => p.name);
const english = family.people.flatMap((p, k) => (p.nationality === 'English' ? [k] : []));
const italian = english.map((k) => names.indexOf(family.people[k]!.twin));

/** The attributes Fig. 4's units encode, as one number per person. */
const ATTRIBUTES = {
  nationality: family.people.map((p) => (p.nationality === 'English' ? 1 : 0)),
  generation: family.people.map((p) => p.generation),
  branch: family.people.map((p) => ({ 'Christopher-Penelope': 1, 'Andrew-Christine': -1, both: 0 })[p.branch]),
};

/**
 * The person-code measures of a (unit, person) weight matrix, each tested against its permutation
 * null drawn from the seed's own streams (`purpose` prefix lets a control draw other ones).
 */
export function personCodeOf(code: readonly number[][], seed: number, prefix = 'null'): FamilyRun['personCode'] {
  const stream = (what: string) => subStream(STREAMS, seed, `${prefix}-${what}`);
  const nationality = attributeTest(code, ATTRIBUTES.nationality, stream('nationality'));
  return {
    nationality,
    generation: attributeTest(code, ATTRIBUTES.generation, stream('generation')),
    branch: attributeTest(code, ATTRIBUTES.branch, stream('branch')),
    twin: twinTest(code, english, italian, nationality.unit, stream('twin')),
  };
}

/** What the family-tree task records of a trained seed beyond the shared fields. */
export function familyRecord(
  { net, params, result, data, seed }: TrainedNet<unknown, FamilySeedData>,
  cases: readonly FamilyCase[],
  patterns: PatternSet,
  recipe: TrainConfig,
): Pick<FamilyRun, 'heldOut' | 'training' | 'personCode' | 'fig3' | 'decay'> {
  const output = net.groups.findIndex((g) => g.name === 'output');
  const held = data.heldIndices;
  const trained = caseOutcomes(result.workspace, output, data.trainIndices.map((k) => cases[k]!), names);
  const heldOut = held.length === 0 ? [] : caseOutcomes(evaluate(net, params, packPatterns(net, selectPatterns(patterns, held))), output, held.map((k) => cases[k]!), names);
  const block = net.blocks.find((b) => b.name === 'personToCode')!;
  // code is (person-code unit, person)
  const code = Array.from({ length: block.rows }, (_, j) => Array.from(params.subarray(block.offset + j * block.cols, block.offset + (j + 1) * block.cols)));
  const isFig3 = (o: { person: string; relation: string }) => o.person === FIG3_CASE.person && o.relation === FIG3_CASE.relation;
  const fig3Held = heldOut.find(isFig3);
  const learned = trained.every((o) => o.correct);
  // Ablating every weight costs about 0.15 s: done only where a claim reads it (its control asks for it apart).
  const decay = learned ? decayBalance(net, params, packPatterns(net, data.train), recipe, seed) : null;
  return {
    heldOut,
    training: { cases: trained.length, correct: trained.filter((o) => o.correct).length, strictlyCorrect: trained.filter((o) => o.strictlyCorrect).length },
    personCode: personCodeOf(code, seed),
    fig3: { ...(fig3Held ?? trained.find(isFig3)!), heldOut: fig3Held !== undefined },
    decay,
  };
}
