import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Every scratch folder of the suite starts with this, so a leftover one is easy to trace to the tests. */
const SCRATCH_PREFIX = 'backprop-1986-test-';

/**
 * A maker of scratch folders for one test file: each call makes a new empty folder under the
 * system's temp folder, and every one is removed when the file's tests are done. Call it at the
 * top level of a test file.
 */
export function scratchFolders(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `${SCRATCH_PREFIX}${prefix}`));
    made.push(dir);
    return dir;
  };
}

/** A writer of small files: `file(name, content)` writes one into the folder `folder()` gives and returns its path. */
export function fileWriter(folder: () => string): (name: string, content: string) => string {
  return (name, content) => {
    const path = join(folder(), name);
    writeFileSync(path, content);
    return path;
  };
}
