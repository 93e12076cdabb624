// The works the suite reproduces, and the places in them that several experiments cite.

export const NATURE_1986 = 'Rumelhart, Hinton & Williams, Nature 323, 533–536 (1986)';
export const PDP_CH8 = 'Rumelhart, Hinton & Williams, PDP vol. 1 (1986), ch. 8';

/** E = ½ Σ_c Σ_j (y_jc − d_jc)², summed over cases and outputs. */
export const EQ3 = 'Nature 323 (1986), eq. 3';
/** Δw(t) = −ε ∂E/∂w(t) + α Δw(t−1): momentum stores the previous step. */
export const EQ9 = 'Nature 323 (1986), eq. 9';
/** "Biases … treated just like the other weights". */
export const BIASES_LIKE_WEIGHTS = 'biases are "treated just like the other weights" (Nature 323, 1986), so drawn like them';
