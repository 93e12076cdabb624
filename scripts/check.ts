import { checkHelp, parseCheckArgs } from './app/args/check-args.js';
import { judgeAgainstBaseline, rerun } from './app/check.js';
import { readReportFile } from './app/read-report.js';
import { runCommand } from './app/usage-error.js';

// The regression gate: re-runs (or reads) a report and compares it with a baseline.

async function main(): Promise<number> {
  const options = parseCheckArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${checkHelp()}\n`);
    return 0;
  }
  const baseline = readReportFile(options.baseline).report;
  const current = options.report === null ? await rerun(baseline, options.workers, options.quiet) : readReportFile(options.report).report;
  const { lines, code } = judgeAgainstBaseline(baseline, current, options.baseline, options.exact);
  process.stdout.write(`${lines.join('\n')}\n`);
  return code;
}

await runCommand('check', main);
