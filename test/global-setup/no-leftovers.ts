import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from '../../scripts/app/process-alive.js';
import { workerFolders } from '../helpers/worker-cache.js';

// The suite must leave no temporary folder behind, neither its own scratch folders nor those of
// the code under test (the C reference's build folder, render-report-png's page, the seed pool's
// transpiled workers). Other runs may share the machine at the same time, so a before/after look
// at the system's temp folder could blame them or miss us: instead every process of this run (the
// vitest workers and the commands they start) gets a temp folder of its own through TMPDIR, and
// whatever is left in it at the end is a leak. The seed pool's workers live in node_modules/.cache,
// named after the process that made them: one made during this run by this process (whose threads
// run the tests) or by a process that has ended is a leak too.

/** tsx keeps its compile cache in the temp folder on purpose; it is not the code's leftover. */
const KEPT = /^tsx-/;


export function setup(): () => void {
  const since = Date.now();
  const ownTemp = mkdtempSync(join(tmpdir(), 'backprop-1986-suite-'));
  process.env.TMPDIR = ownTemp;
  return () => {
    const left = [
      ...readdirSync(ownTemp).filter((name) => !KEPT.test(name)).map((name) => join(ownTemp, name)),
      ...workerFolders().filter((f) => f.madeAt >= since && (f.pid === process.pid || !processAlive(f.pid))).map((f) => f.name),
    ];
    rmSync(ownTemp, { recursive: true, force: true });
    for (const path of left) rmSync(path, { recursive: true, force: true });
    if (left.length > 0) {
      // A teardown that throws is only logged by vitest; the exit code is what fails `npm test`.
      console.error(`\nThe tests left ${left.length} temporary folder(s) behind (now removed):\n${left.map((p) => `  ${p}`).join('\n')}\n`);
      process.exitCode = 1;
    }
  };
}
