import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../reports/markdown.js';
import { reportErrors } from '../../reports/validate.js';
import { experiments } from '../../reproductions/registry.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { presentationOf } from '../../scripts/app/presentation.js';
import { reproduce } from '../../scripts/app/reproduce.js';
import { capturingOutput } from '../helpers/capture-output.js';
import { EXPERIMENT_IDS, UNKNOWN_EXPERIMENT } from '../helpers/experiment-ids.js';
import { expectUsageError } from '../helpers/usage-error.js';

// --sweep (a setting study), in this process as scripts/reproduce.ts runs it. How reproduce exits on
// bad input is checked once, in test/scripts/bad-input-exit.test.ts.

const QUICK = ['--only', 'symmetry', '--seeds', '4', '--set', 'symmetry.sweepBudget=2000', '--workers', '1'];
const run = (args: string[]) => capturingOutput(() => reproduce(parseReproduceArgs(args)));

describe('--sweep: a report with convention sweeps', () => {
  it('validates, has one table per swept setting, and leaves experiments as they are without it', async () => {
    const swept = await run([...QUICK, '--sweep', 'lossReduction=sum,mean', '--sweep', 'symmetry.initBiases=true,false']);
    const plain = await run(QUICK);
    expect(swept.stdout).toMatch(/symmetry lossReduction=mean: 4 seeds in/);
    expect(swept.stdout).toMatch(/symmetry initBiases=false: 4 seeds in/);
    const report = swept.result;
    expect(reportErrors(report)).toBeNull();
    expect(JSON.stringify(report.experiments)).toBe(JSON.stringify(plain.result.experiments));
    expect(report.invocation.sweeps).toEqual(['lossReduction=sum,mean', 'symmetry.initBiases=true,false']);

    const sweeps = report.sweeps!;
    expect(sweeps.map((s) => [s.experiment, s.setting, s.default, s.baseline, s.seeds, s.values.map((v) => v.value)])).toEqual([
      ['symmetry', 'lossReduction', 'sum', 'sum', 4, ['sum', 'mean']],
      ['symmetry', 'initBiases', true, true, 4, [true, false]],
    ]);
    const main = report.experiments[0]!;
    for (const s of sweeps) {
      for (const v of s.values) expect(v.claims.map((c) => c.id)).toEqual(main.claims.map((c) => c.id));
      // The default value is the main run itself.
      expect(s.values[0]!.claims.map((c) => c.verdict)).toEqual(main.claims.map((c) => c.verdict));
      expect(s.values[0]!.criterion).toEqual(main.criterion.summary);
    }
    // Averaging E shrinks every step 64-fold: no seed learns the task within the budget.
    expect(sweeps[0]!.values[1]!.criterion.reached).toBe(0);

    const md = renderMarkdown(report, presentationOf(report));
    expect(md).toMatch(/^## Convention sweeps$/m);
    expect(md).toMatch(/^### symmetry: `lossReduction` \(convention, 4 seeds per value\)$/m);
    expect(md).toMatch(/^\| claim \| `sum` \(default\) \| `mean` \|$/m);
    expect(md).toMatch(/^\| mirror-antisymmetry \| [a-z*]+ \| \*not testable\* \|$/m);
    expect(md).toMatch(/^\| claim \| `true` \(default\) \| `false` \|$/m);
  });
});

describe('--sweep: which experiments a setting sweeps', () => {
  const targets = (argv: string[]) => parseReproduceArgs(argv).plan.studies.flatMap((s) => s.targets.map((t) => [t.experiment.id, t.values]));
  const having = (key: string) => experiments.filter((e) => key in e.settings).map((e) => e.id);

  it('sweeps every selected experiment that has the setting, and leaves out the others', () => {
    expect(having('tiedGradient').length).toBeLessThan(experiments.length);
    expect(targets(['--sweep', 'tiedGradient=average,sum'])).toEqual(having('tiedGradient').map((id) => [id, ['average', 'sum']]));
    expect(targets(['--sweep', 'lossReduction=mean'])).toEqual(having('lossReduction').map((id) => [id, ['mean']]));
  });

  it("parses values with the setting's own parser", () => {
    expect(targets(['--only', 'symmetry', '--sweep', 'initialRange=0.3, 1,2.5e0', '--sweep', 'initBiases=false'])).toEqual([
      ['symmetry', [0.3, 1, 2.5]],
      ['symmetry', [false]],
    ]);
  });

  it('limits a sweep to one experiment when the key names it', () => {
    expect(targets(['--sweep', 'symmetry.lossReduction=sum,mean'])).toEqual([['symmetry', ['sum', 'mean']]]);
  });
});

describe('--sweep: bad values are a one-line UsageError', () => {
  const other = EXPERIMENT_IDS.find((id) => id !== 'symmetry')!;
  const cases: Array<[string[], RegExp | string]> = [
    [['--sweep', 'speed=1,2'], /--sweep names setting "speed", which no selected experiment has \(known: learningRate, /],
    [['--sweep', 'tiedGradient=average,sum'], /--sweep names setting "tiedGradient", which no selected experiment has/],
    [['--sweep', 'lossReduction=sum,avg'], /--sweep for symmetry: lossReduction must be one of sum, mean, got "avg"/],
    [['--sweep', 'initialRange=0.3,-1'], /initialRange must be a number from 0 to 100, got "-1"/],
    [['--sweep', 'lossReduction'], /--sweep must look like <setting>=<v1,v2,...>/],
    [['--sweep', 'lossReduction=sum,,mean'], /--sweep lossReduction needs a comma-separated list of values with none empty/],
    [['--sweep', 'lossReduction='], /none empty/],
    [['--sweep', 'initialRange=0.3,0.30'], /--sweep initialRange lists the value 0.3 twice/],
    [['--sweep', 'lossReduction=sum', '--sweep', 'symmetry.lossReduction=mean'], /--sweep sweeps symmetry.lossReduction twice/],
    [['--sweep', `${UNKNOWN_EXPERIMENT}.lossReduction=sum`], `--sweep names unknown experiment "${UNKNOWN_EXPERIMENT}"`],
    [['--sweep', `${other}.lossReduction=sum`], `--sweep names "${other}", which --only leaves out`],
    [['--sweep', 'lossReduction=sum,mean', '--shard', '1/2'], /--sweep cannot be combined with --shard/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => expectUsageError(() => parseReproduceArgs(['--only', 'symmetry', ...args]), message));
  }
});
