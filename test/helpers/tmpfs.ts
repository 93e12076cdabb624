import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A small tmpfs mounted at a new folder inside `parent` for one test file, for a real full disk or
 * read-only file system; unmounted when the file's tests are done. Mounting needs root (as in CI
 * here): elsewhere it returns null, and the tests that need it are skipped, saying why.
 */
export function mountTmpfs(parent: string, name: string, options: string): string | null {
  const mountPoint = join(parent, name);
  mkdirSync(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mountPoint], { stdio: 'ignore' });
  } catch {
    return null;
  }
  afterAll(() => execFileSync('umount', [mountPoint]));
  return mountPoint;
}
