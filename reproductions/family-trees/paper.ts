// Every number Nature 323 (1986) gives for the family-tree task (Figs. 2–4), with its citation.
// The people, marriages and children of Fig. 2 are in ./tree.ts.

/** Where the training recipe is stated. */
export const TEXT = 'Nature 323 (1986), text on the family-tree task (Figs. 2–4)';
/** Where the results the claims quote are stated. */
export const RESULTS_TEXT = 'Nature 323 (1986), text on the family-tree task';
export const FIG4 = 'Nature 323 (1986), Fig. 4 and its caption';

/** "trained for 1500 sweeps". */
export const PAPER_SWEEPS = 1500;
/** The first 20 sweeps at ε = 0.005, α = 0.5; then ε = 0.01 (one transcription reads 0.001), α = 0.9. */
export const EARLY = { sweeps: 20, learningRate: 0.005, momentum: 0.5 };
export const LATE = { learningRate: 0.01, momentum: 0.9 };
/** "each weight decremented by 0.2% after each weight change". */
export const WEIGHT_DECAY = 0.002;
/** Outputs above 0.8 where they should be on, below 0.2 elsewhere, count as error-free. */
export const MARGIN = { on: 0.8, off: 0.2 };
/** Trained on 100 of the 104 cases: 4 held out. */
export const HELD_OUT = 4;

export const FIG3 = 'Nature 323 (1986), Fig. 3 and its caption';
/** Fig. 3 shows the net's activity for "Colin has-aunt": the two right answers on, every other output off. */
export const FIG3_CASE = { person: 'Colin', relation: 'aunt', answers: ['Jennifer', 'Margaret'] };
