import type { BenchmarkReport, BenchmarkResult, ImplementationId, ScalingMeasurement, ScalingStudy } from './contract/index.js';

// The benchmark as Markdown: a pure function of its JSON. Used by `npm run bench` on stdout and by
// the reproduction report when it carries a benchmark.

const sig = (v: number, digits = 3) => String(Number(v.toPrecision(digits)));
const si = (v: number) => (v >= 1e9 ? `${sig(v / 1e9)} G` : v >= 1e6 ? `${sig(v / 1e6)} M` : v >= 1e3 ? `${sig(v / 1e3)} k` : sig(v));

const timedRow = (report: BenchmarkReport, task: string, id: ImplementationId) => report.results.find((r) => r.task === task && r.implementation === id && r.status === 'timed');

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

/**
 * One row per task and implementation, then per task the engine's speed as a fraction of native,
 * naming the C variant timed, and what its TypeScript twin costs, naming the kernels the engine ran:
 * the table's rows carry ids only, and 'engine' means whichever kernels were in effect.
 */
export function benchmarkTable(report: BenchmarkReport): string[] {
  const lines = [
    '| task | implementation | arithmetic | seconds per training, median (min–max) | sweeps/s | cups | time ÷ engine, median (range) | full run vs engine | agrees with engine |',
    '|---|---|---|---|---|---|---|---|---|',
    ...report.results.map(row),
  ];
  const notes: string[] = [];
  for (const task of new Set(report.results.map((r) => r.task))) {
    const c = timedRow(report, task, 'c-reference');
    if (c?.ratioToEngine) notes.push(`${task}: the engine takes ${sig(1 / c.ratioToEngine)}× the time of the C reference, ${c.description}.`);
    const ts = timedRow(report, task, 'engine-ts');
    const engine = timedRow(report, task, 'engine');
    if (ts?.ratioToEngine && engine) notes.push(`${task}: engine-ts takes ${sig(ts.ratioToEngine)}× the time of the engine, ${engine.description}.`);
  }
  return notes.length === 0 ? lines : [...lines, '', ...notes];
}

const perSweep = (s: number) => (s >= 1 ? `${sig(s)} s` : s >= 1e-3 ? `${sig(s * 1e3)} ms` : `${sig(s * 1e6)} µs`);

function cell(m: ScalingMeasurement | undefined, reference: string): string {
  if (m === undefined) return '';
  if (m.status !== 'timed' || !m.secondsPerSweep) return m.status;
  const time = perSweep(m.secondsPerSweep.median);
  return m.label === reference ? time : `${time} (${sig(m.ratioToEngine!)}×)`;
}

/**
 * The scaling study: one row per point, one column per form, each cell the median seconds per
 * sweep and (after the first form, the engine's) its time ÷ the engine's; then why a form was not
 * timed, once per reason.
 */
export function scalingTable(study: ScalingStudy): string[] {
  const labels = study.contenders.map((c) => c.label);
  const reference = labels[0]!;
  const lines = [
    `| grows | hidden units | patterns | parameters | ${labels.join(' | ')} |`,
    `|---|---|---|---|${labels.map(() => '---|').join('')}`,
    ...study.points.map((p) => `| ${p.series} | ${p.hidden} | ${p.patterns} | ${p.parameters} | ${labels.map((l) => cell(p.measurements.find((m) => m.label === l), reference)).join(' | ')} |`),
  ];
  const reasons = new Map<string, string[]>();
  for (const p of study.points) {
    for (const m of p.measurements) {
      if (m.reason === undefined) continue;
      const key = `${m.label} ${m.status}: ${m.reason}`;
      reasons.set(key, [...(reasons.get(key) ?? []), `${p.hidden}/${p.patterns}`]);
    }
  }
  const notes = [...reasons].map(([key, at]) => `- ${key.replace(/\|/g, '\\|')} (hidden/patterns ${at.join(', ')})`);
  return [
    `Seconds per sweep (median of the rounds) of a ${study.inputs}-h-${study.outputs} net with biases, and in brackets the time ÷ ${reference}'s in the same round (median); ` +
      `${study.fixedPatterns} patterns while the hidden units grow, ${study.fixedHidden} hidden units while the patterns grow.`,
    '',
    ...lines,
    ...(notes.length > 0 ? ['', ...notes] : []),
  ];
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
