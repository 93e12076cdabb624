import { describe, expect, it } from 'vitest';
import { applyOverrides, parseSetting, SettingError } from '../../reproductions/settings.js';
import { symmetrySettings } from '../../reproductions/symmetry.js';

const def = (key: string) => symmetrySettings.find((s) => s.key === key)!;

describe('settings and --set overrides', () => {
  it('parses numbers, enums and booleans within their ranges', () => {
    expect(parseSetting(def('learningRate'), '0.05')).toBe(0.05);
    expect(parseSetting(def('learningRate'), '1e-3')).toBe(0.001);
    expect(parseSetting(def('lossReduction'), 'mean')).toBe('mean');
    expect(parseSetting(def('initBiases'), 'false')).toBe(false);
  });

  it('says what is allowed when a value is bad', () => {
    expect(() => parseSetting(def('learningRate'), 'fast')).toThrow('learningRate must be a finite number ≥ 0, got "fast"');
    expect(() => parseSetting(def('momentum'), '1.5')).toThrow(SettingError);
    expect(() => parseSetting(def('sweepBudget'), '10.5')).toThrow(/whole number/);
    expect(() => parseSetting(def('lossReduction'), 'average')).toThrow('lossReduction must be one of sum, mean, got "average"');
    expect(() => parseSetting(def('initBiases'), 'yes')).toThrow(/true or false/);
    expect(() => parseSetting(def('learningRate'), '')).toThrow(SettingError);
  });

  it('records each changed value as a deviation, and none for a value equal to the default', () => {
    const { config, deviations } = applyOverrides(symmetrySettings, [
      { key: 'momentum', raw: '0.85' },
      { key: 'learningRate', raw: '0.1' },
    ]);
    expect(config.momentum).toBe(0.85);
    expect(deviations).toEqual([{ key: 'momentum', default: 0.9, value: 0.85 }]);
    expect(() => applyOverrides(symmetrySettings, [{ key: 'nope', raw: '1' }])).toThrow(/unknown setting "nope"/);
  });
});
