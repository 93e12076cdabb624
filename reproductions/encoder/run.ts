import type { Net, Workspace } from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';

/** One seed of the encoder: the shared fields, and the hidden code of every pattern at the final weights. */
export interface EncoderRun extends RunRecord {
  /** (pattern, hidden unit): the hidden activations, one row per one-hot input, in Table 4's order. */
  codes: number[][];
}

/** The hidden group's activations in a workspace that holds every pattern (feature-major: unit u of pattern p at u·count + p). */
export function hiddenCodes(net: Net, ws: Workspace, group = 'hidden'): number[][] {
  const g = net.groups.findIndex((x) => x.name === group);
  const size = net.groups[g]!.size;
  const act = ws.act[g]!;
  return Array.from({ length: ws.count }, (_, p) => Array.from({ length: size }, (_, u) => act[u * ws.count + p]!));
}
