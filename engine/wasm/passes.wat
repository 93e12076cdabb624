  ;; The batched forward and backward passes of engine/passes.ts, whole, in WebAssembly: one call
  ;; per pass, reading a plan of the net that engine/wasm/plan-layout.ts lays out in memory.
  ;; Every buffer lives in the imported memory; addresses are bytes. For every (unit, pattern) the
  ;; sums keep the order of a per-pattern loop (bias first, projections in turn, inputs ascending),
  ;; so the results are the bits of the TypeScript passes, which stay the reference.
  ;;
  ;; Plan (i32 words): nGroups, nOutputs, groups (address of nGroups record addresses, evaluation
  ;; order), outputs (nOutputs × [act, target, delta, size]), scratch (room for a group's row sums).
  ;; Group record: size, act, delta, bias (byte offset in params, or −1), nIn, then nIn projections
  ;; of 8 words: fromAct, fromDelta, w (byte offset in params and grad), cols, sparse start and index
  ;; (0, 0 without an index), fromInput, length (entries of the block).
  (import "env" "memory" (memory 1))

  (func $group (param $plan i32) (param $g i32) (result i32)
    (i32.load (i32.add (i32.load offset=8 (local.get $plan)) (i32.shl (local.get $g) (i32.const 2)))))

  ;; Forward pass (eqs. 1–2) over patterns [p0, p1) of P: x_j = b_j + Σ_i y_i w_ji, y_j = 1 / (1 + e^(−x_j)).
  (func (export "forward") (param $plan i32) (param $params i32) (param $P i32) (param $p0 i32) (param $p1 i32)
    (local $P8 i32) (local $whole i32) (local $g i32) (local $rec i32) (local $size i32) (local $act i32) (local $bias i32)
    (local $j i32) (local $q i32) (local $proj i32) (local $w i32)
    (local.set $P8 (i32.shl (local.get $P) (i32.const 3)))
    (local.set $whole (i32.and (i32.eqz (local.get $p0)) (i32.eq (local.get $p1) (local.get $P))))
    (block $groupsDone (loop $groups
      (br_if $groupsDone (i32.ge_s (local.get $g) (i32.load (local.get $plan))))
      (local.set $rec (call $group (local.get $plan) (local.get $g)))
      (local.set $size (i32.load (local.get $rec)))
      (local.set $act (i32.load offset=4 (local.get $rec)))
      (local.set $bias (i32.load offset=12 (local.get $rec)))
      (local.set $j (i32.const 0))
      (block $rowsDone (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $j) (local.get $size)))
        (call $fill
          (i32.add (i32.add (local.get $act) (i32.mul (local.get $j) (local.get $P8))) (i32.shl (local.get $p0) (i32.const 3)))
          (i32.shl (i32.sub (local.get $p1) (local.get $p0)) (i32.const 3))
          (if (result f64) (i32.ge_s (local.get $bias) (i32.const 0))
            (then (f64.load (i32.add (i32.add (local.get $params) (local.get $bias)) (i32.shl (local.get $j) (i32.const 3)))))
            (else (f64.const 0))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rows)))
      (local.set $q (i32.const 0))
      (block $projDone (loop $projections
        (br_if $projDone (i32.ge_s (local.get $q) (i32.load offset=16 (local.get $rec))))
        (local.set $proj (i32.add (i32.add (local.get $rec) (i32.const 20)) (i32.shl (local.get $q) (i32.const 5))))
        (local.set $w (i32.add (local.get $params) (i32.load offset=8 (local.get $proj))))
        (if (i32.and (i32.and (local.get $whole) (i32.ne (i32.load offset=16 (local.get $proj)) (i32.const 0)))
              (call $allFinite (local.get $w) (i32.load offset=28 (local.get $proj))))
          (then (call $sparseProduct (local.get $act) (i32.load (local.get $proj)) (i32.load offset=16 (local.get $proj))
            (i32.load offset=20 (local.get $proj)) (local.get $w) (local.get $size) (i32.load offset=12 (local.get $proj)) (local.get $P8)))
          (else (call $product (local.get $act) (i32.load (local.get $proj)) (local.get $w) (local.get $size)
            (i32.load offset=12 (local.get $proj)) (i32.shl (i32.load offset=12 (local.get $proj)) (i32.const 3)) (i32.const 8)
            (local.get $P8) (local.get $p0) (local.get $p1))))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $projections)))
      (if (local.get $whole)
        (then (call $expRange (local.get $act) (i32.mul (local.get $size) (local.get $P8)) (i32.const 1)))
        (else
          (local.set $j (i32.const 0))
          (block $rowsDone (loop $rows
            (br_if $rowsDone (i32.ge_s (local.get $j) (local.get $size)))
            (call $expRange
              (i32.add (i32.add (local.get $act) (i32.mul (local.get $j) (local.get $P8))) (i32.shl (local.get $p0) (i32.const 3)))
              (i32.shl (i32.sub (local.get $p1) (local.get $p0)) (i32.const 3)) (i32.const 1))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $rows)))))
      (local.set $g (i32.add (local.get $g) (i32.const 1)))
      (br $groups))))

  ;; ½ Σ r² · scale over units < size and patterns [p0, p1) of one output group, adding scale · r to
  ;; ∂E/∂y (eqs. 3–4). The sum runs unit by unit, patterns ascending, as in engine/loss.ts.
  (func $loss (param $y i32) (param $t i32) (param $dy i32) (param $size i32) (param $P8 i32) (param $p0 i32) (param $p1 i32)
      (param $scale f64) (param $kind i32) (param $on f64) (param $off f64) (result f64)
    (local $e f64) (local $p0b i32) (local $bytes i32)
    (local.set $p0b (i32.shl (local.get $p0) (i32.const 3)))
    (local.set $bytes (i32.shl (i32.sub (local.get $p1) (local.get $p0)) (i32.const 3)))
    ;; A whole batch is one run of size · P entries in that very order.
    (if (i32.and (i32.eqz (local.get $p0)) (i32.eq (local.get $bytes) (local.get $P8)))
      (then
        (local.set $bytes (i32.mul (local.get $bytes) (local.get $size)))
        (local.set $size (i32.const 1))))
    (block $unitsDone (loop $units
      (br_if $unitsDone (i32.eqz (local.get $size)))
      (local.set $e (call $lossRange (i32.add (local.get $y) (local.get $p0b)) (i32.add (local.get $t) (local.get $p0b))
        (i32.add (local.get $dy) (local.get $p0b)) (local.get $bytes) (local.get $e) (local.get $scale) (local.get $kind) (local.get $on) (local.get $off)))
      (local.set $y (i32.add (local.get $y) (local.get $P8)))
      (local.set $t (i32.add (local.get $t) (local.get $P8)))
      (local.set $dy (i32.add (local.get $dy) (local.get $P8)))
      (local.set $size (i32.sub (local.get $size) (i32.const 1)))
      (br $units)))
    (f64.mul (f64.mul (f64.const 0.5) (local.get $e)) (local.get $scale)))

  ;; Σ r² added to e entry by entry over [y, y + bytes), and scale · r added to ∂E/∂y. r = y − d; with a
  ;; margin (kind 1: residual y − d, kind 2: to the band's edge) r is 0 beyond the band's edge on the
  ;; target's side, as engine/loss.ts marginResidual. Two entries per lane pair, chosen by masks, not
  ;; branches: whether an output is beyond its margin is as good as random to a branch predictor.
  (func $lossRange (param $y i32) (param $t i32) (param $dy i32) (param $bytes i32) (param $e f64)
      (param $scale f64) (param $kind i32) (param $on f64) (param $off f64) (result f64)
    (local $end i32) (local $yv v128) (local $dv v128) (local $r v128) (local $hi v128) (local $ys f64) (local $ds f64) (local $rs f64)
    (local.set $end (i32.add (local.get $y) (local.get $bytes)))
    (block $done (loop $pairs
      (br_if $done (i32.gt_u (i32.add (local.get $y) (i32.const 16)) (local.get $end)))
      (local.set $yv (v128.load (local.get $y)))
      (local.set $dv (v128.load (local.get $t)))
      (local.set $r (f64x2.sub (local.get $yv) (local.get $dv)))
      (if (local.get $kind)
        (then
          (local.set $hi (f64x2.ge (local.get $dv) (f64x2.splat (f64.const 0.5))))
          (if (i32.eq (local.get $kind) (i32.const 2))
            (then (local.set $r (f64x2.sub (local.get $yv)
              (v128.bitselect (f64x2.splat (local.get $on)) (f64x2.splat (local.get $off)) (local.get $hi))))))
          (local.set $r (v128.andnot (local.get $r) (v128.bitselect
            (f64x2.gt (local.get $yv) (f64x2.splat (local.get $on))) (f64x2.lt (local.get $yv) (f64x2.splat (local.get $off))) (local.get $hi))))))
      (local.set $e (f64.add (local.get $e) (f64.mul (f64x2.extract_lane 0 (local.get $r)) (f64x2.extract_lane 0 (local.get $r)))))
      (local.set $e (f64.add (local.get $e) (f64.mul (f64x2.extract_lane 1 (local.get $r)) (f64x2.extract_lane 1 (local.get $r)))))
      (v128.store (local.get $dy) (f64x2.add (v128.load (local.get $dy)) (f64x2.mul (f64x2.splat (local.get $scale)) (local.get $r))))
      (local.set $y (i32.add (local.get $y) (i32.const 16)))
      (local.set $t (i32.add (local.get $t) (i32.const 16)))
      (local.set $dy (i32.add (local.get $dy) (i32.const 16)))
      (br $pairs)))
    (if (i32.ge_u (local.get $y) (local.get $end)) (then (return (local.get $e))))
    (local.set $ys (f64.load (local.get $y)))
    (local.set $ds (f64.load (local.get $t)))
    (local.set $rs (f64.sub (local.get $ys) (local.get $ds)))
    (if (local.get $kind)
      (then
        (if (f64.ge (local.get $ds) (f64.const 0.5))
          (then (if (f64.gt (local.get $ys) (local.get $on)) (then (local.set $rs (f64.const 0)))
            (else (if (i32.eq (local.get $kind) (i32.const 2)) (then (local.set $rs (f64.sub (local.get $ys) (local.get $on))))))))
          (else (if (f64.lt (local.get $ys) (local.get $off)) (then (local.set $rs (f64.const 0)))
            (else (if (i32.eq (local.get $kind) (i32.const 2)) (then (local.set $rs (f64.sub (local.get $ys) (local.get $off)))))))))))
    (f64.store (local.get $dy) (f64.add (f64.load (local.get $dy)) (f64.mul (local.get $scale) (local.get $rs))))
    (f64.add (local.get $e) (f64.mul (local.get $rs) (local.get $rs))))
