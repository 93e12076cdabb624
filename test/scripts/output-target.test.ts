import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputTarget, lockOutput } from '../../scripts/app/output-target.js';
import { scratchFolders } from '../helpers/scratch.js';
import { expectUsageError } from '../helpers/usage-error.js';

const scratch = scratchFolders('output-target-');

describe('the output folder, checked before any work', () => {
  it('may be new (nothing is created), empty, or hold an earlier set of the same command (its Markdown, CSV tables, figures)', () => {
    const parent = scratch();
    checkOutputTarget(join(parent, 'new', 'deeper'), 'report.json');
    expect(readdirSync(parent)).toEqual([]);
    mkdirSync(join(parent, 'empty'));
    checkOutputTarget(join(parent, 'empty'), 'report.json');
    mkdirSync(join(parent, 'earlier'));
    writeFileSync(join(parent, 'earlier', 'report.json'), '{}');
    writeFileSync(join(parent, 'earlier', 'old-figure.svg'), '');
    for (const name of ['report.md', 'runs.csv', 'claims.csv']) writeFileSync(join(parent, 'earlier', name), '');
    checkOutputTarget(join(parent, 'earlier'), 'report.json');
  });

  it('is refused when it holds other files, since the output replaces the folder as a whole', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expectUsageError(() => checkOutputTarget(dir, 'report.json'), /holds other files and no report\.json/);
  });

  it('is refused, in words, when a file stands where it or its parent should be', () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, '');
    expectUsageError(() => checkOutputTarget(file, 'report.json'), /^cannot write to output folder ".*a-file": it is a file, not a folder$/);
    expectUsageError(() => checkOutputTarget(join(file, 'out'), 'report.json'), /^cannot write to output folder ".*a-file\/out": ".*a-file" is a file, not a folder$/);
  });
});

describe('a lock beside the output folder', () => {
  it('refuses a second run into the same folder while the first holds it, and is gone once released', () => {
    const out = join(scratch(), 'out');
    const release = lockOutput(out);
    expect(existsSync(join(out, '..', '.out.lock'))).toBe(true);
    // This process holds the lock; a lock held by another live process (the test runner's parent) is refused.
    writeFileSync(join(out, '..', '.out.lock'), `${process.ppid}\n`);
    expectUsageError(() => lockOutput(out), /another run \(process \d+\) is writing to ".*out"/);
    release();
    expect(existsSync(join(out, '..', '.out.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const out = join(scratch(), 'out');
    // Process ids wrap far below this on Linux, so no process has it.
    writeFileSync(join(out, '..', '.out.lock'), '2147483646\n');
    const release = lockOutput(out);
    release();
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});
