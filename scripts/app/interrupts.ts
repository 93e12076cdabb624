// What an interrupt means for the run in progress, decided in one place. Until the output set is
// in place nothing has been written (outputs are staged and moved in at the very end), so the run
// stops its workers and says so; after that, it says truthfully that the new set was written.

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof EXIT_CODES;

let written: string | null = null;
let installed = false;
const stops = new Set<() => Promise<void>>();

/** Called once the output set is in place: an interrupt from now on must not claim nothing was written. */
export function outputsWritten(path: string): void {
  written = path;
}

/**
 * Makes Ctrl-C, SIGTERM and SIGHUP stop `command` cleanly: every registered stop runs (closing a
 * seed pool, releasing a lock), one line is printed, and the process exits 130, 143 or 129.
 * Returns a function that unregisters `stop` once it is no longer needed.
 */
export function stopOnInterrupt(command: string, stop: () => Promise<void>): () => void {
  stops.add(stop);
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(EXIT_CODES) as Signal[]) {
      process.once(signal, () => {
        const what = written === null ? 'nothing written' : `the new output was already written to ${written}`;
        process.stderr.write(`\n${command}: interrupted (${signal}); ${what}\n`);
        void Promise.allSettled([...stops].map((s) => s())).finally(() => process.exit(EXIT_CODES[signal]));
      });
    }
  }
  return () => stops.delete(stop);
}
