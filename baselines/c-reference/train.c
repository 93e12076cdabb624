/*
 * A native reference for backprop-1986: the paper's batch back-propagation (Nature 323, 1986,
 * eqs. 1-9) in plain C, to state the engine's speed as a fraction of native code. It reads a net,
 * its patterns and its training recipe as text on stdin (see baselines/c-reference.ts), trains
 * `reps` times from the same initial parameters with the variant named on the command line
 * (per-pattern or batched, passes.c), and prints each training's time, then E and the parameters
 * of the last one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "net.h"

typedef struct { int n; int *from; double *value; } Schedule;

int G, Q, N, P, MARGIN;
Group *groups;
Projection *projs;
double **data, SCALE, ON, OFF;

static int T, REPS;
static double *initial, *decays;
static Schedule lr, mom, decay;

void *must(void *p) { if (!p) { fputs("c-reference: out of memory\n", stderr); exit(1); } return p; }
static int readInt(void) { int v; if (scanf("%d", &v) != 1) { fputs("c-reference: bad input\n", stderr); exit(2); } return v; }
static double readDouble(void) { double v; if (scanf("%lf", &v) != 1) { fputs("c-reference: bad input\n", stderr); exit(2); } return v; }
static double *readDoubles(size_t n) { double *a = must(malloc(sizeof(double) * (n > 0 ? n : 1))); for (size_t k = 0; k < n; k++) a[k] = readDouble(); return a; }

static Schedule readSchedule(void) {
  Schedule s; s.n = readInt();
  s.from = must(malloc(sizeof(int) * s.n)); s.value = must(malloc(sizeof(double) * s.n));
  for (int k = 0; k < s.n; k++) { s.from[k] = readInt(); s.value[k] = readDouble(); }
  return s;
}
/* The value in force during sweep t (1-based): the last piece that has started. */
static double at(const Schedule *s, int t) { double v = s->value[0]; for (int k = 0; k < s->n; k++) if (t >= s->from[k]) v = s->value[k]; return v; }

/* One row per pattern, the groups of one kind side by side, split into one (P x size) matrix per group. */
static void readRows(int kind) {
  for (int g = 0; g < G; g++) if (groups[g].kind == kind) data[g] = must(malloc(sizeof(double) * ((size_t)P * groups[g].size + 1)));
  for (int p = 0; p < P; p++)
    for (int g = 0; g < G; g++) {
      if (groups[g].kind != kind) continue;
      for (int j = 0; j < groups[g].size; j++) data[g][(size_t)p * groups[g].size + j] = readDouble();
    }
}

static void readTask(void) {
  if (readInt() != 1986) { fputs("c-reference: not a task file\n", stderr); exit(2); }
  G = readInt(); groups = must(calloc(G, sizeof(Group))); data = must(calloc(G, sizeof(double *)));
  for (int g = 0; g < G; g++) { groups[g].size = readInt(); groups[g].kind = readInt(); groups[g].bias = readInt(); }
  Q = readInt(); projs = must(calloc(Q, sizeof(Projection)));
  for (int q = 0; q < Q; q++) {
    projs[q].from = readInt(); projs[q].to = readInt(); projs[q].offset = readInt(); projs[q].cols = readInt();
    projs[q].rows = groups[projs[q].to].size;
  }
  N = readInt(); initial = readDoubles(N); decays = readDoubles(N);
  P = readInt(); readRows(0); readRows(2);
  T = readInt(); lr = readSchedule(); mom = readSchedule(); decay = readSchedule();
  SCALE = readDouble(); MARGIN = readInt(); ON = readDouble(); OFF = readDouble();
  REPS = readInt();
}

/* Trains w in place for T sweeps of batch updates with the paper's momentum (eq. 9); returns E after the last. */
static double train(const Variant *v, double *w, double *grad, double *step) {
  memset(step, 0, sizeof(double) * N);
  for (int t = 1; t <= T; t++) {
    memset(grad, 0, sizeof(double) * N);
    v->sweep(w, grad);
    double eps = at(&lr, t), alpha = at(&mom, t), keep = 1 - at(&decay, t);
    for (int k = 0; k < N; k++) {
      step[k] = -eps * grad[k] + alpha * step[k]; /* dw(t) = -e dE/dw(t) + a dw(t-1) */
      w[k] = w[k] + step[k];
    }
    for (int k = 0; k < N; k++) if (decays[k] != 0) w[k] = w[k] * keep;
  }
  return 0.5 * v->sweep(w, NULL) * SCALE;
}

int main(int argc, char **argv) {
  const Variant *v = argc == 2 && strcmp(argv[1], perPattern.name) == 0 ? &perPattern : argc == 2 && strcmp(argv[1], batched.name) == 0 ? &batched : NULL;
  if (!v) { fprintf(stderr, "usage: %s per-pattern|batched < task\n", argv[0]); return 2; }
  readTask();
  v->prepare();
  double *w = must(malloc(sizeof(double) * (N > 0 ? N : 1))), *grad = must(malloc(sizeof(double) * (N > 0 ? N : 1))), *step = must(malloc(sizeof(double) * (N > 0 ? N : 1)));
  double error = 0;
  for (int r = 0; r < REPS; r++) {
    struct timespec t0, t1;
    memcpy(w, initial, sizeof(double) * N);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    error = train(v, w, grad, step);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("time %.0f\n", (t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec));
  }
  printf("error %.17g\nparams", error);
  for (int k = 0; k < N; k++) printf(" %.17g", w[k]);
  printf("\n");
  return 0;
}
