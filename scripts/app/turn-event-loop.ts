// Trainings run synchronously, start to end, so a process that only trains never returns to its
// event loop, and a Ctrl-C waits there until the very end. The application calls this between
// seeds and between timed trainings, never inside one: a pending signal is then handled
// (scripts/app/interrupts.ts exits, and what the run made goes with its exit hooks).

/** Resolves after one turn of the event loop, once pending signals and I/O have been handled. */
export const turnEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));
