import type { Verdict } from './contract/index.js';

/** How the Markdown texts show a verdict: a refutation in bold, an untestable claim in italics. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  reproduced: 'reproduced',
  partial: 'partial',
  'not-reproduced': '**not reproduced**',
  'not-testable': '*not testable*',
};
