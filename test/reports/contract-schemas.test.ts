import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { GroupSpec, ParamsJson, ProjectionSpec, TrainConfig } from '../../engine/index.js';
import {
  COMPARISON_SCHEMA_VERSION,
  publishedSchemas,
  schemaFileText,
  type Architecture,
  type BenchmarkReport,
  type ComparisonReport,
  type Grain,
  type Report,
  type RunRecord,
} from '../../reports/contract/index.js';
import { benchmarkErrors } from '../../reports/validate-benchmark.js';
import { assertValidReport, reportErrors } from '../../reports/validate.js';
import { comparisonErrors } from '../../reports/write-comparison.js';

// The published JSON Schemas are made from the contract's shapes (npm run schemas); these tests
// fail when a committed schema file is not what the contract makes, and check that the schemas
// the validators compile accept real output and reject broken output at the right JSON path.

const baseline = (): Report => JSON.parse(readFileSync(new URL('../../reports/baseline/report.json', import.meta.url), 'utf8')) as Report;

const environment = { node: 'v20.0.0', platform: 'linux', arch: 'x64', os: 'Linux', cpu: 'cpu', cpus: 2, packageVersion: '0.0.0', gitCommit: null };
const DIGEST = '0'.repeat(64);

function benchmark(): BenchmarkReport {
  return {
    environment,
    rounds: 1,
    results: [
      {
        task: 'symmetry',
        implementation: 'engine',
        precision: 'float64',
        description: 'the engine',
        status: 'timed',
        parameters: 17,
        patterns: 64,
        sweeps: 1425,
        seconds: { samples: 1, median: 0.1, mean: 0.1, min: 0.1, max: 0.1, sd: 0, rme: 0 },
        cups: 1e7,
        sweepsPerSecond: 14250,
        ratioToEngine: 1,
        ratioRange: [1, 1],
      },
    ],
  };
}

function comparison(): ComparisonReport {
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'comparison',
    suite: { name: 'backprop-1986', version: '0.0.0' },
    environment,
    invocation: { only: 'symmetry', variants: ['paper'], seeds: 1, sets: [], config: null, workers: 1 },
    timing: { startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', seconds: { total: 1 } },
    comparison: {
      experiment: { id: 'symmetry', title: 'Symmetry', settings: { learningRate: 0.1 }, criterion: { id: 'within-0.2', description: 'within 0.2', budget: 100 }, paperSweeps: [1425] },
      reference: 'paper',
      seeds: [1],
      bootstrap: { resamples: 10, confidence: 0.95 },
      variants: [
        {
          id: 'paper',
          description: "the paper's setting",
          rule: 'paper-momentum',
          grain: 'batch',
          hyperparameters: { learningRate: null },
          runs: [{ seed: 1, sweepsToCriterion: 50, finalError: 0.01, diverged: false, weightsDigest: DIGEST }],
          successRate: 1,
          successInterval: { lo: 0.2, hi: 1 },
          sweeps: { median: 50, q1: 50, q3: 50, iqm: 50, iqmInterval: { lo: 50, hi: null } },
          fewerThanReference: { probability: 0.5, interval: null },
          successCurve: [{ sweeps: 0, fraction: 0 }, { sweeps: 50, fraction: 1 }],
          claims: [{ id: 'learns', verdict: 'reproduced', decidedBy: 'fraction = 1 meets >= 0.8', statistics: { fraction: 1 }, controlFails: true }],
        },
      ],
    },
  };
}

describe('the published schemas', () => {
  it.each(publishedSchemas().map((s) => [s.file, s.document] as const))('reports/%s is what `npm run schemas` writes from the contract', (file, document) => {
    const committed = readFileSync(new URL(`../../reports/${file}`, import.meta.url), 'utf8');
    expect(committed, `reports/${file} is out of date: run npm run schemas`).toBe(schemaFileText(document));
  });

  it('are JSON Schema 2020-12 documents with their own $id', () => {
    for (const { file, document } of publishedSchemas()) {
      expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(document.$id.endsWith(`/reports/${file}`)).toBe(true);
    }
  });
});

describe('the report schema', () => {
  it('accepts the committed baseline report', () => {
    expect(reportErrors(baseline())).toBeNull();
  });

  it('rejects a report without a required field, naming its JSON path', () => {
    const broken = baseline() as unknown as { experiments: Array<{ runs: Array<Record<string, unknown>>; claims: Array<Record<string, unknown>> }> };
    delete broken.experiments[0]!.runs[0]!.weightsDigest;
    delete broken.experiments[0]!.claims[1]!.decidedBy;
    const errors = reportErrors(broken)!;
    expect(errors).toMatch(/\/experiments\/0\/runs\/0 must have required property 'weightsDigest'/);
    expect(errors).toMatch(/\/experiments\/0\/claims\/1 must have required property 'decidedBy'/);
    expect(() => assertValidReport(broken)).toThrow(/does not match reports\/schema.json/);
  });

  it('rejects a misspelt enum value, naming its JSON path', () => {
    const broken = baseline() as unknown as { experiments: Array<{ claims: Array<{ verdict: string }>; architecture: { groups: Array<{ kind: string }> } }> };
    broken.experiments[0]!.claims[0]!.verdict = 'reproducd';
    broken.experiments[0]!.architecture.groups[0]!.kind = 'inputs';
    const errors = reportErrors(broken)!;
    expect(errors).toMatch(/\/experiments\/0\/claims\/0\/verdict must be equal to one of the allowed values/);
    expect(errors).toMatch(/\/experiments\/0\/architecture\/groups\/0\/kind must be equal to one of the allowed values/);
  });

  it('rejects a property it does not know, naming it', () => {
    const broken = { ...baseline(), extra: true };
    expect(reportErrors(broken)).toMatch(/^\/ must NOT have additional properties \("extra"\)$/);
  });
});

describe('the benchmark schema ($defs/benchmark)', () => {
  it('accepts a benchmark and rejects a misspelt status and an empty task at their paths', () => {
    expect(benchmarkErrors(benchmark())).toBeNull();
    const broken = benchmark() as unknown as { results: Array<Record<string, unknown>> };
    broken.results[0]!.status = 'time';
    broken.results[0]!.task = '';
    const errors = benchmarkErrors(broken)!;
    expect(errors).toMatch(/\/results\/0\/status must be equal to one of the allowed values/);
    expect(errors).toMatch(/\/results\/0\/task must NOT have fewer than 1 characters/);
  });

  it('is the one a report refers to', () => {
    expect(reportErrors({ ...baseline(), benchmark: benchmark() })).toBeNull();
    const broken = { ...baseline(), benchmark: { ...benchmark(), rounds: 0 } };
    expect(reportErrors(broken)).toMatch(/\/benchmark\/rounds must be >= 1/);
  });
});

describe('the comparison schema', () => {
  it('accepts a comparison and rejects a misspelt grain and a missing field at their paths', () => {
    expect(comparisonErrors(comparison())).toBeNull();
    const broken = comparison() as unknown as { comparison: { variants: Array<Record<string, unknown>> } };
    broken.comparison.variants[0]!.grain = 'batches';
    delete broken.comparison.variants[0]!.successCurve;
    const errors = comparisonErrors(broken)!;
    expect(errors).toMatch(/\/comparison\/variants\/0\/grain must be equal to one of the allowed values/);
    expect(errors).toMatch(/\/comparison\/variants\/0 must have required property 'successCurve'/);
  });

  it('takes the environment from the report schema', () => {
    const broken = { ...comparison(), environment: { ...environment, cpus: 0 } };
    expect(comparisonErrors(broken)).toMatch(/\/environment\/cpus must be >= 1/);
  });
});

describe('the contract agrees with the engine', () => {
  // Checked by the type checker (npm run typecheck): shapes the engine defines and a report records.
  it('has the engine’s net spec, parameters and update grain', () => {
    expectTypeOf<Architecture['groups'][number]>().toEqualTypeOf<GroupSpec>();
    expectTypeOf<Architecture['projections'][number]>().toEqualTypeOf<ProjectionSpec>();
    expectTypeOf<NonNullable<RunRecord['weights']>>().toEqualTypeOf<ParamsJson>();
    expectTypeOf<Grain>().toEqualTypeOf<TrainConfig['grain']>();
  });
});
