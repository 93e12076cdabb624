import type { BenchmarkReport, BenchmarkResult } from './contract/index.js';

// The benchmark as Markdown: a pure function of its JSON. Used by `npm run bench` on stdout and by
// the reproduction report when it carries a benchmark.

const sig = (v: number, digits = 3) => String(Number(v.toPrecision(digits)));
const si = (v: number) => (v >= 1e9 ? `${sig(v / 1e9)} G` : v >= 1e6 ? `${sig(v / 1e6)} M` : v >= 1e3 ? `${sig(v / 1e3)} k` : sig(v));

function row(r: BenchmarkResult): string {
  const a = r.agreement;
  const check = a ? `${a.agrees ? 'yes' : '**no**'} (${a.checkSweeps} sweeps; ΔE ${a.relativeErrorDifference.toExponential(1)}${a.sameDigest ? ', same bits' : ''})` : '—';
  if (r.status !== 'timed' || !r.seconds) {
    return `| ${r.task} | ${r.implementation} | ${r.precision} | ${r.status}: ${(r.reason ?? '').replace(/\|/g, '\\|')} | | | | | ${check} |`;
  }
  const s = r.seconds;
  const ratio = r.implementation === 'engine' ? '1' : `${sig(r.ratioToEngine!)} (${sig(r.ratioRange![0])}–${sig(r.ratioRange![1])})`;
  const full = r.fullRun && r.implementation !== 'engine' ? `${r.fullRun.sameDigest ? 'same bits' : `ΔE ${r.fullRun.relativeErrorDifference.toExponential(1)}`}` : '';
  return `| ${r.task} | ${r.implementation} | ${r.precision} | ${sig(s.median)} (${sig(s.min)}–${sig(s.max)}) | ${si(r.sweepsPerSecond!)} | ${si(r.cups!)} | ${ratio} | ${full} | ${check} |`;
}

/** One row per task and implementation, then the engine's speed as a fraction of native per task. */
export function benchmarkTable(report: BenchmarkReport): string[] {
  const lines = [
    '| task | implementation | arithmetic | seconds per training, median (min–max) | sweeps/s | cups | time ÷ engine, median (range) | full run vs engine | agrees with engine |',
    '|---|---|---|---|---|---|---|---|---|',
    ...report.results.map(row),
  ];
  const notes: string[] = [];
  for (const task of new Set(report.results.map((r) => r.task))) {
    const c = report.results.find((r) => r.task === task && r.implementation === 'c-reference' && r.status === 'timed');
    if (c?.ratioToEngine) notes.push(`${task}: the engine takes ${sig(1 / c.ratioToEngine)}× the time of the C reference.`);
  }
  return notes.length === 0 ? lines : [...lines, '', ...notes];
}

export function benchmarkSection(report: BenchmarkReport): string[] {
  const env = report.environment;
  return [
    '## Benchmark',
    '',
    `One full training per implementation and round, ${report.rounds} rounds interleaved in one process on ${env.cpu} ` +
      `(${env.cpus} cores, ${env.os}), Node ${env.node}. *cups*: connection updates per second (parameters × patterns × sweeps / s). ` +
      'An implementation is timed only after a short training from the same parameters ends where the engine\'s does.',
    '',
    ...benchmarkTable(report),
    '',
  ];
}
