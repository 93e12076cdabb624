// Every command runs in a worker thread, supervised from the main thread, which does nothing else.
// Training, judging and rendering hold a thread for seconds at a time, and a signal waits until its
// thread is free; a launcher such as the tsx CLI (`npx tsx scripts/…`) kills outright a
// child whose main thread has not answered Ctrl-C within 60 ms, leaving its lock and staging folder
// behind. The supervising thread is always free: it answers at once, asks the command to stop, and
// if the command has not stopped within GRACE_MS it stops the thread itself (a worker can be
// stopped mid-computation) and removes what the run made. It waits only while the output set is
// being written and moved into place, so the old set or the new one is there, never neither; a
// second signal (not the first one's echo) does not wait.
import { Worker } from 'node:worker_threads';
import { startWithoutTsx } from '../worker-exec-argv.js';
import { RunLeftovers } from './leftovers.js';
import { EXIT_CODES, interruptedLine, PHASE, SIGNALS, type CommandThreadData, type Signal, type ToSupervisor } from './protocol.js';

/** How long a command has to stop by itself after a signal before its thread is stopped. */
export const GRACE_MS = 500;
/**
 * A signal this soon after the first is the same one again: at a terminal Ctrl-C reaches every
 * process of the group, and a launcher (npm, tsx) may pass it on to its child as well.
 */
export const ECHO_MS = 300;
const POLL_MS = 20;

/** Starts the command's thread: tsx first (a worker gets no TypeScript loader on Node 20), then the command. */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx)
  .then(({ register }) => { register(); return import(workerData.thread); })
  .then(({ runCommandThread }) => runCommandThread());
`;

/** What the supervisor does to the process: this one's by default, a test's fake in tests. */
export interface SupervisorHost {
  argv: string[];
  onSignal(signal: Signal, handler: () => void): void;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** The command ended by itself: the process ends with this code. */
  ended(code: number): void;
  /** The command was interrupted: the process ends now with this code. */
  interrupted(code: number): void;
}

const processHost: SupervisorHost = {
  argv: process.argv.slice(2),
  onSignal: (signal, handler) => process.on(signal, handler),
  stdout: process.stdout,
  stderr: process.stderr,
  ended: (code) => (process.exitCode = code),
  interrupted: (code) => process.exit(code),
};

const terminal = (stream: NodeJS.WriteStream) => ({ isTTY: stream.isTTY === true, ...(stream.isTTY ? { columns: stream.columns } : {}) });

/**
 * Runs the command `commandModule` exports as `main` in a worker thread and ends as it does, with
 * its output on this process's stdout and stderr. Ctrl-C, SIGTERM and SIGHUP stop it, print one
 * line, and end the process with 130, 143 or 129.
 */
export function superviseCommand(name: string, commandModule: URL, host: SupervisorHost = processHost, graceMs = GRACE_MS): void {
  const phase = new Int32Array(new SharedArrayBuffer(4));
  const leftovers = new RunLeftovers();
  let signal: Signal | null = null;
  let stopping: NodeJS.Timeout | undefined;

  const data: CommandThreadData & { tsx: string; thread: string } = {
    name,
    command: commandModule.href,
    phase: phase.buffer as SharedArrayBuffer,
    stdout: terminal(host.stdout),
    stderr: terminal(host.stderr),
    tsx: import.meta.resolve('tsx/esm/api'),
    thread: new URL('./command-thread.ts', import.meta.url).href,
  };
  const options = { eval: true, workerData: data, argv: host.argv, stdout: true, stderr: true };
  const worker = startWithoutTsx((execArgv) => new Worker(BOOTSTRAP, { ...options, ...(execArgv ? { execArgv } : {}) }));
  worker.stdout.pipe(host.stdout, { end: false });
  worker.stderr.pipe(host.stderr, { end: false });
  worker.on('message', (message: ToSupervisor) => leftovers.take(message));
  worker.on('error', (error) => {
    // An internal error: shown as Node shows an uncaught one, and the run's leftovers removed.
    host.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
    leftovers.remove();
  });
  worker.on('exit', (code) => {
    clearTimeout(stopping);
    if (signal === null) return host.ended(code);
    leftovers.remove();
    const written = Atomics.load(phase, 0) === PHASE.written ? (leftovers.written ?? 'its output folder') : null;
    host.stderr.write(interruptedLine(name, signal, written));
    host.interrupted(EXIT_CODES[signal]);
  });

  /** Stops the thread outright, once its output set is not in the middle of being written (unless forced). */
  const stopNow = (force: boolean) => {
    clearTimeout(stopping);
    if (!force && Atomics.load(phase, 0) === PHASE.writing) {
      stopping = setTimeout(() => stopNow(false), POLL_MS);
      return;
    }
    void worker.terminate();
  };

  let firstAt = 0;
  for (const s of SIGNALS) {
    host.onSignal(s, () => {
      if (signal !== null) {
        if (performance.now() - firstAt >= ECHO_MS) stopNow(true);
        return;
      }
      signal = s;
      firstAt = performance.now();
      worker.postMessage({ interrupt: s });
      stopping = setTimeout(() => stopNow(false), graceMs);
    });
  }
}
