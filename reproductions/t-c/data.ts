import type { NetSpec, PatternSet } from '../../engine/index.js';
import { detectorCentres, FIELD_SIZE, patchAt, stimuli, type Stimulus } from './layout.js';
import { C_SHAPE, T_SHAPE } from './shapes.js';

// The T–C net as the engine builds it: ONE shared 3 × 3 receptive field, without engine changes.
// Detector k has an input group patch<k> of 9 units that holds the retina's 3 × 3 patch at its
// position (the data copy the pixels in; pixels off the retina are 0) and a hidden unit
// detector<k>; every patch<k> → detector<k> projection names the same 1 × 9 block `field`, and every
// detector's bias the same block `detectorBias`, so the engine ties them: exactly one 3 × 3 field
// with one bias, applied at every position. The patch copies are data, not parameters. Each
// detector reaches the output through a weight of its own (readout<k>): the chapter ties the
// hidden units' fields only, and says nothing of tying their weights to the output.

export const FIELD = 'field';
export const DETECTOR_BIAS = 'detectorBias';
export const readoutBlock = (k: number) => `readout${k}`;

/** Target 1 for a T, 0 for a C. */
export const targetOf = (s: Pick<Stimulus, 'shape'>) => (s.shape === 'T' ? 1 : 0);

export function tcNet(side: number): NetSpec {
  const centres = detectorCentres(side);
  return {
    groups: [
      ...centres.map((_, k) => ({ name: `patch${k}`, size: FIELD_SIZE, kind: 'input' as const })),
      ...centres.map((_, k) => ({ name: `detector${k}`, size: 1, kind: 'hidden' as const, bias: DETECTOR_BIAS })),
      { name: 'output', size: 1, kind: 'output', bias: 'outputBias' },
    ],
    projections: [
      ...centres.map((_, k) => ({ from: `patch${k}`, to: `detector${k}`, block: FIELD })),
      ...centres.map((_, k) => ({ from: `detector${k}`, to: 'output', block: readoutBlock(k) })),
    ],
  };
}

/** The stimuli of an R × R retina: both shapes, 4 orientations each, at every place they fit. */
export const tcStimuli = (side: number): Stimulus[] => stimuli({ T: T_SHAPE, C: C_SHAPE }, side);

/** The stimuli as the net's patterns: each patch group holds its 3 × 3 patch of the retina. */
export function tcPatterns(side: number): PatternSet {
  const all = tcStimuli(side);
  const centres = detectorCentres(side);
  const inputs: Record<string, number[][]> = {};
  centres.forEach((c, k) => (inputs[`patch${k}`] = all.map((s) => patchAt(s.image, side, c))));
  return { count: all.length, inputs, targets: { output: all.map((s) => [targetOf(s)]) } };
}
