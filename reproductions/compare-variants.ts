import { subStream } from '../engine/index.js';
import type { Comparison, VariantResult } from '../reports/comparison-types.js';
import type { RunRecord } from '../reports/types.js';
import type { Experiment } from './experiment.js';
import { judgeRuns } from './judge.js';
import { measureRun } from './run-experiment.js';
import type { Config } from './settings.js';
import { censoredQuantile, type Censored } from './statistics/censored.js';
import { bootstrapInterval, wilsonInterval } from './statistics/intervals.js';
import { interquartileMean, probabilityFewer } from './statistics/robust.js';
import { successByBudget } from './statistics/success-curve.js';
import type { SeedsRunner } from './run-experiment.js';
import { buildVariant, REFERENCE_VARIANT, type VariantChoice } from './variants.js';

export interface PlannedVariant {
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

function summarize(experiment: Experiment<RunRecord>, config: Config, plan: PlannedVariant, runs: RunRecord[], reference: Censored[]): VariantResult {
  const override = buildVariant(plan.choice);
  const reached = runs.map((r) => r.sweepsToCriterion);
  const budget = experiment.criterion(config).budget;
  const successes = reached.filter((r) => r !== null).length;
  const iqmStream = bootstrapStream(experiment.id, `iqm/${plan.id}`);
  const pairStream = bootstrapStream(experiment.id, `fewer/${plan.id}`);
  const pairs = reached.map((r, k) => [r, reference[k]!] as const);
  return {
    id: plan.id,
    description: plan.description,
    rule: override.rule.description,
    grain: override.grain,
    hyperparameters: plan.choice.values,
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
      return { id: claim.id, verdict: judgement.verdict, decidedBy: judgement.decidedBy, statistics: judgement.statistics };
    }),
  };
}

/**
 * Runs every variant on the same seeds. The initial weights come from each seed's `init` stream,
 * which no variant touches, so every variant starts from the same weights (common random numbers).
 */
export async function compareVariants(
  experiment: Experiment<RunRecord>,
  config: Config,
  plans: readonly PlannedVariant[],
  seeds: readonly number[],
  onSeed?: (variant: string, done: number, total: number) => void,
  runner?: SeedsRunner,
): Promise<Comparison> {
  const claims = experiment.claims(config);
  const runsOf = new Map<string, RunRecord[]>();
  for (const plan of plans) {
    const onDone = (done: number) => onSeed?.(plan.id, done, seeds.length);
    let trained;
    if (runner) {
      trained = await runner(experiment, config, seeds, onDone, plan.choice);
    } else {
      const override = buildVariant(plan.choice);
      trained = [];
      for (const seed of seeds) {
        trained.push(experiment.runSeed(config, seed, undefined, override));
        onDone(trained.length);
        await new Promise((done) => setImmediate(done));
      }
    }
    runsOf.set(plan.id, trained.map((run) => measureRun(claims, run)));
  }
  const reference = runsOf.get(REFERENCE_VARIANT)!.map((r) => r.sweepsToCriterion);
  const results = plans.map((plan) => summarize(experiment, config, plan, runsOf.get(plan.id)!, reference));
  const fromClaims = results[0]!.claims.map((c) => c.statistics.paperSweeps).filter((v): v is number => typeof v === 'number');
  return {
    experiment: { id: experiment.id, title: experiment.title, settings: config, criterion: experiment.criterion(config), paperSweeps: [...new Set(fromClaims)] },
    reference: REFERENCE_VARIANT,
    seeds: [...seeds],
    bootstrap: BOOTSTRAP,
    variants: results,
  };
}
