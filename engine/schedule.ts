// Hyper-parameter schedules as data (so reports can record them) and a pure function of the sweep.

import { checkPieces, configRanges, requireNumber } from './validate-config.js';

export interface ConstantSchedule {
  kind: 'constant';
  value: number;
}

/** Each piece holds from its sweep (1-based, inclusive) until the next piece starts. */
export interface PiecewiseSchedule {
  kind: 'piecewise';
  pieces: Array<{ fromSweep: number; value: number }>;
}

export type Schedule = ConstantSchedule | PiecewiseSchedule;

// The constructors refuse only what no field accepts (NaN, a non-number); the trainers check each
// schedule against the range of the field it is used for (ε, α, decay).
export const constant = (value: number): ConstantSchedule => ({ kind: 'constant', value: requireNumber(value, 'constant: value', configRanges.any) });

export function piecewise(pieces: Array<{ fromSweep: number; value: number }>): PiecewiseSchedule {
  checkPieces(pieces, 'piecewise: pieces', configRanges.any);
  return { kind: 'piecewise', pieces };
}

/** The value in force during sweep `sweep` (1 is the first sweep). */
export function scheduleAt(schedule: Schedule, sweep: number): number {
  if (schedule.kind === 'constant') return schedule.value;
  let value = schedule.pieces[0]!.value;
  for (const piece of schedule.pieces) if (sweep >= piece.fromSweep) value = piece.value;
  return value;
}
