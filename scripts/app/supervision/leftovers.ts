import { existsSync, renameSync, rmSync } from 'node:fs';
import type { ToSupervisor } from './protocol.js';

/** What a run made, as its command's thread told the supervisor, to be removed if the thread is stopped outright. */
export class RunLeftovers {
  private readonly paths = new Set<string>();
  private readonly targets: Array<{ target: string; staging: string; aside: string }> = [];
  /** The output folder the run's thread said its new set is in, if it said so. */
  written: string | null = null;

  take(message: ToSupervisor): void {
    if ('path' in message) {
      if (message.own) this.paths.add(message.path);
      else this.paths.delete(message.path);
    } else if ('target' in message) this.targets.push(message);
    else this.written = message.written;
  }

  /** Removes them; an old set moved aside whose replacement never arrived is moved back. */
  remove(): void {
    for (const { target, staging, aside } of this.targets) {
      rmSync(staging, { recursive: true, force: true });
      if (existsSync(aside) && !existsSync(target)) renameSync(aside, target);
      else rmSync(aside, { recursive: true, force: true });
    }
    for (const path of this.paths) rmSync(path, { recursive: true, force: true });
  }
}
