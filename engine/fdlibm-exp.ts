// e^x computed the way fdlibm's e_exp.c computes it (Sun Microsystems, 1993), the algorithm behind
// V8's Math.exp: reduce x = k ln2 + r with |r| ≤ ln2/2 (ln2 split in a high and a low part so the
// reduction is exact), approximate e^r by a degree-5 rational form, scale by 2^k. Written out in
// JavaScript so that the engine's results no longer depend on which exp a Node build links: every
// step is an IEEE-754 double operation that JavaScript performs identically on every platform.
// On Node 20 (x64) it returns the very bits of Math.exp (test/engine/fdlibm-exp.test.ts), so the
// switch changed no result; it is also a little faster, since it is inlined instead of called.

const bitsToDouble = (high: number, low = 0): number => {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, high);
  view.setUint32(4, low);
  return view.getFloat64(0);
};

const LN2_HI = bitsToDouble(0x3fe62e42, 0xfee00000);
const LN2_LO = bitsToDouble(0x3dea39ef, 0x35793c76);
const INV_LN2 = bitsToDouble(0x3ff71547, 0x652b82fe);
const P1 = bitsToDouble(0x3fc55555, 0x5555553e);
const P2 = bitsToDouble(0xbf66c16c, 0x16bebd93);
const P3 = bitsToDouble(0x3f11566a, 0xaf25de2c);
const P4 = bitsToDouble(0xbebbbd41, 0xc5d26bf1);
const P5 = bitsToDouble(0x3e663769, 0x72bea4d0);
const OVERFLOW = bitsToDouble(0x40862e42, 0xfefa39ef); // above: e^x = +∞
const UNDERFLOW = bitsToDouble(0xc0874910, 0xd52d3051); // below: e^x = 0
// fdlibm branches on the high 32 bits of |x|; for positive doubles that is a comparison of values.
const HUGE_ARGUMENT = bitsToDouble(0x40862e42); // |x| ≥ this: check for overflow and underflow
const HALF_LN2 = bitsToDouble(0x3fd62e43); // |x| ≥ this: reduce by k ≥ 1
const THREE_HALVES_LN2 = bitsToDouble(0x3ff0a2b2); // |x| < this: k = ±1
const TINY = bitsToDouble(0x3e300000); // |x| < 2^-28: e^x rounds to 1 + x
const TWO_M1000 = 2 ** -1000;
const TWO_1023 = 2 ** 1023;
/** 2^k for k in [−1021, 1023], exact powers of two. */
const POW2 = Float64Array.from({ length: 2045 }, (_, i) => 2 ** (i - 1021));

export function fdlibmExp(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < HUGE_ARGUMENT)) {
    if (x !== x) return x + x; // NaN
    if (ax === Infinity) return x > 0 ? x : 0;
    if (x > OVERFLOW) return Infinity;
    if (x < UNDERFLOW) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  let r = x;
  if (ax >= HALF_LN2) {
    if (ax < THREE_HALVES_LN2) {
      // V8 returns the correctly rounded e for x = 1, where this reduction would be 1 ulp off.
      if (x === 1) return Math.E;
      if (x > 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0; // truncation toward zero, as C's (int)
      hi = x - k * LN2_HI; // exact: k · LN2_HI has few significant bits
      lo = k * LN2_LO;
    }
    r = hi - lo;
  } else if (ax < TINY) {
    return 1 + x;
  }
  // e^r = 1 + r + r·c / (2 − c), with c = r − r²(P1 + r²(P2 + …)) from the rational approximation
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * TWO_1023 : y * POW2[k + 1021]!;
  return y * POW2[k + 1000 + 1021]! * TWO_M1000; // subnormal result: one rounding, at the end
}
