import { describe, expect, it } from 'vitest';
import { parseSetting, resolveSettings, SettingError } from '../../../reproductions/kit/settings.js';
import { symmetrySettings } from '../../../reproductions/symmetry/settings.js';

type Key = keyof typeof symmetrySettings;
const parse = (key: Key, raw: string) => parseSetting(key, symmetrySettings[key], raw);

describe('settings and --set overrides', () => {
  it('parses numbers, enums and booleans within their ranges', () => {
    expect(parse('learningRate', '0.05')).toBe(0.05);
    expect(parse('learningRate', '1e-3')).toBe(0.001);
    expect(parse('lossReduction', 'mean')).toBe('mean');
    expect(parse('initBiases', 'false')).toBe(false);
  });

  it('says what is allowed when a value is bad', () => {
    expect(() => parse('learningRate', 'fast')).toThrow('learningRate must be a finite number ≥ 0, got "fast"');
    expect(() => parse('momentum', '1.5')).toThrow(SettingError);
    expect(() => parse('sweepBudget', '10.5')).toThrow(/whole number/);
    expect(() => parse('lossReduction', 'average')).toThrow('lossReduction must be one of sum, mean, got "average"');
    expect(() => parse('initBiases', 'yes')).toThrow(/true or false/);
    expect(() => parse('learningRate', '')).toThrow(SettingError);
  });

  it('records each changed value as a deviation, and none for a value equal to the default', () => {
    const { config, deviations } = resolveSettings(symmetrySettings, [
      { key: 'momentum', raw: '0.85' },
      { key: 'learningRate', raw: '0.1' },
    ]);
    expect(config.momentum).toBe(0.85);
    expect(deviations).toEqual([{ key: 'momentum', default: 0.9, value: 0.85 }]);
    expect(() => resolveSettings(symmetrySettings, [{ key: 'nope', raw: '1' }])).toThrow(/unknown setting "nope"/);
  });

  it('lets a later value for the same key win, and drops the deviation when it returns to the default', () => {
    const twice = resolveSettings(symmetrySettings, [
      { key: 'momentum', raw: '0.85' },
      { key: 'momentum', raw: '0.8' },
    ]);
    expect(twice.config.momentum).toBe(0.8);
    expect(twice.deviations).toEqual([{ key: 'momentum', default: 0.9, value: 0.8 }]);
    expect(resolveSettings(symmetrySettings, [{ key: 'momentum', raw: '0.85' }, { key: 'momentum', raw: '0.9' }]).deviations).toEqual([]);
  });
});
