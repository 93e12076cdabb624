import { Type, type Static, type TObject, type TSchema, type TUnsafe } from 'typebox';

// Building blocks for the contract's shapes, beyond what TypeBox spells the way the published
// schemas spell them. Each returns a TypeBox schema whose static type is derived from its parts,
// so the JSON Schema and the TypeScript type still come from one definition.

const DEF_NAME = Symbol('contract definition name');

/**
 * Names a shape: a schema document lists it once, under `$defs/<name>`, and refers to it with
 * `$ref` wherever it occurs (see schema-document.ts). The name travels with TypeBox's copies
 * (Optional, Array items, ...) because it is a symbol property, which JSON and ajv ignore.
 */
export function named<T extends TSchema>(name: string, schema: T): T {
  return Object.assign(schema, { [DEF_NAME]: name });
}

/** The name given with `named`, if any. */
export function definitionName(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const name = (schema as { [DEF_NAME]?: unknown })[DEF_NAME];
  return typeof name === 'string' ? name : undefined;
}

/** The schema's own JSON keywords: enumerable string keys only (TypeBox keeps its markers hidden). */
function keywords(schema: TSchema): Record<string, unknown> {
  const s = schema as Record<string, unknown>;
  return Object.fromEntries(Object.keys(s).map((k) => [k, s[k]]));
}

/** Keywords that constrain one JSON type only, so they can share a schema with `null`. */
const ONE_TYPE_KEYWORDS = new Set([
  'type', 'description', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'format', 'required', 'additionalProperties', 'properties', 'items', 'minItems', 'maxItems',
]);

/**
 * The schema or null. Spelt `"type": ["<type>", "null"]` where the schema has one type and only
 * keywords of that type, otherwise `anyOf` the schema and `{ "type": "null" }`.
 */
export function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const own = keywords(schema);
  const mergeable = definitionName(schema) === undefined && typeof own.type === 'string' && Object.keys(own).every((k) => ONE_TYPE_KEYWORDS.has(k));
  return Type.Unsafe<Static<T> | null>(mergeable ? { ...own, type: [own.type, 'null'] } : Type.Union([schema, Type.Null()]));
}

interface JsonTypes {
  number: number;
  integer: number;
  string: string;
  boolean: boolean;
  null: null;
}

/** A value of any of these JSON types: `"type": [...]`. */
export function Types<const N extends ReadonlyArray<keyof JsonTypes>>(names: N): TUnsafe<JsonTypes[N[number]]> {
  return Type.Unsafe<JsonTypes[N[number]]>({ type: [...names] });
}

/** An object whose every property is a `values`: `"additionalProperties": <values>`. */
export function Dict<T extends TSchema>(values: T): TUnsafe<Record<string, Static<T>>> {
  return Type.Unsafe<Record<string, Static<T>>>({ type: 'object', additionalProperties: values });
}

/** Two items of one schema, e.g. an interval's ends. */
export function Pair<T extends TSchema>(item: T): TUnsafe<[Static<T>, Static<T>]> {
  return Type.Unsafe<[Static<T>, Static<T>]>({ type: 'array', items: item, minItems: 2, maxItems: 2 });
}

/** An object that may carry properties besides its listed ones (no `additionalProperties`). */
export function Open<T extends TObject>(schema: T): TUnsafe<Static<T> & { [extra: string]: unknown }> {
  if ('additionalProperties' in schema) throw new Error('Open: the object must not restrict additional properties');
  return Type.Unsafe<Static<T> & { [extra: string]: unknown }>(schema);
}

/**
 * A number that may be NaN or ±Infinity in memory. JSON.stringify writes those as null, so the
 * JSON holds a number or null while the code that makes the value sees a number.
 */
export function SerializedNumber(options: { description?: string } = {}): TUnsafe<number> {
  return Type.Unsafe<number>({ type: ['number', 'null'], ...options });
}
