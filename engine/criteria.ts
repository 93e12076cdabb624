import type { Net } from './net.js';
import { configRanges, requireNumber, requireString } from './validate-config.js';
import type { Workspace } from './workspace.js';

/** A test of the outputs of every pattern, e.g. "learned". */
export interface Criterion {
  id: string;
  description: string;
  met(net: Net, ws: Workspace): boolean;
}

function everyOutput(net: Net, ws: Workspace, ok: (y: number, d: number) => boolean): boolean {
  for (const gi of net.outputGroups) {
    const y = ws.act[gi]!;
    const d = ws.targets[gi]!;
    for (let k = 0; k < y.length; k++) if (!ok(y[k]!, d[k]!)) return false;
  }
  return true;
}

/** Every output is on the right side of `threshold`: above it where the target is on (≥ 0.5), below it elsewhere. */
export function rightSideOf(id: string, threshold: number): Criterion {
  requireString(id, 'rightSideOf: id');
  // A NaN threshold would fail every comparison: a criterion that can never be met.
  requireNumber(threshold, 'rightSideOf: threshold', configRanges.finite);
  return {
    id,
    description: `every output on the right side of ${threshold}`,
    met: (net, ws) => everyOutput(net, ws, (y, d) => (d >= 0.5 ? y > threshold : y < threshold)),
  };
}

/** Every output is within `tolerance` of its target. */
export function withinOf(id: string, tolerance: number): Criterion {
  requireString(id, 'withinOf: id');
  requireNumber(tolerance, 'withinOf: tolerance', configRanges.finiteNonNegative);
  return {
    id,
    description: `every output within ${tolerance} of its target`,
    met: (net, ws) => everyOutput(net, ws, (y, d) => Math.abs(y - d) <= tolerance),
  };
}

/** Every output beyond its margin: above `on` where the target is on (≥ 0.5), below `off` elsewhere. */
export function beyondMargins(id: string, on: number, off: number): Criterion {
  requireString(id, 'beyondMargins: id');
  requireNumber(on, 'beyondMargins: on', configRanges.finite);
  requireNumber(off, 'beyondMargins: off', configRanges.finite);
  return {
    id,
    description: `every output that should be on above ${on} and every other below ${off}`,
    met: (net, ws) => everyOutput(net, ws, (y, d) => (d >= 0.5 ? y > on : y < off)),
  };
}
