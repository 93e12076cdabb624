import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-script.js';

// Test files in one vitest worker share modules (vitest.config.ts, isolate: false). A test that
// replaced a module or a global would change it for every file that runs after it in that worker.

const FORBIDDEN = /\bvi\.(mock|doMock|stubGlobal|stubEnv|resetModules)\(/;

const testFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('test files that share modules', () => {
  it('replace no module and no global', () => {
    const offenders = testFiles(join(ROOT, 'test')).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(offenders.filter((f) => !f.endsWith('shared-modules.test.ts'))).toEqual([]);
  });

  it('the check sees a replaced module', () => {
    expect(FORBIDDEN.test("vi.mock('../../scripts/app/bench/run-bench.js')")).toBe(true);
    expect(FORBIDDEN.test("vi.spyOn(process.stdout, 'write')")).toBe(false);
  });
});
