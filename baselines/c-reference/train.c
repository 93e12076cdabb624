/*
 * A native reference for backprop-1986: the paper's batch back-propagation (Nature 323, 1986,
 * eqs. 1-9) written as plain per-pattern loops in C, to state the engine's speed as a fraction
 * of native code. It reads a net, its patterns and its training recipe as text on stdin (see
 * baselines/c-reference.ts), trains `reps` times from the same initial parameters, and prints
 * each training's time, then E and the parameters of the last one.
 *
 * Sums run in the order of a per-pattern loop (bias first, projections in order, inputs
 * ascending), the order the engine keeps too; only exp() is the C library's own.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { int size, kind, bias; double *y, *dy; } Group; /* kind: 0 input, 1 hidden, 2 output */
typedef struct { int from, to, offset, cols; } Projection;
typedef struct { int n; int *from; double *value; } Schedule;

static int G, Q, N, P, T, REPS, MARGIN;
static Group *groups;
static Projection *projs;
static double *initial, *decays, *inputs, *targets, SCALE, ON, OFF;
static Schedule lr, mom, decay;

static void *must(void *p) { if (!p) { fputs("c-reference: out of memory\n", stderr); exit(1); } return p; }
static int readInt(void) { int v; if (scanf("%d", &v) != 1) { fputs("c-reference: bad input\n", stderr); exit(2); } return v; }
static double readDouble(void) { double v; if (scanf("%lf", &v) != 1) { fputs("c-reference: bad input\n", stderr); exit(2); } return v; }
static double *readDoubles(int n) { double *a = must(malloc(sizeof(double) * (n > 0 ? n : 1))); for (int k = 0; k < n; k++) a[k] = readDouble(); return a; }

static Schedule readSchedule(void) {
  Schedule s; s.n = readInt();
  s.from = must(malloc(sizeof(int) * s.n)); s.value = must(malloc(sizeof(double) * s.n));
  for (int k = 0; k < s.n; k++) { s.from[k] = readInt(); s.value[k] = readDouble(); }
  return s;
}
/* The value in force during sweep t (1-based): the last piece that has started. */
static double at(const Schedule *s, int t) { double v = s->value[0]; for (int k = 0; k < s->n; k++) if (t >= s->from[k]) v = s->value[k]; return v; }

static int inputUnits, outputUnits;

static void readTask(void) {
  if (readInt() != 1986) { fputs("c-reference: not a task file\n", stderr); exit(2); }
  G = readInt(); groups = must(calloc(G, sizeof(Group)));
  for (int g = 0; g < G; g++) {
    groups[g].size = readInt(); groups[g].kind = readInt(); groups[g].bias = readInt();
    groups[g].y = must(calloc(groups[g].size, sizeof(double))); groups[g].dy = must(calloc(groups[g].size, sizeof(double)));
    if (groups[g].kind == 0) inputUnits += groups[g].size;
    if (groups[g].kind == 2) outputUnits += groups[g].size;
  }
  Q = readInt(); projs = must(calloc(Q, sizeof(Projection)));
  for (int q = 0; q < Q; q++) { projs[q].from = readInt(); projs[q].to = readInt(); projs[q].offset = readInt(); projs[q].cols = readInt(); }
  N = readInt(); initial = readDoubles(N); decays = readDoubles(N);
  P = readInt(); inputs = readDoubles(P * inputUnits); targets = readDoubles(P * outputUnits);
  T = readInt(); lr = readSchedule(); mom = readSchedule(); decay = readSchedule();
  SCALE = readDouble(); MARGIN = readInt(); ON = readDouble(); OFF = readDouble();
  REPS = readInt();
}

/* Residual of one output: y - d, zero inside the margin band, or the distance to the band edge. */
static double residual(double y, double d) {
  if (MARGIN == 0) return y - d;
  if (d >= 0.5) { if (y > ON) return 0; return MARGIN == 1 ? y - d : y - ON; }
  if (y < OFF) return 0;
  return MARGIN == 1 ? y - d : y - OFF;
}

/* Forward pass of pattern p (eqs. 1-2): x_j = b_j + sum_i y_i w_ji, y_j = 1 / (1 + e^-x_j). */
static void forward(const double *w, int p) {
  const double *in = inputs + (size_t)p * inputUnits;
  for (int g = 0; g < G; g++) {
    Group *gr = &groups[g];
    if (gr->kind == 0) { memcpy(gr->y, in, sizeof(double) * gr->size); in += gr->size; continue; }
    for (int j = 0; j < gr->size; j++) {
      double x = gr->bias >= 0 ? w[gr->bias + j] : 0;
      for (int q = 0; q < Q; q++) {
        if (projs[q].to != g) continue;
        const double *row = w + projs[q].offset + j * projs[q].cols, *y = groups[projs[q].from].y;
        for (int i = 0; i < projs[q].cols; i++) x = x + y[i] * row[i];
      }
      gr->y[j] = 1 / (1 + exp(-x));
    }
  }
}

/* E of pattern p; with grad != NULL, also adds its dE/dw (eqs. 4-7) to grad. */
static double backward(const double *w, double *grad, int p) {
  const double *d = targets + (size_t)p * outputUnits;
  double e = 0;
  for (int g = 0; g < G; g++) {
    Group *gr = &groups[g];
    if (gr->kind == 0) continue;
    for (int j = 0; j < gr->size; j++) gr->dy[j] = 0;
    if (gr->kind != 2) continue;
    for (int j = 0; j < gr->size; j++) { double r = residual(gr->y[j], d[j]); e += r * r; gr->dy[j] = gr->dy[j] + SCALE * r; }
    d += gr->size;
  }
  if (!grad) return e;
  for (int g = G - 1; g >= 0; g--) {
    Group *gr = &groups[g];
    if (gr->kind == 0) continue;
    for (int j = 0; j < gr->size; j++) gr->dy[j] = gr->dy[j] * gr->y[j] * (1 - gr->y[j]); /* now dE/dx (eq. 5) */
    if (gr->bias >= 0) for (int j = 0; j < gr->size; j++) grad[gr->bias + j] += gr->dy[j];
    for (int q = 0; q < Q; q++) {
      if (projs[q].to != g) continue;
      Group *from = &groups[projs[q].from];
      int cols = projs[q].cols;
      for (int j = 0; j < gr->size; j++) {
        double dx = gr->dy[j], *gw = grad + projs[q].offset + j * cols;
        for (int i = 0; i < cols; i++) gw[i] += dx * from->y[i]; /* eq. 6 */
      }
      if (from->kind == 0) continue;
      for (int j = 0; j < gr->size; j++) {
        double dx = gr->dy[j];
        const double *row = w + projs[q].offset + j * cols;
        for (int i = 0; i < cols; i++) from->dy[i] = from->dy[i] + dx * row[i]; /* eq. 7 */
      }
    }
  }
  return e;
}

/* Trains w in place for T sweeps of batch updates with the paper's momentum (eq. 9); returns E after the last. */
static double train(double *w, double *grad, double *step) {
  memset(step, 0, sizeof(double) * N);
  for (int t = 1; t <= T; t++) {
    memset(grad, 0, sizeof(double) * N);
    for (int p = 0; p < P; p++) { forward(w, p); backward(w, grad, p); }
    double eps = at(&lr, t), alpha = at(&mom, t), keep = 1 - at(&decay, t);
    for (int k = 0; k < N; k++) {
      step[k] = -eps * grad[k] + alpha * step[k]; /* dw(t) = -e dE/dw(t) + a dw(t-1) */
      w[k] = w[k] + step[k];
    }
    for (int k = 0; k < N; k++) if (decays[k] != 0) w[k] = w[k] * keep;
  }
  double e = 0;
  for (int p = 0; p < P; p++) { forward(w, p); e += backward(w, NULL, p); }
  return 0.5 * e * SCALE;
}

int main(void) {
  readTask();
  double *w = must(malloc(sizeof(double) * N)), *grad = must(malloc(sizeof(double) * N)), *step = must(malloc(sizeof(double) * N));
  double error = 0;
  for (int r = 0; r < REPS; r++) {
    struct timespec t0, t1;
    memcpy(w, initial, sizeof(double) * N);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    error = train(w, grad, step);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("time %.0f\n", (t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec));
  }
  printf("error %.17g\nparams", error);
  for (int k = 0; k < N; k++) printf(" %.17g", w[k]);
  printf("\n");
  return 0;
}
