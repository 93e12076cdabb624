import { compileSchema } from '../../../reports/schema-validator.js';
import { GRAINS } from '../../../reports/contract/index.js';
import { findVariant, variants, variantValues, type Grain } from '../../../reproductions/kit/variants.js';
import { UsageError } from '../usage-error.js';
import { readJsonFile } from './json-file.js';

// Variant hyper-parameters: from a JSON file checked against a schema made from the variants
// themselves, then from `--set <variant>.<param>=<value>` flags on top.

export type VariantOptions = Record<string, Record<string, number | string>>;

/** The JSON Schema of a variant options file: { "<variant>": { "<param>": number, "grain": "batch" | "pattern" } }. */
export function variantOptionsSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      variants.map((v) => [
        v.id,
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            grain: { enum: [...GRAINS] },
            ...Object.fromEntries(v.params.map((p) => [p.name, { type: 'number', minimum: p.min, maximum: p.max }])),
          },
        },
      ]),
    ),
  };
}

let checkOptions: ((value: unknown) => string | null) | undefined;

export function readVariantOptions(path: string): VariantOptions {
  const json = readJsonFile('--config', path);
  checkOptions ??= compileSchema(variantOptionsSchema());
  const errors = checkOptions(json);
  if (errors !== null) throw new UsageError(`--config ${path}: ${errors}`);
  return json as VariantOptions;
}

/** Adds one `<variant>.<param>=<value>` flag to the options, checking name and range. */
export function addVariantFlag(options: VariantOptions, variantId: string, param: string, raw: string): void {
  const variant = findVariant(variantId)!;
  if (param === 'grain') {
    if (!(GRAINS as readonly string[]).includes(raw)) throw new UsageError(`--set ${variantId}.grain must be ${GRAINS.join(' or ')}, got "${raw}"`);
    (options[variantId] ??= {}).grain = raw as Grain;
    return;
  }
  const def = variant.params.find((p) => p.name === param);
  const known = ['grain', ...variant.params.map((p) => p.name)].join(', ');
  if (!def) throw new UsageError(`--set ${variantId}.${param}: variant ${variantId} has no parameter "${param}" (known: ${known})`);
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < def.min || value > def.max) {
    throw new UsageError(`--set ${variantId}.${param} must be a number from ${def.min} to ${def.max}, got "${raw}"`);
  }
  (options[variantId] ??= {})[param] = value;
}

/** A variant's resolved values and grain from the options. */
export function resolveVariant(id: string, options: VariantOptions): { values: Record<string, number | null>; grain: Grain } {
  const variant = findVariant(id)!;
  const given = options[id] ?? {};
  const numbers = Object.fromEntries(Object.entries(given).filter(([k]) => k !== 'grain')) as Record<string, number>;
  return { values: variantValues(variant, numbers), grain: (given.grain as Grain | undefined) ?? variant.defaultGrain };
}
