import { checkHelp, parseCheckArgs } from '../args/check-args.js';
import { judgeAgainstBaseline, rerun } from '../check.js';
import { readReportFile } from '../read-report.js';

export async function main(): Promise<number> {
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
