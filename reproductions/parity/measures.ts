// What the learned hidden units of a parity net respond to, as pure functions of their outputs
// over all 2^N patterns. Table 3's claim, made precise: a hidden unit is "a threshold on the
// count" when its binarised output (1 when y > 0.5) is the same on every pattern with the same
// number of inputs on, and changes at most once as that number runs from 0 to N — it is on
// exactly when at least k inputs are on (rising), or exactly when fewer than k are (falling), for
// one k; a unit that never changes is the degenerate case (constant).

/** Where a hidden output counts as on. */
export const ON_ABOVE = 0.5;
/** How close to 0 or 1 an output must be to count as binary, for the report's context only. */
export const BINARY_WITHIN = 0.2;

export type Polarity = 'rising' | 'falling' | 'constant';

/** One hidden unit over the counts 0…N. */
export interface CountReading {
  /** At count c: the binarised output shared by every pattern with c inputs on, or null when they disagree. */
  profile: Array<number | null>;
  /** The output depends on the count alone and changes at most once along it. */
  threshold: boolean;
  /** Null when the unit is not a threshold on the count. */
  polarity: Polarity | null;
  /** The first count with the new value (k above), null for a constant unit or none. */
  boundary: number | null;
  /** At count c: the mean output over the patterns with c inputs on (for the report's table). */
  mean: number[];
}

/** Reads one unit: `outputs[p]` and `counts[p]` are its output and the inputs on in pattern p. */
export function readCount(outputs: ArrayLike<number>, counts: readonly number[], width: number): CountReading {
  const profile: Array<number | null | undefined> = Array.from({ length: width + 1 }, () => undefined);
  const sum = new Array<number>(width + 1).fill(0);
  const n = new Array<number>(width + 1).fill(0);
  counts.forEach((c, p) => {
    const on = outputs[p]! > ON_ABOVE ? 1 : 0;
    profile[c] = profile[c] === undefined ? on : profile[c] === on ? on : null;
    sum[c] = sum[c]! + outputs[p]!;
    n[c] = n[c]! + 1;
  });
  const values = profile.map((v) => (v === undefined ? null : v));
  const mean = sum.map((s, c) => s / n[c]!);
  const reading = (threshold: boolean, polarity: Polarity | null, boundary: number | null): CountReading => ({ profile: values, threshold, polarity, boundary, mean });
  if (values.some((v) => v === null)) return reading(false, null, null);
  const changes = values.flatMap((v, c) => (c > 0 && v !== values[c - 1] ? [c] : []));
  if (changes.length === 0) return reading(true, 'constant', null);
  if (changes.length > 1) return reading(false, null, null);
  return reading(true, values[0] === 0 ? 'rising' : 'falling', changes[0]!);
}

/** The hidden layer of one net, read over all patterns. */
export interface HiddenReading {
  units: CountReading[];
  /** Every hidden unit is a threshold on the count: the per-seed measure of the claim. */
  allThresholds: boolean;
  /** Distinct counts at which some unit switches (N for the paradigm: one boundary per count). */
  boundaries: number;
  /** Units on for few inputs and off for many, as every unit of Table 3 is. */
  falling: number;
  /** Share of hidden outputs within BINARY_WITHIN of 0 or 1 over all patterns. */
  binaryShare: number;
  /**
   * Context, not judged: whether complementing some of the inputs makes every hidden unit a
   * threshold on the count (a net that counts "x1 + x2 + x3 + (1 − x4)" holds this but not the claim).
   */
  anyPolarity: boolean;
}

/** Bits on in k: the inputs on in pattern k, patterns being the input vectors counted up in binary. */
const popCount = (k: number): number => {
  let n = 0;
  for (let v = k; v > 0; v >>= 1) n += v & 1;
  return n;
};

/**
 * `act` holds the hidden outputs feature-major: unit u of pattern p at u · patterns + p. The
 * patterns are the 2^N input vectors counted up in binary (./data.ts), so that `anyPolarity` can
 * complement inputs by flipping bits of the pattern's index.
 */
export function readHidden(act: ArrayLike<number>, units: number, counts: readonly number[], width: number): HiddenReading {
  const patterns = counts.length;
  const outputs = Array.from({ length: units }, (_, u) => Array.from({ length: patterns }, (_, p) => act[u * patterns + p]!));
  const readings = outputs.map((y) => readCount(y, counts, width));
  // Complementing every input turns count c into N − c, which keeps a threshold a threshold: the
  // masks without the first input's bit cover every choice of polarities.
  let anyPolarity = false;
  for (let mask = 0; mask < 2 ** (width - 1) && !anyPolarity; mask++) {
    const flipped = Array.from({ length: patterns }, (_, p) => popCount(p ^ mask));
    anyPolarity = outputs.every((y) => readCount(y, flipped, width).threshold);
  }
  let binary = 0;
  for (let k = 0; k < units * patterns; k++) if (Math.min(act[k]!, 1 - act[k]!) <= BINARY_WITHIN) binary += 1;
  return {
    units: readings,
    allThresholds: readings.every((r) => r.threshold),
    boundaries: new Set(readings.flatMap((r) => (r.boundary === null ? [] : [r.boundary]))).size,
    falling: readings.filter((r) => r.polarity === 'falling').length,
    binaryShare: binary / (units * patterns),
    anyPolarity,
  };
}
