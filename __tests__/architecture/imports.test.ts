/**
 * The layers of src/, from the bottom up, as the README's "How it works" section draws them. A module may import
 * its own folder and any folder of a lower layer, never a higher one or a sibling of its own layer, and the import
 * graph has no cycle. The graph is read from the sources (relative imports, type-only ones included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Bottom first. Folders on one line form one layer and may not import each other. */
export const LAYERS: readonly (readonly string[])[] = [
  ['version', 'findings'], // version arithmetic; the finding type and the closed list of rule ids
  ['ports'], // interfaces of the side effects, and the errors that end a run as a usage error
  ['catalog', 'parse', 'shard', 'workspace'], // catalog data types and queries; YAML reading; shard partition; the path box
  ['platform', 'components', 'advisories'], // adapters on node; component settings in documents; advisory feed
  ['discovery'], // finding the files, charts and overlays to scan
  ['render', 'clusters'], // charts and overlays rendered into documents; declared clusters evaluated into facts
  ['rules'], // the one rule engine and one file per rule
  ['suppress'], // suppressions (configured and inline) applied to every finding of a run
  ['settings'], // the typed options both entry points build
  ['app'], // the pipeline: run.ts
  ['reporters'], // pure: result → text, JSON, SARIF, Markdown, the PR comment
  ['github', 'fix'], // sinks: annotations, summary, comment, tracking issue; the fix command's rewrites
  ['plan'], // the change record per declared cluster, over the pipeline
  ['action', 'cli'], // entry points
];

const layerOf = new Map<string, number>();
LAYERS.forEach((folders, i) => folders.forEach((f) => layerOf.set(f, i)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g;

function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      if (target.startsWith(src + sep)) deps.push(relative(src, target).split(sep).join('/'));
    }
    g.set(relative(src, file).split(sep).join('/'), deps);
  }
  return g;
}

const folderOf = (module: string): string => (module.includes('/') ? module.slice(0, module.indexOf('/')) : module);

describe('the import graph of src/', () => {
  const g = graph();

  it('every folder of src/ has a layer', () => {
    const folders = new Set([...g.keys()].map(folderOf));
    expect([...folders].filter((f) => !layerOf.has(f)).sort()).toEqual([]);
  });

  it('no module imports a higher layer or a sibling folder of its own layer', () => {
    const bad: string[] = [];
    for (const [from, deps] of g) {
      const lf = layerOf.get(folderOf(from));
      for (const to of deps) {
        const lt = layerOf.get(folderOf(to));
        if (lf === undefined || lt === undefined || folderOf(from) === folderOf(to)) continue;
        if (lt >= lf) bad.push(`${from} → ${to}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (n: string): void => {
      state.set(n, 'open');
      stack.push(n);
      for (const d of g.get(n) ?? []) {
        if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].join(' → '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(n, 'done');
    };
    for (const n of [...g.keys()].sort()) if (!state.has(n)) visit(n);
    expect(cycles).toEqual([]);
  });

  it('the test itself sees imports (a known edge exists)', () => {
    expect(g.get('app/run.ts')?.length).toBeGreaterThan(3);
  });
});
