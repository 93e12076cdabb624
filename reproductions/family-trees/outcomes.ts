import { shuffleInto, type RandomStream, type Workspace } from '../../engine/index.js';
import type { FamilyCase } from './data.js';

export interface CaseOutcome {
  person: string;
  relation: string;
  answers: string[];
  /** Every unit that should be on is above 0.5 and every other below 0.5. */
  correct: boolean;
  /** The stricter reading: on-units above 0.8, the others below 0.2. */
  strictlyCorrect: boolean;
  /** The people whose output unit is above 0.5: what the net answered. */
  answered: string[];
}

/** Judges each case from the outputs of a workspace (feature-major, one column per case). */
export function caseOutcomes(ws: Workspace, outputGroup: number, cases: readonly FamilyCase[], people: readonly string[]): CaseOutcome[] {
  const y = ws.act[outputGroup]!;
  const d = ws.targets[outputGroup]!;
  const P = ws.count;
  return cases.map((c, p) => {
    let correct = true;
    let strictlyCorrect = true;
    const answered: string[] = [];
    people.forEach((name, u) => {
      const out = y[u * P + p]!;
      const on = d[u * P + p]! >= 0.5;
      if (out > 0.5) answered.push(name);
      if (on ? !(out > 0.5) : !(out < 0.5)) correct = false;
      if (on ? !(out > 0.8) : !(out < 0.2)) strictlyCorrect = false;
    });
    return { person: c.person, relation: c.relation, answers: c.answers, correct, strictlyCorrect, answered };
  });
}

/**
 * The held-out cases of a seed: a Fisher–Yates shuffle of all case indices drawn from the seed's
 * `split` stream; the first `count` indices, sorted, are held out.
 */
export function heldOutIndices(stream: RandomStream, total: number, count: number): number[] {
  const order = new Array<number>(total);
  shuffleInto(order, stream);
  return order.slice(0, count).sort((a, b) => a - b);
}
