import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyExperiment } from '../../../reproductions/kit/experiment.js';
import { iterativeNets } from '../../../reproductions/iterative-nets/index.js';
import { judgeRuns } from '../../../reproductions/kit/judge.js';
import { cheapSettings } from '../../helpers/cheap-settings.js';
import { ROOT } from '../../helpers/run-script.js';
import { scratchFolders } from '../../helpers/scratch.js';

// The claims must catch a broken engine. A scratch copy of the sources gets an engine whose backward
// pass never carries ∂E/∂y back through a projection (eq. 7 dropped): every error stops at its own
// layer, so in an unrolled net at its own time step. The copy's experiment and judge, run on a few
// cheap seeds, must find the three recurrent claims not reproduced, where the real engine reproduces them.

const folder = scratchFolders('broken-engine-');
/** The one line of the backward pass that lets ∂E/∂y pass back through a projection (eq. 7), skipping input groups only. */
const EQ7 = 'if (proj.fromInput) continue;';
/** Seeds whose sequence nets learn within 200 sweeps at the defaults, so the real engine passes on them. */
const SEEDS = [8, 10, 12];
const { config } = cheapSettings(iterativeNets as unknown as AnyExperiment, 200);
const CLAIMS = ['fig5-equivalence', 'shift-register', 'sequence-completion'];

/** A copy of the sources the experiment imports, with eq. 7 of the backward pass skipped for every projection. */
function brokenCopy(): string {
  const dir = folder();
  const baseline = `${sep}reports${sep}baseline`;
  for (const part of ['engine', 'reproductions', 'reports']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true, filter: (path) => !path.includes(baseline) });
  }
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  // The copy resolves its packages from the repository's own; removing the folder removes the link only.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const passes = join(dir, 'engine', 'passes.ts');
  const source = readFileSync(passes, 'utf8');
  // Exactly one such line, or the engine changed and this test must be revisited.
  expect(source.split(EQ7)).toHaveLength(2);
  writeFileSync(passes, source.replace(EQ7, 'continue;'));
  return dir;
}

type Judge = typeof judgeRuns;
function verdicts(experiment: typeof iterativeNets, judge: Judge): Record<string, string> {
  const runs = SEEDS.map((seed) => ({ ...experiment.runSeed(config as never, seed), measures: {} }));
  return Object.fromEntries(experiment.claims(config as never).map((claim) => [claim.id, judge(claim, runs).judgement.verdict]));
}

describe('an engine with the gradient cut between layers, in a scratch copy', () => {
  it('fails the Fig. 5, shift-register and sequence-completion claims that the real engine reproduces', async () => {
    const dir = brokenCopy();
    const broken = (await import(join(dir, 'reproductions', 'iterative-nets', 'index.ts'))) as { iterativeNets: typeof iterativeNets };
    const brokenKit = (await import(join(dir, 'reproductions', 'kit', 'judge.ts'))) as { judgeRuns: Judge };
    expect(broken.iterativeNets).not.toBe(iterativeNets);
    // The break is made in the TypeScript passes, the WebAssembly kernels' reference twin, so the
    // copy runs those (its own engine module, so the real engine's choice is untouched).
    const brokenEngine = (await import(join(dir, 'engine', 'index.ts'))) as { useKernels: (k: 'ts') => string };
    expect(brokenEngine.useKernels('ts')).toBe('ts');

    const real = verdicts(iterativeNets, judgeRuns);
    const cut = verdicts(broken.iterativeNets, brokenKit.judgeRuns);
    for (const id of CLAIMS) {
      expect([id, real[id]]).toEqual([id, 'reproduced']);
      expect([id, cut[id]]).toEqual([id, 'not-reproduced']);
    }
  });
});
