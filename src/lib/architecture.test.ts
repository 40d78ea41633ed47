/**
 * The import graph runs one way: geo and data at the bottom, then the domain helpers, the
 * presentation theme, the state, and print, map and ui on top. This test reads every import in
 * src/ and fails on an import against that order, on a cycle between files, and on maplibre-gl
 * used outside src/lib/map.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What each folder of src/lib may import from (besides itself). */
export const ALLOWED: Record<string, string[]> = {
  // The language and its message catalogues: below everything, used by every layer that words.
  i18n: [],
  geo: ['i18n'],
  data: ['geo', 'i18n'],
  domain: ['data', 'geo', 'i18n'],
  theme: ['data', 'domain', 'i18n'],
  state: ['data', 'domain', 'geo', 'i18n'],
  print: ['data', 'domain', 'geo', 'state', 'theme', 'i18n'],
  map: ['data', 'domain', 'geo', 'state', 'theme', 'print', 'i18n'],
  ui: ['data', 'domain', 'geo', 'state', 'theme', 'print', 'map', 'i18n'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every file's imports: relative ones resolved to files, packages by name. */
export function importsOf(text: string, file: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2])!.split('?')[0]!;
    if (!spec.startsWith('.')) packages.push(spec);
    else if (!/\.(geojson|json|css)$/.test(spec)) files.push(normalize(join(dirname(file), spec)));
  }
  return { files, packages };
}

/** The folder of src/lib a file belongs to, or `app` for src/App.svelte and main.ts. */
export function layerOf(file: string): string {
  const rel = relative(join(SRC, 'lib'), file);
  return rel.startsWith('..') ? 'app' : rel.split(/[\\/]/)[0]!;
}

/** A cycle in a graph as the list of its nodes, or undefined. */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(readFileSync(f, 'utf8'), f)]));
const short = (f: string) => relative(SRC, f);

describe('the import graph', () => {
  it('runs one way between the folders of src/lib', () => {
    const wrong: string[] = [];
    for (const [file, { files: targets }] of graph) {
      const from = layerOf(file);
      if (from === 'app') continue;
      for (const target of targets) {
        const to = layerOf(target);
        if (to !== from && !ALLOWED[from]?.includes(to)) wrong.push(`${short(file)} → ${short(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('has no cycle between files', () => {
    const fileGraph = new Map([...graph].map(([f, { files: t }]) => [f, t.filter((x) => graph.has(x))]));
    expect(findCycle(fileGraph)?.map(short)).toBeUndefined();
  });
  it('keeps maplibre-gl inside src/lib/map', () => {
    const outside = [...graph]
      .filter(
        ([file, { packages }]) =>
          layerOf(file) !== 'map' && packages.some((p) => p.startsWith('maplibre-gl')),
      )
      .map(([file]) => short(file));
    expect(outside).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find a cycle and miss none where there is none', () => {
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(cyclic)).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
          ['c', ['b']],
        ]),
      ),
    ).toBeUndefined();
  });
  it('read static, type-only, re-export and dynamic imports', () => {
    const text = [
      "import { a } from './x.ts';",
      "import type { B } from '../state/y.ts';",
      "export { c } from './z.ts';",
      "const m = await import('../print/export.ts');",
      "import { Map } from 'maplibre-gl';",
      "import url from 'maplibre-gl/dist/worker.mjs?url';",
    ].join('\n');
    const found = importsOf(text, join(SRC, 'lib', 'map', 'f.ts'));
    expect(found.files.map(short)).toEqual([
      'lib/map/x.ts',
      'lib/state/y.ts',
      'lib/map/z.ts',
      'lib/print/export.ts',
    ]);
    expect(found.packages).toEqual(['maplibre-gl', 'maplibre-gl/dist/worker.mjs']);
    expect(layerOf(join(SRC, 'App.svelte'))).toBe('app');
  });
});
