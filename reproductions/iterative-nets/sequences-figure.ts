import type { ExperimentReport, RunRecord } from '../../reports/contract/index.js';
import type { IterativeRun, SequenceRecord } from './run-tasks.js';
import { escapeXml, px, svgDocument, text } from '../../reports/figures/svg-text.js';
import { medianBySeed } from '../../reports/figures/typical-seed.js';

// Sequence completion on the test sequences, laid out like PDP ch. 8, Table 11: one row per novel
// sequence, one column per time step; the letters presented, then the digit the net produced at
// each step, marked right or wrong against the sequence's own code. The report keeps the digit
// read from the outputs (not the activations), so that is what the cells show, for a typical seed,
// with how many of all the seeds got each digit right beneath it.

export interface SequenceTable {
  test: string[];
  net: { iterations: number; clamped: Record<string, number[]>; scored: Record<string, number[]> };
}

/** A run's sequence record; a report read from a file may lack it, and then the table is not drawn. */
const sequenceOf = (run: RunRecord): Partial<SequenceRecord> | undefined => (run as Partial<IterativeRun>).sequence;
const producedOf = (run: RunRecord): string[] | undefined => sequenceOf(run)?.testProduced;
const digitsRightOf = (run: RunRecord): number | null => sequenceOf(run)?.testDigitsRight ?? null;

const CELL_W = 62;
const CELL_H = 44;
const LEFT = 120;

/** The steps of the task's net, when every run lists what it produced on each of the test sequences. */
export function sequenceLayout(task: SequenceTable, runs: readonly RunRecord[]): { letterSteps: number[]; digitSteps: number[] } | null {
  const letterSteps = Object.values(task.net.clamped)[0];
  const digitSteps = Object.values(task.net.scored)[0];
  if (!Array.isArray(letterSteps) || !Array.isArray(digitSteps)) return null;
  const fits = task.test.every((s) => typeof s === 'string' && s.length === letterSteps.length + digitSteps.length);
  const listed = runs.length > 0 && runs.every((r) => producedOf(r)?.length === task.test.length);
  return fits && listed ? { letterSteps, digitSteps } : null;
}

export function iterativeSequencesSvg(e: ExperimentReport, task: SequenceTable): string {
  const found = sequenceLayout(task, e.runs);
  const chosen = medianBySeed(e.runs, digitsRightOf, 'test digits right');
  if (!found || !chosen) throw new Error("figure: the sequence table needs each run's sequence.testProduced");
  const { letterSteps, digitSteps } = found;
  const T = task.net.iterations;
  const steps = Array.from({ length: T }, (_, k) => k + 1);
  const produced = producedOf(chosen.run)!;
  const top = 112;
  const title = `Sequence completion on the ${task.test.length} novel test sequences (PDP ch. 8, Table 11)`;
  const body = [
    text(20, 26, title, { size: 15, weight: 'bold' }),
    text(20, 44, `Seed ${chosen.run.seed}, the ${chosen.rule}: at each step, the letter presented or the digit the net produced.`, { size: 11, fill: '#444' }),
    text(20, 60, `Green ✓: the sequence's own digit; red ✗: another digit (the right one in small type); "–": no digit.`, { size: 11, fill: '#444' }),
    text(20, 76, `Beneath each digit: how many of all ${e.runs.length} seeds produced the right digit there.`, { size: 11, fill: '#444' }),
  ];
  steps.forEach((t, c) => body.push(text(LEFT + (c + 0.5) * CELL_W, top - 10, `step ${t}`, { size: 11, anchor: 'middle', weight: 'bold' })));
  body.push(text(LEFT + (T + 0.5) * CELL_W + 50, top - 10, 'whole sequence right', { size: 11, anchor: 'middle', weight: 'bold' }));
  task.test.forEach((sequence, row) => {
    const y = top + row * (CELL_H + 8);
    body.push(text(20, y + CELL_H / 2 + 5, sequence, { size: 13, weight: 'bold' }));
    steps.forEach((t, c) => {
      const x = LEFT + c * CELL_W;
      const l = letterSteps.indexOf(t);
      const d = digitSteps.indexOf(t);
      if (l >= 0) {
        body.push(`<rect class="letter-cell" x="${px(x + 2)}" y="${px(y)}" width="${CELL_W - 4}" height="${CELL_H}" fill="#d9d9d9" stroke="#888"/>`);
        body.push(text(x + CELL_W / 2, y + CELL_H / 2 + 6, sequence[l]!, { size: 16, anchor: 'middle', weight: 'bold' }));
      } else if (d >= 0) {
        const target = sequence[letterSteps.length + d]!;
        const got = produced[row]![d] ?? '0';
        const right = got === target;
        const seedsRight = e.runs.filter((r) => producedOf(r)![row]![d] === target).length;
        body.push(
          `<rect class="digit-cell" x="${px(x + 2)}" y="${px(y)}" width="${CELL_W - 4}" height="${CELL_H}" fill="${right ? '#d8f0dc' : '#f8d7da'}" stroke="${right ? '#1b7f3b' : '#b3002d'}">` +
            `<title>${escapeXml(`${sequence}, step ${t}: produced ${got === '0' ? 'no digit' : got}, target ${target}`)}</title></rect>`,
        );
        body.push(text(x + CELL_W / 2 - 4, y + 21, got === '0' ? '–' : got, { size: 16, anchor: 'middle', weight: 'bold', fill: right ? '#14532d' : '#7f1d1d' }));
        body.push(text(x + CELL_W / 2 + 10, y + 21, right ? '✓' : `✗${target}`, { size: 10, fill: right ? '#14532d' : '#7f1d1d' }));
        body.push(text(x + CELL_W / 2, y + CELL_H - 6, `${seedsRight}/${e.runs.length}`, { size: 10, anchor: 'middle', fill: '#333' }));
      } else {
        body.push(`<rect class="idle-cell" x="${px(x + 2)}" y="${px(y)}" width="${CELL_W - 4}" height="${CELL_H}" fill="#ffffff" stroke="#ccc"/>`);
      }
    });
    const whole = e.runs.filter((r) => producedOf(r)![row] === sequence.slice(letterSteps.length)).length;
    body.push(text(LEFT + (T + 0.5) * CELL_W + 50, y + CELL_H / 2 + 5, `${whole} of ${e.runs.length} seeds`, { size: 12, anchor: 'middle' }));
  });
  const legendY = top + task.test.length * (CELL_H + 8) + 14;
  body.push(`<rect x="20" y="${px(legendY)}" width="18" height="14" fill="#d9d9d9" stroke="#888"/>`, text(44, legendY + 11, 'letter presented (input)', { size: 11 }));
  body.push(`<rect x="220" y="${px(legendY)}" width="18" height="14" fill="#d8f0dc" stroke="#1b7f3b"/>`, text(244, legendY + 11, 'digit right', { size: 11 }));
  body.push(`<rect x="340" y="${px(legendY)}" width="18" height="14" fill="#f8d7da" stroke="#b3002d"/>`, text(364, legendY + 11, 'digit wrong', { size: 11 }));
  return svgDocument(Math.max(LEFT + (T + 1) * CELL_W + 130, 720), legendY + 30, title, body);
}
