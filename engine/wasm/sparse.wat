  ;; Mostly-zero input groups read through their index of non-zero entries, as in
  ;; engine/sparse-inputs.ts: unit i's patterns are the i32s index[start[i]] … index[start[i + 1] − 1].
  ;; The caller takes this path exactly where the TypeScript passes do, so the sums are theirs.

  ;; x_j += Σ_i y_i w_ji over the non-zero inputs, j < rows; w at byte w, rows of cols entries.
  (func $sparseProduct (param $x i32) (param $y i32) (param $start i32) (param $index i32) (param $w i32)
      (param $rows i32) (param $cols i32) (param $P8 i32)
    (local $i i32) (local $k i32) (local $end i32) (local $yr i32) (local $at i32) (local $wv f64)
    (block $rowsDone (loop $rowLoop
      (br_if $rowsDone (i32.eqz (local.get $rows)))
      (local.set $i (i32.const 0))
      (local.set $yr (local.get $y))
      (block $colsDone (loop $columns
        (br_if $colsDone (i32.ge_s (local.get $i) (local.get $cols)))
        (local.set $wv (f64.load (i32.add (local.get $w) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $k (i32.load (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $end (i32.load offset=4 (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
        (block $done (loop $terms
          (br_if $done (i32.ge_s (local.get $k) (local.get $end)))
          (local.set $at (i32.shl (i32.load (i32.add (local.get $index) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 3)))
          (f64.store (i32.add (local.get $x) (local.get $at)) (f64.add
            (f64.load (i32.add (local.get $x) (local.get $at)))
            (f64.mul (f64.load (i32.add (local.get $yr) (local.get $at))) (local.get $wv))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $terms)))
        (local.set $yr (i32.add (local.get $yr) (local.get $P8)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $columns)))
      (local.set $x (i32.add (local.get $x) (local.get $P8)))
      (local.set $w (i32.add (local.get $w) (i32.shl (local.get $cols) (i32.const 3))))
      (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
      (br $rowLoop))))

  ;; g_ji += Σ_p d[j, p] y[i, p] over the non-zero inputs, for one row: d and g at row j.
  (func $sparseGradRow (param $d i32) (param $y i32) (param $start i32) (param $index i32) (param $g i32)
      (param $cols i32) (param $P8 i32)
    (local $i i32) (local $k i32) (local $end i32) (local $at i32) (local $s f64)
    (block $colsDone (loop $columns
      (br_if $colsDone (i32.ge_s (local.get $i) (local.get $cols)))
      (local.set $k (i32.load (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $end (i32.load offset=4 (i32.add (local.get $start) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $s (f64.const 0))
      (block $done (loop $terms
        (br_if $done (i32.ge_s (local.get $k) (local.get $end)))
        (local.set $at (i32.shl (i32.load (i32.add (local.get $index) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 3)))
        (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (i32.add (local.get $d) (local.get $at))) (f64.load (i32.add (local.get $y) (local.get $at))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $terms)))
      (f64.store (local.get $g) (f64.add (f64.load (local.get $g)) (local.get $s)))
      (local.set $g (i32.add (local.get $g) (i32.const 8)))
      (local.set $y (i32.add (local.get $y) (local.get $P8)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $columns))))

  ;; 1 when every one of the n doubles at `at` is finite (v − v = 0), else 0.
  (func $allFinite (param $at i32) (param $n i32) (result i32)
    (local $v f64)
    (block $done (loop $each
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $v (f64.load (local.get $at)))
      (if (f64.ne (f64.sub (local.get $v) (local.get $v)) (f64.const 0)) (then (return (i32.const 0))))
      (local.set $at (i32.add (local.get $at) (i32.const 8)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $each)))
    (i32.const 1))
