import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, writeOutputSet } from '../../reports/output-set.js';
import { scratchFolders } from '../helpers/scratch.js';
import { mountTmpfs } from '../helpers/tmpfs.js';

const scratch = scratchFolders('output-set-');
const names = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('an output set is written as a whole', () => {
  it('creates the folder with every file, and leaves no staging folder beside it', () => {
    const parent = scratch();
    const out = join(parent, 'a', 'out');
    writeOutputSet(out, [{ name: 'report.json', content: '{}\n' }, { name: 'figs/f.svg', content: '<svg/>' }]);
    expect(names(out)).toEqual(['figs', 'figs/f.svg', 'report.json']);
    expect(names(join(parent, 'a'))).toEqual(['out', 'out/figs', 'out/figs/f.svg', 'out/report.json']);
  });

  it('replaces an older set entirely: nothing the new run did not write is left', () => {
    const out = join(scratch(), 'out');
    mkdirSync(join(out, 'png'), { recursive: true });
    writeFileSync(join(out, 'old-figure.svg'), 'old');
    writeFileSync(join(out, 'png', 'report.png'), 'old');
    writeFileSync(join(out, 'report.json'), 'old');
    writeOutputSet(out, [{ name: 'report.json', content: 'new' }]);
    expect(names(out)).toEqual(['report.json']);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('new');
  });

  it('refuses a file where the folder should be, naming it, and leaves the file as it was', () => {
    const out = join(scratch(), 'out');
    writeFileSync(out, 'a file');
    expect(() => writeOutputSet(out, [{ name: 'report.json', content: '{}' }])).toThrow(OutputError);
    expect(readFileSync(out, 'utf8')).toBe('a file');
  });
});

// A full disk and a read-only file system, for real: a small tmpfs. Mounting needs root (as in CI
// here); elsewhere these tests are skipped, and say why.
const tmpfs = mountTmpfs(scratch(), 'tmpfs', 'size=200k');
const mounted = tmpfs !== null;
const mountPoint = tmpfs ?? '';

describe.skipIf(!mounted)('an I/O error leaves the old set untouched (needs root to mount a 200 KB tmpfs)', () => {
  const out = join(mountPoint, 'out');

  it('a full disk is one line naming the path and the cause, and the old set stays', () => {
    writeOutputSet(out, [{ name: 'report.json', content: 'old' }]);
    const big = 'x'.repeat(300_000);
    let error: unknown;
    try {
      writeOutputSet(out, [{ name: 'report.json', content: 'new' }, { name: 'figure.svg', content: big }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(/^cannot write ".*figure\.svg": the disk is full \(ENOSPC\)$/);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('old');
    expect(readdirSync(mountPoint)).toEqual(['out']);
  });

  it('a read-only file system is one line too', () => {
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      expect(() => writeOutputSet(out, [{ name: 'report.json', content: 'new' }])).toThrow(/the file system is read-only \(EROFS\)/);
      expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('old');
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
    expect(existsSync(join(mountPoint, `.out.staging-${process.pid}`))).toBe(false);
  });
});
