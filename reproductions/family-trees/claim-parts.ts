import type { FamilyRun } from './run.js';

// What the family-tree claims share: the population of seeds that learned.

export const LEARNED_TRAINING_SET = 'training-set-learned';

/** The seeds a claim about learned structure is judged on: those that got every training case right. */
export const learned = {
  label: 'seeds that learned the training set',
  includes: (r: FamilyRun) => r.training.correct === r.training.cases,
  dependsOn: LEARNED_TRAINING_SET,
};
