import { Type, type Static } from 'typebox';

/** 'batch': one weight change per sweep (the paper's); 'pattern': one after every pattern. */
export const GRAINS = ['batch', 'pattern'] as const;
export const Grain = Type.Enum(GRAINS);
export type Grain = Static<typeof Grain>;
