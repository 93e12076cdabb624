import { diffReports, STATISTIC_ABSOLUTE, STATISTIC_RELATIVE } from '../reports/report-diff.js';
import type { Report } from '../reports/types.js';
import { checkHelp, parseCheckArgs } from './cli/check-args.js';
import { readReportFile } from './cli/read-report.js';
import { argsOfInvocation } from './cli/invocation-args.js';
import { parseReproduceArgs } from './cli/reproduce-args.js';
import { reportOf, runPlans } from './cli/run-plans.js';
import { runCommand } from './cli/usage-error.js';
import { withSeedPool } from './cli/with-seed-pool.js';

/** Runs the configuration a report records, as `reproduce` would, and returns the new report. */
async function rerun(baseline: Report, workers: number): Promise<Report> {
  const options = parseReproduceArgs(argsOfInvocation(baseline.invocation));
  const threads = Math.min(workers, Math.max(...options.plans.map((p) => p.seeds.length)));
  const startedAt = new Date().toISOString();
  const outcome = await withSeedPool('check', threads, (runner) => runPlans(options.plans, options.sweeps, runner));
  return reportOf(outcome, { ...baseline.invocation, workers: threads }, startedAt);
}

async function main(): Promise<number> {
  const options = parseCheckArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${checkHelp()}\n`);
    return 0;
  }
  const baseline = readReportFile(options.baseline).report;
  const current = options.report === null ? await rerun(baseline, options.workers) : readReportFile(options.report).report;
  const diff = diffReports(baseline, current);
  const against = `${options.baseline} (Node ${baseline.environment.node}; this report: Node ${current.environment.node})`;
  const out = process.stdout;
  if (diff.mode === 'statistical') {
    out.write(
      `check: the Node major versions differ, so weight digests and per-seed sweeps are not compared; ` +
        `claim verdicts must match and claim statistics must agree within ${STATISTIC_RELATIVE * 100}% (or ${STATISTIC_ABSOLUTE} absolute)\n`,
    );
  }
  for (const line of diff.advice) out.write(`advice (timing, never fails): ${line}\n`);
  if (diff.differences.length === 0) {
    out.write(`check: no difference from ${against}\n`);
    return 0;
  }
  out.write(`check: ${diff.differences.length} difference(s) from ${against}:\n`);
  for (const line of diff.differences) out.write(`  ${line}\n`);
  return 1;
}

await runCommand('check', main);
