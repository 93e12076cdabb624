import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../reports/contract/index.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { mergeShardReports } from '../../scripts/app/merge-reports.js';
import { readReportFile } from '../../scripts/app/read-report.js';
import { reproduce } from '../../scripts/app/reproduce.js';
import { capturingOutput } from './capture-output.js';

/** A short symmetry run: the flags the merge tests shard. */
export const QUICK = ['--only', 'symmetry', '--seeds', '5', '--set', 'symmetry.sweepBudget=3000', '--workers', '1'];

/** Shard reports as files, in folders `scratch` makes, for tests of merge. */
export function shardFiles(scratch: () => string) {
  return {
    /** Runs reproduce with these flags and writes its report.json, as a shard would; returns the file. */
    async reproduceToFile(args: string[]): Promise<string> {
      const { result } = await capturingOutput(() => reproduce(parseReproduceArgs(args)));
      const path = join(scratch(), 'report.json');
      writeFileSync(path, JSON.stringify(result, null, 2));
      return path;
    },
    /** A copy of a shard report, changed by `edit`, in a file of its own. */
    edited(path: string, edit: (r: Report) => void): string {
      const report = readReportFile(path).report;
      edit(report);
      const copy = join(scratch(), 'report.json');
      writeFileSync(copy, JSON.stringify(report));
      return copy;
    },
    mergeFiles: (files: string[]) => mergeShardReports(files.map(readReportFile)),
  };
}
