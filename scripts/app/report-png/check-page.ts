import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as playwrightChromium } from 'playwright-core';
import type { OutputFile } from '../../../reports/output-set.js';
import { decodePng } from './decode-png.js';
import { measureInk } from './ink.js';

// One report page, opened from disk in headless Chromium. What a reader's browser would show is
// checked three ways: every figure decodes and is laid out with a size; each figure, drawn by the
// browser at that size over a dark background, shows ink of more than one colour and no dark
// background through it (a transparent figure would); and the page asks for nothing but itself:
// any other request (a linked file, a font, a script) is blocked and counted as a failure, as is
// anything the browser logs as an error. Figures are rasterised by the page's own canvas, which
// takes milliseconds, where a screenshot of each took over 100 ms.

const DARK_PAGE = '#1e1e1e';
const MIN_INK = 0.01;
const VIEWPORT = { width: 1100, height: 900 };
/** Far beyond what opening a report takes; the browser is closed then, so a failure never hangs. */
const TIMEOUT_MS = 60_000;

export interface PageCheck {
  figures: number;
  failures: number;
  /** The first screen of the page, as a reader opening it sees it, where it is to be written. */
  screenshot: string;
  /** The screenshot and a PNG per drawn figure, to be written as one set into the PNG folder. */
  images: OutputFile[];
}

interface Figure {
  title: string;
  loaded: boolean;
  width: number;
  height: number;
  /** The figure as the browser draws it at its size on the page, over the dark background, as a PNG data URL. */
  png: string | null;
}

// Waits for every image to decode, then says which loaded, how large each is laid out, and what it draws.
const FIGURES = `(async () => {
  await Promise.all([...document.images].map((i) => i.decode().catch(() => null)));
  return [...document.images].map((i) => {
    const r = i.getBoundingClientRect();
    const loaded = i.complete && i.naturalWidth > 0;
    let png = null;
    if (loaded && r.width >= 1 && r.height >= 1) {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(r.width);
      canvas.height = Math.round(r.height);
      const g = canvas.getContext('2d');
      g.fillStyle = '${DARK_PAGE}';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(i, 0, 0, canvas.width, canvas.height);
      png = canvas.toDataURL('image/png');
    }
    return { title: i.title || i.alt || 'image', loaded, width: r.width, height: r.height, png };
  });
})()`;

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
    const shot = `${basename(page, '.html')}.png`;
    const images: OutputFile[] = [{ name: shot, content: await tab.screenshot({ fullPage: false }) }];

    const figures = (await tab.evaluate(FIGURES)) as Figure[];
    say(`${figures.length} figures in ${page}`);
    let failures = 0;
    for (const f of figures) {
      const problems: string[] = [];
      let detail = '';
      if (f.png === null) problems.push('not drawn');
      else {
        const png = Buffer.from(f.png.slice(f.png.indexOf(',') + 1), 'base64');
        images.push({ name: `${f.title.replace(/\.svg$/, '').replace(/[^A-Za-z0-9.-]/g, '_')}.png`, content: png });
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
    return { figures: figures.length, failures, screenshot: join(pngDir, shot), images };
  } finally {
    await browser.close();
  }
}
