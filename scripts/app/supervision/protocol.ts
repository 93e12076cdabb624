// What a command's thread and the thread that supervises it say to each other (see supervisor.ts).
// Only Node's own modules may be imported here: the supervising thread loads nothing of the suite
// but this folder, so that it starts at once and stays free to answer signals.

export const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type Signal = keyof typeof EXIT_CODES;
export const SIGNALS = Object.keys(EXIT_CODES) as Signal[];

/** What the command's thread is doing with its output set, in a shared Int32 the supervisor reads at any moment. */
export const PHASE = {
  /** Training, judging, rendering: nothing has been written. */
  working: 0,
  /** Writing its output set and moving it into place: not to be cut short. */
  writing: 1,
  /** The new output set is in place. */
  written: 2,
} as const;

/** What a stream of the supervising thread is, for the command's thread whose output goes there. */
export interface TerminalFacts {
  isTTY: boolean;
  columns?: number;
}

export interface CommandThreadData {
  /** The command's name, at the start of its messages. */
  name: string;
  /** The module whose `main` is the command: its file URL. */
  command: string;
  /** PHASE, as one Int32 at index 0. */
  phase: SharedArrayBuffer;
  stdout: TerminalFacts;
  stderr: TerminalFacts;
}

/** From the command's thread to the supervisor. */
export type ToSupervisor =
  /** A path this run made, to be removed should the run be stopped outright; `own: false` when it is gone or kept. */
  | { path: string; own: boolean }
  /**
   * An output folder this run writes its set to, with the folders it uses beside it: the new set
   * is staged in `staging`, and the old set is moved to `aside` while the new one moves in.
   */
  | { target: string; staging: string; aside: string }
  /** The output set now in place there. */
  | { written: string };

/** From the supervisor to the command's thread. */
export interface ToCommand {
  interrupt: Signal;
}

/** The one line an interrupted command prints. */
export function interruptedLine(name: string, signal: Signal, written: string | null): string {
  const what = written === null ? 'nothing written' : `the new output was already written to ${written}`;
  return `\n${name}: interrupted (${signal}); ${what}\n`;
}
