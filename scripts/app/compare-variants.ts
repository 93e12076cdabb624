import { subStream } from '../../engine/index.js';
import type { Comparison, RunRecord, VariantResult } from '../../reports/contract/index.js';
import type { AnyExperiment } from '../../reproductions/kit/experiment.js';
import { judgeRuns } from '../../reproductions/kit/judge.js';
import type { Config } from '../../reproductions/kit/settings.js';
import { censoredQuantile, type Censored } from '../../reproductions/kit/statistics/censored.js';
import { bootstrapInterval, wilsonInterval } from '../../reproductions/kit/statistics/intervals.js';
import { interquartileMean, probabilityFewer } from '../../reproductions/kit/statistics/robust.js';
import { successByBudget } from '../../reproductions/kit/statistics/success-curve.js';
import { buildVariant, REFERENCE_VARIANT, type VariantChoice } from '../../reproductions/kit/variants.js';
import { measureRun, type SeedProgress, type SeedsRunner } from './run-experiment.js';
import { turnEventLoop } from './turn-event-loop.js';

/** One optimizer variant a comparison runs: which one, in words, and its values. */
export interface ChosenVariant {
  id: string;
  description: string;
  choice: VariantChoice;
}

export const BOOTSTRAP = { resamples: 2000, confidence: 0.95 };

/**
 * Bootstrap randomness comes from a stream of its own, under seed 0 (training seeds start at 1),
 * so the intervals are as repeatable as the runs.
 */
const bootstrapStream = (experiment: string, purpose: string) => subStream(experiment, 0, `bootstrap/${purpose}`);

function summarize(experiment: AnyExperiment, config: Config, variant: ChosenVariant, runs: RunRecord[], reference: Censored[]): VariantResult {
  const override = buildVariant(variant.choice);
  const reached = runs.map((r) => r.sweepsToCriterion);
  const budget = experiment.criterion(config).budget;
  const successes = reached.filter((r) => r !== null).length;
  const iqmStream = bootstrapStream(experiment.id, `iqm/${variant.id}`);
  const pairStream = bootstrapStream(experiment.id, `fewer/${variant.id}`);
  const pairs = reached.map((r, k) => [r, reference[k]!] as const);
  return {
    id: variant.id,
    description: variant.description,
    rule: override.rule.description,
    grain: override.grain,
    hyperparameters: variant.choice.values,
    runs: runs.map((r) => ({ seed: r.seed, sweepsToCriterion: r.sweepsToCriterion, finalError: r.finalError, diverged: r.diverged, weightsDigest: r.weightsDigest })),
    successRate: successes / runs.length,
    successInterval: wilsonInterval(successes, runs.length),
    sweeps: {
      median: censoredQuantile(reached, 0.5),
      q1: censoredQuantile(reached, 0.25),
      q3: censoredQuantile(reached, 0.75),
      iqm: interquartileMean(reached),
      iqmInterval: bootstrapInterval(reached, interquartileMean, { ...BOOTSTRAP, random: iqmStream.next }),
    },
    fewerThanReference: {
      probability: probabilityFewer(reached, reference),
      interval: bootstrapInterval(pairs, (s) => probabilityFewer(s.map((p) => p[0]), s.map((p) => p[1])), { ...BOOTSTRAP, random: pairStream.next }),
    },
    successCurve: successByBudget(reached, runs.map(() => budget)),
    claims: experiment.claims(config).map((claim) => {
      const { judgement } = judgeRuns(claim, runs);
      return { id: claim.id, verdict: judgement.verdict, decidedBy: judgement.decidedBy, statistics: judgement.statistics, controlFails: judgement.control.fails };
    }),
  };
}

/**
 * Runs every variant on the same seeds. The initial weights come from each seed's `init` stream,
 * which no variant touches, so every variant starts from the same weights (common random numbers).
 * `progressOf` is asked for a variant's progress as that variant starts, so its clock starts then.
 */
export async function compareVariants(
  experiment: AnyExperiment,
  config: Config,
  variants: readonly ChosenVariant[],
  seeds: readonly number[],
  progressOf?: (variant: string) => SeedProgress,
  runner?: SeedsRunner,
): Promise<Comparison> {
  const claims = experiment.claims(config);
  const runsOf = new Map<string, RunRecord[]>();
  for (const variant of variants) {
    const progress = progressOf?.(variant.id) ?? {};
    const onDone: Parameters<SeedsRunner>[3] = (done, training) => progress.seedDone?.(done, seeds.length, training);
    let trained;
    if (runner) {
      trained = await runner(experiment, config, seeds, onDone, variant.choice);
    } else {
      const override = buildVariant(variant.choice);
      trained = [];
      for (const seed of seeds) {
        trained.push(experiment.runSeed(config, seed, progress.sweep, override));
        onDone(trained.length, []);
        await turnEventLoop();
      }
    }
    runsOf.set(variant.id, trained.map((run) => measureRun(claims, run)));
  }
  const reference = runsOf.get(REFERENCE_VARIANT)!.map((r) => r.sweepsToCriterion);
  const results = variants.map((variant) => summarize(experiment, config, variant, runsOf.get(variant.id)!, reference));
  return {
    experiment: { id: experiment.id, title: experiment.title, settings: config, criterion: experiment.criterion(config), paperSweeps: [...new Set(experiment.paperSweeps)] },
    reference: REFERENCE_VARIANT,
    seeds: [...seeds],
    bootstrap: BOOTSTRAP,
    variants: results,
  };
}
