import type { GroupSpec, NetSpec, ProjectionSpec } from '../../engine/index.js';

// The addition nets. Each hidden unit is a group of its own, so that hidden units can feed one
// another (a projection goes from an earlier group to a later one). Blocks keep their names across
// nets, so a block two nets share can start from the same values.

/** How the hidden units of the 3-hidden net feed one another: 1→2→3, or every lower one every higher one. */
export const HIDDEN_LINKS = ['chain', 'all'] as const;
export type HiddenLinks = (typeof HIDDEN_LINKS)[number];

const input: GroupSpec = { name: 'input', size: 4, kind: 'input' };
const output: GroupSpec = { name: 'output', size: 3, kind: 'output', bias: 'outputBias' };
const hidden = (k: number): GroupSpec => ({ name: `hidden${k}`, size: 1, kind: 'hidden', bias: `hidden${k}Bias` });
const link = (from: string, to: string): ProjectionSpec => ({ from, to, block: `${from}To${to[0]!.toUpperCase()}${to.slice(1)}` });

/**
 * inputs (a₁, a₀, b₁, b₀) → `count` hidden units → outputs (s₂, s₁, s₀), every input also straight
 * to every output; hidden unit k receives every input and the lower hidden units `links` names.
 */
export function additionNet(count: number, links: HiddenLinks): NetSpec {
  const names = Array.from({ length: count }, (_, k) => `hidden${k + 1}`);
  const between = names.flatMap((to, j) => names.slice(0, j).filter((_, i) => links === 'all' || i === j - 1).map((from) => link(from, to)));
  return {
    groups: [input, ...names.map((_, k) => hidden(k + 1)), output],
    projections: [
      ...names.map((to) => link('input', to)),
      ...between,
      link('input', 'output'),
      ...names.map((from) => link(from, 'output')),
    ],
  };
}

/** Fig. 10's net: 2 hidden units, the first feeding the second (the carry), direct input→output connections; 32 parameters. */
export const minimalNet = additionNet(2, 'chain');
