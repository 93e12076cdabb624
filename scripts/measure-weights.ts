import { readFileSync } from 'node:fs';
import { ParamsError } from '../engine/index.js';
import { formatNumber } from '../reports/markdown.js';
import { experiments, findExperiment } from '../reproductions/registry.js';
import { measureRun } from '../reproductions/run-experiment.js';
import { applyOverrides, SettingError } from '../reproductions/settings.js';
import { parseFlags } from './cli/parse-flags.js';
import { runCommand, UsageError } from './cli/usage-error.js';

// Measures a given set of weights, such as the ones printed in the paper, with the experiment's
// own error, criteria and claim measures: the same code that judges the trained seeds.

const measurable = () => experiments.filter((e) => e.evaluateWeights).map((e) => e.id);

const HELP = () =>
  [
    'Usage: tsx scripts/measure-weights.ts --params <file.json | paper> [--only <experiment>] [--set <experiment.key=value>] [--json]',
    '',
    "Loads weights as JSON by block name (the format of a report's runs[].weights) and prints the",
    "experiment's error E, whether each criterion holds, and every claim measure that applies.",
    '',
    'Options:',
    `  --only <experiment>   the experiment whose net the weights belong to (default: symmetry; measurable: ${measurable().join(', ')})`,
    '  --params <file>       the weights; "paper" loads the weights the paper prints (dataset.paperWeights)',
    '  --set <id.key=value>  a setting of the experiment, e.g. symmetry.criterion=right-side (repeatable)',
    '  --json                print the measured run as JSON instead of a table',
    '  -h, --help            show this help',
    '',
    'Exit codes: 0 success, 2 bad input (one line on stderr).',
  ].join('\n');

function readParams(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--params ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--params ${path}: not valid JSON (${(error as Error).message})`);
  }
}

async function main(): Promise<number> {
  const v = parseFlags(process.argv.slice(2), { only: { type: 'string' }, params: { type: 'string' }, set: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }).values;
  if (v.help) {
    process.stdout.write(`${HELP()}\n`);
    return 0;
  }
  const id = v.only ?? 'symmetry';
  const experiment = findExperiment(id);
  if (!experiment) throw new UsageError(`unknown experiment "${id}" (known: ${experiments.map((e) => e.id).join(', ')})`);
  if (!experiment.evaluateWeights) throw new UsageError(`${id} does not measure given weights (measurable: ${measurable().join(', ')})`);
  if (v.params === undefined) throw new UsageError('--params <file.json | paper> is required');
  let applied;
  try {
    applied = applyOverrides(experiment.settings, (v.set ?? []).map((raw) => {
      const m = new RegExp(`^${id}\\.([A-Za-z0-9]+)=(.*)$`).exec(raw);
      if (!m) throw new UsageError(`--set must look like ${id}.<setting>=<value>, got "${raw}"`);
      return { key: m[1]!, raw: m[2]! };
    }));
  } catch (error) {
    if (error instanceof SettingError) throw new UsageError(`--set for ${id}: ${error.message}`);
    throw error;
  }
  const json = v.params === 'paper' ? experiment.dataset(applied.config).paperWeights : readParams(v.params);
  if (json === undefined) throw new UsageError(`${id} has no printed weights to load as "paper"`);
  let trained;
  try {
    trained = experiment.evaluateWeights(applied.config, json);
  } catch (error) {
    if (error instanceof ParamsError) throw new UsageError(`--params ${v.params}: ${error.message}`);
    throw error;
  }
  const run = measureRun(experiment.claims(applied.config), trained);
  if (v.json) {
    process.stdout.write(`${JSON.stringify({ experiment: id, params: v.params, error: run.finalError, criteria: run.criteria, measures: run.measures }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${experiment.title}: weights from ${v.params}`,
    `  E = ${formatNumber(run.finalError)}`,
    ...Object.entries(run.criteria).map(([c, at]) => `  criterion ${c}: ${at === null ? 'does not hold' : 'holds'}`),
    ...experiment.claims(applied.config).map((c) => `  claim ${c.id}: ${c.id in run.measures ? String(run.measures[c.id]) : `not measured (applies to ${c.population.label})`}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

await runCommand('measure-weights', main);
