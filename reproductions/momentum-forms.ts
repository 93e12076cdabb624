import { accumulatedMomentum, paperMomentum, type UpdateRule } from '../engine/index.js';

/** The momentum conventions an experiment can be run under, by name (PAPER.md §6). */
export const momentumRules: Record<'stored-step' | 'accumulated-gradient', UpdateRule<Float64Array>> = {
  'stored-step': paperMomentum,
  'accumulated-gradient': accumulatedMomentum,
};
