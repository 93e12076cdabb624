import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClaimReport, ConditionResult, ExperimentReport, Report, RunRecord } from '../../reports/contract/index.js';
import { claimsCsv, csvField, csvTable, runsCsv, unionKeys } from '../../reports/csv.js';
import { csvObjects, parseCsv } from '../helpers/parse-csv.js';

// The CSV tables of a report (reports/csv.ts): quoting, the union of per-experiment columns, empty
// cells, and numbers that read back as the same doubles; on a hand-made report and on the baseline.

const baseline = (): Report => JSON.parse(readFileSync(new URL('../../reports/baseline/report.json', import.meta.url), 'utf8')) as Report;

function run(seed: number, over: Partial<RunRecord>): RunRecord {
  return {
    seed,
    sweepsRun: 100,
    sweepsToCriterion: null,
    criteria: {},
    finalError: null,
    diverged: false,
    weightsDigest: String(seed).repeat(64).slice(0, 64),
    weights: null,
    errorCurve: { sweeps: [0], errors: [null] },
    measures: {},
    ...over,
  };
}

const judged = (verdict: ClaimReport['verdict'], reproducedWhen: ConditionResult[]) => ({
  verdict,
  statistics: {},
  reproducedWhen,
  partialWhen: 'any' as const,
  decidedBy: reproducedWhen.map((c) => `${c.statistic} = ${c.value}`).join('; '),
});

function claim(id: string, reproducedWhen: ConditionResult[]): ClaimReport {
  return {
    id,
    statement: 's',
    citation: 'c',
    definition: 'd',
    paperValue: 'p',
    population: { label: 'seeds that learned, "strictly"', runs: 2, of: 3 },
    ...judged('partial', reproducedWhen),
    control: { name: 'ε = 0, weights frozen', description: 'd', runs: 1, fails: true, ...judged('not-reproduced', []) },
  };
}

function experiment(id: string, over: Partial<ExperimentReport>): ExperimentReport {
  return {
    id,
    title: id,
    citation: 'c',
    summary: 's',
    hyperparameters: {},
    conventions: {},
    deviations: [],
    architecture: { groups: [], projections: [], parameterCount: 1 },
    dataset: { description: 'd', patterns: 1, digest: '0'.repeat(64) },
    seeds: [],
    criterion: { id: 'main', description: 'd', budget: 100, summary: { runs: 0, reached: 0, reachedFraction: null, median: null, q1: null, q3: null } },
    runs: [],
    claims: [],
    ...over,
  };
}

/** Two experiments that share some columns and not others. */
const report = {
  experiments: [
    experiment('alpha', {
      deviations: [{ key: 'learningRate', default: 0.5, value: 0.1 }, { key: 'loss', default: 'sum', value: 'mean, margin "0.1"' }],
      runs: [
        run(1, { sweepsToCriterion: 12, criteria: { 'within-0.2': 12, 'right-side': 9 }, finalError: 0.1 + 0.2, measures: { learning: 12, flag: true } }),
        run(2, { criteria: { 'within-0.2': null, 'right-side': null }, diverged: true, measures: { learning: null } }),
      ],
      claims: [claim('learning', [
        { statistic: 'percentileOfPaper', op: 'between', threshold: [5, 95], value: 36, holds: true },
        { statistic: 'reachedFraction', op: '>=', threshold: 0.5, value: 1 / 3, holds: false },
      ])],
    }),
    experiment('beta', {
      deviations: [{ key: 'learningRate', default: 0.5, value: 2 }, { key: 'momentum', default: 0.9, value: 0 }],
      runs: [run(7, { sweepsToCriterion: 3, criteria: { 'train-correct': 3 }, finalError: 1e-21, measures: { other: -2.5e-7 } })],
      claims: [claim('other', [{ statistic: 'stuckHi', op: '<=', threshold: 0.0357217617161768, value: null, holds: false }])],
    }),
  ],
} as Report;

describe('CSV fields and tables (RFC 4180)', () => {
  it('quotes a field holding a comma, a quote or a line break, doubling inner quotes, and nothing else', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('ε = 0')).toBe('ε = 0');
  });

  it('writes null and undefined as empty fields, booleans as true/false, numbers with String()', () => {
    expect([null, undefined, true, false, 0, -2.5e-7, 1e21, 0.1 + 0.2].map(csvField)).toEqual(['', '', 'true', 'false', '0', '-2.5e-7', '1e+21', '0.30000000000000004']);
  });

  it('ends every record, the last too, with a line break, and reads back field for field', () => {
    const rows = [['x,y', 'he said "no"', 'multi\nline'], ['', 1.5, false]];
    const text = csvTable(['a', 'b', 'c'], rows);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ['x,y', 'he said "no"', 'multi\nline'], ['', '1.5', 'false']]);
  });

  it('takes the union of keys in order of first appearance', () => {
    expect(unionKeys([{ b: 1, a: 2 }, {}, { c: 3, a: 4 }])).toEqual(['b', 'a', 'c']);
  });
});

describe('runs.csv', () => {
  const { header, rows } = csvObjects(runsCsv(report));

  it('has one column per setting moved, criterion and measure over all experiments, prefixed', () => {
    expect(header).toEqual([
      'experiment', 'seed', 'setting.learningRate', 'setting.loss', 'setting.momentum',
      'criterion.within-0.2', 'criterion.right-side', 'criterion.train-correct',
      'sweepsToCriterion', 'sweepsRun', 'finalError', 'diverged', 'weightsDigest',
      'measure.learning', 'measure.flag', 'measure.other',
    ]);
  });

  it('has one row per (experiment, seed), with empty cells where a column is not the experiment’s or a value is null', () => {
    expect(rows.map((r) => `${r.experiment}/${r.seed}`)).toEqual(['alpha/1', 'alpha/2', 'beta/7']);
    expect(rows[0]).toMatchObject({ 'setting.learningRate': '0.1', 'setting.loss': 'mean, margin "0.1"', 'setting.momentum': '', 'criterion.right-side': '9', 'criterion.train-correct': '', 'measure.flag': 'true', 'measure.other': '' });
    expect(rows[1]).toMatchObject({ sweepsToCriterion: '', finalError: '', diverged: 'true', 'criterion.within-0.2': '', 'measure.learning': '', 'measure.flag': '' });
    expect(rows[2]).toMatchObject({ 'setting.learningRate': '2', 'setting.loss': '', 'setting.momentum': '0', 'criterion.within-0.2': '', 'criterion.train-correct': '3', 'measure.learning': '' });
  });

  it('writes numbers that read back as the same doubles', () => {
    expect(Number(rows[0]!.finalError)).toBe(0.1 + 0.2);
    expect(Number(rows[2]!.finalError)).toBe(1e-21);
    expect(Number(rows[2]!['measure.other'])).toBe(-2.5e-7);
  });

  it('reads back every number and flag of the baseline report exactly', () => {
    const b = baseline();
    const back = csvObjects(runsCsv(b)).rows;
    const runs = b.experiments.flatMap((e) => e.runs.map((r) => ({ e, r })));
    expect(back).toHaveLength(runs.length);
    const cell = (v: number | boolean | null | undefined) => (v === null || v === undefined ? '' : String(v));
    runs.forEach(({ e, r }, k) => {
      const row = back[k]!;
      expect([row.experiment, Number(row.seed), row.weightsDigest, row.diverged]).toEqual([e.id, r.seed, r.weightsDigest, String(r.diverged)]);
      expect(row.finalError === '' ? null : Number(row.finalError)).toBe(r.finalError);
      expect(row.sweepsToCriterion === '' ? null : Number(row.sweepsToCriterion)).toBe(r.sweepsToCriterion);
      for (const [id, v] of Object.entries(r.criteria)) expect(row[`criterion.${id}`], `${e.id} ${r.seed} ${id}`).toBe(cell(v));
      for (const [id, v] of Object.entries(r.measures)) {
        expect(row[`measure.${id}`], `${e.id} ${r.seed} ${id}`).toBe(cell(v));
        if (typeof v === 'number') expect(Number(row[`measure.${id}`])).toBe(v);
      }
    });
  });
});

describe('claims.csv', () => {
  const { header, rows } = csvObjects(claimsCsv(report));

  it('has one group of condition columns per condition of the claim with the most, and the control', () => {
    const condition = (i: number) => ['statistic', 'op', 'lower', 'upper', 'value', 'holds'].map((f) => `condition${i}.${f}`);
    expect(header).toEqual([
      'experiment', 'claim', 'verdict', 'population.runs', 'population.of', 'population.label', 'decidedBy',
      ...condition(1), ...condition(2), 'control.name', 'control.verdict', 'control.fails',
    ]);
  });

  it('has one row per (experiment, claim): thresholds as bounds, empty where open or absent', () => {
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      experiment: 'alpha', claim: 'learning', verdict: 'partial', 'population.runs': '2', 'population.of': '3', 'population.label': 'seeds that learned, "strictly"',
      'condition1.op': 'between', 'condition1.lower': '5', 'condition1.upper': '95', 'condition1.value': '36', 'condition1.holds': 'true',
      'condition2.statistic': 'reachedFraction', 'condition2.lower': '0.5', 'condition2.upper': '', 'condition2.holds': 'false',
      'control.name': 'ε = 0, weights frozen', 'control.verdict': 'not-reproduced', 'control.fails': 'true',
    });
    expect(Number(rows[0]!['condition2.value'])).toBe(1 / 3);
    expect(rows[1]).toMatchObject({ 'condition1.op': '<=', 'condition1.lower': '', 'condition1.upper': '0.0357217617161768', 'condition1.value': '', 'condition2.statistic': '', 'condition2.holds': '' });
  });

  it('has a row for every claim of the baseline report, its verdict and seeds as recorded', () => {
    const b = baseline();
    const claims = b.experiments.flatMap((e) => e.claims.map((c) => ({ e, c })));
    const back = csvObjects(claimsCsv(b)).rows;
    expect(back.map((r) => [r.experiment, r.claim, r.verdict, Number(r['population.runs']), Number(r['population.of']), r.decidedBy])).toEqual(
      claims.map(({ e, c }) => [e.id, c.id, c.verdict, c.population.runs, c.population.of, c.decidedBy]),
    );
  });
});
