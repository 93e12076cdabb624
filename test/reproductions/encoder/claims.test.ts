import { describe, expect, it } from 'vitest';
import { encoder } from '../../../reproductions/encoder/index.js';
import type { EncoderRun } from '../../../reproductions/encoder/run.js';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { runExperiment } from '../../../scripts/app/run-experiment.js';

// A few cheap seeds: the encoder learns in a few hundred sweeps, so six seeds cost well under a second.
const SEEDS = [1, 2, 3, 4, 5, 6];

describe('the encoder claims and their controls, on six seeds of the 8-3-8 net', async () => {
  const { config } = resolveSettings(encoder.settings, []);
  const report = await runExperiment(encoder, config, [], SEEDS);
  const byId = Object.fromEntries(report.claims.map((c) => [c.id, c]));

  it('records one hidden code of 3 values per pattern on every run', () => {
    for (const run of report.runs as EncoderRun[]) {
      expect(run.codes).toHaveLength(8);
      expect(run.codes.every((c) => c.length === 3 && c.every((v) => v > 0 && v < 1))).toBe(true);
    }
  });

  it('learning: judged on every seed; ε = 0 on three seeds never learns, so its control fails', () => {
    expect(byId.learning!.population.runs).toBe(6);
    expect(byId.learning!.statistics.runs).toBe(6);
    expect(byId.learning!.control).toMatchObject({ name: 'ε = 0', runs: 3, verdict: 'not-reproduced', fails: true });
    expect(byId.learning!.control.statistics.fraction).toBe(0);
  });

  it('the code claims are judged on the seeds that learned, their controls on every seed at its initial weights', () => {
    for (const id of ['distinct-codes', 'intermediate-values']) {
      expect(byId[id]!.population.runs).toBe(report.criterion.summary.reached);
      expect(byId[id]!.population.dependsOn).toBe('learning');
      expect(byId[id]!.control).toMatchObject({ name: 'initial weights', runs: 6, verdict: 'not-reproduced', fails: true });
      expect(byId[id]!.control.statistics.fraction).toBe(0);
    }
  });

  it('reports the extra statistics each claim promises', () => {
    expect(byId.learning!.statistics.medianSweeps).toBeGreaterThan(0);
    expect(byId['distinct-codes']!.statistics).toHaveProperty('binaryNumberFraction');
    expect(byId['distinct-codes']!.statistics).toHaveProperty('medianLeastDistance');
    expect(byId['intermediate-values']!.statistics).toHaveProperty('meanIntermediate');
    // at the initial weights every value of every code is intermediate
    expect(byId['intermediate-values']!.control.statistics.meanIntermediate).toBe(24);
  });
});

describe('the width setting', () => {
  it('trains 4-2-4 and 16-4-16 nets with codes of 2 and 4 units', () => {
    for (const [width, hidden] of [['4', 2], ['16', 4]] as const) {
      const { config } = resolveSettings(encoder.settings, [{ key: 'width', raw: width }]);
      const run = encoder.runSeed(config, 1) as EncoderRun;
      expect(run.codes).toHaveLength(Number(width));
      expect(run.codes[0]).toHaveLength(hidden);
      expect(encoder.claims(config)[2]!.definition).toContain(`${Number(width) * hidden}`);
    }
  });
});
