import { Type, type Static } from 'typebox';
import { Dict, named, Pair, Types } from './json-schema.js';
import { NullableNumber } from './statistics.js';
import { Verdict } from './verdict.js';

// The data parts of a claim: what it measures per run, the statistics over runs, the conditions
// it is judged by, and the judgement a report records.

/** A claim's measure of one run; null when it cannot be measured on that run. */
export const MeasureValue = Types(['number', 'boolean', 'null']);
export type MeasureValue = Static<typeof MeasureValue>;

/** Statistics over a claim's runs, by name; null where there was nothing to measure. */
export const Statistics = Dict(NullableNumber);
export type Statistics = Static<typeof Statistics>;

/** Comparisons of a statistic with one threshold. */
export const ORDER_OPS = ['>=', '<='] as const;
export const CONDITION_OPS = [...ORDER_OPS, 'between'] as const;
export const ConditionOp = Type.Enum(CONDITION_OPS);
export type ConditionOp = Static<typeof ConditionOp>;

export const Condition = Type.Union([
  Type.Object(
    { statistic: Type.String(), op: Type.Enum(ORDER_OPS), threshold: Type.Number(), reason: Type.Optional(Type.String()) },
    { additionalProperties: false },
  ),
  Type.Object(
    { statistic: Type.String(), op: Type.Literal('between'), threshold: Pair(Type.Number()), reason: Type.Optional(Type.String()) },
    { additionalProperties: false },
  ),
]);
export type Condition = Static<typeof Condition>;

export const Expectation = Type.Object(
  {
    /** All must hold for `reproduced`. */
    reproduced: Type.Array(Condition),
    /** All must hold for `partial`; 'any' means: at least one condition for `reproduced` holds. */
    partial: Type.Union([Type.Array(Condition), Type.Literal('any')]),
  },
  { additionalProperties: false },
);
export type Expectation = Static<typeof Expectation>;

/** A condition checked against the statistics. */
export const ConditionResult = named(
  'condition',
  Type.Object(
    {
      statistic: Type.String(),
      op: ConditionOp,
      threshold: Type.Union([Type.Number(), Pair(Type.Number())]),
      value: NullableNumber,
      holds: Type.Boolean(),
      reason: Type.Optional(Type.String()),
    },
    { additionalProperties: false },
  ),
);
export type ConditionResult = Static<typeof ConditionResult>;

const judgementProperties = {
  verdict: Verdict,
  statistics: Statistics,
  reproducedWhen: Type.Array(ConditionResult),
  partialWhen: Type.Union([Type.Literal('any'), Type.Array(ConditionResult)]),
  /** The conditions that decided the verdict, in words. */
  decidedBy: Type.String(),
};

export const Judgement = Type.Object(judgementProperties, { additionalProperties: false });
export type Judgement = Static<typeof Judgement>;

/**
 * A claim's negative control: a named manipulation under which its measure must fail, judged by
 * the claim's own conditions. It `fails` when that judgement is `not-reproduced`; a claim whose
 * control does not fail cannot be `reproduced`.
 */
export const ControlReport = named(
  'control',
  Type.Object(
    {
      name: Type.String(),
      /** What is changed, and why the measure must fail under it. */
      description: Type.String(),
      /** How many manipulated runs the control measured. */
      runs: Type.Integer({ minimum: 0 }),
      ...judgementProperties,
      fails: Type.Boolean(),
    },
    { additionalProperties: false },
  ),
);
export type ControlReport = Static<typeof ControlReport>;

/** A claim as a report records it: the paper's words beside the suite's judgement. */
export const ClaimReport = named(
  'claim',
  Type.Object(
    {
      id: Type.String(),
      statement: Type.String(),
      citation: Type.String(),
      definition: Type.String(),
      paperValue: Type.String(),
      /** The result in the claim's own words, when it gives them. */
      result: Type.Optional(Type.String()),
      /** The runs judged: `runs` of the experiment's `of` seeds; `dependsOn` names the claim that picks them. */
      population: Type.Object(
        { label: Type.String(), runs: Type.Integer({ minimum: 0 }), of: Type.Integer({ minimum: 0 }), dependsOn: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
      ...judgementProperties,
      control: ControlReport,
      /** For a claim not reproduced or not testable: what the suite measured and tried, in a paragraph. */
      story: Type.Optional(Type.String()),
    },
    { additionalProperties: false },
  ),
);
export type ClaimReport = Static<typeof ClaimReport>;
