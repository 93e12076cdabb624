import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { describeIoError } from '../../../reports/output-set.js';
import { parseFlags } from '../args/parse-flags.js';
import { ensureWritable } from '../output-folder.js';
import { UsageError } from '../usage-error.js';
import { Browser } from './cdp-pipe.js';
import { decodePng } from './decode-png.js';
import { measureInk } from './ink.js';

// A developer's check, not part of `npm test`: renders report.md with its figures in headless
// Chromium, as a reader's browser would, saves PNGs, and fails unless every linked image loaded and
// shows something. Figures are shot on a dark page, so a transparent figure shows up as one too.
// Needs Debian's chromium package (apt-get install -y chromium).

const USAGE = 'usage: npx tsx scripts/render-report-png.ts [report folder, default reports/out] [--png-dir <dir>] [--chromium <path>]';
const DARK_PAGE = '#1e1e1e';
const MIN_INK = 0.01;

const PAGE_STYLE = `
body { font: 15px/1.5 Helvetica, Arial, sans-serif; max-width: 1060px; margin: 24px auto; padding: 0 16px; background: #fff; color: #222; }
body.dark { background: ${DARK_PAGE}; color: #ddd; }
img { max-width: 100%; display: block; margin: 12px 0; }
table { border-collapse: collapse; font-size: 13px; } td, th { border: 1px solid #bbb; padding: 2px 6px; }
code { font-size: 12px; }`;

interface Shot {
  src: string;
  alt: string;
  loaded: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

// Waits for every image to decode, then reports where each sits on the page.
const LAYOUT = `(async () => {
  await Promise.all([...document.images].map((i) => i.decode().catch(() => null)));
  const images = [...document.images].map((i) => {
    const r = i.getBoundingClientRect();
    return { src: i.getAttribute('src'), alt: i.alt, loaded: i.complete && i.naturalWidth > 0, x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });
  return { images, width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight };
})()`;

/**
 * The browser to start, checked before anything is written: spawn reports a missing or unrunnable
 * program only later, as an 'error' event that ends the process with a stack trace. A name without
 * a slash is looked up on PATH, as spawn would; a path is taken as given.
 */
function findChromium(given: string | undefined): string {
  const name = given ?? 'chromium';
  const flag = `--chromium "${name}"`;
  if (!name.includes('/')) {
    const onPath = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '').map((d) => join(d, name)).find(runnable);
    if (onPath !== undefined) return onPath;
    if (given === undefined) throw new UsageError("no chromium on PATH; install Debian's chromium (apt-get install -y chromium) or give --chromium <path>");
    throw new UsageError(`${flag}: no such program on PATH`);
  }
  let stat;
  try {
    stat = statSync(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${flag}: ${code === 'ENOENT' ? 'no such file (ENOENT)' : describeIoError(error)}`);
  }
  if (stat.isDirectory()) throw new UsageError(`${flag} is a folder, not a program`);
  try {
    accessSync(name, constants.X_OK);
  } catch (error) {
    throw new UsageError(`${flag} is not executable: ${describeIoError(error)}`);
  }
  return resolve(name);
}

function runnable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The developer's browser check of a report folder; exit code 0 when every figure is drawn and not blank. */
export async function renderReportPng(argv: string[]): Promise<number> {
  const args = parseFlags(argv, { 'png-dir': { type: 'string' }, chromium: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = resolve(args.positionals[0] ?? 'reports/out');
  if (!existsSync(join(dir, 'report.md'))) throw new UsageError(`no report.md in ${dir}; run npm run reproduce first`);
  const chromium = findChromium(args.values.chromium);
  const pngDir = resolve(args.values['png-dir'] ?? join(dir, 'png'));
  ensureWritable(pngDir, args.values['png-dir'] === undefined ? 'the PNG folder' : '--png-dir');

  // The page lives in a scratch folder; <base> points its relative image links at the report's folder.
  const scratch = mkdtempSync(join(tmpdir(), 'report-png-'));
  const page = join(scratch, 'report.html');
  const body = await marked.parse(readFileSync(join(dir, 'report.md'), 'utf8'));
  writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8"><base href="${pathToFileURL(dir).href}/"><style>${PAGE_STYLE}</style></head><body>${body}</body></html>`);

  const browser = Browser.launch(chromium);
  const watchdog = setTimeout(() => {
    process.stderr.write('render-report-png: Chromium did not finish within 120 s\n');
    process.exit(1);
  }, 120_000);
  try {
    const session = await browser.newPage();
    await browser.send('Page.enable', {}, session);
    await browser.send('Emulation.setDeviceMetricsOverride', { width: 1100, height: 900, deviceScaleFactor: 1, mobile: false }, session);
    const loaded = browser.waitFor('Page.loadEventFired', session, 30_000);
    await browser.send('Page.navigate', { url: pathToFileURL(page).href }, session);
    await loaded;
    const evaluate = async <T>(expression: string): Promise<T> =>
      ((await browser.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, session)) as { result: { value: T } }).result.value;
    const shoot = async (clip: { x: number; y: number; width: number; height: number }): Promise<Buffer> =>
      Buffer.from(((await browser.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { ...clip, scale: 1 } }, session)) as { data: string }).data, 'base64');

    const layout = await evaluate<{ images: Shot[]; width: number; height: number }>(LAYOUT);
    writeFileSync(join(pngDir, 'report.png'), await shoot({ x: 0, y: 0, width: layout.width, height: layout.height }));
    await evaluate("document.body.className = 'dark'");

    let failures = 0;
    process.stdout.write(`${layout.images.length} images linked from ${join(dir, 'report.md')}\n`);
    for (const img of layout.images) {
      const name = img.src.replace(/\.svg$/, '').replace(/[^A-Za-z0-9.-]/g, '_');
      const problems: string[] = [];
      let detail = '';
      if (!img.loaded || img.width < 1 || img.height < 1) problems.push('did not load');
      else {
        const png = await shoot({ x: img.x, y: img.y, width: img.width, height: img.height });
        writeFileSync(join(pngDir, `${name}.png`), png);
        const ink = measureInk(decodePng(png));
        detail = `${Math.round(img.width)}×${Math.round(img.height)} px, ${(100 * ink.inked).toFixed(1)}% inked, ${ink.colours} colours, background ${ink.background}`;
        if (ink.inked < MIN_INK || ink.colours < 3) problems.push('blank');
        if (ink.background === DARK_PAGE) problems.push('transparent: the dark page shows through');
      }
      failures += problems.length > 0 ? 1 : 0;
      process.stdout.write(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${img.src}: ${problems.length === 0 ? detail : `${problems.join(', ')}${detail ? ` (${detail})` : ''}`}\n`);
    }
    process.stdout.write(`${layout.images.length - failures} of ${layout.images.length} images drawn and not blank; PNGs in ${pngDir}\n`);
    return failures === 0 && layout.images.length > 0 ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

