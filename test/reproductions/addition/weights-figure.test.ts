import { describe, expect, it } from 'vitest';
import { fig10Weights } from '../../../reproductions/addition/hand-built.js';
import { addition } from '../../../reproductions/addition/index.js';
import { additionMinimal } from '../../../reproductions/addition/minimal.js';
import { additionWeightsSvg } from '../../../reproductions/addition/weights-figure.js';
import { resolveSettings } from '../../../reproductions/kit/settings.js';
import { runExperiment } from '../../../scripts/app/run-experiment.js';
import { parseSvg, tooltip, withClass } from '../../helpers/parse-svg.js';

const cheap = [{ key: 'sweepBudget', raw: '50' }];

describe('figure: Hinton diagram of the addition nets', async () => {
  const minimal = await runExperiment(additionMinimal, resolveSettings(additionMinimal.settings, cheap).config, [], [1, 2]);
  const three = await runExperiment(addition, resolveSettings(addition.settings, cheap).config, [], [1, 2]);
  const printed = { weights: fig10Weights(), heading: 'Fig. 10', detail: 'scaled' };

  it("draws every parameter once: the minimal net's 32 beside Fig. 10's 32; the 3-hidden net's 41 alone", () => {
    const svg = additionWeightsSvg(minimal, printed);
    expect(withClass(parseSvg(svg), 'hinton-weight')).toHaveLength(64);
    expect(withClass(parseSvg(additionWeightsSvg(three, null)), 'hinton-weight')).toHaveLength(41);
  });

  it("shows Fig. 10's wiring: the −2 from the low carry to s₀ is black and the largest square", () => {
    const squares = withClass(parseSvg(additionWeightsSvg(minimal, printed)), 'hinton-weight').slice(32);
    const minus = squares.find((n) => tooltip(n) === 's₀ from h1: −20.0')!;
    expect(minus.attrs.fill).toBe('#000000');
    expect(Math.max(...squares.map((n) => Number(n.attrs.width)))).toBe(Number(minus.attrs.width));
  });

  it('falls back to the median final error when no seed converged, and says so; the same bytes on a second render', () => {
    const svg = additionWeightsSvg(minimal, printed);
    expect(svg).toContain('none converged');
    expect(additionWeightsSvg(minimal, printed)).toBe(svg);
  });
});
