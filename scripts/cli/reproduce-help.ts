import { experiments } from '../../reproductions/registry.js';
import { describeType } from '../../reproductions/settings.js';
import { MAX_SEEDS } from './reproduce-args.js';

/** The --help text, generated from the registry so that it lists every experiment and setting. */
export function reproduceHelp(): string {
  const lines = [
    'Usage: tsx scripts/reproduce.ts [options]',
    '',
    'Re-runs the experiments of Rumelhart, Hinton & Williams (Nature, 1986) from seeds, judges every',
    'claim, and writes report.json (checked against reports/schema.json) and report.md.',
    '',
    'Options:',
    '  --only <ids>            run only these experiments (comma-separated or repeated)',
    `  --seeds <n>             seeds per experiment, 1 to ${MAX_SEEDS} (default: per experiment, below)`,
    '  --out <dir>             output folder (default: reports/out)',
    '  --set <id.key=value>    change a setting; recorded in the report as a deviation (repeatable)',
    '  --bench                 also time the engine beside its baselines (as npm run bench) on the',
    '                          selected experiments that have a benchmark task; adds a Benchmark table',
    '  -h, --help              show this help',
    '',
    'Exit codes: 0 success, 1 internal error (nothing written), 2 bad input (one line on stderr).',
    '',
    'Experiments and their settings (default in brackets):',
  ];
  for (const e of experiments) {
    lines.push('', `  ${e.id}: ${e.title}; ${e.defaultSeeds} seeds by default`);
    for (const s of e.settings) {
      lines.push(`    ${e.id}.${s.key} [${String(s.default)}]  ${s.description}; ${describeType(s.type)}`);
    }
  }
  lines.push('', 'Example: tsx scripts/reproduce.ts --only symmetry --seeds 20 --set symmetry.learningRate=0.05');
  return lines.join('\n');
}
