import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputTarget } from '../../scripts/app/output-target.js';
import { scratchFolders } from '../helpers/scratch.js';
import { mountTmpfs } from '../helpers/tmpfs.js';
import { expectUsageError } from '../helpers/usage-error.js';

// A folder a command writes its output set into, checked before any work (the set itself is
// written at the end, so nothing is made here). Node's own errors name the wrong thing (a read-only mount gives ENOENT, a file in the way EEXIST),
// so the message says in words what is wrong, and with what path.

const scratch = scratchFolders('output-folder-');

/** The check as reproduce makes it, or as another command names its folder (`what`). */
const ensureWritable = (dir: string, what?: string) => checkOutputTarget(dir, 'report.json', what);

describe('the check of an output folder', () => {
  it('accepts a new folder, parents and all, without making it, and an existing empty one', () => {
    const parent = scratch();
    ensureWritable(join(parent, 'a', 'b'));
    expect(existsSync(join(parent, 'a'))).toBe(false);
    mkdirSync(join(parent, 'empty'));
    ensureWritable(join(parent, 'empty'));
  });

  it('refuses a file where the folder should be', () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, '');
    expectUsageError(() => ensureWritable(file), /^cannot write to output folder ".*a-file": it is a file, not a folder$/);
  });

  it('refuses a folder under a file, naming the file', () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, '');
    expectUsageError(() => ensureWritable(join(file, 'out', 'deeper'), '--png-dir'), /^cannot write to --png-dir ".*a-file\/out\/deeper": ".*a-file" is a file, not a folder$/);
  });

  it('refuses a symbolic link to nothing', () => {
    const link = join(scratch(), 'dangling');
    symlinkSync(join(scratch(), 'gone'), link);
    expectUsageError(() => ensureWritable(join(link, 'out')), /^cannot write to output folder ".*dangling\/out": ".*dangling" is a symbolic link to nothing$/);
  });

  // Root may write anywhere chmod forbids, so this one runs only for another user.
  it.skipIf(process.getuid?.() === 0)('refuses a folder the user may not write (not as root, who may)', () => {
    const locked = join(scratch(), 'locked');
    mkdirSync(locked, { mode: 0o555 });
    try {
      expectUsageError(() => ensureWritable(join(locked, 'out')), /^cannot write to output folder ".*locked\/out": ".*locked" is not writable: permission denied \(EACCES\)$/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

// A read-only file system, for real: a small read-only tmpfs. Mounting needs root (as in CI here);
// elsewhere these tests are skipped, and say why.
const tmpfs = mountTmpfs(scratch(), 'read-only', 'size=16k,ro');
const mounted = tmpfs !== null;
const mountPoint = tmpfs ?? '';

describe.skipIf(!mounted)('the check of an output folder on a read-only file system (needs root to mount a tmpfs)', () => {
  it('names the read-only folder, where Node says only ENOENT', () => {
    expectUsageError(() => ensureWritable(join(mountPoint, 'png', 'deeper')), /^cannot write to output folder ".*read-only\/png\/deeper": ".*read-only" is read-only \(EROFS\)$/);
  });

  it('says so of a folder that exists', () => {
    expectUsageError(() => ensureWritable(mountPoint), /^cannot write to output folder ".*read-only": it is read-only \(EROFS\)$/);
  });
});
