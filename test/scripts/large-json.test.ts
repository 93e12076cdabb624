import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../scripts/app/args/json-file.js';
import { LargeJsonError, parseLargeJson } from '../../scripts/app/args/large-json.js';
import { ROOT } from '../helpers/run-script.js';
import { expectUsageError } from '../helpers/usage-error.js';

// JSON larger than one string is parsed in parts (scripts/app/args/large-json.ts). Real reports of
// that size take minutes to make, so the parts are forced small here: every cut JSON.parse never
// sees must give what JSON.parse gives, and every text JSON.parse refuses must be refused.

const LIMITS = [1, 2, 5, 16, 64, 1 << 20];
const bytes = (text: string) => Buffer.from(text, 'utf8');

const VALID = [
  '{"a": [1, 2, {"b": "c"}], "d": {}, "e": [], "f": null, "g": true, "h": false}',
  '  [ -1.5e-3 , 0, 1E+2, "x" ]\n',
  '{"brackets in strings": "]}[{,:", "escaped quote \\" ]": "\\\\", "\\u0041": "\\n"}',
  '{"multi-byte": "é ü 日本 😀", "😀": ["ø", {"ø": "ø"}]}',
  '{"__proto__": {"polluted": true}, "constructor": 1}',
  '{"a": 1, "a": 2}',
  '[[[[[[[[[[1]]]]]]]]], [[[]]], {"x": {"y": {"z": [0]}}}]',
  '"a lone string"',
  '42',
  '{"long": "' + 'x'.repeat(200) + '"}',
];

const INVALID = ['[1 2]', '{"a" 1}', '[1,]', '{"a": 1,}', '[1, 2', '{"a": 1} x', '[', '', '   ', '{"a": "\\u00"}', '{a: 1}', '[1,,2]', '{"a": 1 "b": 2}', '["unterminated]', '[tru]', '{"a": [1, 2}'];

describe('JSON parsed in parts', () => {
  for (const text of VALID) {
    it(`gives what JSON.parse gives, cut anywhere: ${text.slice(0, 40)}`, () => {
      for (const limit of LIMITS) expect(parseLargeJson(bytes(text), limit), `parts of ${limit} bytes`).toStrictEqual(JSON.parse(text));
    });
  }

  it('keeps "__proto__" an own property, as JSON.parse does', () => {
    const parsed = parseLargeJson(bytes('{"__proto__": {"polluted": true}}'), 1) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  for (const text of INVALID) {
    it(`refuses what JSON.parse refuses, cut anywhere: ${JSON.stringify(text)}`, () => {
      expect(() => JSON.parse(text)).toThrow();
      for (const limit of LIMITS) expect(() => parseLargeJson(bytes(text), limit), `parts of ${limit} bytes`).toThrow(LargeJsonError);
    });
  }

  it('reads a whole report in parts as it reads it whole, and names the file and byte of an error', () => {
    const report = join(ROOT, 'reports', 'baseline', 'report.json');
    expect(readJson('report', report, 4096)).toStrictEqual(readJson('report', report));
    const bad = join(ROOT, 'test', 'fixtures', 'figure-reports.ts'); // not JSON at all
    expectUsageError(() => readJson(`"${bad}"`, bad, 16), /^".*figure-reports\.ts": not valid JSON: .* near byte \d+$/);
  });
});
