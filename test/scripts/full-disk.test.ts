import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';
import { mountTmpfs } from '../helpers/tmpfs.js';

// A full disk at the final write, end to end: the command exits 2 with one line naming the path and
// the cause, and the previous output set is left as it was. The disk is a real 32 KB tmpfs, which
// needs root to mount (as in CI here); elsewhere the test is skipped, and says why.

const scratch = scratchFolders('full-disk-');
const mountPoint = mountTmpfs(scratch(), 'tmpfs', 'size=32k');
const mounted = mountPoint !== null;

describe.skipIf(!mounted)('reproduce on a full disk (needs root to mount a 32 KB tmpfs)', () => {
  it('exits 2 with one line naming the path and the cause, and keeps the previous report', async () => {
    const out = join(mountPoint!, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'report.json'), 'the previous report');
    const r = await runScript('scripts/reproduce.ts', ['--only', 'symmetry', '--seeds', '2', '--set', 'symmetry.sweepBudget=40', '--workers', '1', '--out', out]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^reproduce: cannot write ".*": the disk is full \(ENOSPC\); the previous output, if any, is untouched$/m);
    expect(readdirSync(out)).toEqual(['report.json']);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('the previous report');
    expect(readdirSync(mountPoint!)).toEqual(['out']);
  });
});
