// The grain's spelling as plain data, apart from its schema, so that code which trains (the
// experiments, and every worker thread) can name it without loading the schema library.

/** 'batch': one weight change per sweep (the paper's); 'pattern': one after every pattern. */
export const GRAINS = ['batch', 'pattern'] as const;
export type GrainName = (typeof GRAINS)[number];
