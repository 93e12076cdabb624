import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, type ExpectStatic } from 'vitest';
import type { Signal } from '../../scripts/app/supervision/protocol.js';
import { ECHO_MS, superviseCommand } from '../../scripts/app/supervision/supervisor.js';
import { scratchFolders } from '../helpers/scratch.js';

// The supervisor with a fake process around it (its signals, streams and exit), running the
// commands of test/fixtures/supervised-command.ts in a real worker thread. A busy command never
// returns to its event loop, as in a long training: it ends only if the supervisor stops it.

const scratch = scratchFolders('supervisor-');
const FIXTURE = new URL('../fixtures/supervised-command.ts', import.meta.url);
const GRACE_MS = 200;

interface Outcome {
  how: 'ended' | 'interrupted';
  code: number;
}

function supervise(scenario: string, dir = '') {
  const handlers = new Map<Signal, () => void>();
  const text = { out: '', err: '' };
  const sink = (key: 'out' | 'err') =>
    Object.assign(new Writable({ write: (chunk: Buffer, _encoding, done) => ((text[key] += chunk.toString()), done()) }), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let settle!: (outcome: Outcome) => void;
  const outcome = new Promise<Outcome>((done) => (settle = done));
  superviseCommand('test', FIXTURE, {
    argv: [scenario, dir],
    onSignal: (signal, handler) => handlers.set(signal, handler),
    stdout: sink('out'),
    stderr: sink('err'),
    ended: (code) => settle({ how: 'ended', code }),
    interrupted: (code) => settle({ how: 'interrupted', code }),
  }, GRACE_MS);
  return {
    text,
    outcome,
    signal: (signal: Signal) => handlers.get(signal)!(),
    /** Resolves once the command says it is ready; `e` is a concurrent test's own expect. */
    ready: (e: ExpectStatic = expect) => e.poll(() => text.out, { timeout: 30_000, interval: 20 }).toContain('ready'),
  };
}

/** Whether the command is still running `ms` from now. */
const stillRunningAfter = (outcome: Promise<Outcome>, ms: number) =>
  Promise.race([outcome.then(() => false), new Promise<boolean>((done) => setTimeout(() => done(true), ms))]);

describe('a supervised command', () => {
  it.concurrent('ends with its own exit code, its output passed on, and knows whether the streams are terminals', async ({ expect }) => {
    const run = supervise('ends');
    expect(await run.outcome).toEqual({ how: 'ended', code: 3 });
    await expect.poll(() => run.text.out).toBe('stdout is a terminal: false; stderr: false\n');
  });

  it.concurrent('gets one line and exit 2 for bad input, and a stack trace and exit 1 for an internal error', async ({ expect }) => {
    const bad = supervise('bad-input');
    const crash = supervise('crashes');
    expect(await bad.outcome).toEqual({ how: 'ended', code: 2 });
    await expect.poll(() => bad.text.err).toBe('test: --seeds must be a whole number (see --help)\n');
    expect(await crash.outcome).toEqual({ how: 'ended', code: 1 });
    expect(crash.text.err).toMatch(/^Error: an internal error\n\s+at /);
  });

  it.concurrent('that is idle stops by itself on a signal: its stops run, and the supervisor prints the one line', async ({ expect }) => {
    const run = supervise('idles');
    await run.ready(expect);
    run.signal('SIGTERM');
    expect(await run.outcome).toEqual({ how: 'interrupted', code: 143 });
    expect(run.text.out).toContain('stopped\n');
    expect(run.text.err).toBe('\ntest: interrupted (SIGTERM); nothing written\n');
  });

  it('that is busy is stopped outright; what it made is removed and an old set moved aside is moved back', async () => {
    const dir = scratch();
    const run = supervise('busy-mid-move', dir);
    await run.ready();
    run.signal('SIGINT');
    expect(await run.outcome).toEqual({ how: 'interrupted', code: 130 });
    expect(run.text.err).toBe('\ntest: interrupted (SIGINT); nothing written\n');
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(join(dir, 'out'))).toEqual(['old-report.json']);
  });

  it('that is busy after its output set is in place says so when stopped', async () => {
    const dir = scratch();
    const run = supervise('busy-after-writing', dir);
    await run.ready();
    run.signal('SIGHUP');
    expect(await run.outcome).toEqual({ how: 'interrupted', code: 129 });
    expect(run.text.err).toBe(`\ntest: interrupted (SIGHUP); the new output was already written to ${join(dir, 'out')}\n`);
    expect(existsSync(join(dir, 'out'))).toBe(true);
  });

  it('is not cut short while it writes its output set, unless a second signal comes (not an echo of the first)', async () => {
    const run = supervise('busy-writing');
    await run.ready();
    run.signal('SIGINT');
    run.signal('SIGINT'); // the same Ctrl-C again, as a launcher passes it on: no reason to force
    expect(await stillRunningAfter(run.outcome, Math.max(GRACE_MS * 3, ECHO_MS))).toBe(true);
    run.signal('SIGINT');
    expect(await run.outcome).toEqual({ how: 'interrupted', code: 130 });
    expect(run.text.err).toBe('\ntest: interrupted (SIGINT); nothing written\n');
  });
});
