import { ParamsError } from '../../engine/index.js';
import type { MeasureValue } from '../../reports/contract/index.js';
import { formatNumber } from '../../reports/markdown.js';
import { experiments, findExperiment } from '../../reproductions/registry.js';
import { readJsonFile } from './args/json-file.js';
import { parseFlags } from './args/parse-flags.js';
import { resolveFor } from './plan.js';
import { measureRun } from './run-experiment.js';
import { UsageError } from './usage-error.js';

// Measures a given set of weights, such as the ones printed in the paper, with the experiment's
// own error, criteria and claim measures: the same code that judges the trained seeds.

const DEFAULT_EXPERIMENT = experiments[0]!.id;
const measurable = () => experiments.filter((e) => e.evaluateWeights).map((e) => e.id);
const printing = () =>
  experiments.flatMap((e) => [...(e.printedWeights ? [e.id] : []), ...Object.keys(e.otherPrintedWeights ?? {}).map((name) => `${e.id} paper:${name}`)]);

export const measureWeightsHelp = (): string =>
  [
    'Usage: tsx scripts/measure-weights.ts --params <file.json | paper> [--only <experiment>] [--set <experiment.key=value>] [--json]',
    '',
    "Loads weights as JSON by block name (the format of a report's runs[].weights) and prints the",
    "experiment's error E, whether each criterion holds, and every claim measure that applies.",
    '',
    'Options:',
    `  --only <experiment>   the experiment whose net the weights belong to (default: ${DEFAULT_EXPERIMENT}; measurable: ${measurable().join(', ')})`,
    `  --params <file>       the weights; "paper" loads the weights the paper prints, "paper:<name>" another printed net (${printing().join(', ')})`,
    `  --set <id.key=value>  a setting of the experiment, e.g. ${DEFAULT_EXPERIMENT}.criterion=right-side (repeatable)`,
    '  --json                print the measured run as JSON instead of a table, measures as raw values',
    '  -h, --help            show this help',
    '',
    'Exit codes: 0 success, 2 bad input (one line on stderr).',
  ].join('\n');

/**
 * A claim's measure on the given weights, in words where it is not a number: a boolean measure
 * printed as 1 or true reads as a count or a flag, and null as nothing at all. --json keeps the raw value.
 */
function measureText(value: MeasureValue): string {
  if (value === null) return 'not measurable on these weights';
  if (typeof value === 'boolean') return value ? 'holds' : 'does not hold';
  return formatNumber(value);
}

/** The weights --params names: the paper's (`paper`, `paper:<name>`) or a JSON file's. */
function printedOrFile(experiment: (typeof experiments)[number], id: string, params: string): unknown {
  if (params === 'paper') {
    if (!experiment.printedWeights) throw new UsageError(`${id} has no printed weights to load as "paper"`);
    return experiment.printedWeights;
  }
  if (params.startsWith('paper:')) {
    const others = experiment.otherPrintedWeights ?? {};
    const printed = others[params.slice('paper:'.length)];
    if (!printed) throw new UsageError(`${id} has no printed net "${params}" (known: ${Object.keys(others).map((n) => `paper:${n}`).join(', ') || 'none'})`);
    return printed.weights;
  }
  return readJsonFile('--params', params);
}

/** The text measure-weights prints for its arguments, or null for --help; bad input is a UsageError. */
export function measureWeights(argv: string[]): string | null {
  const v = parseFlags(argv, { only: { type: 'string' }, params: { type: 'string' }, set: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }).values;
  if (v.help) return null;
  const id = v.only ?? DEFAULT_EXPERIMENT;
  const experiment = findExperiment(id);
  if (!experiment) throw new UsageError(`unknown experiment "${id}" (known: ${experiments.map((e) => e.id).join(', ')})`);
  if (!experiment.evaluateWeights) throw new UsageError(`${id} does not measure given weights (measurable: ${measurable().join(', ')})`);
  if (v.params === undefined) throw new UsageError('--params <file.json | paper> is required');
  const overrides = (v.set ?? []).map((raw) => {
    const m = new RegExp(`^${id}\\.([A-Za-z0-9]+)=(.*)$`).exec(raw);
    if (!m) throw new UsageError(`--set must look like ${id}.<setting>=<value>, got "${raw}"`);
    return { key: m[1]!, raw: m[2]! };
  });
  const { config } = resolveFor(experiment, overrides);
  const json = printedOrFile(experiment, id, v.params);
  let trained;
  try {
    trained = experiment.evaluateWeights(config, json);
  } catch (error) {
    if (error instanceof ParamsError) throw new UsageError(`--params ${v.params}: ${error.message}`);
    throw error;
  }
  const claims = experiment.claims(config);
  const run = measureRun(claims, trained);
  if (v.json) return JSON.stringify({ experiment: id, params: v.params, error: run.finalError, criteria: run.criteria, measures: run.measures }, null, 2);
  return [
    `${experiment.title}: weights from ${v.params}`,
    `  E = ${formatNumber(run.finalError)}`,
    ...Object.entries(run.criteria).map(([c, at]) => `  criterion ${c}: ${at === null ? 'does not hold' : 'holds'}`),
    ...claims.map((c) => `  claim ${c.id}: ${c.id in run.measures ? measureText(run.measures[c.id]!) : `not measured (applies to ${c.population.label})`}`),
  ].join('\n');
}
