import { diffReports, STATISTIC_ABSOLUTE, STATISTIC_RELATIVE } from '../../reports/report-diff.js';
import type { Report } from '../../reports/contract/index.js';
import { planRun, threadsFor, type RunPlan } from './plan.js';
import { withSeedPool } from './pool/with-seed-pool.js';
import { reportOf } from './report-of.js';
import { runPlan } from './run-plans.js';
import { UsageError } from './usage-error.js';

/**
 * The plan of a baseline's recorded invocation. planRun words its errors as the user's flags (they
 * are, for reproduce); here the flags came from the baseline file, perhaps made by an older version
 * of the suite, so the message says so rather than blame a --set the user never typed.
 */
function planRecorded(baseline: Report): RunPlan {
  try {
    return planRun(baseline.invocation);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const message = error.message.startsWith('--') ? `the baseline's recorded ${error.message}` : `the baseline's recorded invocation: ${error.message}`;
    throw new UsageError(message);
  }
}

/**
 * Runs the configuration a report records, as `reproduce` would, and returns the new report. The
 * plan comes from the recorded invocation itself, by the same path `reproduce` plans its flags.
 * `quiet` (--quiet) hides the training progress, as it does for `reproduce`.
 */
export async function rerun(baseline: Report, workers: number, quiet = false): Promise<Report> {
  const plan = planRecorded(baseline);
  const threads = threadsFor(plan, workers);
  const startedAt = new Date().toISOString();
  const outcome = await withSeedPool(threads, (runner) => runPlan(plan, runner, { command: 'check', quiet }));
  return reportOf(outcome, { ...baseline.invocation, workers: threads }, startedAt);
}

/** The gate's verdict on a report against its baseline, as the lines to print and the exit code. */
export function judgeAgainstBaseline(baseline: Report, current: Report, baselineFile: string, exact = false): { lines: string[]; code: number } {
  const diff = diffReports(baseline, current, { exact });
  const against = `${baselineFile} (Node ${baseline.environment.node}; this report: Node ${current.environment.node})`;
  const lines: string[] = [];
  if (diff.mode === 'statistical') {
    lines.push(
      `check: the Node major versions differ, so weight digests and per-seed sweeps are not compared; ` +
        `claim verdicts must match and claim statistics must agree within ${STATISTIC_RELATIVE * 100}% (or ${STATISTIC_ABSOLUTE} absolute)`,
    );
  }
  for (const line of diff.advice) lines.push(`advice (timing, never fails): ${line}`);
  if (diff.differences.length === 0) return { lines: [...lines, `check: no difference from ${against}`], code: 0 };
  return { lines: [...lines, `check: ${diff.differences.length} difference(s) from ${against}:`, ...diff.differences.map((d) => `  ${d}`)], code: 1 };
}
