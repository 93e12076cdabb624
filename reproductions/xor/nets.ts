import type { GroupSpec, NetSpec, ProjectionSpec } from '../../engine/index.js';

// The XOR nets. Blocks keep one name across nets (inputToHidden, hiddenBias, hiddenToOutput,
// outputBias, inputToOutput), so nets that share a block can start from the same values (common
// random numbers across the width series).

const input: GroupSpec = { name: 'input', size: 2, kind: 'input' };
const output: GroupSpec = { name: 'output', size: 1, kind: 'output', bias: 'outputBias' };
const direct: ProjectionSpec = { from: 'input', to: 'output', block: 'inputToOutput' };

/** 2 inputs → `hidden` units → 1 output, plus input→output connections when `skip` is set. */
export function hiddenNet(hidden: number, skip: boolean): NetSpec {
  return {
    groups: [input, { name: 'hidden', size: hidden, kind: 'hidden', bias: 'hiddenBias' }, output],
    projections: [
      { from: 'input', to: 'hidden', block: 'inputToHidden' },
      ...(skip ? [direct] : []),
      { from: 'hidden', to: 'output', block: 'hiddenToOutput' },
    ],
  };
}

/** Fig. 3: one hidden unit and direct input→output connections; 7 parameters. */
export const fig3Net = hiddenNet(1, true);
/** Fig. 4: two hidden units, no direct connections; 9 parameters. */
export const fig4Net = hiddenNet(2, false);
/** The 2-H-1 nets of the width series, no direct connections. */
export const widthNet = (hidden: number): NetSpec => hiddenNet(hidden, false);
/**
 * No hidden layer: the inputs straight to the output (3 parameters). XOR is not linearly
 * separable, so this net can never learn it: the negative control of the claims about getting stuck.
 */
export const noHiddenNet: NetSpec = { groups: [input, output], projections: [direct] };
