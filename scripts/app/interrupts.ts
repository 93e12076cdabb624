// What an interrupt means for the run in progress. A command runs in a supervised thread
// (supervision/supervisor.ts): the supervisor receives the signal, prints the one line (it knows
// from the shared phase whether the new output set is in place), and sends the interrupt here;
// the stops the run registered (closing a seed pool, releasing a lock) run and the thread ends.
// Should they take too long, the supervisor stops the thread and removes the leftovers itself.
import { parentPort } from 'node:worker_threads';
import { EXIT_CODES, type ToCommand } from './supervision/protocol.js';
import { supervised } from './supervision/run-state.js';

let listening = false;
const stops = new Set<() => Promise<void>>();

/** In a supervised thread: stops on the supervisor's word. The thread can still end when its work is done. */
export function listenForInterrupts(): void {
  if (!supervised() || listening) return;
  listening = true;
  parentPort!.on('message', (message: ToCommand) => {
    void Promise.allSettled([...stops].map((s) => s())).finally(() => process.exit(EXIT_CODES[message.interrupt]));
  });
  parentPort!.unref();
}

/** Has an interrupt run `stop` before the thread ends; returns the call that unregisters it once it is no longer needed. */
export function stopOnInterrupt(stop: () => Promise<void>): () => void {
  stops.add(stop);
  return () => stops.delete(stop);
}
