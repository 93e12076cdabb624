import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../reports/html.js';
import { experiments } from '../../reproductions/registry.js';
import { parseReproduceArgs } from '../../scripts/app/args/reproduce-args.js';
import { decodePng } from '../../scripts/app/report-png/decode-png.js';
import { measureInk } from '../../scripts/app/report-png/ink.js';
import { findChromium, renderReportPng } from '../../scripts/app/report-png/render-report.js';
import { reproduce } from '../../scripts/app/reproduce.js';
import { writeReportSet } from '../../scripts/app/write-outputs.js';
import { capturingOutput } from '../helpers/capture-output.js';
import { cheapSetFlags } from '../helpers/cheap-settings.js';
import { scratchFolders } from '../helpers/scratch.js';

// report.html in a real browser: Debian's chromium, driven by playwright-core, opens the file from
// disk. Every figure of every experiment must be drawn and not blank, and the page must ask for
// nothing but itself. .ci/run installs chromium where it is missing; elsewhere these tests are
// skipped, and say so.

const scratch = scratchFolders('html-browser-');
/** Whether the check would find a browser: its own lookup of chromium on PATH. */
const hasChromium = (() => {
  try {
    findChromium(undefined);
    return true;
  } catch {
    return false;
  }
})();
const SKIP = "skipped: no chromium on PATH (apt-get install -y chromium; .ci/run does it)";

let reportDir: string;
let figureCount: number;

beforeAll(async () => {
  if (!hasChromium) return;
  reportDir = join(scratch(), 'report');
  const args = ['--seeds', '2', '--workers', '1', ...cheapSetFlags(experiments)];
  await capturingOutput(async () => {
    const written = await writeReportSet(await reproduce(parseReproduceArgs([...args, '--out', reportDir])), reportDir);
    figureCount = written.figures.length;
  });
});

/** Runs the browser check on a report folder, its PNGs in a scratch folder. */
async function check(dir: string) {
  const pngDir = scratch();
  const { result: code, stdout } = await capturingOutput(() => renderReportPng([dir, '--png-dir', pngDir]));
  return { code, stdout, pngDir };
}

/** A folder whose report.html is a page of one of the report's figures, edited (one figure keeps the browser's work small). */
function editedPage(edit: (html: string) => string): string {
  const dir = scratch();
  const figure = { name: 'symmetry-weights.svg', content: readFileSync(join(reportDir, 'symmetry-weights.svg'), 'utf8') };
  writeFileSync(join(dir, 'report.html'), edit(renderHtml('# A report\n\n![weights](symmetry-weights.svg)\n', [figure], 'footer')));
  return dir;
}

describe.skipIf(!hasChromium)(`report.html in headless Chromium${hasChromium ? '' : ` (${SKIP})`}`, () => {
  it('draws every figure of every experiment, fetches nothing, and leaves a screenshot of its first screen', async () => {
    const { code, stdout, pngDir } = await check(reportDir);
    expect(code, stdout).toBe(0);
    expect(figureCount).toBeGreaterThanOrEqual(experiments.length * 2);
    expect(stdout).toContain(`${figureCount} of ${figureCount} figures drawn and not blank; 0 requests left the page`);
    const shot = join(pngDir, 'report.png');
    expect(existsSync(shot)).toBe(true);
    expect(measureInk(decodePng(readFileSync(shot))).inked).toBeGreaterThan(0.02);
  });

  it('passes the one-figure page unedited, and its PNGs replace an earlier set as a whole', async () => {
    const pngDir = scratch();
    for (const name of ['report.png', 'a-figure-no-longer-drawn.png']) writeFileSync(join(pngDir, name), '');
    const { result: code } = await capturingOutput(() => renderReportPng([editedPage((html) => html), '--png-dir', pngDir]));
    expect(code).toBe(0);
    expect(readdirSync(pngDir).sort()).toEqual(['report.png', 'symmetry-weights.png']);
  });

  it('fails on a blank figure', async () => {
    const blank = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="white"/></svg>').toString('base64');
    const dir = editedPage((html) => html.replace(/src="data:image\/svg\+xml;base64,[^"]*"/, `src="data:image/svg+xml;base64,${blank}"`));
    const { code, stdout } = await check(dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL .*: blank/m);
  });

  it('fails on a transparent figure, which a dark page would show through', async () => {
    const clear = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><text x="20" y="40" font-size="30">E</text><rect x="50" y="60" width="200" height="100" fill="#c33"/></svg>').toString('base64');
    const dir = editedPage((html) => html.replace(/src="data:image\/svg\+xml;base64,[^"]*"/, `src="data:image/svg+xml;base64,${clear}"`));
    const { code, stdout } = await check(dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL .*: transparent: the dark page shows through/m);
  });

  it('fails on a page that asks for a file beside it, or for anything its policy forbids', async () => {
    const linked = editedPage((html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</main>', '<img src="symmetry-weights.svg" alt="linked"></main>'));
    const r = await check(linked);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL the page asked for file:.*symmetry-weights\.svg/m);
    const forbidden = editedPage((html) => html.replace('</main>', '<img src="https://example.org/x.png" alt="remote"></main>'));
    const f = await check(forbidden);
    expect(f.code).toBe(1);
    expect(f.stdout).toMatch(/^FAIL the browser reported an error: .*Content Security Policy/m);
  });
});
