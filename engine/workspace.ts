import type { Net } from './net.js';
import type { PackedPatterns } from './patterns.js';

/**
 * Preallocated buffers for the batched passes over one pattern set, feature-major
 * (unit u of pattern p at u * count + p). Input groups point at the patterns themselves.
 */
export interface Workspace {
  count: number;
  /** Outputs y of every group; for input groups, the clamped inputs. */
  act: Float64Array[];
  /** ∂E/∂y, then ∂E/∂x in place, of every non-input group. */
  delta: Float64Array[];
  targets: Float64Array[];
  outputUnits: number;
}

export function createWorkspace(net: Net, patterns: PackedPatterns): Workspace {
  const count = patterns.count;
  const act = net.groups.map((g) => (g.kind === 'input' ? patterns.inputs[g.index]! : new Float64Array(g.size * count)));
  const delta = net.groups.map((g) => new Float64Array(g.kind === 'input' ? 0 : g.size * count));
  const outputUnits = net.outputGroups.reduce((n, i) => n + net.groups[i]!.size, 0);
  return { count, act, delta, targets: patterns.targets, outputUnits };
}
