import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, it } from 'vitest';
import { findCCompiler } from '../../baselines/c-reference.js';
import { ROOT } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';

// Ctrl-C during `npm run bench`, full trainings or the scaling study: its trainings run synchronously,
// so the benchmark must turn its event loop between them for the signal to be handled at all. It is
// sent once the C reference's build folder is known to exist (not after a fixed delay), and the
// command must exit 130 at once, say it wrote nothing, and take that folder with it.

const scratch = scratchFolders('bench-interrupt-');
const POLL_MS = 50;
/** Far beyond what either run takes before its first progress line; the child is killed then, so a failure never hangs. */
const DEADLINE_MS = 50_000;
const builds = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith('backprop-1986-c-'));

interface Ended {
  code: number | null;
  stderr: string;
  buildsWhenSent: string[];
  /** What the command wrote on stderr after the signal was sent. */
  after: string;
}

function interruptWhen(args: string[], tmp: string, under: (stderr: string) => boolean): Promise<Ended> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp } });
    let stderr = '';
    let buildsWhenSent: string[] = [];
    let sentAt = Infinity;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (!under(stderr)) return;
      clearInterval(poll);
      buildsWhenSent = builds(tmp);
      sentAt = stderr.length;
      child.kill('SIGINT');
    }, POLL_MS);
    const deadline = setTimeout(() => child.kill('SIGKILL'), DEADLINE_MS);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(deadline);
      done({ code, stderr, buildsWhenSent, after: stderr.slice(sentAt) });
    });
  });
}

describe.skipIf('unavailable' in findCCompiler())('an interrupted benchmark', () => {
  it.concurrent.for([
    // Sent during the warm-up: without a turn of the event loop the timed rounds would follow.
    ['full trainings', ['--only', 'family-trees', '--impl', 'c-reference'], /family-trees: warm-up/, /round \d+\/\d+/],
    // Sent once the first point is done: without a turn, every other point would follow.
    ['the scaling study', ['--scaling', '--impl', 'c-reference'], /bench: 10 hidden, 100 patterns: /, /hidden, \d+ patterns: /],
  ] as const)('of %s stops at once, exits 130 and removes the C build folder', async ([, args, under, progress], { expect }) => {
    const tmp = scratch();
    const r = await interruptWhen([...args], tmp, (stderr) => under.test(stderr));
    expect(r.buildsWhenSent).toHaveLength(1);
    expect(r.after).not.toMatch(progress);
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/\nbench: interrupted \(SIGINT\); nothing written\n$/);
    expect(builds(tmp)).toEqual([]);
  });
});
