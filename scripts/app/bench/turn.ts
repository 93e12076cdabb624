// Trainings run synchronously, start to end, so a process that only trains never returns to its
// event loop, and a Ctrl-C waits there (with the C reference's build folder) until the very end.
// The benchmark calls this between trainings, never inside a timed one: a pending signal is then
// handled (scripts/app/interrupts.ts exits, and the build folder goes with its exit hook).

/** Resolves after one turn of the event loop, once pending signals and I/O have been handled. */
export const turnEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));
