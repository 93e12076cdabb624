import { buildNet, importParams, packPatterns, parametersDigest, ParamsError, train, type Net, type PackedPatterns } from '../../engine/index.js';
import type { ExperimentReport, Invocation, Report, RunRecord } from '../../reports/contract/index.js';
import type { AnyExperiment, CriterionReading, SeedTraining } from '../../reproductions/kit/experiment.js';
import { sampleCurve, sixDigits } from '../../reproductions/kit/run-record.js';
import type { Config } from '../../reproductions/kit/settings.js';
import { MAX_SEEDS } from './args/counts.js';
import { planRun, type ExperimentPlan } from './plan.js';
import { configOf } from './presentation.js';
import type { ReportFile } from './read-report.js';
import { measureRun } from './run-experiment.js';
import { UsageError } from './usage-error.js';

// Merge trusts nothing in a shard it can recompute without training: a shard is a file anyone can
// edit, and the merged report would carry an edit on as if the suite had made it. Everything here
// is recomputed from the shard itself and this suite's code, and the first mismatch is refused in
// one line naming the file, experiment, seed and field:
//   - the shard's experiments, settings, deviations and seed set, planned again from its own
//     invocation (--only, --set, --seeds or each experiment's default count, --shard) by the path
//     reproduce plans by, and the union of all shards against the whole seed list;
//   - per run: the error curve's sampled sweeps (a function of sweepsRun alone), its 6-digit
//     points, its last sweep against sweepsRun, finalError against its last point, diverged
//     against finalError, sweepsToCriterion against criteria[<criterion>] and every criterion
//     against sweepsRun, the SHA-256 of the weights against weightsDigest, and every claim's
//     measure recomputed from the record;
//   - for layered nets (experiments with `training`, which gives a seed's data, initial weights
//     and recipe): the curve's first point is E of the seed's initial weights (so a run moved to
//     another seed is caught), finalError is E of the final weights, bit for bit, and which
//     criteria hold at the final weights agrees with `criteria`.
// What cannot be recomputed without training the seed again is taken on trust: that the final
// weights are what training the seed makes; sweepsToCriterion and criteria before the last sweep;
// the error curve between its first and last points; a diverged run's weightsDigest (its weights
// are null, as they are not all finite numbers); an experiment's own record fields (family-trees'
// held-out and person-code results, iterative-nets' fig5 and sequence records, whose weights belong
// to other nets); and environment and timing.

type Refuse = (field: string, what: string) => UsageError;

const json = (v: unknown) => JSON.stringify(v ?? null);

/** What a shard's invocation plans; an invocation that plans nothing (e.g. --shard 3/3 of 2 seeds) is refused. */
function planOf(file: string, invocation: Invocation): ExperimentPlan[] {
  // planRun lists every seed, so a doctored count is refused before it is listed.
  if (invocation.seeds !== null && invocation.seeds > MAX_SEEDS) {
    throw new UsageError(`"${file}": invocation.seeds: ${invocation.seeds} is more seeds than reproduce runs (at most ${MAX_SEEDS}) (edited, or made by other code)`);
  }
  try {
    return planRun(invocation).experiments;
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`"${file}": its invocation does not plan a run: ${error.message}`);
    throw error;
  }
}

const shardLabel = (r: Report) => `${r.invocation.shard?.index ?? 1}/${r.invocation.shard?.count ?? 1}`;
const countLabel = (r: Report, e: ExperimentPlan) =>
  r.invocation.seeds === null ? `${e.experiment.defaultSeeds} seeds (${e.experiment.id}'s default)` : `${r.invocation.seeds} seeds (--seeds)`;

/** The runs hold exactly the seeds the plan gives this shard. */
function verifySeeds(file: string, report: Report, e: ExperimentReport, plan: ExperimentPlan): void {
  const held = e.runs.map((r) => r.seed);
  const [have, want] = [new Set(held), new Set(plan.seeds)];
  const where = `shard ${shardLabel(report)} of ${countLabel(report, plan)}`;
  const bad = (what: string) => new UsageError(`"${file}": ${e.id} seeds: ${what} (edited, or made by other code)`);
  const extra = held.find((s) => !want.has(s));
  if (extra !== undefined) throw bad(`seed ${extra} is not one of the ${plan.seeds.length} seeds of ${where}`);
  const missing = plan.seeds.find((s) => !have.has(s));
  if (missing !== undefined) throw bad(`seed ${missing} of ${where} is missing (it runs ${plan.seeds.length}, the shard holds ${held.length})`);
  const twice = held.find((s, k) => held.indexOf(s) !== k);
  if (twice !== undefined) throw bad(`seed ${twice} is there twice`);
}

/** The settings and deviations are what the invocation's --set gives. */
function verifySettings(file: string, e: ExperimentReport, plan: ExperimentPlan): void {
  const recorded = configOf(e);
  for (const key of new Set([...Object.keys(plan.config), ...Object.keys(recorded)])) {
    if (recorded[key] !== plan.config[key]) {
      throw new UsageError(`"${file}": ${e.id} settings.${key}: ${json(recorded[key])}, but its invocation (--set) gives ${json(plan.config[key])} (edited, or made by other code)`);
    }
  }
  if (json(e.deviations) !== json(plan.deviations)) throw new UsageError(`"${file}": ${e.id} deviations: not what its invocation (--set) gives (edited, or made by other code)`);
}

/** The curve, finalError, diverged and the criteria agree with each other and with sweepsRun. */
function verifyRecord(run: RunRecord, criterion: CriterionReading, bad: Refuse): void {
  const { sweeps, errors } = run.errorCurve;
  if (sweeps.at(-1) !== run.sweepsRun) throw bad('errorCurve', `its last sweep is ${json(sweeps.at(-1))}, but sweepsRun is ${run.sweepsRun}`);
  // Bounds the array sampleCurve is given below.
  if (run.sweepsRun > criterion.budget) throw bad('sweepsRun', `${run.sweepsRun} is more than the budget of ${criterion.budget} sweeps`);
  if (json(sweeps) !== json(sampleCurve(new Float64Array(run.sweepsRun + 1)).sweeps)) throw bad('errorCurve.sweeps', `not the sweeps a curve of ${run.sweepsRun} sweeps keeps`);
  if (errors.length !== sweeps.length) throw bad('errorCurve.errors', `${errors.length} points for ${sweeps.length} sweeps`);
  // Training stops at the first non-finite E, so only the last point can be null.
  const odd = errors.findIndex((v, k) => (v === null ? k < errors.length - 1 : sixDigits(v) !== v));
  if (odd >= 0) throw bad('errorCurve.errors', `${json(errors[odd])} at sweep ${sweeps[odd]} is not E to 6 significant digits after a finite E`);
  // finalError is E after the last sweep, diverged says it is not finite, and the curve's last
  // point is the same E rounded to 6 significant digits: rounding finalError alike must give it exactly.
  const last = errors.at(-1) ?? null;
  if ((run.finalError === null) !== run.diverged) throw bad('diverged', `${run.diverged}, but finalError is ${json(run.finalError)}`);
  if ((run.finalError === null ? null : sixDigits(run.finalError)) !== last) {
    throw bad('finalError', `${json(run.finalError)} is not the curve's last point, ${json(last)}, to 6 significant digits`);
  }
  if (!(criterion.id in run.criteria)) throw bad('criteria', `has no "${criterion.id}", the experiment's criterion`);
  if (run.sweepsToCriterion !== run.criteria[criterion.id]) {
    throw bad('sweepsToCriterion', `${json(run.sweepsToCriterion)}, but criteria["${criterion.id}"] is ${json(run.criteria[criterion.id])}`);
  }
  for (const [id, at] of Object.entries(run.criteria)) {
    if (at !== null && at > run.sweepsRun) throw bad(`criteria["${id}"]`, `${at} is after the last sweep, ${run.sweepsRun}`);
  }
}

/** E and the criteria at given weights: training of zero sweeps measures them and changes nothing. */
const atWeights = (net: Net, params: Float64Array, patterns: PackedPatterns, t: SeedTraining) =>
  train(net, params.slice(), patterns, { ...t.recipe, sweeps: 0 });

/** A layered net's run against E at the seed's initial weights and at its final ones. */
function verifyAgainstData(run: RunRecord, net: Net, params: Float64Array | null, t: SeedTraining, bad: Refuse): void {
  const patterns = packPatterns(net, t.patterns);
  const first = sixDigits(atWeights(net, t.initial, patterns, t).errors[0]!);
  if (run.errorCurve.errors[0] !== first) throw bad('errorCurve.errors', `${json(run.errorCurve.errors[0])} at sweep 0 is not E of seed ${run.seed}'s initial weights, ${first}`);
  // A diverged run keeps no weights to measure.
  if (!params) return;
  const final = atWeights(net, params, patterns, t);
  const e = final.errors[0]!;
  if ((Number.isFinite(e) ? e : null) !== run.finalError) throw bad('finalError', `${json(run.finalError)} is not E of its weights, ${e}`);
  // Every criterion is tested after every sweep, the last included.
  for (const [id, at] of Object.entries(final.reached)) {
    const holds = at === 0;
    if (holds && run.criteria[id] === null) throw bad(`criteria["${id}"]`, 'null, yet it holds at the final weights');
    if (!holds && run.criteria[id] === run.sweepsRun) throw bad(`criteria["${id}"]`, 'first met at the last sweep, yet it does not hold at the final weights');
  }
}

/** Every run of one experiment of a shard. */
function verifyRuns(file: string, e: ExperimentReport, experiment: AnyExperiment, config: Config): void {
  const net = buildNet(experiment.net(config));
  const criterion = experiment.criterion(config);
  const claims = experiment.claims(config);
  for (const run of e.runs) {
    const bad: Refuse = (field, what) => new UsageError(`"${file}": ${e.id} seed ${run.seed} ${field}: ${what} (edited, or made by other code)`);
    verifyRecord(run, criterion, bad);
    let params: Float64Array | null = null;
    // A diverged run has weights: null (not all finite), so its weightsDigest cannot be checked.
    if (run.weights !== null) {
      try {
        params = importParams(net, run.weights);
      } catch (error) {
        if (error instanceof ParamsError) throw bad('weights', `do not fit the experiment's net: ${error.message}`);
        throw error;
      }
      // JSON keeps every finite double exactly but the sign of a zero, so the digest of the read
      // weights is the trained one (a weight of exactly −0, which training does not make from
      // drawn or zero starting values, would be refused).
      const digest = parametersDigest(params);
      if (digest !== run.weightsDigest) throw bad('weightsDigest', `${run.weightsDigest.slice(0, 12)}… is not the digest of its weights, ${digest.slice(0, 12)}…`);
    }
    const training = experiment.training?.(config, run.seed);
    if (training) verifyAgainstData(run, net, params, training, bad);
    const measures = measureRun(claims, run).measures;
    for (const id of new Set([...Object.keys(measures), ...Object.keys(run.measures)])) {
      if (json(measures[id]) !== json(run.measures[id])) throw bad(`measures["${id}"]`, `${json(run.measures[id])}, but the claim measures ${json(measures[id])} on this run`);
    }
  }
}

/** Refuses a shard whose contents are not what its own invocation and this suite's code make of it. */
export function verifyShard(shard: ReportFile): void {
  const { file, report } = shard;
  const plans = planOf(file, report.invocation);
  const [planned, held] = [plans.map((p) => p.experiment.id), report.experiments.map((e) => e.id)];
  if (json(planned) !== json(held)) throw new UsageError(`"${file}": experiments: ${json(held)}, but its invocation (--only) gives ${json(planned)} (edited, or made by other code)`);
  report.experiments.forEach((e, k) => {
    const plan = plans[k]!;
    verifySettings(file, e, plan);
    verifySeeds(file, report, e, plan);
    verifyRuns(file, e, plan.experiment, plan.config);
  });
}

/** The shards' seeds together are every seed of the run (each shard already holds exactly its own). */
export function verifyUnion(shards: readonly ReportFile[]): void {
  const first = shards[0]!;
  const whole = planOf(first.file, { ...first.report.invocation, shard: undefined });
  whole.forEach((plan, k) => {
    const union = new Set(shards.flatMap((s) => s.report.experiments[k]!.runs.map((r) => r.seed)));
    const missing = plan.seeds.find((s) => !union.has(s));
    if (missing !== undefined || union.size !== plan.seeds.length) {
      throw new UsageError(`${plan.experiment.id} seeds: the shards hold ${union.size} seeds, not the ${countLabel(first.report, plan)} of the run${missing === undefined ? '' : `: seed ${missing} is in none`}`);
    }
  });
}
