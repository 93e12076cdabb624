import { describe, expect, it } from 'vitest';
import { constant, piecewise, scheduleAt } from '../../engine/index.js';

describe('schedules', () => {
  it('a constant schedule has one value at every sweep', () => {
    expect([1, 2, 1000].map((t) => scheduleAt(constant(0.1), t))).toEqual([0.1, 0.1, 0.1]);
  });

  it('a piecewise schedule switches at the first sweep of each piece', () => {
    const eps = piecewise([
      { fromSweep: 1, value: 0.005 },
      { fromSweep: 21, value: 0.01 },
    ]);
    expect([1, 20, 21, 1500].map((t) => scheduleAt(eps, t))).toEqual([0.005, 0.005, 0.01, 0.01]);
  });

  it('rejects a piecewise schedule that does not start at sweep 1 or does not increase', () => {
    expect(() => piecewise([{ fromSweep: 2, value: 1 }])).toThrow(/start at sweep 1/);
    expect(() => piecewise([{ fromSweep: 1, value: 1 }, { fromSweep: 1, value: 2 }])).toThrow(/increasing/);
  });
});
