import type { AnyExperiment } from '../../../reproductions/kit/experiment.js';
import type { Config, Deviation } from '../../../reproductions/kit/settings.js';
import { findVariant, REFERENCE_VARIANT, variants } from '../../../reproductions/kit/variants.js';
import { experiments, findExperiment } from '../../../reproductions/registry.js';
import type { ChosenVariant } from '../compare-variants.js';
import { resolveFor } from '../plan.js';
import { UsageError } from '../usage-error.js';
import { MAX_SEEDS, parseCount, parseWorkers } from './counts.js';
import { parseFlags } from './parse-flags.js';
import { progressHelp, quietOption } from '../progress-help.js';
import { parseList, parseName } from './values.js';
import { addVariantFlag, readVariantOptions, resolveVariant, type VariantOptions } from './variant-options.js';

export const DEFAULT_VARIANTS = ['paper', 'plain', 'accumulated', 'nesterov', 'rmsprop', 'adam'];
export const DEFAULT_COMPARE_SEEDS = 50;

export interface CompareOptions {
  help: boolean;
  listVariants: boolean;
  outDir: string;
  experiment: AnyExperiment;
  config: Config;
  deviations: Deviation[];
  seeds: number[];
  variants: ChosenVariant[];
  sets: string[];
  configFile: string | null;
  /** Threads that train seeds; 1 trains them in this thread, with no pool. */
  workers: number;
  /** --quiet: no training progress on stderr; the results on stdout stay. */
  quiet: boolean;
}

const parse = (argv: string[]) =>
  parseFlags(argv, {
        only: { type: 'string' },
        variants: { type: 'string' },
        seeds: { type: 'string' },
        out: { type: 'string' },
        set: { type: 'string', multiple: true },
        config: { type: 'string' },
        workers: { type: 'string' },
        'list-variants': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      }).values;

const experimentIds = () => experiments.map((e) => e.id);

/** compare runs on one experiment: --only is read as reproduce reads it, then must name exactly one. */
function onlyOne(raw: string): string {
  const ids = parseList('--only', raw, 'experiment id', experimentIds());
  if (ids.length > 1) throw new UsageError(`--only takes one experiment for compare, got ${ids.length}: ${ids.join(', ')}`);
  return ids[0]!;
}

export function parseCompareArgs(argv: string[]): CompareOptions {
  const v = parse(argv);
  const id = v.only === undefined ? experiments[0]!.id : onlyOne(v.only);
  const experiment = findExperiment(id);
  if (!experiment) throw new UsageError(`unknown experiment "${id}" (known: ${experimentIds().join(', ')})`);
  // The list rules, counts and names are reproduce's own (values.ts, counts.ts), so a value means the same in both.
  const ids = v.variants === undefined ? DEFAULT_VARIANTS : parseList('--variants', v.variants, 'variant id', variants.map((x) => x.id));
  for (const vid of ids) if (!findVariant(vid)) throw new UsageError(`unknown variant "${vid}" (known: ${variants.map((x) => x.id).join(', ')})`);
  // The paper's setting is always run: it is what every other variant is compared with.
  const chosen = ids.includes(REFERENCE_VARIANT) ? ids : [REFERENCE_VARIANT, ...ids];
  const seedCount = v.seeds === undefined ? DEFAULT_COMPARE_SEEDS : parseCount('--seeds', v.seeds, MAX_SEEDS);

  const options: VariantOptions = v.config === undefined ? {} : readVariantOptions(v.config);
  const settingOverrides: Array<{ key: string; raw: string }> = [];
  for (const raw of v.set ?? []) {
    const m = /^([a-z0-9-]+)\.([A-Za-z0-9]+)=(.*)$/.exec(raw);
    if (!m) throw new UsageError(`--set must look like <variant>.<param>=<value> or <experiment>.<setting>=<value>, got "${raw}"`);
    const [, owner, key, value] = m as unknown as [string, string, string, string];
    if (owner === experiment.id) settingOverrides.push({ key, raw: value });
    else if (findVariant(owner)) addVariantFlag(options, owner, key, value);
    else throw new UsageError(`--set names "${owner}", which is neither the experiment ${experiment.id} nor a variant`);
  }
  const applied = resolveFor(experiment, settingOverrides);
  const chosenVariants = chosen.map((vid) => {
    const variant = findVariant(vid)!;
    const { values, grain } = resolveVariant(vid, options);
    return { id: vid, description: variant.description, choice: { id: vid, values, grain } };
  });
  return {
    help: v.help === true,
    listVariants: v['list-variants'] === true,
    outDir: v.out === undefined ? 'reports/compare' : parseName('--out', v.out, 'a folder'),
    experiment,
    config: applied.config,
    deviations: applied.deviations,
    seeds: Array.from({ length: seedCount }, (_, k) => k + 1),
    variants: chosenVariants,
    sets: v.set ?? [],
    configFile: v.config ?? null,
    workers: parseWorkers(v.workers),
    quiet: v.quiet === true,
  };
}

export function compareHelp(): string {
  return [
    'Usage: tsx scripts/compare.ts [options]',
    '',
    "Runs optimizer variants on the same seeds and initial weights as the paper's setting and",
    'writes comparison.json (checked against reports/comparison-schema.json), comparison.md and a',
    'success-by-budget figure.',
    '',
    ...progressHelp('variant'),
    '',
    'Options:',
    `  --only <experiment>       experiment to compare on (default: ${experiments[0]!.id}; known: ${experiments.map((e) => e.id).join(', ')})`,
    `  --variants <a,b,...>      variants to run (default: ${DEFAULT_VARIANTS.join(',')}); "${REFERENCE_VARIANT}" is always run`,
    `  --seeds <n>               seeds per variant, 1 to ${MAX_SEEDS} (default: ${DEFAULT_COMPARE_SEEDS})`,
    '  --out <dir>               output folder (default: reports/compare)',
    '  --set <variant.param=v>   a variant hyper-parameter, e.g. adam.learningRate=0.001 or adam.grain=pattern;',
    '  --set <experiment.key=v>  or a setting of the experiment, e.g. symmetry.sweepBudget=5000 (repeatable)',
    '  --config <file.json>      variant hyper-parameters as {"adam": {"learningRate": 0.001}}; flags win',
    '  --workers <n>             threads that train seeds (default: the number of cores; 1: no pool)',
    '  --list-variants           print the variant names, one a line, and exit',
    ...quietOption(28, 'the finish lines and the "wrote" line'),
    '  -h, --help                show this help',
    '',
    'Exit codes: 0 success, 1 internal error (nothing written), 2 bad input (one line on stderr).',
    '',
    'Variants and their parameters (default in brackets; "experiment" means the experiment\'s own schedule):',
    ...variants.flatMap((v) => [
      `  ${v.id}: ${v.description}`,
      ...v.params.map((p) => `    ${v.id}.${p.name} [${p.default === null ? 'experiment' : p.default}]  ${p.description}`),
      `    ${v.id}.grain [${v.defaultGrain}]  batch or pattern`,
    ]),
  ].join('\n');
}
