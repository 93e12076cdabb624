import { PDP_CH8 } from '../papers.js';

// Every number the papers give for the iterative-net experiments, with its citation.

export const FIG5 = 'Nature 323 (1986), Fig. 5 caption';
export const PDP_RECURRENT = `${PDP_CH8}, recurrent nets`;
export const SEQUENCE_TABLES = 'PDP vol. 1 (1986), ch. 8, sequence completion, Tables 10–11';
/** The chapter's text on the sequence net's learning, as one secondary source quotes it (medium/low confidence). */
export const SEQUENCE_SWEEPS_SOURCE = 'PDP vol. 1 (1986), ch. 8, sequence completion, text (quoted by one secondary source; medium/low confidence)';

/** Fig. 5's net "is run for three iterations". */
export const FIG5_ITERATIONS = 3;

/** Each letter's two-digit code, in input-unit order (A = 12, B = 23, C = 31, D = 21, E = 13). */
export const LETTER_CODES: Record<string, number[]> = { A: [1, 2], B: [2, 3], C: [3, 1], D: [2, 1], E: [1, 3] };
/** The three digit output units. */
export const DIGITS = [1, 2, 3];
/** Letters are presented at steps 1–2; the four digits must be produced at steps 3–6, with no input. */
export const LETTER_STEPS = [1, 2];
export const DIGIT_STEPS = [3, 4, 5, 6];
export const HIDDEN_UNITS = 30;
/** The five novel sequences the net is tested on; the other 20 of the 25 are the training set. */
export const TEST_SEQUENCES = ['AD1221', 'BE2313', 'CA3112', 'DB2123', 'EC1331'];
/** Table 11 starts the output (digit) units at 0.2 before step 1 (high confidence). */
export const OUTPUT_INITIAL_STATE = 0.2;
export const OUTPUT_INITIAL_STATE_SOURCE = 'PDP vol. 1 (1986), ch. 8, Table 11 (read off the printed table; high confidence)';
/**
 * "Learned 25 sequences in 260 sweeps", with α = 0.9 (medium/low confidence: the count conflicts with
 * Table 11's split into 20 training and 5 test sequences).
 */
export const PAPER_SEQUENCE_SWEEPS = 260;
export const PAPER_SEQUENCE_MOMENTUM = 0.9;
/** The paper's net gets about 4 of the 5 test sequences fully right (19 of 20 digits). */
export const PAPER_TEST_SEQUENCES_RIGHT = 4;
export const PAPER_TEST_DIGITS_RIGHT = 19;
