import { describe, expect, it } from 'vitest';
import { buildNet, exportParams, importParams, initialParameters, NetSpecError, subStream } from '../../engine/index.js';
import { skipTiedSpec } from '../helpers/random-net.js';

describe('parameters as JSON by block name', () => {
  const net = buildNet(skipTiedSpec);
  const params = initialParameters(net, { range: 1, biases: true }, subStream('test', 1, 'init'));

  it('round-trips every bit', () => {
    const json = JSON.parse(JSON.stringify(exportParams(net, params)));
    expect(Array.from(importParams(net, json))).toEqual(Array.from(params));
  });

  it('writes weight blocks as rows per receiving unit and biases as lists', () => {
    const json = exportParams(net, params);
    expect((json.skip as number[][]).length).toBe(2);
    expect((json.skip as number[][])[0]!.length).toBe(3);
    expect((json.outBias as number[]).length).toBe(2);
  });

  it('names what is wrong with a bad file', () => {
    const good = exportParams(net, params);
    expect(() => importParams(net, [])).toThrow(/JSON object/);
    expect(() => importParams(net, { ...good, extra: [1] })).toThrow(/unknown parameter block "extra"/);
    const { skip: _skip, ...missing } = good;
    expect(() => importParams(net, missing)).toThrow(/missing parameter block "skip"/);
    expect(() => importParams(net, { ...good, skip: [[1, 2, 3]] })).toThrow(/"skip" must have 2 row/);
    expect(() => importParams(net, { ...good, outBias: [1, 'x'] })).toThrow(/"outBias" row 0 must hold 2 finite numbers/);
  });
});

describe('net specs', () => {
  it('rejects a projection that goes backwards, a tied block of two shapes, and unknown groups', () => {
    const groups = skipTiedSpec.groups;
    expect(() => buildNet({ groups, projections: [{ from: 'b', to: 'a', block: 'x' }] })).toThrow(NetSpecError);
    expect(() =>
      buildNet({ groups, projections: [{ from: 'input', to: 'a', block: 't' }, { from: 'a', to: 'out', block: 't' }, { from: 'a', to: 'b', block: 'ab' }] }),
    ).toThrow(/two different shapes/);
    expect(() => buildNet({ groups, projections: [{ from: 'nowhere', to: 'a', block: 'x' }] })).toThrow(/unknown group "nowhere"/);
  });
});
