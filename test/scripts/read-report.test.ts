import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../scripts/app/read-report.js';
import { fixtureReport } from '../fixtures/figure-reports.js';
import { fileWriter, scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

// Every command that reads a report (merge its shards, check its baseline and --report) reads it
// here; a problem is bad input naming the file.

const dir = scratchFolders('read-report-')();
const file = fileWriter(() => dir);

describe('reading a report', () => {
  it('reads a report of this suite', () => {
    const report = fixtureReport();
    const path = file('report.json', JSON.stringify(report));
    expect(readReportFile(path)).toEqual({ file: path, report });
  });

  const cases: Array<[string, () => string, RegExp]> = [
    ['a file that does not exist', () => join(dir, 'missing.json'), /^".*missing\.json": cannot read it: no such file \(ENOENT\)$/],
    ['a folder', () => dir, /^".*": cannot read it: it is a folder \(EISDIR\)$/],
    ['a file that is not JSON', () => file('not.json', '{ "schemaVersion": '), /^".*not\.json": not valid JSON: unexpected end of the file/],
    ['a file that is not JSON, without quoting it', () => file('secret.json', '{ "token": secret }'), /^".*secret\.json": not valid JSON: expected a value, found 's' at line 1, column 12$/],
    ['JSON that is not a report', () => file('other.json', JSON.stringify({ schemaVersion: 1, experiments: [] })), /is not a report of this suite: \/ must have required property 'suite'/],
    ['a report that fails the schema', () => file('bad.json', JSON.stringify({ ...fixtureReport(), experiments: 'none' })), /is not a report of this suite: \/experiments must be array/],
  ];
  for (const [name, path, message] of cases) {
    it(`refuses ${name}`, () => expectUsageError(() => readReportFile(path()), message));
  }
});
