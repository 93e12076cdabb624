import type { ConditionResult, ExperimentReport, Report } from './contract/index.js';

// Two CSV tables of a report for re-analysis (pandas, R, a spreadsheet): runs.csv, one row per
// (experiment, seed), and claims.csv, one row per (experiment, claim). They are pure functions of
// the report's `experiments`, so they are byte-identical between runs with the same flags.
//
// Fields are quoted as RFC 4180 says: a field holding a comma, a double quote or a line break is
// put in double quotes, with its inner quotes doubled. Records end in "\n" (read by every CSV
// reader; the repository's text files all end lines so), the last one too. Numbers are written
// with String(), which reads back as the same double; booleans as true/false; null or absent as
// an empty field.
//
// Per-experiment columns (settings moved from their defaults, criteria, claim measures) are the
// union over the report's experiments, in order of first appearance, with a prefix so they can
// never collide with a fixed column: `setting.<key>`, `criterion.<id>`, `measure.<claimId>`. A
// cell is empty where its experiment does not have that column. A union of typed columns, rather
// than one `key=value;...` field, keeps the table rectangular and lets a reader group or filter by
// a setting's value directly, with numbers read as numbers.

/** A cell before it is written: null and undefined become an empty field. */
export type CsvValue = string | number | boolean | null | undefined;

/** One field, quoted if it holds a comma, a double quote or a line break (RFC 4180). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV text: the header, then one record per row, each ended by "\n". */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\n`);
  return lines.join('');
}

/** The keys of each record, once each, in order of first appearance. */
export function unionKeys(records: Iterable<Readonly<Record<string, unknown>>>): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  return [...keys];
}

/** The settings an experiment ran away from their defaults, by key. */
const deviationsOf = (e: ExperimentReport): Record<string, string | number | boolean> =>
  Object.fromEntries(e.deviations.map((d) => [d.key, d.value]));

/** runs.csv: one row per (experiment, seed), in the report's order. */
export function runsCsv(report: Report): string {
  const experiments = report.experiments;
  const settings = unionKeys(experiments.map(deviationsOf));
  const criteria = unionKeys(experiments.flatMap((e) => e.runs.map((r) => r.criteria)));
  const measures = unionKeys(experiments.flatMap((e) => e.runs.map((r) => r.measures)));
  const header = [
    'experiment',
    'seed',
    ...settings.map((k) => `setting.${k}`),
    ...criteria.map((k) => `criterion.${k}`),
    'sweepsToCriterion',
    'sweepsRun',
    'finalError',
    'diverged',
    'weightsDigest',
    ...measures.map((k) => `measure.${k}`),
  ];
  const rows = experiments.flatMap((e) => {
    const deviations = deviationsOf(e);
    return e.runs.map((run) => [
      e.id,
      run.seed,
      ...settings.map((k) => deviations[k]),
      ...criteria.map((k) => run.criteria[k]),
      run.sweepsToCriterion,
      run.sweepsRun,
      run.finalError,
      run.diverged,
      run.weightsDigest,
      ...measures.map((k) => run.measures[k]),
    ]);
  });
  return csvTable(header, rows);
}

/** A condition's threshold as the interval it asks of its statistic: `>=` gives the lower end, `<=` the upper, `between` both. */
function bounds(c: ConditionResult): [number | null, number | null] {
  if (Array.isArray(c.threshold)) return [c.threshold[0], c.threshold[1]];
  return c.op === '>=' ? [c.threshold, null] : [null, c.threshold];
}

const CONDITION_FIELDS = ['statistic', 'op', 'lower', 'upper', 'value', 'holds'] as const;

/**
 * claims.csv: one row per (experiment, claim). `decidedBy` is the report's own words for what
 * decided the verdict; `condition<i>.*` are the claim's conditions for `reproduced` one by one
 * (as many groups as the claim with the most of them has), each with its threshold as the bounds
 * `lower` and `upper` (empty where open), the statistic's value and whether it held.
 */
export function claimsCsv(report: Report): string {
  const claims = report.experiments.flatMap((e) => e.claims.map((claim) => ({ e, claim })));
  const conditions = Math.max(1, ...claims.map(({ claim }) => claim.reproducedWhen.length));
  const groups = Array.from({ length: conditions }, (_, i) => i);
  const header = [
    'experiment',
    'claim',
    'verdict',
    'population.runs',
    'population.of',
    'population.label',
    'decidedBy',
    ...groups.flatMap((i) => CONDITION_FIELDS.map((f) => `condition${i + 1}.${f}`)),
    'control.name',
    'control.verdict',
    'control.fails',
  ];
  const rows = claims.map(({ e, claim }) => [
    e.id,
    claim.id,
    claim.verdict,
    claim.population.runs,
    claim.population.of,
    claim.population.label,
    claim.decidedBy,
    ...groups.flatMap((i) => {
      const c = claim.reproducedWhen[i];
      if (c === undefined) return CONDITION_FIELDS.map(() => null);
      const [lower, upper] = bounds(c);
      return [c.statistic, c.op, lower, upper, c.value, c.holds];
    }),
    claim.control.name,
    claim.control.verdict,
    claim.control.fails,
  ]);
  return csvTable(header, rows);
}
