  ;; Sums over patterns, for ∂E/∂w and ∂E/∂b (eq. 6): each is taken from +0 with p ascending, as in
  ;; engine/dense-kernels.ts, and only then added to the gradient entry. Such a sum cannot be split
  ;; across patterns without changing its bits, so the lanes carry two different sums instead: two
  ;; rows j (or two columns i) of the block side by side, each lane its own chain of additions.

  ;; out[j] = Σ_p d[j, p] for j < rows, patterns [p0, p1): the bias terms of ∂E/∂b.
  (func $rowSums (param $d i32) (param $out i32) (param $rows i32) (param $P8 i32) (param $p0 i32) (param $p1 i32)
    (local $a i32) (local $b i32) (local $k i32) (local $pe i32) (local $acc0 v128) (local $acc1 v128) (local $s f64)
    (local.set $pe (i32.shl (local.get $p1) (i32.const 3)))
    ;; Four rows at a time, two lane pairs.
    (block $quadsDone (loop $quads
      (br_if $quadsDone (i32.lt_s (local.get $rows) (i32.const 4)))
      (local.set $a (local.get $d))
      (local.set $b (i32.add (local.get $d) (i32.shl (local.get $P8) (i32.const 1))))
      (local.set $acc0 (v128.const i64x2 0 0))
      (local.set $acc1 (v128.const i64x2 0 0))
      (local.set $k (i32.shl (local.get $p0) (i32.const 3)))
      (block $done (loop $terms
        (br_if $done (i32.ge_u (local.get $k) (local.get $pe)))
        (local.set $acc0 (f64x2.add (local.get $acc0) (v128.load64_lane 1
          (i32.add (i32.add (local.get $a) (local.get $P8)) (local.get $k))
          (v128.load64_zero (i32.add (local.get $a) (local.get $k))))))
        (local.set $acc1 (f64x2.add (local.get $acc1) (v128.load64_lane 1
          (i32.add (i32.add (local.get $b) (local.get $P8)) (local.get $k))
          (v128.load64_zero (i32.add (local.get $b) (local.get $k))))))
        (local.set $k (i32.add (local.get $k) (i32.const 8)))
        (br $terms)))
      (v128.store (local.get $out) (local.get $acc0))
      (v128.store offset=16 (local.get $out) (local.get $acc1))
      (local.set $d (i32.add (local.get $d) (i32.shl (local.get $P8) (i32.const 2))))
      (local.set $out (i32.add (local.get $out) (i32.const 32)))
      (local.set $rows (i32.sub (local.get $rows) (i32.const 4)))
      (br $quads)))
    ;; Then one row at a time.
    (block $rowsDone (loop $each
      (br_if $rowsDone (i32.eqz (local.get $rows)))
      (local.set $s (f64.const 0))
      (local.set $k (i32.shl (local.get $p0) (i32.const 3)))
      (block $done (loop $terms
        (br_if $done (i32.ge_u (local.get $k) (local.get $pe)))
        (local.set $s (f64.add (local.get $s) (f64.load (i32.add (local.get $d) (local.get $k)))))
        (local.set $k (i32.add (local.get $k) (i32.const 8)))
        (br $terms)))
      (f64.store (local.get $out) (local.get $s))
      (local.set $d (i32.add (local.get $d) (local.get $P8)))
      (local.set $out (i32.add (local.get $out) (i32.const 8)))
      (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
      (br $each))))

  ;; g_ji += Σ_p d[j, p] · y[i, p] for rows j in [j0, j1) and every column i < cols, patterns [p0, p1);
  ;; g is the byte address of the block's g_00, rows of cols entries.
  (func $gradRows (param $d i32) (param $y i32) (param $g i32) (param $j0 i32) (param $j1 i32) (param $cols i32)
      (param $P8 i32) (param $p0 i32) (param $p1 i32)
    (local $dA i32) (local $gA i32) (local $gs i32) (local $i i32) (local $k i32) (local $pe i32)
    (local $y0 i32) (local $y1 i32) (local $y2 i32) (local $y3 i32)
    (local $dv v128) (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128) (local $s f64)
    (local.set $pe (i32.shl (local.get $p1) (i32.const 3)))
    (local.set $gs (i32.shl (local.get $cols) (i32.const 3)))
    ;; Two rows at a time, one per lane; four columns in flight.
    (block $pairsDone (loop $pairs
      (br_if $pairsDone (i32.gt_s (i32.add (local.get $j0) (i32.const 2)) (local.get $j1)))
      (local.set $dA (i32.add (local.get $d) (i32.mul (local.get $j0) (local.get $P8))))
      (local.set $gA (i32.add (local.get $g) (i32.mul (local.get $j0) (local.get $gs))))
      (local.set $i (i32.const 0))
      (block $colsDone (loop $columns
        (br_if $colsDone (i32.ge_s (local.get $i) (local.get $cols)))
        (local.set $y0 (i32.add (local.get $y) (i32.mul (local.get $i) (local.get $P8))))
        ;; Past the last column the extra lanes read column i again and are not stored.
        (local.set $y1 (select (i32.add (local.get $y0) (local.get $P8)) (local.get $y0) (i32.lt_s (i32.add (local.get $i) (i32.const 1)) (local.get $cols))))
        (local.set $y2 (select (i32.add (local.get $y1) (local.get $P8)) (local.get $y0) (i32.lt_s (i32.add (local.get $i) (i32.const 2)) (local.get $cols))))
        (local.set $y3 (select (i32.add (local.get $y2) (local.get $P8)) (local.get $y0) (i32.lt_s (i32.add (local.get $i) (i32.const 3)) (local.get $cols))))
        (local.set $acc0 (v128.const i64x2 0 0))
        (local.set $acc1 (v128.const i64x2 0 0))
        (local.set $acc2 (v128.const i64x2 0 0))
        (local.set $acc3 (v128.const i64x2 0 0))
        (local.set $k (i32.shl (local.get $p0) (i32.const 3)))
        (block $done (loop $terms
          (br_if $done (i32.ge_u (local.get $k) (local.get $pe)))
          (local.set $dv (v128.load64_lane 1 (i32.add (i32.add (local.get $dA) (local.get $P8)) (local.get $k))
            (v128.load64_zero (i32.add (local.get $dA) (local.get $k)))))
          (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (local.get $dv) (v128.load64_splat (i32.add (local.get $y0) (local.get $k))))))
          (local.set $acc1 (f64x2.add (local.get $acc1) (f64x2.mul (local.get $dv) (v128.load64_splat (i32.add (local.get $y1) (local.get $k))))))
          (local.set $acc2 (f64x2.add (local.get $acc2) (f64x2.mul (local.get $dv) (v128.load64_splat (i32.add (local.get $y2) (local.get $k))))))
          (local.set $acc3 (f64x2.add (local.get $acc3) (f64x2.mul (local.get $dv) (v128.load64_splat (i32.add (local.get $y3) (local.get $k))))))
          (local.set $k (i32.add (local.get $k) (i32.const 8)))
          (br $terms)))
        (call $addPair (local.get $gA) (local.get $gs) (local.get $acc0))
        (if (i32.lt_s (i32.add (local.get $i) (i32.const 1)) (local.get $cols))
          (then (call $addPair (i32.add (local.get $gA) (i32.const 8)) (local.get $gs) (local.get $acc1))))
        (if (i32.lt_s (i32.add (local.get $i) (i32.const 2)) (local.get $cols))
          (then (call $addPair (i32.add (local.get $gA) (i32.const 16)) (local.get $gs) (local.get $acc2))))
        (if (i32.lt_s (i32.add (local.get $i) (i32.const 3)) (local.get $cols))
          (then (call $addPair (i32.add (local.get $gA) (i32.const 24)) (local.get $gs) (local.get $acc3))))
        (local.set $gA (i32.add (local.get $gA) (i32.const 32)))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $columns)))
      (local.set $j0 (i32.add (local.get $j0) (i32.const 2)))
      (br $pairs)))
    ;; A last single row: two columns per lane pair.
    (if (i32.ge_s (local.get $j0) (local.get $j1)) (then (return)))
    (local.set $dA (i32.add (local.get $d) (i32.mul (local.get $j0) (local.get $P8))))
    (local.set $gA (i32.add (local.get $g) (i32.mul (local.get $j0) (local.get $gs))))
    (local.set $i (i32.const 0))
    (block $colsDone (loop $columns
      (br_if $colsDone (i32.gt_s (i32.add (local.get $i) (i32.const 2)) (local.get $cols)))
      (local.set $y0 (i32.add (local.get $y) (i32.mul (local.get $i) (local.get $P8))))
      (local.set $y1 (i32.add (local.get $y0) (local.get $P8)))
      (local.set $acc0 (v128.const i64x2 0 0))
      (local.set $k (i32.shl (local.get $p0) (i32.const 3)))
      (block $done (loop $terms
        (br_if $done (i32.ge_u (local.get $k) (local.get $pe)))
        (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul
          (v128.load64_splat (i32.add (local.get $dA) (local.get $k)))
          (v128.load64_lane 1 (i32.add (local.get $y1) (local.get $k)) (v128.load64_zero (i32.add (local.get $y0) (local.get $k)))))))
        (local.set $k (i32.add (local.get $k) (i32.const 8)))
        (br $terms)))
      (call $addPair (local.get $gA) (i32.const 8) (local.get $acc0))
      (local.set $gA (i32.add (local.get $gA) (i32.const 16)))
      (local.set $i (i32.add (local.get $i) (i32.const 2)))
      (br $columns)))
    (if (i32.lt_s (local.get $i) (local.get $cols))
      (then
        (local.set $y0 (i32.add (local.get $y) (i32.mul (local.get $i) (local.get $P8))))
        (local.set $s (f64.const 0))
        (local.set $k (i32.shl (local.get $p0) (i32.const 3)))
        (block $done (loop $terms
          (br_if $done (i32.ge_u (local.get $k) (local.get $pe)))
          (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (i32.add (local.get $dA) (local.get $k))) (f64.load (i32.add (local.get $y0) (local.get $k))))))
          (local.set $k (i32.add (local.get $k) (i32.const 8)))
          (br $terms)))
        (f64.store (local.get $gA) (f64.add (f64.load (local.get $gA)) (local.get $s))))))

  ;; The entry at a gets lane 0 of v added, the entry `stride` bytes further lane 1.
  (func $addPair (param $a i32) (param $stride i32) (param $v v128)
    (f64.store (local.get $a) (f64.add (f64.load (local.get $a)) (f64x2.extract_lane 0 (local.get $v))))
    (f64.store (i32.add (local.get $a) (local.get $stride))
      (f64.add (f64.load (i32.add (local.get $a) (local.get $stride))) (f64x2.extract_lane 1 (local.get $v)))))
