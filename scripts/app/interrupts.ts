// What an interrupt means for the run in progress, decided in one place. Until the output set is
// in place nothing has been written (outputs are staged and moved in at the very end), so the run
// stops its workers and says so; after that, it says truthfully that the new set was written.
// A command runs in a supervised thread (supervision/supervisor.ts): the supervisor receives the
// signal, prints the line, and sends the interrupt here; the stops run and the thread ends. Run
// in the main thread instead (the application called directly), the signals are caught here.
import { parentPort } from 'node:worker_threads';
import { EXIT_CODES, interruptedLine, SIGNALS, type Signal, type ToCommand } from './supervision/protocol.js';
import { outputPhase, supervised } from './supervision/run-state.js';

let written: string | null = null;
let installed = false;
const stops = new Set<() => Promise<void>>();

/** Called once the output set is in place: an interrupt from now on must not claim nothing was written. */
export function outputsWritten(path: string): void {
  written = path;
  outputPhase('written', path);
}

const stopAll = (code: number) => void Promise.allSettled([...stops].map((s) => s())).finally(() => process.exit(code));

/** In a supervised thread: stops on the supervisor's word. The thread can still end when its work is done. */
export function listenForInterrupts(): void {
  if (!supervised() || installed) return;
  installed = true;
  parentPort!.on('message', (message: ToCommand) => stopAll(EXIT_CODES[message.interrupt]));
  parentPort!.unref();
}

/**
 * Makes Ctrl-C, SIGTERM and SIGHUP stop `command` cleanly: every registered stop runs (closing a
 * seed pool, releasing a lock), one line is printed, and the process exits 130, 143 or 129.
 * Returns a function that unregisters `stop` once it is no longer needed.
 */
export function stopOnInterrupt(command: string, stop: () => Promise<void>): () => void {
  stops.add(stop);
  if (!installed && !supervised()) {
    installed = true;
    for (const signal of SIGNALS) {
      process.once(signal, () => {
        process.stderr.write(interruptedLine(command, signal as Signal, written));
        stopAll(EXIT_CODES[signal]);
      });
    }
  }
  return () => stops.delete(stop);
}
