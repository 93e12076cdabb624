// Hyper-parameter schedules as data (so reports can record them) and a pure function of the sweep.

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

export const constant = (value: number): ConstantSchedule => ({ kind: 'constant', value });

export function piecewise(pieces: Array<{ fromSweep: number; value: number }>): PiecewiseSchedule {
  if (pieces.length === 0 || pieces[0]!.fromSweep !== 1) throw new Error('a piecewise schedule must start at sweep 1');
  for (let k = 1; k < pieces.length; k++) {
    if (pieces[k]!.fromSweep <= pieces[k - 1]!.fromSweep) throw new Error('piecewise schedule pieces must start at increasing sweeps');
  }
  return { kind: 'piecewise', pieces };
}

/** The value in force during sweep `sweep` (1 is the first sweep). */
export function scheduleAt(schedule: Schedule, sweep: number): number {
  if (schedule.kind === 'constant') return schedule.value;
  let value = schedule.pieces[0]!.value;
  for (const piece of schedule.pieces) if (sweep >= piece.fromSweep) value = piece.value;
  return value;
}
