import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  activeKernels, buildNet, ConfigError, constant, packPatterns, paperMomentum, train, useKernels, type Criterion, type Kernels,
} from '../../engine/index.js';
import { kernelsSupported } from '../../engine/wasm/kernel-module.js';
import { kernelBacking } from '../../engine/wasm/kernel-workspace.js';
import { randomPatterns, skipTiedSpec } from '../helpers/random-net.js';
import { ROOT } from '../helpers/run-script.js';

// The engine runs the WebAssembly kernels where the platform validates them (WebAssembly SIMD) and
// the TypeScript passes otherwise, or when asked to. A criterion sees the workspace the trainer
// passes run on, so it tells which kernels trained.

/** Which kernels a short training ran on, as its criterion saw the workspace. */
function trainedOn(): Kernels {
  let seen: Kernels | undefined;
  const probe: Criterion = { id: 'probe', description: 'records the workspace', met: (_net, ws) => ((seen = kernelBacking(ws) ? 'wasm' : 'ts'), false) };
  const net = buildNet(skipTiedSpec);
  train(net, new Float64Array(net.parameterCount).fill(0.1), packPatterns(net, randomPatterns(skipTiedSpec, 5, 1)), {
    sweeps: 2, rule: paperMomentum, learningRate: constant(0.1), momentum: constant(0), grain: 'batch',
    loss: { reduction: 'sum' }, tiedGradient: 'average', criteria: [probe], stopWhenCriteriaMet: false,
  });
  return seen!;
}

describe('choosing the kernels', () => {
  const before = activeKernels();
  const restore = () => useKernels(before);

  it('this platform (Node 20, x64) has WebAssembly SIMD, so auto takes the kernels', () => {
    try {
      expect(kernelsSupported()).toBe(true);
      expect(useKernels('auto')).toBe('wasm');
      expect(trainedOn()).toBe('wasm');
    } finally {
      restore();
    }
  });

  it('falls back to the TypeScript passes when the platform reports no SIMD', () => {
    const noSimd = () => false;
    try {
      expect(kernelsSupported(noSimd)).toBe(false);
      expect(useKernels('auto', noSimd)).toBe('ts');
      expect(activeKernels()).toBe('ts');
      expect(trainedOn()).toBe('ts');
      expect(() => useKernels('wasm', noSimd)).toThrow(ConfigError);
    } finally {
      restore();
    }
  });

  it("'ts' runs the TypeScript passes; an unknown choice is refused", () => {
    try {
      expect(useKernels('ts')).toBe('ts');
      expect(trainedOn()).toBe('ts');
      expect(() => useKernels('fast' as Kernels)).toThrow(/'auto', 'wasm' or 'ts'/);
    } finally {
      restore();
    }
  });

  // Worker threads inherit the variable (Node's default env for a Worker), so it sets a whole run.
  it('BACKPROP_KERNELS chooses for a process, and is checked', () => {
    const run = (value: string) => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      "import { activeKernels } from './engine/index.ts'; console.log(activeKernels());"], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BACKPROP_KERNELS: value } });
    expect(run('ts').stdout.trim()).toBe('ts');
    const bad = run('fast');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/BACKPROP_KERNELS must be 'auto', 'wasm' or 'ts'/);
  });
});
