import type { ExperimentReport, Report } from './contract/index.js';

// What changed between a baseline report and a new one: the regression gate's judgement, as a
// pure function of the two reports. A difference names experiment, seed (or claim) and field.

export interface ReportDiff {
  /** 'exact' compares bits; 'statistical' is used when the Node major versions differ. */
  mode: 'exact' | 'statistical';
  differences: string[];
  /** Printed, never failing: timings. */
  advice: string[];
}

/**
 * Tolerances of the statistical mode: a claim statistic may move by this much (relative), or by
 * STATISTIC_ABSOLUTE for values near zero such as fractions; verdicts must still be equal.
 */
export const STATISTIC_RELATIVE = 0.1;
export const STATISTIC_ABSOLUTE = 0.05;

const nodeMajor = (v: string) => v.replace(/^v/, '').split('.')[0];
const show = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? `${v.slice(0, 12)}…` : JSON.stringify(v));

function changed(out: string[], where: string, field: string, before: unknown, after: unknown): void {
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push(`${where}: ${field}: ${show(before)} → ${show(after)}`);
}

function settingsDiff(out: string[], b: ExperimentReport, n: ExperimentReport): void {
  for (const group of ['hyperparameters', 'conventions'] as const) {
    const keys = new Set([...Object.keys(b[group]), ...Object.keys(n[group])]);
    for (const key of keys) changed(out, b.id, `${group}.${key}`, b[group][key]?.value, n[group][key]?.value);
  }
  changed(out, b.id, 'dataset.digest', b.dataset.digest, n.dataset.digest);
  changed(out, b.id, 'seeds', b.seeds, n.seeds);
}

function runsDiff(out: string[], b: ExperimentReport, n: ExperimentReport): void {
  const bySeed = new Map(n.runs.map((r) => [r.seed, r]));
  for (const before of b.runs) {
    const after = bySeed.get(before.seed);
    if (!after) continue; // already reported as a change of `seeds`
    const where = `${b.id} seed ${before.seed}`;
    changed(out, where, 'sweepsToCriterion', before.sweepsToCriterion, after.sweepsToCriterion);
    changed(out, where, 'diverged', before.diverged, after.diverged);
    changed(out, where, 'weightsDigest', before.weightsDigest, after.weightsDigest);
  }
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(STATISTIC_ABSOLUTE, STATISTIC_RELATIVE * Math.abs(a));

function claimsDiff(out: string[], b: ExperimentReport, n: ExperimentReport, statistical: boolean): void {
  const byId = new Map(n.claims.map((c) => [c.id, c]));
  for (const before of b.claims) {
    const after = byId.get(before.id);
    const where = `${b.id} claim ${before.id}`;
    if (!after) {
      out.push(`${where}: missing from the new report`);
      continue;
    }
    changed(out, where, 'verdict', before.verdict, after.verdict);
    changed(out, where, 'control.verdict', before.control.verdict, after.control.verdict);
    if (!statistical) continue;
    for (const [key, value] of Object.entries(before.statistics)) {
      const now = after.statistics[key];
      const same = value === null || now === null || now === undefined ? value === (now ?? null) : close(value, now);
      if (!same) out.push(`${where}: statistics.${key}: ${show(value)} → ${show(now ?? null)} (beyond the tolerance)`);
    }
  }
  for (const id of byId.keys()) if (!b.claims.some((c) => c.id === id)) out.push(`${b.id} claim ${id}: new in this report`);
}

/**
 * The differences between two reports. Across Node major versions the comparison is statistical
 * unless `exact` asks for bits anyway: the engine computes exp itself (engine/fdlibm-exp.ts), so its
 * results are not expected to depend on Node's Math, and CI holds Node 22 and 24 to that.
 */
export function diffReports(baseline: Report, current: Report, { exact = false }: { exact?: boolean } = {}): ReportDiff {
  const statistical = !exact && nodeMajor(baseline.environment.node) !== nodeMajor(current.environment.node);
  const differences: string[] = [];
  const byId = new Map(current.experiments.map((e) => [e.id, e]));
  for (const b of baseline.experiments) {
    const n = byId.get(b.id);
    if (!n) {
      differences.push(`${b.id}: missing from the new report`);
      continue;
    }
    settingsDiff(differences, b, n);
    if (!statistical) runsDiff(differences, b, n);
    claimsDiff(differences, b, n, statistical);
  }
  for (const id of byId.keys()) if (!baseline.experiments.some((e) => e.id === id)) differences.push(`${id}: new in this report`);

  const advice = Object.entries(current.timing.seconds).flatMap(([id, s]) => {
    const before = baseline.timing.seconds[id];
    return before === undefined ? [] : [`${id}: ${s.toFixed(2)} s (baseline ${before.toFixed(2)} s, ×${(s / Math.max(before, 1e-9)).toFixed(2)})`];
  });
  return { mode: statistical ? 'statistical' : 'exact', differences, advice };
}
