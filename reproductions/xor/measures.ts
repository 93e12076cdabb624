import { buildNet, evaluate, packPatterns, type Net, type NetSpec, type PatternSet } from '../../engine/index.js';
import type { RunRecord } from '../../reports/contract/index.js';
import { XOR_INPUTS } from './data.js';
import { xorOf } from './paper.js';

// What an XOR run's final net does on each pattern, and the Fig. 5 kind of local minimum read from
// it. Thresholds are the suite's, fixed from the chapter's description of Fig. 5, not tuned on runs.

/** The fields every XOR run adds: its final outputs and hidden activations, pattern by pattern (00, 01, 10, 11). */
export interface XorFields {
  /** outputs[p]: the output unit on pattern p. */
  outputs: number[];
  /** hidden[p][u]: hidden unit u on pattern p (empty rows for a net without hidden units). */
  hidden: number[][];
}
export type XorRun = RunRecord & XorFields;

/** The outputs and hidden activations of `params` on the patterns (feature-major workspace read back per pattern). */
export function readActivations(net: Net, params: Float64Array, patterns: PatternSet): XorFields {
  const ws = evaluate(net, params, packPatterns(net, patterns));
  const P = patterns.count;
  const byPattern = (name: string) => {
    const g = net.groups.find((x) => x.name === name);
    if (!g) return Array.from({ length: P }, () => [] as number[]);
    const act = ws.act[g.index]!; // (units, patterns), feature-major
    return Array.from({ length: P }, (_, p) => Array.from({ length: g.size }, (_, u) => act[u * P + p]!));
  };
  return { outputs: byPattern('output').map((row) => row[0]!), hidden: byPattern('hidden') };
}

/** The same for given weights on a net spec, e.g. a run's final weights read back from a report. */
export const activationsOf = (spec: NetSpec, params: Float64Array, patterns: PatternSet): XorFields => readActivations(buildNet(spec), params, patterns);

/** Stuck: the criterion never held within the budget (a diverged training counts too). */
export const isStuck = (run: Pick<RunRecord, 'sweepsToCriterion'>): boolean => run.sweepsToCriterion === null;

/** A hidden unit counts as saturated within this distance of 0 or 1 (Fig. 5's are at 0.9999 on the two patterns). */
export const SATURATED = 0.1;
/** An output "sits at 0.5" within this distance (Fig. 5's are 0.500; a solved net is ≥ 0.3 away on every pattern). */
export const AT_HALF = 0.1;

/** Which way the dominating input drives the hidden units: all on (Fig. 5 as printed), all off, or some of each. */
export type Fig5Variant = 'on' | 'off' | 'mixed';

export interface Fig5Reading {
  /** The input (0 = left, 1 = right) that sets the hidden code on both patterns where it is on. */
  input: number;
  variant: Fig5Variant;
}

const side = (h: number): 'on' | 'off' | null => (h >= 1 - SATURATED ? 'on' : h <= SATURATED ? 'off' : null);

/**
 * The Fig. 5 kind of minimum: one input, when on, drives every hidden unit to the same saturated
 * value on both patterns where it is on, so those two patterns share one hidden code, and the
 * output sits at 0.5 on both (the hidden units' contributions to the output cancel); the other two
 * patterns are on the right side of 0.5. Fig. 5 prints the form where the hidden units are all on
 * and the two output weights cancel; the form where they are all off (the output bias near 0) is the
 * same net after flipping each hidden unit's polarity (w → −w, b → −b, and at the output w → −w,
 * b_out → b_out + w), which computes the same function, so both count; the form is recorded.
 * Null when the net is not in such a state.
 */
export function fig5Reading({ outputs, hidden }: XorFields): Fig5Reading | null {
  if (outputs.length !== XOR_INPUTS.length || hidden.some((row) => row.length === 0)) return null;
  for (const input of [0, 1]) {
    const on = XOR_INPUTS.flatMap((x, p) => (x[input] === 1 ? [p] : []));
    const off = XOR_INPUTS.flatMap((x, p) => (x[input] === 1 ? [] : [p]));
    const units = hidden[0]!.map((_, u) => on.map((p) => side(hidden[p]![u]!)));
    const shared = units.every((s) => s[0] !== null && s.every((v) => v === s[0]));
    const half = on.every((p) => Math.abs(outputs[p]! - 0.5) <= AT_HALF);
    const right = off.every((p) => (xorOf(XOR_INPUTS[p]![0]!, XOR_INPUTS[p]![1]!) === 1 ? outputs[p]! > 0.5 : outputs[p]! < 0.5));
    if (!(shared && half && right)) continue;
    const sides = new Set(units.map((s) => s[0]));
    return { input, variant: sides.size > 1 ? 'mixed' : sides.has('on') ? 'on' : 'off' };
  }
  return null;
}

export const isFig5Kind = (fields: XorFields): boolean => fig5Reading(fields) !== null;
