import { benchmarkSection } from './benchmark-markdown.js';
import type { ClaimReport, ExperimentReport, Report, SettingReport, Statistics } from './contract/index.js';
import type { Figure } from './figures/figure.js';
import { studiesSection } from './studies-markdown.js';
import { VERDICT_LABEL } from './verdict-labels.js';

// The Markdown report: a pure function of the report JSON. It reads like a reproduction paper:
// verdicts first, then per experiment the paper's figure beside the suite's distribution.

export function formatNumber(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined) return 'n/a';
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(digits)));
}

const percent = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${formatNumber(100 * v, 3)}%`);
const sweeps = (v: number | null | undefined) => (v === null || v === undefined ? 'not reached' : formatNumber(v, 5));
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The suite's side of a claim, in words, from its statistics. */
export function describeStatistics(s: Statistics): string {
  if ('percentileOfPaper' in s) {
    return (
      `median ${sweeps(s.median)} sweeps (quartiles ${sweeps(s.q1)}–${sweeps(s.q3)}); ` +
      `${s.reached}/${s.runs} seeds reached it (${percent(s.reachedFraction)}); the paper's ${s.paperSweeps} sits at percentile ` +
      formatNumber(s.percentileOfPaper, 3)
    );
  }
  if ('fraction' in s) return s.runs === 0 ? 'no seed to measure it on' : `holds on ${s.holds}/${s.runs} seeds (${percent(s.fraction)})`;
  if ('mean' in s) return `mean ${formatNumber(s.mean)} over ${s.runs} seeds`;
  return Object.entries(s).map(([k, v]) => `${k} = ${formatNumber(v)}`).join(', ');
}

const resultOf = (c: ClaimReport) => c.result ?? describeStatistics(c.statistics);

/** The control in a few words: whether its measure failed as it must. */
function controlCell(c: ClaimReport): string {
  const k = c.control;
  if (k.fails) return `fails (${k.name})`;
  return k.verdict === 'not-testable' ? `nothing to measure (${k.name})` : `**did not fail** (${k.name}: ${VERDICT_LABEL[k.verdict]})`;
}

const seedsCell = (c: ClaimReport) => `${c.population.runs} of ${c.population.of}`;

function verdictTable(report: Report): string[] {
  const rows = report.experiments.flatMap((e) =>
    e.claims.map((c) => `| ${e.id} | ${c.id} | ${VERDICT_LABEL[c.verdict]} | ${seedsCell(c)} | ${cell(controlCell(c))} | ${cell(c.decidedBy)} |`),
  );
  return [
    '## Verdicts',
    '',
    "*Seeds*: how many of the experiment's seeds the verdict rests on (a claim about learned structure is judged on the seeds that learned). " +
      '*Control*: a manipulation under which the measure must fail; a claim whose control does not fail is at most partial.',
    '',
    '| experiment | claim | verdict | seeds | control | decided by |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

function settingsTable(title: string, settings: Record<string, SettingReport>): string[] {
  const rows = Object.entries(settings).map(([key, s]) => {
    const changed = s.value !== s.default ? ` (default ${String(s.default)})` : '';
    const origin = s.paperStates ? s.source : `*not stated* — ${s.source}`;
    return `| \`${key}\` | ${cell(String(s.value))}${changed} | ${cell(s.description)} | ${cell(origin)} |`;
  });
  return [`**${title}**`, '', '| setting | value | meaning | from |', '|---|---|---|---|', ...rows, ''];
}

function claimSection(c: ClaimReport): string[] {
  return [
    `#### ${c.id}: ${VERDICT_LABEL[c.verdict]}`,
    '',
    `> ${c.statement}`,
    '',
    `— ${c.citation}`,
    '',
    `*Measured:* ${c.definition}`,
    '',
    `*On:* ${c.population.label}: ${seedsCell(c)} seeds${c.population.dependsOn ? ` (picked by ${c.population.dependsOn})` : ''}. ` +
      `*Result:* ${resultOf(c)}. *Decided by:* ${c.decidedBy}.`,
    '',
    `*Control (${c.control.name}):* ${c.control.description}. On ${c.control.runs} runs: ${VERDICT_LABEL[c.control.verdict]}, ` +
      `${c.control.decidedBy}; the control ${c.control.fails ? 'fails, as it must' : '**does not fail**'}.`,
    '',
  ];
}

/**
 * For each claim not reproduced or not testable: what the suite measured and tried, so the report
 * stands alone. Claims that tell the same story (say, all those about learned seeds when none
 * learned) share one paragraph.
 */
function storySection(e: ExperimentReport): string[] {
  const told = e.claims.filter((c) => c.verdict === 'not-reproduced' || c.verdict === 'not-testable');
  if (told.length === 0) return [];
  const stories = new Map<string, ClaimReport[]>();
  for (const c of told) {
    const text = `(${VERDICT_LABEL[c.verdict]}): ${c.story ?? `measured as: ${c.definition} Found: ${resultOf(c)}; ${c.decidedBy}.`}`;
    stories.set(text, [...(stories.get(text) ?? []), c]);
  }
  return [
    '### What did not reproduce, and why',
    '',
    ...[...stories].flatMap(([text, claims]) => [`${claims.map((c) => `**${c.id}**`).join(', ')} ${text}`, '']),
  ];
}

/** The experiment's figures, linked by file name (written next to report.md) and named in the text. */
function figuresSection(figures: readonly Figure[]): string[] {
  if (figures.length === 0) return [];
  return [
    '### Figures',
    '',
    ...figures.flatMap((f) => [`![${f.name}](${f.file})`, '', `*Figure: ${f.name}.* ${f.caption}`, '']),
  ];
}

function experimentSection(e: ExperimentReport, figures: readonly Figure[]): string[] {
  const crit = e.criterion;
  const s = crit.summary;
  const deviations = e.deviations.length === 0
    ? ['None: every setting is at its default.']
    : e.deviations.map((d) => `- \`${d.key}\` = ${String(d.value)} instead of ${String(d.default)}`);
  return [
    `## ${e.title}`,
    '',
    e.summary,
    '',
    `*Source:* ${e.citation}. *Data:* ${e.dataset.description} (digest \`${e.dataset.digest.slice(0, 12)}\`). ` +
      `*Net:* unit groups ${e.architecture.groups.map((g) => `${g.name} (${g.size})`).join(', ')}; ` +
      `${e.architecture.projections.map((p) => `${p.from} → ${p.to}`).join(', ')}; ${e.architecture.parameterCount} parameters.`,
    '',
    `*Criterion:* ${crit.description}, within ${crit.budget} sweeps: reached by ${s.reached} of ${s.runs} seeds (${percent(s.reachedFraction)}); ` +
      (s.median === null ? 'median: not reached.' : `median ${sweeps(s.median)} sweeps, quartiles ${sweeps(s.q1)}–${sweeps(s.q3)}.`),
    '',
    '### The paper beside the suite',
    '',
    '| claim | the paper | this suite | verdict |',
    '|---|---|---|---|',
    ...e.claims.map((c) => `| ${c.id} | ${cell(c.paperValue)} | ${cell(resultOf(c))} | ${VERDICT_LABEL[c.verdict]} |`),
    '',
    ...storySection(e),
    ...figuresSection(figures),
    '### Claims',
    '',
    ...e.claims.flatMap(claimSection),
    '### Settings',
    '',
    ...settingsTable('Hyper-parameters', e.hyperparameters),
    ...settingsTable('Conventions the paper leaves open or states', e.conventions),
    '**Deviations from the defaults**',
    '',
    ...deviations,
    '',
  ];
}

/** Every seed of every experiment, after the findings: the numbers a reader checks last. */
function runsSection(report: Report): string[] {
  return [
    '## Runs per seed',
    '',
    ...report.experiments.flatMap((e) => [
      `### ${e.id}`,
      '',
      '| seed | sweeps to criterion | final E | weights digest |',
      '|---|---|---|---|',
      ...e.runs.map(
        (r) => `| ${r.seed} | ${sweeps(r.sweepsToCriterion)} | ${r.diverged ? 'diverged' : formatNumber(r.finalError)} | \`${r.weightsDigest.slice(0, 12)}\` |`,
      ),
      '',
    ]),
  ];
}

/** What the report's text needs beyond its JSON: the works its experiments reproduce, and its figures. */
export interface Presentation {
  /** The works the experiments reproduce, each once, for the title. */
  sources: readonly string[];
  figures: readonly Figure[];
}

export function renderMarkdown(report: Report, { sources, figures }: Presentation): string {
  const env = report.environment;
  const commit = env.gitCommit ? `, commit \`${env.gitCommit.slice(0, 10)}\`` : '';
  return [
    `# Reproduction report: ${sources.join('; ')}`,
    '',
    `${report.suite.name} ${report.suite.version}${commit}; Node ${env.node} on ${env.cpu} (${env.cpus} cores, ${env.os}). ` +
      `Seeds: ${report.experiments.map((e) => `${e.id} ${e.seeds.length}`).join(', ')}. Generated ${report.timing.finishedAt}.`,
    '',
    ...verdictTable(report),
    ...report.experiments.flatMap((e) => experimentSection(e, figures.filter((f) => f.experimentId === e.id))),
    ...studiesSection(report),
    ...(report.benchmark ? benchmarkSection(report.benchmark) : []),
    ...runsSection(report),
  ].join('\n');
}
