import type { TSchema } from 'typebox';
import { definitionName } from './json-schema.js';

// Turns a contract shape into a JSON Schema (draft 2020-12) document: plain JSON, every named
// shape (json-schema.ts `named`) listed once under $defs and referred to with $ref, keywords in
// a fixed order so that the published file reads like a hand-written one and never reorders.

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonSchemaDocument = { $schema: string; $id: string; $defs?: Record<string, Json> } & { [key: string]: Json };

export interface DocumentOptions {
  $id: string;
  /** Named shapes that another document defines: name → that document's URI (relative to this one). */
  external?: Record<string, string>;
}

/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas. */
const SCHEMA_VALUED = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);
const SCHEMA_LISTS = new Set(['anyOf', 'allOf', 'oneOf', 'prefixItems']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

const ORDER = [
  '$schema', '$id', '$ref', 'title', 'description', 'type', 'const', 'enum', 'format', 'pattern', 'minLength', 'maxLength',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'required', 'additionalProperties', 'properties', 'patternProperties',
  'items', 'prefixItems', 'minItems', 'maxItems', 'anyOf', 'allOf', 'oneOf',
];
const rank = (key: string) => {
  const k = ORDER.indexOf(key);
  return k === -1 ? ORDER.length : k;
};

function plainJson(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plainJson);
  if (typeof value === 'object') return Object.fromEntries(Object.keys(value).map((k) => [k, plainJson((value as Record<string, unknown>)[k])]));
  throw new Error(`not JSON: ${String(value)}`);
}

/** The document of `root` (title and description come from the root schema itself). */
export function schemaDocument(root: TSchema, { $id, external = {} }: DocumentOptions): JsonSchemaDocument {
  const defs = new Map<string, Json>();
  const making = new Set<string>();

  function schema(value: unknown, asDefinition = false): Json {
    if (typeof value === 'boolean') return value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`not a schema: ${JSON.stringify(value)}`);
    const name = asDefinition ? undefined : definitionName(value);
    if (name !== undefined) return reference(name, value);
    const source = value as Record<string, unknown>;
    const out: Record<string, Json> = {};
    for (const key of Object.keys(source).sort((a, b) => rank(a) - rank(b))) {
      const v = source[key];
      if (SCHEMA_VALUED.has(key)) out[key] = schema(v);
      else if (SCHEMA_LISTS.has(key)) out[key] = (v as unknown[]).map((s) => schema(s));
      else if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.keys(v as object).map((k) => [k, schema((v as Record<string, unknown>)[k])]));
      else out[key] = plainJson(v);
    }
    return out;
  }

  /** Lists a named shape under $defs (in the order first met) and refers to it. */
  function reference(name: string, value: object): Json {
    if (name in external) return { $ref: `${external[name]}#/$defs/${name}` };
    if (!defs.has(name)) {
      defs.set(name, {}); // its place, kept while its body is made
      making.add(name);
      defs.set(name, schema(value, true));
      making.delete(name);
    } else if (!making.has(name) && JSON.stringify(defs.get(name)) !== JSON.stringify(schema(value, true))) {
      throw new Error(`two different shapes are both named "${name}"`);
    }
    return { $ref: `#/$defs/${name}` };
  }

  const body = schema(root, true) as Record<string, Json>;
  const document: JsonSchemaDocument = { $schema: DRAFT_2020_12, $id, ...body };
  if (defs.size > 0) document.$defs = Object.fromEntries(defs);
  return document;
}

/** A document as its published file: 2-space JSON with a trailing newline. */
export function schemaFileText(document: JsonSchemaDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
