import { describe, expect, it } from 'vitest';
import { encoderCodesSvg } from '../../../reproductions/encoder/codes-figure.js';
import { encoder } from '../../../reproductions/encoder/index.js';
import { TABLE5_CODES } from '../../../reproductions/encoder/paper.js';
import type { EncoderRun } from '../../../reproductions/encoder/run.js';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { runExperiment } from '../../../scripts/app/run-experiment.js';
import { parseSvg, tooltip, withClass } from '../../helpers/parse-svg.js';

describe('figure: hidden codes of the encoder beside Table 5', async () => {
  const { config } = resolveSettings(encoder.settings, []);
  const report = await runExperiment(encoder, config, [], [1, 2, 3]);
  const runs = report.runs as EncoderRun[];
  const svg = encoderCodesSvg(report, runs, TABLE5_CODES);
  const squares = withClass(parseSvg(svg), 'hinton-weight');

  it('draws 24 values of the seed and the 24 of Table 5', () => {
    expect(squares).toHaveLength(48);
  });

  it("sizes a square by the activation: Table 5's 1 fills its cell, its 0 is empty, its 0.5 has half the area", () => {
    const printed = squares.slice(24);
    const side = (label: string) => Number(printed.find((n) => tooltip(n).startsWith(label))!.attrs.width);
    expect(side('pattern 00010000, hidden 1')).toBe(25);
    expect(side('pattern 01000000, hidden 1')).toBe(0);
    expect(side('pattern 10000000, hidden 1') ** 2 / 25 ** 2).toBeCloseTo(0.5, 3);
  });

  it('names the typical seed, and the same bytes on a second render', () => {
    expect(svg).toMatch(/This suite: seed \d/);
    expect(svg).toContain('median of 3 converged seeds');
    expect(encoderCodesSvg(report, runs, TABLE5_CODES)).toBe(svg);
  });

  it('draws the seed alone at another width, where Table 5 does not apply', async () => {
    const four = resolveSettings(encoder.settings, [{ key: 'width', raw: '4' }]).config;
    const small = await runExperiment(encoder, four, [], [1]);
    const only = withClass(parseSvg(encoderCodesSvg(small, small.runs as EncoderRun[], TABLE5_CODES)), 'hinton-weight');
    expect(only).toHaveLength(8);
  });
});
