import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { experiments } from '../../reproductions/registry.js';
import { ROOT } from '../helpers/run-script.js';

// The layers import one way: scripts → application (scripts/app) → experiments (reproductions) →
// engine, with reports (renderers) and its contract below the experiments. These rules read the
// sources as text, so a forbidden import fails here before it can spread.

const SOURCE_DIRS = ['engine', 'reproductions', 'baselines', 'reports', 'scripts'];
const MAX_LINES = 300;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|c)$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_DIRS.flatMap((d) => sources(join(ROOT, d))).map((path) => ({ path, rel: relative(ROOT, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
const tsFiles = files.filter((f) => f.rel.endsWith('.ts'));

/** Every relative import of a file, as a path from the repository root. */
function importsOf(file: { path: string; text: string }): string[] {
  const specifiers = [...file.text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => relative(ROOT, resolve(dirname(file.path), s)).split(sep).join('/'));
}

const violations = (from: (rel: string) => boolean, forbidden: (target: string) => boolean) =>
  tsFiles.filter((f) => from(f.rel)).flatMap((f) => importsOf(f).filter(forbidden).map((t) => `${f.rel} imports ${t}`));

const under = (folder: string) => (rel: string) => rel.startsWith(`${folder}/`);

describe('the layers import one way', () => {
  it('engine/ imports nothing outside itself', () => {
    expect(violations(under('engine'), (t) => !t.startsWith('engine/'))).toEqual([]);
  });

  it('the contract imports nothing but the engine', () => {
    expect(violations(under('reports/contract'), (t) => !t.startsWith('reports/contract/') && !t.startsWith('engine/'))).toEqual([]);
  });

  it('reports/ imports no experiment, no application code and no baseline', () => {
    expect(violations(under('reports'), (t) => ['reproductions/', 'scripts/', 'baselines/'].some((p) => t.startsWith(p)))).toEqual([]);
  });

  it('experiments never import the application or the command-line entry points', () => {
    expect(violations(under('reproductions'), (t) => t.startsWith('scripts/'))).toEqual([]);
  });

  it('baselines import only the engine, the contract and each other', () => {
    expect(violations(under('baselines'), (t) => !['baselines/', 'engine/', 'reports/contract/'].some((p) => t.startsWith(p)))).toEqual([]);
  });

  it('the application never imports an entry point', () => {
    expect(violations(under('scripts/app'), (t) => t.startsWith('scripts/') && !t.startsWith('scripts/app/'))).toEqual([]);
  });

  it('no modules import each other in a circle', () => {
    const graph = new Map(tsFiles.map((f) => [f.rel, importsOf(f).map((t) => t.replace(/\.js$/, '.ts'))]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('the kit knows no experiment', () => {
    const ids = experiments.map((e) => e.id);
    expect(violations(under('reproductions/kit'), (t) => ids.some((id) => t.startsWith(`reproductions/${id}`)))).toEqual([]);
  });
});

describe('the sources', () => {
  it('never call Math.random: every random number comes from a seeded stream', () => {
    expect(tsFiles.filter((f) => /Math\.random\s*\(/.test(f.text)).map((f) => f.rel)).toEqual([]);
  });

  it(`keep every file under ${MAX_LINES} lines`, () => {
    const long = files.map((f) => ({ rel: f.rel, lines: f.text.split('\n').length - 1 })).filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  /**
   * An experiment lives in the folder named by its id, or a variant of one (family-trees-tuned) in
   * the folder of the experiment it varies: the longest folder name its id starts with.
   */
  const folderOf = (id: string) =>
    experiments.map((e) => e.id).filter((f) => id === f || id.startsWith(`${f}-`)).filter((f) => tsFiles.some((t) => t.rel.startsWith(`reproductions/${f}/`)))
      .sort((a, b) => b.length - a.length)[0] ?? id;

  it("compare an experiment's id only inside that experiment's own folder", () => {
    const compared = tsFiles.flatMap((f) =>
      experiments
        .filter((e) => !f.rel.startsWith(`reproductions/${folderOf(e.id)}/`))
        .filter((e) => new RegExp(`(===|!==|==|!=)\\s*['"\`]${e.id}['"\`]|['"\`]${e.id}['"\`]\\s*(===|!==|==|!=)`).test(f.text))
        .map((e) => `${f.rel} compares "${e.id}"`),
    );
    expect(compared).toEqual([]);
  });

  it('run every command of package.json under the supervisor, which alone answers signals at once', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    // The build tools run for a moment and write only through their own checks.
    const commands = Object.values(scripts).flatMap((line) => [...line.matchAll(/tsx (scripts\/[\w-]+\.ts)/g)].map((m) => m[1]!))
      .filter((rel) => !['scripts/build-kernels.ts', 'scripts/write-schemas.ts'].includes(rel));
    expect(commands.length).toBeGreaterThanOrEqual(8);
    const unsupervised = [...new Set(commands)].filter((rel) => {
      const name = rel.slice('scripts/'.length, -'.ts'.length);
      const text = tsFiles.find((f) => f.rel === rel)?.text ?? '';
      return !text.includes(`superviseCommand('${name}', new URL('./app/commands/${name}.ts', import.meta.url))`) ||
        !/export (async function main|const main)/.test(tsFiles.find((f) => f.rel === `scripts/app/commands/${name}.ts`)?.text ?? '');
    });
    expect(unsupervised).toEqual([]);
  });

  it('are checked by these rules at all (the scan sees the experiments and the engine)', () => {
    expect(tsFiles.some((f) => f.rel === 'engine/trainer.ts')).toBe(true);
    expect(experiments.every((e) => tsFiles.some((f) => f.rel.startsWith(`reproductions/${folderOf(e.id)}/`)))).toBe(true);
  });
});
