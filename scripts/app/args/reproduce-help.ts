import { experiments } from '../../../reproductions/registry.js';
import { describeType, settingList } from '../../../reproductions/kit/settings.js';
import { MAX_SEEDS, MAX_WORKERS } from './counts.js';
import { progressHelp, quietOption } from '../progress-help.js';
import { MAX_SHARDS } from './shard.js';

/** The --help text, generated from the registry so that it lists every experiment and setting. */
export function reproduceHelp(): string {
  const lines = [
    'Usage: tsx scripts/reproduce.ts [options]',
    '',
    'Re-runs the experiments of Rumelhart, Hinton & Williams (Nature, 1986) from seeds, judges every',
    'claim, and writes report.json (checked against reports/schema.json), report.md, the figures,',
    'and runs.csv and claims.csv for re-analysis (one row per seed, one row per claim).',
    '',
    ...progressHelp('experiment'),
    '',
    'Options:',
    '  --only <ids>            run only these experiments (comma-separated or repeated)',
    `  --seeds <n>             seeds per experiment, 1 to ${MAX_SEEDS} (default: per experiment, below)`,
    '  --out <dir>             output folder (default: reports/out)',
    '  --set <id.key=value>    change a setting; recorded in the report as a deviation (repeatable)',
    `  --workers <n>           threads that train seeds, 1 to ${MAX_WORKERS} (default: the number of cores):`,
    '                          n worker threads (this one trains too until they start); 1 trains in',
    '                          this thread only, with no pool. The',
    '                          results do not depend on it.',
    `  --shard <i>/<n>         run only shard i of n (1 <= i <= n <= ${MAX_SHARDS}): the seeds k with`,
    '                          (k - 1) mod n = i - 1; join the shards\' reports with scripts/merge.ts',
    '  --sweep <key=v1,v2,...> run each selected experiment that has setting <key> once per value, the',
    '                          other settings as in the main run; the report gets a table of verdicts',
    '                          per value. <id.key=...> sweeps one experiment only. Repeatable; one',
    '                          factor at a time, not a grid. Not with --shard.',
    '  --bench                 also time the engine beside its baselines (as npm run bench) on the',
    '                          selected experiments that have a benchmark task; adds a Benchmark table',
    ...quietOption(26, 'the finish lines and the "wrote" line'),
    '  -h, --help              show this help',
    '',
    'Exit codes: 0 success, 1 internal error (nothing written), 2 bad input (one line on stderr).',
    '',
    'Environment: BACKPROP_KERNELS=auto|wasm|ts picks the engine passes (auto: WebAssembly where the',
    'platform has WebAssembly SIMD, else TypeScript). Both give the same bits; only the time changes.',
    '',
    'Experiments and their settings (default in brackets; where the default comes from: the paper, with',
    "its citation, or the suite's reading where the paper is silent, as the report's settings tables give it):",
  ];
  for (const e of experiments) {
    lines.push('', `  ${e.id}: ${e.title}; ${e.defaultSeeds} seeds by default`);
    for (const s of settingList(e.settings)) {
      const origin = s.paperStates ? `paper: ${s.source.split(': ')[0]}` : "the suite's reading";
      lines.push(`    ${e.id}.${s.key} [${String(s.default)}]  ${s.description}; ${describeType(s.type)} (${origin})`);
    }
  }
  lines.push(
    '',
    'Examples:',
    '  tsx scripts/reproduce.ts --only symmetry --seeds 20 --set symmetry.learningRate=0.05',
    '  tsx scripts/reproduce.ts --only symmetry --seeds 40 --sweep lossReduction=sum,mean --sweep updateGrain=batch,pattern',
    '  tsx scripts/reproduce.ts --shard 2/4 --out reports/shard-2          (on each of 4 machines, i = 1..4)',
    '  tsx scripts/merge.ts --out reports/out reports/shard-*/report.json  (then once, with all 4 reports)',
  );
  return lines.join('\n');
}
