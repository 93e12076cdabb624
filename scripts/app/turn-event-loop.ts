// Trainings run synchronously, start to end, so a thread that only trains never returns to its
// event loop, and the supervisor's interrupt waits there until the very end. The application calls
// this between seeds and between timed trainings, never inside one: a pending interrupt is then
// handled (scripts/app/interrupts.ts runs the run's stops and ends the thread) within the
// supervisor's grace, rather than the thread being stopped outright.

/** Resolves after one turn of the event loop, once pending messages and I/O have been handled. */
export const turnEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));
