// The generator is the kit's, shared with the experiments that ablate this task.
export { bitsOf, isMirrorSymmetric, symmetryPatterns } from '../kit/mirror-symmetry.js';
