import type { FamilyRun } from './run.js';

// What the family-tree claims share: the population of seeds that learned, and a median.

export const LEARNED_TRAINING_SET = 'training-set-learned';

/** The seeds a claim about learned structure is judged on: those that got every training case right. */
export const learned = {
  label: 'seeds that learned the training set',
  includes: (r: FamilyRun) => r.training.correct === r.training.cases,
  dependsOn: LEARNED_TRAINING_SET,
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = values.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
