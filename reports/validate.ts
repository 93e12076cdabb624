import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Report } from './types.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const SCHEMA_PATH = new URL('./schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  }
  return validator;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('; ');
}

/** Null when the value is a valid report; otherwise the ajv errors, each with its JSON path. */
export function reportErrors(value: unknown): string | null {
  const validate = compiled();
  return validate(value) ? null : describeErrors(validate.errors);
}

export class InvalidReportError extends Error {}

export function assertValidReport(value: unknown): asserts value is Report {
  const errors = reportErrors(value);
  if (errors !== null) throw new InvalidReportError(`report does not match reports/schema.json: ${errors}`);
}
