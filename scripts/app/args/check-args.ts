import { parseWorkers } from './counts.js';
import { parseFlags } from './parse-flags.js';
import { progressHelp, quietOption } from '../progress-help.js';
import { UsageError } from '../usage-error.js';

export interface CheckOptions {
  help: boolean;
  baseline: string;
  /** A report to compare instead of re-running the baseline's configuration. */
  report: string | null;
  workers: number;
  /** --quiet: no training progress on stderr while re-running; the gate's lines on stdout stay. */
  quiet: boolean;
  /** --exact: compare digests and sweeps bit for bit even when the Node major versions differ. */
  exact: boolean;
}

export function parseCheckArgs(argv: string[]): CheckOptions {
  const v = parseFlags(argv, {
        baseline: { type: 'string' },
        report: { type: 'string' },
        workers: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        exact: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      }).values;
  const help = v.help === true;
  if (!help && v.baseline === undefined) throw new UsageError('--baseline <report.json> is required');
  return {
    help,
    baseline: v.baseline ?? '',
    report: v.report ?? null,
    workers: parseWorkers(v.workers),
    quiet: v.quiet === true,
    exact: v.exact === true,
  };
}

export function checkHelp(): string {
  return [
    'Usage: tsx scripts/check.ts --baseline <report.json> [--report <report.json>] [--workers <n>] [--exact] [--quiet]',
    '',
    'The regression gate. Re-runs the configuration recorded in the baseline report (or reads the',
    'report given with --report) and compares it with the baseline: any change of a setting, a',
    'dataset, a claim verdict, a sweeps-to-criterion value or a weights digest is a failure, printed',
    'as one line naming experiment, seed or claim, and field. Timings are printed as advice only.',
    'When the baseline was made on another Node major version, digests and per-seed sweeps may',
    'legitimately differ: then claim verdicts must still match and claim statistics must agree within',
    'the tolerances printed, and the output says so; --exact compares bits anyway (CI does, on Node',
    '22 and 24 against the Node 20 baseline: the engine computes exp itself, so they must agree).',
    '',
    ...progressHelp('experiment'),
    '',
    'Options:',
    '  --baseline <file>   the golden report (e.g. reports/baseline/report.json)',
    '  --report <file>     compare this report instead of re-running the baseline configuration',
    '  --workers <n>       threads that train seeds when re-running (default: the number of cores)',
    '  --exact             compare digests and per-seed sweeps even across Node major versions',
    ...quietOption(22, "the finish lines and the gate's lines"),
    '  -h, --help          show this help',
    '',
    'Exit codes: 0 no difference, 1 a difference (or an internal error), 2 bad input.',
    '',
    'To update the baseline on purpose: npm run baseline, then commit reports/baseline/ with a',
    'message that says why the results changed.',
  ].join('\n');
}
