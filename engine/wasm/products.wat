  ;; The dense multiply-adds of engine/dense-kernels.ts, and the element-wise loops of the passes,
  ;; on feature-major buffers: unit u of pattern p at byte u · P8 + 8 p of its group's buffer. The
  ;; pattern loops carry two patterns per f64x2 lane pair; a lane is its own IEEE double, so every
  ;; (unit, pattern) keeps the order of additions of a per-pattern loop.

  ;; out[o, p] += Σ_n in[n, p] · w_on (n ascending) for o < nOut and patterns [p0, p1).
  ;; w_on sits at byte w + o · wo + n · wi: (wo, wi) = (8 cols, 8) reads w_ji forward (x_j += Σ_i y_i w_ji),
  ;; (8, 8 cols) reads it transposed for the backward product (∂E/∂y_i += Σ_j ∂E/∂x_j w_ji).
  (func $product (param $out i32) (param $in i32) (param $w i32) (param $nOut i32) (param $nIn i32)
      (param $wo i32) (param $wi i32) (param $P8 i32) (param $p0 i32) (param $p1 i32)
    (local $row i32) (local $wrow i32) (local $pb i32) (local $pe i32) (local $q i32) (local $wp i32) (local $n i32)
    (local $wv v128) (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $s f64)
    (local.set $pe (i32.shl (local.get $p1) (i32.const 3)))
    (local.set $row (local.get $out))
    (local.set $wrow (local.get $w))
    (block $rowsDone (loop $rows
      (br_if $rowsDone (i32.eqz (local.get $nOut)))
      (local.set $pb (i32.shl (local.get $p0) (i32.const 3)))
      ;; Eight patterns at a time: four independent sums in flight, each weight loaded once.
      (block $octsDone (loop $octs
        (br_if $octsDone (i32.gt_u (i32.add (local.get $pb) (i32.const 64)) (local.get $pe)))
        (local.set $a0 (v128.load offset=0 (i32.add (local.get $row) (local.get $pb))))
        (local.set $a1 (v128.load offset=16 (i32.add (local.get $row) (local.get $pb))))
        (local.set $a2 (v128.load offset=32 (i32.add (local.get $row) (local.get $pb))))
        (local.set $a3 (v128.load offset=48 (i32.add (local.get $row) (local.get $pb))))
        (local.set $q (i32.add (local.get $in) (local.get $pb)))
        (local.set $wp (local.get $wrow))
        (local.set $n (local.get $nIn))
        (block $termsDone (loop $terms
          (br_if $termsDone (i32.eqz (local.get $n)))
          (local.set $wv (v128.load64_splat (local.get $wp)))
          (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (v128.load offset=0 (local.get $q)) (local.get $wv))))
          (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (v128.load offset=16 (local.get $q)) (local.get $wv))))
          (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (v128.load offset=32 (local.get $q)) (local.get $wv))))
          (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (v128.load offset=48 (local.get $q)) (local.get $wv))))
          (local.set $q (i32.add (local.get $q) (local.get $P8)))
          (local.set $wp (i32.add (local.get $wp) (local.get $wi)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $terms)))
        (v128.store offset=0 (i32.add (local.get $row) (local.get $pb)) (local.get $a0))
        (v128.store offset=16 (i32.add (local.get $row) (local.get $pb)) (local.get $a1))
        (v128.store offset=32 (i32.add (local.get $row) (local.get $pb)) (local.get $a2))
        (v128.store offset=48 (i32.add (local.get $row) (local.get $pb)) (local.get $a3))
        (local.set $pb (i32.add (local.get $pb) (i32.const 64)))
        (br $octs)))
      ;; Then two at a time, then the last one alone.
      (block $pairsDone (loop $pairs
        (br_if $pairsDone (i32.gt_u (i32.add (local.get $pb) (i32.const 16)) (local.get $pe)))
        (local.set $a0 (v128.load (i32.add (local.get $row) (local.get $pb))))
        (local.set $q (i32.add (local.get $in) (local.get $pb)))
        (local.set $wp (local.get $wrow))
        (local.set $n (local.get $nIn))
        (block $termsDone (loop $terms
          (br_if $termsDone (i32.eqz (local.get $n)))
          (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (v128.load (local.get $q)) (v128.load64_splat (local.get $wp)))))
          (local.set $q (i32.add (local.get $q) (local.get $P8)))
          (local.set $wp (i32.add (local.get $wp) (local.get $wi)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $terms)))
        (v128.store (i32.add (local.get $row) (local.get $pb)) (local.get $a0))
        (local.set $pb (i32.add (local.get $pb) (i32.const 16)))
        (br $pairs)))
      (if (i32.lt_u (local.get $pb) (local.get $pe))
        (then
          (local.set $s (f64.load (i32.add (local.get $row) (local.get $pb))))
          (local.set $q (i32.add (local.get $in) (local.get $pb)))
          (local.set $wp (local.get $wrow))
          (local.set $n (local.get $nIn))
          (block $termsDone (loop $terms
            (br_if $termsDone (i32.eqz (local.get $n)))
            (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (local.get $q)) (f64.load (local.get $wp)))))
            (local.set $q (i32.add (local.get $q) (local.get $P8)))
            (local.set $wp (i32.add (local.get $wp) (local.get $wi)))
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (br $terms)))
          (f64.store (i32.add (local.get $row) (local.get $pb)) (local.get $s))))
      (local.set $row (i32.add (local.get $row) (local.get $P8)))
      (local.set $wrow (i32.add (local.get $wrow) (local.get $wo)))
      (local.set $nOut (i32.sub (local.get $nOut) (i32.const 1)))
      (br $rows))))

  ;; Every f64 in [at, at + bytes) set to v.
  (func $fill (param $at i32) (param $bytes i32) (param $v f64)
    (local $end i32) (local $vv v128)
    (local.set $end (i32.add (local.get $at) (local.get $bytes)))
    (local.set $vv (f64x2.splat (local.get $v)))
    (block $done (loop $pairs
      (br_if $done (i32.gt_u (i32.add (local.get $at) (i32.const 16)) (local.get $end)))
      (v128.store (local.get $at) (local.get $vv))
      (local.set $at (i32.add (local.get $at) (i32.const 16)))
      (br $pairs)))
    (if (i32.lt_u (local.get $at) (local.get $end)) (then (f64.store (local.get $at) (local.get $v)))))

  ;; ∂E/∂x = ∂E/∂y · y (1 − y) in place on the ∂E/∂y at d, y at y   (eq. 5)
  (func $derivative (param $d i32) (param $y i32) (param $bytes i32)
    (local $end i32) (local $v v128) (local $s f64)
    (local.set $end (i32.add (local.get $d) (local.get $bytes)))
    (block $done (loop $pairs
      (br_if $done (i32.gt_u (i32.add (local.get $d) (i32.const 16)) (local.get $end)))
      (local.set $v (v128.load (local.get $y)))
      (v128.store (local.get $d) (f64x2.mul (f64x2.mul (v128.load (local.get $d)) (local.get $v))
        (f64x2.sub (v128.const f64x2 1 1) (local.get $v))))
      (local.set $d (i32.add (local.get $d) (i32.const 16)))
      (local.set $y (i32.add (local.get $y) (i32.const 16)))
      (br $pairs)))
    (if (i32.lt_u (local.get $d) (local.get $end))
      (then
        (local.set $s (f64.load (local.get $y)))
        (f64.store (local.get $d) (f64.mul (f64.mul (f64.load (local.get $d)) (local.get $s))
          (f64.sub (f64.const 1) (local.get $s)))))))
