import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, delimiter, join, resolve } from 'node:path';
import { describeIoError } from '../../../reports/output-set.js';
import { parseFlags } from '../args/parse-flags.js';
import { withOutputTarget } from '../output-target.js';
import { UsageError } from '../usage-error.js';
import { writeFileSet } from '../write-outputs.js';
import { checkPage } from './check-page.js';

// The browser check of a report: opens report.html (or comparison.html) from disk in headless
// Chromium, as a reader would, and fails unless every figure is drawn and not blank and no request
// leaves the page. It saves a screenshot of the first screen and a PNG of each figure.
// Needs Debian's chromium package (apt-get install -y chromium), driven by playwright-core.

const USAGE = 'usage: npx tsx scripts/render-report-png.ts [report folder, default reports/out] [--png-dir <dir>] [--chromium <path>]';
/** The pages a report folder may hold, in the order they are looked for. */
const PAGES = ['report.html', 'comparison.html'];

/**
 * The browser to start, checked before anything is written: spawn reports a missing or unrunnable
 * program only later, as an 'error' event that ends the process with a stack trace. A name without
 * a slash is looked up on PATH, as spawn would; a path is taken as given.
 */
export function findChromium(given: string | undefined): string {
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

/** The browser check of a report folder; exit code 0 when every figure is drawn and not blank and nothing was fetched. */
export async function renderReportPng(argv: string[]): Promise<number> {
  const args = parseFlags(argv, { 'png-dir': { type: 'string' }, chromium: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = resolve(args.positionals[0] ?? 'reports/out');
  const page = PAGES.map((name) => join(dir, name)).find((path) => existsSync(path));
  if (page === undefined) throw new UsageError(`no ${PAGES.join(' or ')} in ${dir}; run npm run reproduce first`);
  const chromium = findChromium(args.values.chromium);
  // The PNGs are one output set, written when the check is done: an interrupted check writes none.
  const pngDir = resolve(args.values['png-dir'] ?? join(dir, 'png'));
  const what = args.values['png-dir'] === undefined ? 'the PNG folder' : '--png-dir';
  const result = await withOutputTarget(pngDir, `${basename(page, '.html')}.png`, async () => {
    const checked = await checkPage(page, pngDir, chromium, (line) => process.stdout.write(`${line}\n`));
    await writeFileSet(pngDir, checked.images);
    return checked;
  }, what);
  return result.failures === 0 && result.figures > 0 ? 0 : 1;
}
