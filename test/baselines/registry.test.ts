import { describe, expect, it } from 'vitest';
import { IMPLEMENTATION_IDS } from '../../baselines/registry.js';
import { IMPLEMENTATION_IDS as CONTRACT_IDS } from '../../reports/contract/benchmark.js';

// The benchmark's implementations and the report contract's list of their ids are two lists. The
// type-check refuses an implementation the contract lacks; this holds the other way too, so the
// published schema names no implementation the benchmark cannot run.

describe('the benchmark registry', () => {
  it('runs exactly the implementations the report contract names, each once', () => {
    expect(new Set(IMPLEMENTATION_IDS).size).toBe(IMPLEMENTATION_IDS.length);
    expect([...IMPLEMENTATION_IDS].sort()).toEqual([...CONTRACT_IDS].sort());
  });
});
