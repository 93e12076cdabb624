import { NetSpecError } from './config-error.js';
import type { NetSpec } from './net.js';
import type { PatternSet } from './patterns.js';
import { checkRecurrentSpec } from './validate-config.js';

// A synchronous iterative net, described once and unrolled over T iterations into a layered net
// with T + 1 layers (steps 0..T), one layer per step, whose corresponding projections name the same
// parameter block and are therefore tied. Every connection takes one step: the state of `from` at
// step t − 1 feeds `to` at step t. Each step is its own group in the layered net, so the output of
// every unit at every step is kept for the backward pass.
//
// Every group exists at every step, so every block has exactly T copies, as in the layered net of
// T + 1 layers with equal corresponding weights: an input group is held at its rest value at the
// steps where it is not clamped, and a unit group starts from its rest value unless its starting
// state (step 0) is clamped.

export interface RecurrentGroupSpec {
  name: string;
  size: number;
  /** 'input': external units, clamped from the pattern; 'unit': logistic units updated at every step 1..T. */
  kind: 'input' | 'unit';
  /** Bias block of a unit group, shared by its copies at every step. */
  bias?: string;
  /** The value of the group at a step where it is neither clamped nor computed; 0 by default. */
  rest?: number;
}

/** The state of `from` at step t − 1 feeds `to` (a unit group) at step t, through `block`. */
export interface RecurrentProjectionSpec {
  from: string;
  to: string;
  block: string;
}

export interface RecurrentSpec {
  groups: RecurrentGroupSpec[];
  projections: RecurrentProjectionSpec[];
  /** T, the number of iterations: the layered net has steps 0..T. */
  iterations: number;
  /**
   * Steps at which a group takes its value from the pattern: any of 0..T − 1 for an input group
   * (an input at step T would reach nothing), only 0 (its starting state) for a unit group.
   */
  clamped: Record<string, number[]>;
  /** Steps 1..T at which a unit group's state is compared with a target (an output of the layered net). */
  scored: Record<string, number[]>;
}

export interface UnrolledNet {
  recurrent: RecurrentSpec;
  /** The layered net: group `g` at step t is named stepName(g, t). */
  spec: NetSpec;
}

/** Name of group `group` at step `step` in the layered net. */
export function stepName(group: string, step: number): string {
  return `${group}@${step}`;
}

function checkSteps(steps: readonly number[], lo: number, hi: number, what: string): void {
  for (const s of steps) {
    if (!Number.isInteger(s) || s < lo || s > hi) throw new NetSpecError(`${what}: step ${s} is outside ${lo}..${hi}`);
  }
  if (new Set(steps).size !== steps.length) throw new NetSpecError(`${what}: a step is listed twice`);
}

function validate(r: RecurrentSpec): Map<string, RecurrentGroupSpec> {
  checkRecurrentSpec(r);
  const T = r.iterations;
  const byName = new Map<string, RecurrentGroupSpec>();
  for (const g of r.groups) {
    if (g.name.includes('@')) throw new NetSpecError(`group name "${g.name}" may not contain "@"`);
    if (byName.has(g.name)) throw new NetSpecError(`group "${g.name}" is declared twice`);
    if (g.kind === 'input' && g.bias !== undefined) throw new NetSpecError(`input group "${g.name}" cannot have a bias`);
    byName.set(g.name, g);
  }
  const known = (name: string, what: string) => {
    const g = byName.get(name);
    if (!g) throw new NetSpecError(`${what} names unknown group "${name}"`);
    return g;
  };
  for (const p of r.projections) {
    known(p.from, 'a projection');
    if (known(p.to, 'a projection').kind !== 'unit') throw new NetSpecError(`projection ${p.from} → ${p.to} must end at a unit group`);
  }
  for (const [name, steps] of Object.entries(r.clamped)) {
    const g = known(name, 'clamped');
    checkSteps(steps, 0, g.kind === 'input' ? T - 1 : 0, `clamped steps of "${name}"`);
  }
  for (const [name, steps] of Object.entries(r.scored)) {
    if (known(name, 'scored').kind !== 'unit') throw new NetSpecError(`only a unit group can be scored, not "${name}"`);
    checkSteps(steps, 1, T, `scored steps of "${name}"`);
  }
  if (!Object.values(r.scored).some((s) => s.length > 0)) throw new NetSpecError('an iterative net needs at least one scored step');
  return byName;
}

/** The layered net of an iterative net: groups step by step, every projection copied at steps 1..T onto its one block. */
export function unroll(recurrent: RecurrentSpec): UnrolledNet {
  validate(recurrent);
  const T = recurrent.iterations;
  const groups: NetSpec['groups'] = [];
  const projections: NetSpec['projections'] = [];
  for (let t = 0; t <= T; t++) {
    for (const g of recurrent.groups) {
      const name = stepName(g.name, t);
      if (g.kind === 'input') {
        if (t < T) groups.push({ name, size: g.size, kind: 'input' });
      } else if (t === 0) {
        // The starting state: clamped from the pattern, or at rest.
        groups.push({ name, size: g.size, kind: 'input' });
      } else {
        const scored = recurrent.scored[g.name]?.includes(t) ?? false;
        groups.push({ name, size: g.size, kind: scored ? 'output' : 'hidden', ...(g.bias !== undefined ? { bias: g.bias } : {}) });
        for (const p of recurrent.projections.filter((q) => q.to === g.name)) {
          projections.push({ from: stepName(p.from, t - 1), to: name, block: p.block });
        }
      }
    }
  }
  return { recurrent, spec: { groups, projections } };
}

/** What a pattern holds at one step: the clamped values of a group, or a unit group's target. */
export type StepValues = (group: string, step: number, pattern: number) => ArrayLike<number>;

/**
 * The pattern set of the layered net: `clamp` gives the values of every clamped (group, step),
 * `target` the target of every scored one; a group that is not clamped is held at rest.
 */
export function unrolledPatterns(unrolled: UnrolledNet, count: number, clamp: StepValues, target: StepValues): PatternSet {
  const r = unrolled.recurrent;
  const inputs: PatternSet['inputs'] = {};
  const targets: PatternSet['targets'] = {};
  for (const g of r.groups) {
    const clampedAt = r.clamped[g.name] ?? [];
    const lastInputStep = g.kind === 'input' ? r.iterations - 1 : 0;
    for (let t = 0; t <= lastInputStep; t++) {
      const held = new Array<number>(g.size).fill(g.rest ?? 0);
      inputs[stepName(g.name, t)] = Array.from({ length: count }, (_, p) => (clampedAt.includes(t) ? clamp(g.name, t, p) : held));
    }
    for (const t of r.scored[g.name] ?? []) {
      targets[stepName(g.name, t)] = Array.from({ length: count }, (_, p) => target(g.name, t, p));
    }
  }
  return { count, inputs, targets };
}
