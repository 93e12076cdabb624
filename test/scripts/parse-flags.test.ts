import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../scripts/app/args/parse-flags.js';
import { parseCount } from '../../scripts/app/args/counts.js';
import { parseList } from '../../scripts/app/args/values.js';
import { expectUsageError } from '../helpers/usage-error.js';

// The flag reader every command shares. node:util's parseArgs takes `-1` after `--seeds` for a
// flag and refuses it as "ambiguous" over three lines; here a negative number is a value like any
// other, left to the option's own parser to refuse with its usual message.

const OPTIONS = { seeds: { type: 'string' }, set: { type: 'string', multiple: true }, bench: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

describe('parseFlags: a value that starts with a dash', () => {
  it('takes a negative number as the value of an option that takes one', () => {
    expect(parseFlags(['--seeds', '-1'], OPTIONS).values.seeds).toBe('-1');
    expect(parseFlags(['--seeds', '-0.5'], OPTIONS).values.seeds).toBe('-0.5');
    expect(parseFlags(['--seeds', '-.5'], OPTIONS).values.seeds).toBe('-.5');
    expect(parseFlags(['--set', '-1', '--set', '-2e3', '--bench'], OPTIONS).values).toEqual({ set: ['-1', '-2e3'], bench: true });
  });

  it('so the option refuses it with its usual message', () => {
    expectUsageError(() => parseCount('--seeds', parseFlags(['--seeds', '-1'], OPTIONS).values.seeds!, 100), '--seeds must be a whole number from 1 to 100, got "-1"');
  });

  it('keeps a lone dash, and what follows `--`, as they were', () => {
    expect(parseFlags(['--seeds', '-'], OPTIONS).values.seeds).toBe('-');
    expect(parseFlags(['--', '--seeds', '-1'], OPTIONS, true).positionals).toEqual(['--seeds', '-1']);
  });

  it('after a flag that takes no value, a negative number is still an unknown option', () => {
    expectUsageError(() => parseFlags(['--bench', '-1'], OPTIONS), "Unknown option '-1'");
  });

  it('after an option that takes a value, another flag is a missing value, said in one line', () => {
    expectUsageError(() => parseFlags(['--seeds', '--bench'], OPTIONS), '--seeds needs a value, got the flag "--bench"; to give a value that starts with a dash, write --seeds=--bench');
    expectUsageError(() => parseFlags(['--seeds', '-h'], OPTIONS), '--seeds needs a value, got the flag "-h"');
  });

  it('a missing value at the end, and an unknown flag, are one line too', () => {
    expectUsageError(() => parseFlags(['--seeds'], OPTIONS), "Option '--seeds <value>' argument missing");
    expectUsageError(() => parseFlags(['--fast'], OPTIONS), "Unknown option '--fast'");
  });
});

describe('parseList: the list rules every command shares', () => {
  it('splits on commas, from one flag or several, dropping blanks', () => {
    expect(parseList('--only', ' a, b ', 'id')).toEqual(['a', 'b']);
    expect(parseList('--only', ['a', 'b,c'], 'id')).toEqual(['a', 'b', 'c']);
  });

  it('refuses a list given but empty, and one that names an id twice', () => {
    expectUsageError(() => parseList('--only', '', 'experiment id'), '--only needs at least one experiment id');
    expectUsageError(() => parseList('--only', [' , '], 'id', ['a', 'b']), '--only needs at least one id (known: a, b)');
    expectUsageError(() => parseList('--only', 'a,b,a', 'id'), '--only lists "a" twice');
  });
});
