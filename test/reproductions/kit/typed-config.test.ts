import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaults, resolveSettings, type ConfigOf } from '../../../reproductions/kit/settings.js';
import { familySettings } from '../../../reproductions/family-trees/settings.js';
import { symmetrySettings } from '../../../reproductions/symmetry/settings.js';

// An experiment's config is typed from its settings declaration. `npm test` type-checks this file
// first, so each @ts-expect-error below fails the suite the day a misspelt key or a wrong value
// type compiles again.

describe('a config typed from its settings declaration', () => {
  it('refuses a misspelt key at compile time and gives each setting its own type', () => {
    const config: ConfigOf<typeof symmetrySettings> = defaults(symmetrySettings);
    // @ts-expect-error a misspelt setting is not a field of the config
    const misspelt: unknown = config.sweepBugdet;
    expect(misspelt).toBeUndefined();
    expectTypeOf(config.sweepBudget).toEqualTypeOf<number>();
    expectTypeOf(config.lossReduction).toEqualTypeOf<'sum' | 'mean'>();
    expectTypeOf(config.initBiases).toEqualTypeOf<boolean>();
  });

  it("does not take another experiment's settings", () => {
    const family = defaults(familySettings);
    // @ts-expect-error family trees have no patternOrder setting
    const order: unknown = family.patternOrder;
    expect(order).toBeUndefined();
    expect(family.sweeps).toBe(1500);
  });

  it('resolves overrides into the same typed shape, the defaults underneath', () => {
    const { config } = resolveSettings(symmetrySettings, [{ key: 'sweepBudget', raw: '300' }]);
    expectTypeOf(config).toEqualTypeOf<ConfigOf<typeof symmetrySettings>>();
    expect(config.sweepBudget).toBe(300);
    expect(config.learningRate).toBe(symmetrySettings.learningRate.default);
  });
});
