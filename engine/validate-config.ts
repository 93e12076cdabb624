import { ConfigError, NetSpecError } from './config-error.js';

// Checks of every configuration that enters the engine, run once before any work starts. A config
// may come from untyped code, JSON or a misspelt key upstream: `sweeps: undefined` once made
// `new Float64Array(NaN)` empty and train() loop forever. Every check only reads its input, so a
// valid config trains exactly as it did before, and an invalid one throws an error that names the
// field, the allowed values and what was given. Values are `unknown` here on purpose: the types
// promise nothing at run time.

/** Inclusive bounds of a number; an infinite bound lets that infinity through. */
export interface NumberRange {
  min: number;
  max: number;
}

export const configRanges = {
  any: { min: -Infinity, max: Infinity },
  finite: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE },
  finiteNonNegative: { min: 0, max: Number.MAX_VALUE },
  positive: { min: Number.MIN_VALUE, max: Number.MAX_VALUE },
  unit: { min: 0, max: 1 },
  /**
   * ε: a huge ε is a legitimate way to make a run diverge, recorded as diverged rather than
   * refused, so every number ≥ 0 passes, up to and including +∞ (the engine's divergence test uses it).
   */
  learningRate: { min: 0, max: Infinity },
} as const satisfies Record<string, NumberRange>;

function describeRange({ min, max }: NumberRange): string {
  if (min === -Infinity && max === Infinity) return 'a number (not NaN)';
  if (min === -Number.MAX_VALUE && max === Number.MAX_VALUE) return 'a finite number';
  if (max === Infinity) return `a number ≥ ${min}`;
  if (max === Number.MAX_VALUE) return min === Number.MIN_VALUE ? 'a finite number > 0' : `a finite number ≥ ${min}`;
  return `a number from ${min} to ${max}`;
}

export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

type ErrorClass = new (message: string) => ConfigError;
type Fields = Record<string, unknown>;

/** Field checks that throw `Err` naming the path of the field. */
class Checker {
  constructor(private readonly Err: ErrorClass) {}

  fail(path: string, expected: string, value: unknown): never {
    throw new this.Err(`${path} must be ${expected}, got ${show(value)}`);
  }

  object(value: unknown, path: string): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, 'an object', value);
    return value as Fields;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, 'a list', value);
    return value;
  }

  number(value: unknown, path: string, range: NumberRange): number {
    // NaN fails both comparisons.
    if (typeof value !== 'number' || !(value >= range.min && value <= range.max)) this.fail(path, describeRange(range), value);
    return value;
  }

  whole(value: unknown, path: string, min: number, why?: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      this.fail(path, `a whole number ≥ ${min}${why ? ` (${why})` : ''}`, value);
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, values: readonly T[]): T {
    if (!values.includes(value as T)) this.fail(path, `one of ${values.map((v) => `"${v}"`).join(', ')}`, value);
    return value as T;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string' || value === '') this.fail(path, 'a non-empty string', value);
    return value;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') this.fail(path, 'true or false', value);
    return value;
  }

  func(value: unknown, path: string): void {
    if (typeof value !== 'function') this.fail(path, 'a function', value);
  }

  /** An optional field: absent (or undefined, as untyped code writes absent) passes. */
  optional(value: unknown, check: (value: unknown) => void): void {
    if (value !== undefined) check(value);
  }
}

export const configFields = new Checker(ConfigError);
const specFields = new Checker(NetSpecError);

/** A number in range, or a ConfigError naming `path`. For settings of engine functions (criteria, update rules). */
export function requireNumber(value: unknown, path: string, range: NumberRange): number {
  return configFields.number(value, path, range);
}

/** A non-empty string, or a ConfigError naming `path`. */
export function requireString(value: unknown, path: string): string {
  return configFields.string(value, path);
}

/** A whole number ≥ min, or a ConfigError naming `path`. */
export function requireWhole(value: unknown, path: string, min: number): number {
  return configFields.whole(value, path, min);
}

/** A schedule whose every value lies in `range`; pieces must start at sweep 1 and at increasing sweeps. */
export function checkSchedule(value: unknown, path: string, range: NumberRange): void {
  const f = configFields;
  const s = f.object(value, path);
  if (f.oneOf(s.kind, `${path}.kind`, ['constant', 'piecewise']) === 'constant') {
    f.number(s.value, `${path}.value`, range);
    return;
  }
  checkPieces(s.pieces, `${path}.pieces`, range);
}

/** The pieces of a piecewise schedule: from sweep 1, at increasing sweeps, every value in `range`. */
export function checkPieces(value: unknown, path: string, range: NumberRange): void {
  const f = configFields;
  const pieces = f.array(value, path);
  if (pieces.length === 0) f.fail(path, 'a non-empty list (a piecewise schedule must start at sweep 1)', pieces);
  let previous = 0;
  pieces.forEach((p, k) => {
    const piece = f.object(p, `${path}[${k}]`);
    const at = `${path}[${k}].fromSweep`;
    if (k === 0 && piece.fromSweep !== 1) f.fail(at, '1 (a piecewise schedule must start at sweep 1)', piece.fromSweep);
    previous = f.whole(piece.fromSweep, at, previous + 1, 'piecewise schedule pieces must start at increasing sweeps');
    f.number(piece.value, `${path}[${k}].value`, range);
  });
}

export function checkLossSpec(value: unknown, path: string): void {
  const f = configFields;
  const loss = f.object(value, path);
  f.oneOf(loss.reduction, `${path}.reduction`, ['sum', 'mean']);
  f.optional(loss.margin, (m) => {
    const margin = f.object(m, `${path}.margin`);
    // An output of a logistic unit lies in (0, 1); a band edge outside [0, 1] is never (or always) crossed.
    f.number(margin.on, `${path}.margin.on`, configRanges.unit);
    f.number(margin.off, `${path}.margin.off`, configRanges.unit);
    f.oneOf(margin.residual, `${path}.margin.residual`, ['target', 'edge']);
  });
}

function checkRule(value: unknown, path: string): void {
  const rule = configFields.object(value, path);
  configFields.string(rule.id, `${path}.id`);
  configFields.func(rule.createState, `${path}.createState`);
  configFields.func(rule.apply, `${path}.apply`);
}

/** The fields train() and trainInSets() share. */
function checkDescent(c: Fields, where: string): void {
  const f = configFields;
  f.whole(c.sweeps, `${where}.sweeps`, 0);
  checkRule(c.rule, `${where}.rule`);
  checkSchedule(c.learningRate, `${where}.learningRate`, configRanges.learningRate);
  // α stays in [0, 1]: above 1 the steps grow without end; rules without momentum ignore it.
  checkSchedule(c.momentum, `${where}.momentum`, configRanges.unit);
  checkLossSpec(c.loss, `${where}.loss`);
}

/** Everything train() reads from its config. */
export function checkTrainConfig(value: unknown, where = 'train: config'): void {
  const f = configFields;
  const c = f.object(value, where);
  checkDescent(c, where);
  f.optional(c.decay, (d) => {
    const decay = f.object(d, `${where}.decay`);
    // w ← (1 − rate) w: a rate outside [0, 1] grows the weights or flips their sign.
    checkSchedule(decay.rate, `${where}.decay.rate`, configRanges.unit);
    f.oneOf(decay.target, `${where}.decay.target`, ['weights', 'all']);
  });
  f.oneOf(c.grain, `${where}.grain`, ['batch', 'pattern']);
  // An order is read only at pattern grain, but a batch config may carry one (it is then unused).
  f.optional(c.order, (o) => f.func(f.object(o, `${where}.order`).int, `${where}.order.int`));
  f.oneOf(c.tiedGradient, `${where}.tiedGradient`, ['average', 'sum']);
  const ids = new Set<string>();
  f.array(c.criteria, `${where}.criteria`).forEach((x, k) => {
    const at = `${where}.criteria[${k}]`;
    const criterion = f.object(x, at);
    // The result reports each criterion by id, so two with one id would hide one of them.
    const id = f.string(criterion.id, `${at}.id`);
    if (ids.has(id)) f.fail(`${at}.id`, 'an id no other criterion has', id);
    ids.add(id);
    f.func(criterion.met, `${at}.met`);
  });
  f.boolean(c.stopWhenCriteriaMet, `${where}.stopWhenCriteriaMet`);
  f.optional(c.cutGradientsBetweenLayers, (b) => f.boolean(b, `${where}.cutGradientsBetweenLayers`));
  f.optional(c.onSweep, (fn) => f.func(fn, `${where}.onSweep`));
}

/** Everything trainInSets() reads from its config. */
export function checkSetTrainConfig(value: unknown, where = 'trainInSets: config'): void {
  const f = configFields;
  const c = f.object(value, where);
  checkDescent(c, where);
  f.oneOf(c.step, `${where}.step`, ['average', 'sum', 'separate']);
  f.optional(c.onSweep, (fn) => f.func(fn, `${where}.onSweep`));
}

export function checkInitSpec(value: unknown, where = 'initialParameters: spec'): void {
  const f = configFields;
  const spec = f.object(value, where);
  f.number(spec.range, `${where}.range`, configRanges.finiteNonNegative);
  f.boolean(spec.biases, `${where}.biases`);
}

function checkProjections(f: Checker, value: unknown, path: string): void {
  f.array(value, path).forEach((x, k) => {
    const p = f.object(x, `${path}[${k}]`);
    for (const key of ['from', 'to', 'block']) f.string(p[key], `${path}[${k}].${key}`);
  });
}

/** The fields of a layered net spec; buildNet checks how the groups and blocks fit together. */
export function checkNetSpec(value: unknown, where = 'buildNet: spec'): void {
  const f = specFields;
  const spec = f.object(value, where);
  f.array(spec.groups, `${where}.groups`).forEach((x, k) => {
    const at = `${where}.groups[${k}]`;
    const g = f.object(x, at);
    f.string(g.name, `${at}.name`);
    f.whole(g.size, `${at}.size`, 1);
    f.oneOf(g.kind, `${at}.kind`, ['input', 'hidden', 'output']);
    f.optional(g.bias, (b) => f.string(b, `${at}.bias`));
  });
  checkProjections(f, spec.projections, `${where}.projections`);
}

/** The fields of an iterative net; unroll checks how its groups, steps and blocks fit together. */
export function checkRecurrentSpec(value: unknown, where = 'unroll: spec'): void {
  const f = specFields;
  const spec = f.object(value, where);
  f.whole(spec.iterations, `${where}.iterations`, 1);
  f.array(spec.groups, `${where}.groups`).forEach((x, k) => {
    const at = `${where}.groups[${k}]`;
    const g = f.object(x, at);
    f.string(g.name, `${at}.name`);
    f.whole(g.size, `${at}.size`, 1);
    f.oneOf(g.kind, `${at}.kind`, ['input', 'unit']);
    f.optional(g.bias, (b) => f.string(b, `${at}.bias`));
    f.optional(g.rest, (r) => f.number(r, `${at}.rest`, configRanges.finite));
  });
  checkProjections(f, spec.projections, `${where}.projections`);
  for (const key of ['clamped', 'scored']) {
    const steps = f.object(spec[key], `${where}.${key}`);
    for (const [name, list] of Object.entries(steps)) f.array(list, `${where}.${key}["${name}"]`);
  }
}
