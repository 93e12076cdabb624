import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, release, type } from 'node:os';
import type { Environment } from '../../reports/contract/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const suite = { name: packageJson.name, version: packageJson.version };

function gitCommit(): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: new URL('../..', import.meta.url), stdio: ['ignore', 'pipe', 'ignore'] });
    return out.toString().trim() || null;
  } catch {
    return null;
  }
}

export function environment(): Environment {
  const cores = cpus();
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    os: `${type()} ${release()}`,
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cpus: Math.max(1, cores.length),
    packageVersion: packageJson.version,
    gitCommit: gitCommit(),
  };
}
