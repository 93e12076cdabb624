// The works the suite reproduces, and the places in them that several experiments cite.

export const NATURE_1986 = 'Rumelhart, Hinton & Williams, Nature 323, 533–536 (1986)';
export const PDP_CH8 = 'Rumelhart, Hinton & Williams, PDP vol. 1 (1986), ch. 8';

/** E = ½ Σ_c Σ_j (y_jc − d_jc)², summed over cases and outputs. */
export const EQ3 = 'Nature 323 (1986), eq. 3';
/** Δw(t) = −ε ∂E/∂w(t) + α Δw(t−1): momentum stores the previous step. */
export const EQ9 = 'Nature 323 (1986), eq. 9';
/** The companion chapter's momentum rule, eq. 9 with η for ε and n counting presentations. */
export const EQ16 = `${PDP_CH8}, eq. 16: Δw(n + 1) = η δ o + α Δw(n), so momentum stores the previous step (medium)`;
/** eq. 16 indexes Δw by presentation; the chapter's experiments read their update grain from it. */
export const PER_PRESENTATION = `${PDP_CH8}, eq. 16 indexes Δw by presentation n, so weights change after every pattern (medium)`;
/** The chapter's general α, stated for "most" of its runs rather than for any one. */
export const ALPHA_TEXT = `${PDP_CH8}, text of eq. 16: "in most of our simulations α was about 0.9" (medium)`;
/** "Biases … treated just like the other weights". */
export const BIASES_LIKE_WEIGHTS = 'biases are "treated just like the other weights" (Nature 323, 1986), so drawn like them';
