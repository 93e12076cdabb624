import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-script.js';
import { scratchFolders } from '../helpers/scratch.js';

/** Starts a command, sends it Ctrl-C (SIGINT) after `afterMs`, and collects how it ended. */
function interrupt(args: string[], afterMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGINT'), afterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

const scratch = scratchFolders('interrupt-');

describe('an interrupted run', () => {
  for (const workers of ['1', '2']) {
    it(`leaves no report behind and says so (--workers ${workers})`, async () => {
      const out = scratch();
      // 400 family-tree seeds take minutes: the interrupt always lands mid-run.
      const r = await interrupt(['scripts/reproduce.ts', '--only', 'family-trees', '--seeds', '400', '--workers', workers, '--out', out], 4000);
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/reproduce: interrupted; nothing written/);
      expect(readdirSync(out)).toEqual([]);
    });
  }

  it('of compare leaves nothing behind either', async () => {
    const out = scratch();
    const r = await interrupt(['scripts/compare.ts', '--only', 'family-trees', '--seeds', '400', '--out', out], 4000);
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/compare: interrupted; nothing written/);
    expect(readdirSync(out)).toEqual([]);
  });
});
