import { Type, type Static } from 'typebox';

/** What a claim's judge concludes, from best to worst. */
export const VERDICTS = ['reproduced', 'partial', 'not-reproduced'] as const;
export const Verdict = Type.Enum(VERDICTS);
export type Verdict = Static<typeof Verdict>;
