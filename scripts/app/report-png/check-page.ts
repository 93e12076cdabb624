import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as playwrightChromium } from 'playwright-core';
import { decodePng } from './decode-png.js';
import { measureInk } from './ink.js';

// One report page, opened from disk in headless Chromium. What a reader's browser would show is
// checked three ways: every figure decodes and has a size; each figure, shot on a dark page, shows
// ink of more than one colour and no dark page through it (a transparent figure would); and the
// page asks for nothing but itself: any other request (a linked file, a font, a script) is blocked
// and counted as a failure, as is anything the browser logs as an error.

const DARK_PAGE = '#1e1e1e';
const MIN_INK = 0.01;
const VIEWPORT = { width: 1100, height: 900 };
/** Far beyond what opening a report takes; the browser is closed then, so a failure never hangs. */
const TIMEOUT_MS = 60_000;

export interface PageCheck {
  figures: number;
  failures: number;
  /** The first screen of the page, as a reader opening it sees it. */
  screenshot: string;
}

interface Figure {
  index: number;
  title: string;
  loaded: boolean;
  width: number;
  height: number;
}

// Waits for every image to decode, then says which loaded and how large each is drawn.
const FIGURES = `(async () => {
  await Promise.all([...document.images].map((i) => i.decode().catch(() => null)));
  return [...document.images].map((i, index) => {
    const r = i.getBoundingClientRect();
    return { index, title: i.title || i.alt || 'image ' + (index + 1), loaded: i.complete && i.naturalWidth > 0, width: r.width, height: r.height };
  });
})()`;

const DARKEN = `document.body.style.background = '${DARK_PAGE}'; for (const i of document.images) i.style.border = 'none';`;

/** Checks one page; `say` gets one line per figure and a summary. */
export async function checkPage(page: string, pngDir: string, executablePath: string, say: (line: string) => void): Promise<PageCheck> {
  const url = pathToFileURL(page).href;
  const browser = await playwrightChromium.launch({ executablePath, headless: true, timeout: TIMEOUT_MS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, javaScriptEnabled: true });
    const outside: string[] = [];
    // Data URIs never reach the router; anything else but the page itself is a request that leaves it.
    await context.route('**/*', (route) => {
      const asked = route.request().url();
      if (asked === url) return route.continue();
      outside.push(asked);
      return route.abort('blockedbyclient');
    });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    const screenshot = join(pngDir, `${basename(page, '.html')}.png`);
    writeFileSync(screenshot, await tab.screenshot({ fullPage: false }));

    const figures = (await tab.evaluate(FIGURES)) as Figure[];
    await tab.evaluate(DARKEN);
    say(`${figures.length} figures in ${page}`);
    let failures = 0;
    const images = tab.locator('img');
    for (const f of figures) {
      const problems: string[] = [];
      let detail = '';
      if (!f.loaded || f.width < 1 || f.height < 1) problems.push('not drawn');
      else {
        const png = await images.nth(f.index).screenshot({ timeout: TIMEOUT_MS });
        writeFileSync(join(pngDir, `${f.title.replace(/\.svg$/, '').replace(/[^A-Za-z0-9.-]/g, '_')}.png`), png);
        const ink = measureInk(decodePng(png));
        detail = `${Math.round(f.width)}×${Math.round(f.height)} px, ${(100 * ink.inked).toFixed(1)}% inked, ${ink.colours} colours, background ${ink.background}`;
        if (ink.inked < MIN_INK || ink.colours < 3) problems.push('blank');
        if (ink.background === DARK_PAGE) problems.push('transparent: the dark page shows through');
      }
      if (problems.length > 0) failures += 1;
      say(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${f.title}: ${problems.length === 0 ? detail : `${problems.join(', ')}${detail ? ` (${detail})` : ''}`}`);
    }
    for (const asked of outside) say(`FAIL the page asked for ${asked}; a report must hold everything it shows`);
    for (const error of errors) say(`FAIL the browser reported an error: ${error.split('\n')[0]}`);
    failures += outside.length + errors.length;
    say(`${figures.length - Math.min(failures, figures.length)} of ${figures.length} figures drawn and not blank; ${outside.length} requests left the page; screenshot and PNGs in ${pngDir}`);
    return { figures: figures.length, failures, screenshot };
  } finally {
    await browser.close();
  }
}
