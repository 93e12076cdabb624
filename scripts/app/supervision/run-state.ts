// What the command's thread tells its supervisor (supervisor.ts) about the run: the paths it made,
// the output folders it writes, and how far the writing has got. In a thread nobody supervises
// (a test calling the application directly) there is nobody to tell, and each call does nothing.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { PHASE, type CommandThreadData, type ToSupervisor } from './protocol.js';

const data = !isMainThread && (workerData as Partial<CommandThreadData> | null)?.phase instanceof SharedArrayBuffer ? (workerData as CommandThreadData) : null;
const phase = data ? new Int32Array(data.phase) : null;

/** Whether this thread runs a command under a supervisor. */
export const supervised = (): boolean => data !== null;

const tell = (message: ToSupervisor) => {
  if (data) parentPort!.postMessage(message);
};

/** A path this run made and must not leave behind; returns the call that says it is gone (or kept). */
export function ownPath(path: string): () => void {
  tell({ path, own: true });
  return () => tell({ path, own: false });
}

/** An output folder the run will write its set to, staged in `staging` and with the old set moved to `aside`. */
export function announceTarget(target: string, staging: string, aside: string): void {
  tell({ target, staging, aside });
}

/** Marks the writing of an output set: begun (`writing`), done (`written`), or given up (`working`). */
export function outputPhase(now: keyof typeof PHASE, path?: string): void {
  if (now === 'written' && path !== undefined) tell({ written: path });
  if (phase) Atomics.store(phase, 0, PHASE[now]);
}
