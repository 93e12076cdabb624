// Every command runs in a worker thread, supervised from the main thread, which does nothing else.
// Training, judging and rendering hold a thread for seconds at a time, and a signal waits until its
// thread is free; a launcher such as the tsx CLI (`npx tsx`, `npm run reproduce`) kills outright a
// child whose main thread has not answered Ctrl-C within 60 ms, leaving its lock and staging folder
// behind. The supervising thread is always free: it answers at once, asks the command to stop, and
// if the command has not stopped within GRACE_MS it stops the thread itself (a worker can be
// stopped mid-computation) and removes what the run made. It waits only while the output set is
// being moved into place, so the old set or the new one is there, never neither.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { startWithoutTsx } from '../worker-exec-argv.js';
import { EXIT_CODES, interruptedLine, PHASE, SIGNALS, type CommandThreadData, type Signal, type ToSupervisor } from './protocol.js';

/** How long a command has to stop by itself after a signal before its thread is stopped. */
export const GRACE_MS = 500;
const POLL_MS = 20;

/** Starts the command's thread: tsx first (a worker gets no TypeScript loader on Node 20), then the command. */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then(({ register }) => { register(); return import(workerData.thread); })
  .then(({ runCommandThread }) => runCommandThread());
`;

const terminal = (stream: NodeJS.WriteStream) => ({ isTTY: stream.isTTY === true, ...(stream.isTTY ? { columns: stream.columns } : {}) });

/** What the run made, as the command's thread told it, to be removed if the thread is stopped outright. */
class RunLeftovers {
  readonly paths = new Set<string>();
  readonly targets: Array<{ target: string; staging: string; aside: string }> = [];
  written: string | null = null;

  take(message: ToSupervisor): void {
    if ('path' in message) {
      if (message.own) this.paths.add(message.path);
      else this.paths.delete(message.path);
    } else if ('target' in message) this.targets.push(message);
    else this.written = message.written;
  }

  /** Removes them; an old set moved aside whose replacement never arrived is moved back. */
  remove(): void {
    for (const { target, staging, aside } of this.targets) {
      rmSync(staging, { recursive: true, force: true });
      if (existsSync(aside) && !existsSync(target)) renameSync(aside, target);
      else rmSync(aside, { recursive: true, force: true });
    }
    for (const path of this.paths) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Runs the command `commandModule` exports as `main` in a worker thread and exits as it does, with
 * its output on this process's stdout and stderr. Ctrl-C, SIGTERM and SIGHUP stop it, print one
 * line, and exit 130, 143 or 129; a second signal stops it without waiting.
 */
export function superviseCommand(name: string, commandModule: URL): void {
  const phase = new Int32Array(new SharedArrayBuffer(4));
  const leftovers = new RunLeftovers();
  let signal: Signal | null = null;
  let stopping: NodeJS.Timeout | undefined;

  const finish = (code: number) => {
    clearTimeout(stopping);
    if (signal === null) {
      process.exitCode = code;
      return;
    }
    leftovers.remove();
    const written = Atomics.load(phase, 0) === PHASE.written ? (leftovers.written ?? 'its output folder') : null;
    process.stderr.write(interruptedLine(name, signal, written));
    process.exit(EXIT_CODES[signal]);
  };

  const data: CommandThreadData & { tsx: string; thread: string } = {
    name,
    command: commandModule.href,
    phase: phase.buffer as SharedArrayBuffer,
    stdout: terminal(process.stdout),
    stderr: terminal(process.stderr),
    tsx: import.meta.resolve('tsx/esm/api'),
    thread: new URL('./command-thread.ts', import.meta.url).href,
  };
  const worker = startWithoutTsx((execArgv) => new Worker(BOOTSTRAP, { eval: true, workerData: data, argv: process.argv.slice(2), ...(execArgv ? { execArgv } : {}) }));
  worker.on('message', (message: ToSupervisor) => leftovers.take(message));
  worker.on('error', (error) => {
    // An internal error: shown as Node shows an uncaught one, and the run's leftovers removed.
    process.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
    leftovers.remove();
  });
  worker.on('exit', (code) => finish(code));

  /** Stops the thread outright, once its output set is not in the middle of its move. */
  const stopNow = (force: boolean) => {
    if (!force && Atomics.load(phase, 0) === PHASE.writing) {
      stopping = setTimeout(() => stopNow(false), POLL_MS);
      return;
    }
    void worker.terminate();
  };

  for (const s of SIGNALS) {
    process.on(s, () => {
      if (signal !== null) return stopNow(true);
      signal = s;
      worker.postMessage({ interrupt: s });
      stopping = setTimeout(() => stopNow(false), GRACE_MS);
    });
  }
}
