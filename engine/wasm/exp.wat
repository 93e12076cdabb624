  ;; e^x as engine/fdlibm-exp.ts computes it (fdlibm's e_exp.c), step for step: the same IEEE-754
  ;; double operations in the same order, so the same bits. WebAssembly fuses no multiply-add and
  ;; rounds every f64 and f64x2 operation to nearest, as JavaScript does.
  ;;
  ;; Constants are fdlibm's, written as exact hexadecimal floats (the fdlibm words in comments):
  ;; LN2_HI 3fe62e42 fee00000, LN2_LO 3dea39ef 35793c76, INV_LN2 3ff71547 652b82fe,
  ;; P1..P5 3fc55555 5555553e, bf66c16c 16bebd93, 3f11566a af25de2c, bebbbd41 c5d26bf1, 3e663769 72bea4d0,
  ;; OVERFLOW 40862e42 fefa39ef, UNDERFLOW c0874910 d52d3051; thresholds on the high word of |x|:
  ;; 40862e42 (huge), 3fd62e43 (ln2 / 2), 3ff0a2b2 (3 ln2 / 2), 3e300000 (2^-28).

  ;; 2^k for k in [-1022, 1023], built from its exponent bits: an exact power of two.
  (func $pow2 (param $k i32) (result f64)
    (f64.reinterpret_i64 (i64.shl (i64.extend_i32_s (i32.add (local.get $k) (i32.const 1023))) (i64.const 52))))

  (func $exp (export "exp") (param $x f64) (result f64)
    (local $ax f64) (local $hi f64) (local $lo f64) (local $r f64) (local $t f64) (local $c f64) (local $y f64) (local $k i32)
    (local.set $ax (f64.abs (local.get $x)))
    (if (i32.eqz (f64.lt (local.get $ax) (f64.const 0x1.62e42p9)))
      (then
        (if (f64.ne (local.get $x) (local.get $x)) (then (return (f64.add (local.get $x) (local.get $x)))))
        (if (f64.eq (local.get $ax) (f64.const inf))
          (then (return (select (local.get $x) (f64.const 0) (f64.gt (local.get $x) (f64.const 0))))))
        (if (f64.gt (local.get $x) (f64.const 0x1.62e42fefa39efp9)) (then (return (f64.const inf))))
        (if (f64.lt (local.get $x) (f64.const -0x1.74910d52d3051p9)) (then (return (f64.const 0))))))
    (local.set $r (local.get $x))
    (if (f64.ge (local.get $ax) (f64.const 0x1.62e43p-2))
      (then
        (if (f64.lt (local.get $ax) (f64.const 0x1.0a2b2p0))
          (then
            ;; As engine/fdlibm-exp.ts: V8's correctly rounded e for x = 1.
            (if (f64.eq (local.get $x) (f64.const 1)) (then (return (f64.const 0x1.5bf0a8b145769p1))))
            (if (f64.gt (local.get $x) (f64.const 0))
              (then
                (local.set $hi (f64.sub (local.get $x) (f64.const 0x1.62e42feep-1)))
                (local.set $lo (f64.const 0x1.a39ef35793c76p-33))
                (local.set $k (i32.const 1)))
              (else
                (local.set $hi (f64.add (local.get $x) (f64.const 0x1.62e42feep-1)))
                (local.set $lo (f64.const -0x1.a39ef35793c76p-33))
                (local.set $k (i32.const -1)))))
          (else
            ;; k = (int)(INV_LN2 · x ± 0.5), truncation toward zero
            (local.set $k (i32.trunc_sat_f64_s (f64.add
              (f64.mul (f64.const 0x1.71547652b82fep0) (local.get $x))
              (select (f64.const -0.5) (f64.const 0.5) (f64.lt (local.get $x) (f64.const 0))))))
            (local.set $hi (f64.sub (local.get $x) (f64.mul (f64.convert_i32_s (local.get $k)) (f64.const 0x1.62e42feep-1))))
            (local.set $lo (f64.mul (f64.convert_i32_s (local.get $k)) (f64.const 0x1.a39ef35793c76p-33)))))
        (local.set $r (f64.sub (local.get $hi) (local.get $lo))))
      (else
        (if (f64.lt (local.get $ax) (f64.const 0x1p-28)) (then (return (f64.add (f64.const 1) (local.get $x)))))))
    ;; c = r − r²(P1 + r²(P2 + r²(P3 + r²(P4 + r² P5))))
    (local.set $t (f64.mul (local.get $r) (local.get $r)))
    (local.set $c (f64.sub (local.get $r) (f64.mul (local.get $t)
      (f64.add (f64.const 0x1.555555555553ep-3) (f64.mul (local.get $t)
      (f64.add (f64.const -0x1.6c16c16bebd93p-9) (f64.mul (local.get $t)
      (f64.add (f64.const 0x1.1566aaf25de2cp-14) (f64.mul (local.get $t)
      (f64.add (f64.const -0x1.bbd41c5d26bf1p-20) (f64.mul (local.get $t) (f64.const 0x1.6376972bea4d0p-25))))))))))))
    (if (i32.eqz (local.get $k))
      (then (return (f64.sub (f64.const 1) (f64.sub
        (f64.div (f64.mul (local.get $r) (local.get $c)) (f64.sub (local.get $c) (f64.const 2)))
        (local.get $r))))))
    (local.set $y (f64.sub (f64.const 1) (f64.sub
      (f64.sub (local.get $lo) (f64.div (f64.mul (local.get $r) (local.get $c)) (f64.sub (f64.const 2) (local.get $c))))
      (local.get $hi))))
    (if (i32.ge_s (local.get $k) (i32.const -1021))
      (then
        (if (i32.eq (local.get $k) (i32.const 1024))
          (then (return (f64.mul (f64.mul (local.get $y) (f64.const 2)) (f64.const 0x1p1023)))))
        (return (f64.mul (local.get $y) (call $pow2 (local.get $k))))))
    ;; A subnormal result: one rounding, at the end.
    (f64.mul (f64.mul (local.get $y) (call $pow2 (i32.add (local.get $k) (i32.const 1000)))) (f64.const 0x1p-1000)))

  ;; e^x (logistic = 0) or 1 / (1 + e^(−x)) (logistic = 1, eq. 2) in place on [at, at + bytes), two
  ;; lanes at a time, each lane exactly the scalar $exp. Lanes with 2^-28 ≤ |x| < 704 and x ≠ 1 take
  ;; one straight-line path: there the scalar branches agree with it bit for bit (k = 0 below ln2/2
  ;; gives hi = x, lo = 0 and the same quotient up to an exact sign; k = ±1 below 3 ln2 / 2 is what
  ;; the general reduction gives there; 2^k is a normal number). A pair with any other lane (tiny,
  ;; huge, NaN, ±∞, exactly 1) goes to $exp one lane at a time. The constants are held in locals,
  ;; read once per call from mutable globals: V8 folds a constant into every use and rebuilds it
  ;; there, in three instructions per pair, but cannot fold a global that might change.
  (global $ONE (mut v128) (v128.const f64x2 1 1))
  (global $TWO (mut v128) (v128.const f64x2 2 2))
  (global $TINY (mut v128) (v128.const f64x2 0x1p-28 0x1p-28))
  (global $BIG (mut v128) (v128.const f64x2 704 704))
  (global $ABS (mut v128) (v128.const i64x2 0x7fffffffffffffff 0x7fffffffffffffff))
  (global $SIGN (mut v128) (v128.const i64x2 0x8000000000000000 0x8000000000000000))
  (global $HALF (mut v128) (v128.const f64x2 0.5 0.5))
  (global $INV_LN2 (mut v128) (v128.const f64x2 0x1.71547652b82fep0 0x1.71547652b82fep0))
  (global $HALF_LN2 (mut v128) (v128.const f64x2 0x1.62e43p-2 0x1.62e43p-2))
  (global $LN2_HI (mut v128) (v128.const f64x2 0x1.62e42feep-1 0x1.62e42feep-1))
  (global $LN2_LO (mut v128) (v128.const f64x2 0x1.a39ef35793c76p-33 0x1.a39ef35793c76p-33))
  (global $P1 (mut v128) (v128.const f64x2 0x1.555555555553ep-3 0x1.555555555553ep-3))
  (global $P2 (mut v128) (v128.const f64x2 -0x1.6c16c16bebd93p-9 -0x1.6c16c16bebd93p-9))
  (global $P3 (mut v128) (v128.const f64x2 0x1.1566aaf25de2cp-14 0x1.1566aaf25de2cp-14))
  (global $P4 (mut v128) (v128.const f64x2 -0x1.bbd41c5d26bf1p-20 -0x1.bbd41c5d26bf1p-20))
  (global $P5 (mut v128) (v128.const f64x2 0x1.6376972bea4d0p-25 0x1.6376972bea4d0p-25))
  (global $EXP_BIAS (mut v128) (v128.const i64x2 1023 1023))
  (func $expRange (param $at i32) (param $bytes i32) (param $logistic i32)
    (local $end i32) (local $x v128) (local $ax v128) (local $k v128) (local $hi v128) (local $lo v128) (local $r v128)
    (local $t v128) (local $c v128) (local $y v128) (local $s f64)
    (local $ONE v128) (local $TWO v128) (local $TINY v128) (local $BIG v128) (local $ABS v128) (local $SIGN v128) (local $HALF v128)
    (local $INV_LN2 v128) (local $HALF_LN2 v128) (local $LN2_HI v128) (local $LN2_LO v128)
    (local $P1 v128) (local $P2 v128) (local $P3 v128) (local $P4 v128) (local $P5 v128) (local $EXP_BIAS v128)
    (local.set $ONE (global.get $ONE))
    (local.set $TWO (global.get $TWO))
    (local.set $TINY (global.get $TINY))
    (local.set $BIG (global.get $BIG))
    (local.set $ABS (global.get $ABS))
    (local.set $SIGN (global.get $SIGN))
    (local.set $HALF (global.get $HALF))
    (local.set $INV_LN2 (global.get $INV_LN2))
    (local.set $HALF_LN2 (global.get $HALF_LN2))
    (local.set $LN2_HI (global.get $LN2_HI))
    (local.set $LN2_LO (global.get $LN2_LO))
    (local.set $P1 (global.get $P1))
    (local.set $P2 (global.get $P2))
    (local.set $P3 (global.get $P3))
    (local.set $P4 (global.get $P4))
    (local.set $P5 (global.get $P5))
    (local.set $EXP_BIAS (global.get $EXP_BIAS))
    (local.set $end (i32.add (local.get $at) (local.get $bytes)))
    (block $done (loop $pairs
      (br_if $done (i32.gt_u (i32.add (local.get $at) (i32.const 16)) (local.get $end)))
      (local.set $x (v128.load (local.get $at)))
      (if (local.get $logistic) (then (local.set $x (v128.xor (local.get $x) (local.get $SIGN)))))
      (local.set $ax (v128.and (local.get $x) (local.get $ABS)))
      (if (i64x2.all_true (v128.and (v128.and
            (f64x2.ge (local.get $ax) (local.get $TINY)) (f64x2.lt (local.get $ax) (local.get $BIG)))
            (f64x2.ne (local.get $x) (local.get $ONE))))
        (then
          ;; k = trunc(INV_LN2 · x ± 0.5), and 0 where |x| < ln2 / 2
          (local.set $k (v128.andnot
            (f64x2.trunc (f64x2.add (f64x2.mul (local.get $INV_LN2) (local.get $x))
              (v128.or (v128.and (local.get $x) (local.get $SIGN)) (local.get $HALF))))
            (f64x2.lt (local.get $ax) (local.get $HALF_LN2))))
          (local.set $hi (f64x2.sub (local.get $x) (f64x2.mul (local.get $k) (local.get $LN2_HI))))
          (local.set $lo (f64x2.mul (local.get $k) (local.get $LN2_LO)))
          (local.set $r (f64x2.sub (local.get $hi) (local.get $lo)))
          (local.set $t (f64x2.mul (local.get $r) (local.get $r)))
          (local.set $c (f64x2.sub (local.get $r) (f64x2.mul (local.get $t)
            (f64x2.add (local.get $P1) (f64x2.mul (local.get $t) (f64x2.add (local.get $P2) (f64x2.mul (local.get $t)
            (f64x2.add (local.get $P3) (f64x2.mul (local.get $t) (f64x2.add (local.get $P4) (f64x2.mul (local.get $t) (local.get $P5))))))))))))
          (local.set $y (f64x2.sub (local.get $ONE) (f64x2.sub
            (f64x2.sub (local.get $lo) (f64x2.div (f64x2.mul (local.get $r) (local.get $c)) (f64x2.sub (local.get $TWO) (local.get $c))))
            (local.get $hi))))
          ;; y · 2^k, with 2^k from its exponent bits
          (local.set $y (f64x2.mul (local.get $y) (i64x2.shl
            (i64x2.add (i64x2.extend_low_i32x4_s (i32x4.trunc_sat_f64x2_s_zero (local.get $k))) (local.get $EXP_BIAS))
            (i32.const 52)))))
        (else (local.set $y (f64x2.replace_lane 1
          (f64x2.splat (call $exp (f64x2.extract_lane 0 (local.get $x))))
          (call $exp (f64x2.extract_lane 1 (local.get $x)))))))
      (if (local.get $logistic) (then (local.set $y (f64x2.div (local.get $ONE) (f64x2.add (local.get $ONE) (local.get $y))))))
      (v128.store (local.get $at) (local.get $y))
      (local.set $at (i32.add (local.get $at) (i32.const 16)))
      (br $pairs)))
    (if (i32.lt_u (local.get $at) (local.get $end))
      (then
        (local.set $s (f64.load (local.get $at)))
        (f64.store (local.get $at) (if (result f64) (local.get $logistic)
          (then (f64.div (f64.const 1) (f64.add (f64.const 1) (call $exp (f64.neg (local.get $s))))))
          (else (call $exp (local.get $s))))))))

  ;; For the tests: e^x (logistic = 0) or the logistic (1) in place on n numbers at ptr.
  (func (export "expArray") (param $ptr i32) (param $n i32) (param $logistic i32)
    (call $expRange (local.get $ptr) (i32.shl (local.get $n) (i32.const 3)) (local.get $logistic)))
