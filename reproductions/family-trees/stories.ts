import type { Statistics, Verdict } from '../../reports/contract/index.js';

// What the report says of a family-tree claim that did not reproduce or could not be tested:
// the numbers come from the judged statistics, the rest from what the suite tried.

/** The suite's search over the conventions the paper leaves open, as a command a reader can re-run. */
const SEARCH =
  "In the suite's study of the readings the paper leaves open, changed one at a time on 8 seeds each, none made the net learn; re-run it with " +
  '`--sweep family-trees.initialRange=0.5,1,2`, `--sweep family-trees.learningRate=0.02,0.05,0.1`, or the same for `weightDecay`, `decayTarget`, `marginResidual` and `biases`';

const number = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : String(Number(v.toPrecision(3))));

export interface StoryContext {
  /** The experiment that judges the same claims on a recipe that learns, if the report has one. */
  learningRecipe?: string;
}

const elsewhere = (context: StoryContext) =>
  context.learningRecipe
    ? ` The experiment \`${context.learningRecipe}\` trains the same seeds with a wider initial range, a larger ε and the margin residual measured to the band's edge, and judges the claims about learned seeds there.`
    : '';

export const trainingStory = (context: StoryContext) => (s: Statistics): string =>
  `${number(s.holds)} of ${number(s.runs)} seeds got every training case right after training (on average ${number(s.meanTrainingCasesCorrect)} of the cases; ` +
  `${number(s.strictFraction === null || s.strictFraction === undefined ? null : 100 * s.strictFraction)}% of seeds under the strict 0.2/0.8 reading). ${SEARCH}.${elsewhere(context)}`;

export const notLearnedStory = (context: StoryContext) => (s: Statistics, verdict: Verdict): string =>
  verdict === 'not-testable'
    ? `About seeds that learned their training set; none did, so there was nothing to measure, and the verdict refutes nothing.${elsewhere(context)}`
    : `Judged on the ${number(s.runs)} seeds that learned their training set: ` +
      ('fraction' in s ? `it held on ${number(s.holds)} (${number(100 * (s.fraction ?? 0))}%)` : `the mean was ${number(s.mean)}`) +
      medians(s) +
      '.';

/** The medians a claim's statistics carry (p-value, cosine …), in words. */
function medians(s: Statistics): string {
  const named = Object.entries(s).filter(([key]) => key.startsWith('median'));
  if (named.length === 0) return '';
  const words = (key: string) => key.slice('median'.length).replace(/([A-Z])/g, ' $1').trim().toLowerCase();
  return `; medians over those seeds: ${named.map(([key, v]) => `${words(key)} ${number(v)}`).join(', ')}`;
}
