import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';
import { workerFolders } from '../helpers/worker-cache.js';

// Ctrl-C needs a process of its own. Each command is started, sent SIGINT as soon as it is known to
// be training (not after a fixed delay, which a loaded machine could outrun), and must then stop its
// pool, say that it wrote nothing, exit 130 and leave nothing behind.

const scratch = scratchFolders('interrupt-');
const POLL_MS = 50;
/** Far beyond what any of these should take; the command is killed then, so a failure never hangs. */
const DEADLINE_MS = 50_000;

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
  pid: number;
  /** Milliseconds from the signal to the end. */
  afterSignal: number;
}

/** The tsx launcher (`npx tsx`, `npm run reproduce`): it runs the script in a child process of its own. */
const TSX_LAUNCHER = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/**
 * Starts a command, sends it SIGINT once `training` says it is under way, and collects how it ended.
 * Through the launcher, the signal goes to the whole process group, as Ctrl-C at a terminal does.
 */
function interruptWhen(args: string[], training: (stdout: string, pid: number) => boolean, signal: NodeJS.Signals = 'SIGINT', launcher = false): Promise<Ended> {
  return new Promise((done) => {
    const start = launcher ? [TSX_LAUNCHER] : ['--import', 'tsx'];
    const child = spawn(process.execPath, [...start, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, detached: launcher });
    const pid = child.pid!;
    let signalledAt = 0;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (!training(stdout, pid)) return;
      clearInterval(poll);
      signalledAt = performance.now();
      if (launcher) process.kill(-pid, signal);
      else child.kill(signal);
    }, POLL_MS);
    const deadline = setTimeout(() => child.kill('SIGKILL'), DEADLINE_MS);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(deadline);
      done({ code, stdout, stderr, pid, afterSignal: performance.now() - signalledAt });
    });
  });
}

/** A line the first experiment prints when it is done: the second one, minutes long, is under way. */
const finished = (line: RegExp) => (stdout: string) => line.test(stdout);

describe('an interrupted run', () => {
  // Symmetry finishes at once (10 sweeps a seed); family trees then keep every thread busy for minutes.
  const reproduceArgs = (workers: string, out: string) => [
    'scripts/reproduce.ts', '--only', 'symmetry,family-trees', '--seeds', '400', '--set', 'symmetry.sweepBudget=10', '--workers', workers, '--out', out,
  ];

  for (const workers of ['1', '2']) {
    it.concurrent(`of reproduce stops, exits 130 and leaves no report, lock or folder (--workers ${workers})`, async ({ expect }) => {
      // An --out that does not exist yet: the run must not leave it behind, empty or not.
      const parent = scratch();
      const r = await interruptWhen(reproduceArgs(workers, join(parent, 'out')), finished(/^symmetry: 400 seeds in /m));
      expect(r.stdout).toMatch(/^symmetry: 400 seeds in /m);
      expect(r.code, r.stderr).toBe(130);
      expect(r.stderr).toMatch(/reproduce: interrupted \(SIGINT\); nothing written/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(parent)).toEqual([]);
      expect(workerFolders().filter((f) => f.pid === r.pid)).toEqual([]);
    });
  }

  for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it.concurrent(`by ${signal} stops the same way, exits ${code} and releases its lock on an existing folder`, async ({ expect }) => {
      const parent = scratch();
      const out = join(parent, 'out');
      mkdirSync(out);
      const r = await interruptWhen(reproduceArgs('2', out), finished(/^symmetry: 400 seeds in /m), signal);
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toMatch(new RegExp(`reproduce: interrupted \\(${signal}\\); nothing written`));
      expect(readdirSync(parent)).toEqual(['out']);
      expect(readdirSync(out)).toEqual([]);
      expect(workerFolders().filter((f) => f.pid === r.pid)).toEqual([]);
    });
  }

  it.concurrent('of compare, with a pool, leaves nothing behind either', async ({ expect }) => {
    const out = scratch();
    // The first variant's line: the pool is up and the second variant is training.
    const args = ['scripts/compare.ts', '--only', 'family-trees', '--variants', 'paper,plain', '--seeds', '300', '--set', 'family-trees.sweeps=20', '--workers', '2', '--out', out];
    const r = await interruptWhen(args, finished(/^family-trees\/paper: 300 seeds in /m));
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/compare: interrupted \(SIGINT\); nothing written/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
    expect(workerFolders().filter((f) => f.pid === r.pid)).toEqual([]);
  });

  // One family-trees seed of 300,000 sweeps holds its thread for about 16 s (longer on a loaded
  // machine) and never returns to the event loop meanwhile. The launcher kills outright a child that
  // has not answered Ctrl-C within 60 ms; started directly, the signal would wait for the seed.
  const busyArgs = (out: string) => [
    'scripts/reproduce.ts', '--only', 'symmetry,family-trees', '--seeds', '1', '--set', 'family-trees.sweeps=300000', '--workers', '1', '--out', out,
  ];
  const started = [
    ['through the tsx launcher', 'SIGINT', 130, true],
    ['started directly', 'SIGTERM', 143, false],
  ] as const;
  // The launcher's case runs alone, after the others: its 60 ms are scheduling time, and the
  // concurrent runs above would load the machine well beyond anything a user's terminal sees.
  for (const [how, signal, code, launcher] of started) {
    const test = launcher ? it : it.concurrent;
    test(`busy in one long seed, ${how}, stops within a second or two by ${signal} and leaves nothing`, async ({ expect }) => {
      const parent = scratch();
      const r = await interruptWhen(busyArgs(join(parent, 'out')), finished(/^symmetry: 1 seeds in /m), signal, launcher);
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toContain(`reproduce: interrupted (${signal}); nothing written`);
      expect(r.afterSignal).toBeLessThan(5_000);
      expect(readdirSync(parent)).toEqual([]);
    });
  }
});
