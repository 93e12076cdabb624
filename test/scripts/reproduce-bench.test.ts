import { describe, expect, it } from 'vitest';
import { IMPLEMENTATION_IDS } from '../../baselines/registry.js';
import { renderMarkdown } from '../../reports/markdown.js';
import { reportErrors } from '../../reports/validate.js';
import { DEFAULT_ROUNDS } from '../../scripts/app/args/bench-args.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { runBench, type BenchOptions } from '../../scripts/app/bench/run-bench.js';
import { taskIds } from '../../scripts/app/bench/tasks.js';
import { presentationOf } from '../../scripts/app/presentation.js';
import { reproduce } from '../../scripts/app/reproduce.js';
import { capturingOutput } from '../helpers/capture-output.js';

// reproduce --bench puts the benchmark beside the experiments, never inside them. The benchmark it
// asks for (every implementation, the default rounds: most of a minute) is checked by the options
// it is asked with; what runs is one round of the engine and one baseline, which is all this test
// needs to see how the report holds the result.
const asked: BenchOptions[] = [];
const cheapBench = (options: BenchOptions) => {
  asked.push(options);
  return runBench({ ...options, implementations: ['nested-loops'], rounds: 1 });
};

describe('npm run reproduce -- --bench', () => {
  it('adds a schema-checked benchmark of the selected experiments and leaves `experiments` unchanged', async () => {
    const [task] = taskIds();
    const args = ['--only', task!, '--seeds', '2', '--workers', '1'];
    const plain = await capturingOutput(() => reproduce(parseReproduceArgs(args)));
    const bench = await capturingOutput(() => reproduce(parseReproduceArgs([...args, '--bench']), cheapBench));
    const [a, b] = [plain.result, bench.result];
    expect(a.benchmark).toBeUndefined();
    expect(b.experiments).toEqual(a.experiments);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ tasks: [task], implementations: IMPLEMENTATION_IDS, rounds: DEFAULT_ROUNDS });
    expect(new Set(b.benchmark!.results.map((r) => r.task))).toEqual(new Set([task]));
    expect(b.benchmark!.results[0]).toMatchObject({ implementation: 'engine', status: 'timed', ratioToEngine: 1 });
    expect(bench.stderr).toContain(`bench: ${task}: round 1/1`);
    expect(reportErrors(b)).toBeNull();
    expect(renderMarkdown(b, presentationOf(b))).toMatch(new RegExp(`## Benchmark[\\s\\S]*\\| ${task} \\| engine \\| float64 \\|`));
  });
});
