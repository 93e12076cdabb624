import type { Report, StudyReport } from './contract/index.js';
import { VERDICT_LABEL as LABEL } from './verdict-labels.js';

// The setting studies of report.md (--sweep): one table per studied setting, claims as rows and values as
// columns, so that a claim which holds under one convention and fails under another shows as
// a row that changes colour — the table that answers "why did my reproduction fail?".


const number = (v: number, digits: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(digits))));
const percent = (v: number | null) => (v === null ? 'n/a' : `${number(100 * v, 3)}%`);
const sweeps = (v: number | null) => (v === null ? 'not reached' : number(v, 5));

function header(s: StudyReport, value: StudyReport['values'][number]['value']): string {
  const marks = [value === s.default ? 'default' : null, value === s.baseline && s.baseline !== s.default ? 'as --set' : null].filter((m) => m !== null);
  return `\`${String(value)}\`${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
}

export function studyTable(s: StudyReport): string[] {
  const claimIds = s.values[0]?.claims.map((c) => c.id) ?? [];
  const row = (label: string, cells: string[]) => `| ${label} | ${cells.join(' | ')} |`;
  return [
    `### ${s.experiment}: \`${s.setting}\` (${s.group}, ${s.seeds} seeds per value)`,
    '',
    row('claim', s.values.map((v) => header(s, v.value))),
    `|---|${s.values.map(() => '---|').join('')}`,
    row('*criterion reached*', s.values.map((v) => `${v.criterion.reached}/${v.criterion.runs} (${percent(v.criterion.reachedFraction)})`)),
    row('*median sweeps*', s.values.map((v) => sweeps(v.criterion.median))),
    ...claimIds.map((id) => row(id, s.values.map((v) => {
      const claim = v.claims.find((c) => c.id === id);
      if (!claim) return 'n/a';
      return claim.controlFails ? LABEL[claim.verdict] : `${LABEL[claim.verdict]} (control did not fail)`;
    }))),
    '',
  ];
}

/** Nothing when the report has no sweeps. */
export function studiesSection(report: Report): string[] {
  if (!report.sweeps || report.sweeps.length === 0) return [];
  return [
    '## Convention sweeps',
    '',
    'Each table re-runs one experiment on the same seeds once per value of one setting, every other setting as in the runs above ' +
      '(one factor at a time, not a grid). A claim whose row keeps its verdict does not hang on that setting; one that changes does.',
    '',
    ...report.sweeps.flatMap(studyTable),
  ];
}
