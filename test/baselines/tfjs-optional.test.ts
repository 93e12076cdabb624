import { describe, expect, it } from 'vitest';
import { engine } from '../../baselines/engine-adapter.js';
import { tfjsImplementations, type PackageImporter } from '../../baselines/tfjs-backends.js';
import { benchmarkTable } from '../../reports/benchmark-markdown.js';
import { benchmarkErrors } from '../../reports/validate-benchmark.js';
import { runBench } from '../../scripts/app/bench/run-bench.js';
import { benchTask } from '../../scripts/app/bench/tasks.js';

// TensorFlow.js is an optional dependency: without it the benchmark still runs, and its table says
// that the TF.js rows were skipped and why. A missing package is played by an importer that fails
// the way Node does (ERR_MODULE_NOT_FOUND); the installed packages are never touched here.

const missing = (name: string) => Object.assign(new Error(`Cannot find package '${name}' imported from baselines/tfjs-backends.ts`), { code: 'ERR_MODULE_NOT_FOUND' });

/** Plays a machine where the named packages are not installed, and stands in for the others. */
const importerWithout = (absent: readonly string[], present: Record<string, unknown> = {}): PackageImporter => async (name) => {
  if (absent.includes(name)) throw missing(name);
  if (name in present) return present[name];
  throw new Error(`the test did not expect an import of ${name}`);
};

/** Just enough of @tensorflow/tfjs-core for prepare() to register a backend. */
const fakeCore = { enableProdMode: () => {}, setBackend: async () => true, getBackend: () => 'cpu' };

describe('TF.js not installed', () => {
  it('skips both TF.js baselines with a note in the table and the JSON, and times the rest', async () => {
    const { cpu, wasm } = tfjsImplementations(importerWithout(['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu', '@tensorflow/tfjs-backend-wasm']));
    const lines: string[] = [];
    const report = await runBench({ tasks: ['symmetry'], implementations: ['tfjs-cpu', 'tfjs-wasm'], rounds: 1, progress: (l) => lines.push(l), registry: [engine, cpu, wasm] });
    expect(report.results.map((r) => [r.implementation, r.status])).toEqual([['engine', 'timed'], ['tfjs-cpu', 'unavailable'], ['tfjs-wasm', 'unavailable']]);
    for (const r of report.results.slice(1)) {
      expect(r.reason).toMatch(/^TensorFlow\.js is not installed: @tensorflow\/tfjs-core is missing \(optional dependencies .*npm install` without --omit=optional adds them\)$/);
      expect(r.cups).toBeNull();
    }
    const table = benchmarkTable(report).join('\n');
    expect(table).toMatch(/\| symmetry \| tfjs-cpu \| float32 \| unavailable: TensorFlow\.js is not installed: @tensorflow\/tfjs-core is missing/);
    expect(table).toMatch(/\| symmetry \| tfjs-wasm \| float32 \| unavailable: TensorFlow\.js is not installed/);
    expect(lines).toContain(`symmetry: tfjs-cpu skipped: ${report.results[1]!.reason}`);
    expect(benchmarkErrors(report)).toBeNull();
  });

  it('names the one package that is missing, and keeps the backend whose packages are there', async () => {
    const { cpu, wasm } = tfjsImplementations(importerWithout(['@tensorflow/tfjs-backend-wasm'], { '@tensorflow/tfjs-core': fakeCore, '@tensorflow/tfjs-backend-cpu': {} }));
    const task = benchTask('symmetry');
    expect(await wasm.prepare(task)).toEqual({ unavailable: expect.stringMatching(/^TensorFlow\.js is not installed: @tensorflow\/tfjs-backend-wasm is missing/) });
    const runner = await cpu.prepare(task);
    expect(runner).toHaveProperty('train');
  });

  it('does not mistake a package that fails to load for one that is missing', async () => {
    const broken: PackageImporter = async () => {
      throw new SyntaxError('Unexpected token in @tensorflow/tfjs-core');
    };
    await expect(tfjsImplementations(broken).cpu.prepare(benchTask('symmetry'))).rejects.toThrow(SyntaxError);
  });
});
