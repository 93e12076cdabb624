// The command's side of supervisor.ts: runs in the worker thread the supervisor starts.
import { workerData } from 'node:worker_threads';
import { listenForInterrupts } from '../interrupts.js';
import { runCommand } from '../usage-error.js';
import type { CommandThreadData, TerminalFacts } from './protocol.js';

/**
 * A worker's stdout and stderr are pipes to the supervising thread, which writes what they carry
 * to its own streams; they stand for those streams, so they say what those are (progress draws a
 * bar on a terminal and logs lines elsewhere).
 */
function standFor(stream: NodeJS.WriteStream, facts: TerminalFacts): void {
  Object.defineProperty(stream, 'isTTY', { value: facts.isTTY, configurable: true });
  if (facts.columns !== undefined) Object.defineProperty(stream, 'columns', { value: facts.columns, configurable: true });
}

/** Runs the command named in the thread's data with the suite's exit codes and interrupts. */
export async function runCommandThread(): Promise<void> {
  const data = workerData as CommandThreadData;
  standFor(process.stdout, data.stdout);
  standFor(process.stderr, data.stderr);
  listenForInterrupts();
  const { main } = (await import(data.command)) as { main: () => Promise<number> };
  await runCommand(data.name, main);
}
