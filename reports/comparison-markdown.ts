import type { ComparisonReport, OpenInterval, VariantResult } from './contract/index.js';
import { formatNumber } from './markdown.js';

// The comparison's Markdown: a pure function of its JSON.

export const COMPARISON_FIGURE = 'success-by-budget-variants.svg';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${formatNumber(100 * v, 3)}%`);
const sweeps = (v: number | null) => (v === null ? 'not reached' : formatNumber(v, 5));
const open = (i: OpenInterval | null, f: (v: number | null) => string) => (i === null ? 'n/a' : `${f(i.lo)}–${f(i.hi)}`);
const hyper = (v: VariantResult) =>
  Object.entries(v.hyperparameters)
    .map(([k, x]) => `${k} ${x === null ? "(experiment's)" : formatNumber(x)}`)
    .join(', ');

export function renderComparisonMarkdown(report: ComparisonReport): string {
  const c = report.comparison;
  const claimIds = c.variants[0]?.claims.map((cl) => cl.id) ?? [];
  const verdictOf = (v: VariantResult, id: string) => {
    const claim = v.claims.find((cl) => cl.id === id);
    if (!claim) return 'n/a';
    return claim.controlFails ? claim.verdict : `${claim.verdict} (control did not fail)`;
  };
  const conf = `${formatNumber(100 * c.bootstrap.confidence)}%`;
  return [
    `# Optimizer variants on ${c.experiment.title}`,
    '',
    `${report.suite.name} ${report.suite.version}; Node ${report.environment.node} on ${report.environment.cpu}. ` +
      `${c.seeds.length} seeds; every variant starts each seed from the same initial weights. ` +
      `Criterion: ${c.experiment.criterion.description}, within ${c.experiment.criterion.budget} sweeps. Generated ${report.timing.finishedAt}.`,
    '',
    `Intervals: ${conf} Wilson for success rates, ${conf} percentile bootstrap (${c.bootstrap.resamples} resamples, seeded) for the rest. ` +
      `"P(fewer)" is the probability that the variant needs fewer sweeps than \`${c.reference}\` on the same seed (ties count ½; a seed that never reaches the criterion counts as slowest).`,
    '',
    '| variant | grain | success rate (CI) | median sweeps | IQM sweeps (CI) | P(fewer than paper) (CI) |',
    '|---|---|---|---|---|---|',
    ...c.variants.map(
      (v) =>
        `| \`${v.id}\` | ${v.grain} | ${pct(v.successRate)} (${v.successInterval ? `${pct(v.successInterval.lo)}–${pct(v.successInterval.hi)}` : 'n/a'}) | ` +
        `${sweeps(v.sweeps.median)} | ${sweeps(v.sweeps.iqm)} (${open(v.sweeps.iqmInterval, sweeps)}) | ` +
        `${v.fewerThanReference.probability === null ? 'n/a' : formatNumber(v.fewerThanReference.probability, 3)} (${open(v.fewerThanReference.interval, (x) => formatNumber(x, 3))}) |`,
    ),
    '',
    '## Claim verdicts per variant',
    '',
    `| claim | ${c.variants.map((v) => `\`${v.id}\``).join(' | ')} |`,
    `|---|${c.variants.map(() => '---|').join('')}`,
    ...claimIds.map((id) => `| ${id} | ${c.variants.map((v) => verdictOf(v, id)).join(' | ')} |`),
    '',
    '## Success by budget',
    '',
    `Success-by-budget curves, one per variant: the share of seeds that had met the criterion by each sweep.`,
    '',
    `![Success by budget, one curve per variant](${COMPARISON_FIGURE})`,
    '',
    '## Variants',
    '',
    ...c.variants.map((v) => `- \`${v.id}\`: ${v.description}. Rule: ${v.rule}. Hyper-parameters: ${hyper(v) || 'none'}.`),
    '',
  ].join('\n');
}
