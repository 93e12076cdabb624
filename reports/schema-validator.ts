import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Checks a value; returns null when valid, otherwise every error with its JSON path. */
export type SchemaCheck = (value: unknown) => string | null;

/** Every error as "<JSON path> <message>", naming the offending property where ajv knows it. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` ("${(e.params as { additionalProperty: string }).additionalProperty}")` : '';
      return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra}`;
    })
    .join('; ');
}

/**
 * Compiles a JSON Schema (draft 2020-12) once; the check can then be called many times.
 * `referenced` are schemas it points into with $ref, known by their $id.
 */
export function compileSchema(schema: object, referenced: object[] = []): SchemaCheck {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const other of referenced) ajv.addSchema(other);
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? null : describeErrors(validate.errors));
}

/** A check compiled on first use, from schemas made when first needed (`referenced` as for compileSchema). */
export function lazySchema(schema: () => object, referenced: () => object[] = () => []): SchemaCheck {
  let check: SchemaCheck | undefined;
  return (value) => {
    check ??= compileSchema(schema(), referenced());
    return check(value);
  };
}
