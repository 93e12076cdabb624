import { Type, type Static } from 'typebox';

/**
 * What a claim's judge concludes, from best to worst; `not-testable` when the claim's measure had
 * nothing to measure (e.g. no seed learned what the claim is about), which refutes nothing.
 */
export const VERDICTS = ['reproduced', 'partial', 'not-reproduced', 'not-testable'] as const;
export const Verdict = Type.Enum(VERDICTS);
export type Verdict = Static<typeof Verdict>;
