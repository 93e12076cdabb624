import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../reports/json-text.js';

const text = (value: unknown, depth?: number) => {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c), depth);
  return chunks.join('');
};

describe('JSON written piece by piece', () => {
  it('gives the bytes of JSON.stringify(value, null, 2) for the committed baseline report', () => {
    const file = readFileSync(new URL('../../reports/baseline/report.json', import.meta.url), 'utf8');
    expect(`${text(JSON.parse(file))}\n`).toBe(file);
  });

  it('agrees with JSON.stringify on the awkward cases, at every depth', () => {
    const awkward = {
      empty: { a: [], o: {} },
      skipped: { u: undefined, f: () => 1, kept: 0 },
      inArray: [undefined, () => 1, NaN, Infinity, -0, null],
      strings: ['line\nbreak', 'quote "', 'ünïcode ✓'],
      nested: [[1, [2, { x: [3] }]], { y: { z: [] } }],
      date: new Date(0),
    };
    for (const depth of [0, 1, 2, 3, 4, 10]) expect(text(awkward, depth)).toBe(JSON.stringify(awkward, null, 2));
    for (const v of [1, 'a', null, true, [], {}]) expect(text(v)).toBe(JSON.stringify(v, null, 2));
  });
});
