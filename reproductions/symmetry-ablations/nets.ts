import type { GroupSpec, NetSpec, ProjectionSpec } from '../../engine/index.js';
import { WIDTH } from './paper.js';

// The nets the ablations train on the symmetry task. Blocks keep the same names across nets
// (inputToHidden, hiddenBias, hiddenToOutput, outputBias, inputToOutput), so a block two nets
// share can start from the same values (see ./arms.ts).

const input: GroupSpec = { name: 'input', size: WIDTH, kind: 'input' };
const output: GroupSpec = { name: 'output', size: 1, kind: 'output', bias: 'outputBias' };
const direct: ProjectionSpec = { from: 'input', to: 'output', block: 'inputToOutput' };

/** inputs → `hidden` units → 1 output, with input→output connections when `skip` is set. */
function layered(hidden: number, skip: boolean): NetSpec {
  return {
    groups: [input, { name: 'hidden', size: hidden, kind: 'hidden', bias: 'hiddenBias' }, output],
    projections: [
      { from: 'input', to: 'hidden', block: 'inputToHidden' },
      { from: 'hidden', to: 'output', block: 'hiddenToOutput' },
      ...(skip ? [direct] : []),
    ],
  };
}

/** The letter's net (Fig. 1): 6 → 2 hidden → 1, no direct connections; 17 parameters. */
export const paperNet = layered(2, false);
/** One more hidden unit: 8 more connections (6 in, 1 out, its bias); 25 parameters. */
export const threeHiddenNet = layered(3, false);
/** The letter's net plus a connection from every input to the output: 6 more; 23 parameters. */
export const directNet = layered(2, true);
/** No hidden units: every input straight to the output; 7 parameters. */
export const noHiddenNet: NetSpec = { groups: [input, output], projections: [direct] };
