/**
 * Where rendered text came from: the table of marked template files, the tree of charts as Helm names them in
 * `# Source:` headers (subcharts by alias), and the lookup from a rendered document back to a repository file and line.
 */
import { stripMarkers, type MarkerHit } from './markers.js';

/** A template as it exists in the repository: a plain file, or an entry inside a packaged chart (.tgz). */
export type FileOrigin = { kind: 'repo'; file: string } | { kind: 'archive'; archive: string; entry: string };

export interface MarkedFile {
  origin: FileOrigin;
  /** The original (unmarked) text. */
  text: string;
}

/** One chart of a render, as Helm names it in `# Source:` paths. */
export interface ChartNode {
  /** The chart's name and every alias its parent gives it. */
  names: string[];
  origin: { kind: 'repo'; dir: string } | { kind: 'archive'; archive: string; prefix: string };
  /** Path inside the chart (`templates/x.yaml`) → index in the marked-file table. */
  files: Map<string, number>;
  children: ChartNode[];
}

/** A rendered document's place in the repository. */
export interface Place {
  /** Repository-relative file: the template, or the .tgz holding it. */
  file: string;
  /** 1-based line of `apiVersion:` in that file, or null when it could not be found. */
  line: number | null;
  /** How the line was found. */
  located: 'marker' | 'text' | 'none';
  /** For templates inside a packaged chart: the entry and its line. */
  archiveEntry?: string;
  archiveLine?: number | null;
}

/** Resolves a `# Source:` path (e.g. `shop/charts/api/templates/ingress.yaml`) against the chart tree. */
export function resolveSourcePath(tree: ChartNode, source: string): { node: ChartNode; rest: string } | null {
  const parts = source.split('/');
  if (parts.length < 2 || !tree.names.includes(parts[0] as string)) return null;
  let node = tree;
  let i = 1;
  while (parts[i] === 'charts' && i + 2 < parts.length) {
    const name = parts[i + 1] as string;
    const child = node.children.find((c) => c.names.includes(name));
    if (!child) return null;
    node = child;
    i += 2;
  }
  return { node, rest: parts.slice(i).join('/') };
}

/** The repository place of a path inside a chart of the tree, with an optional line in that file. */
export function placeOf(node: ChartNode, rest: string, line: number | null, located: Place['located']): Place {
  if (node.origin.kind === 'repo') {
    const file = node.origin.dir === '.' ? rest : `${node.origin.dir}/${rest}`;
    return { file, line, located };
  }
  return { file: node.origin.archive, line: null, located, archiveEntry: `${node.origin.prefix}${rest}`, archiveLine: line };
}

export function placeOfFile(origin: FileOrigin, line: number | null, located: Place['located']): Place {
  if (origin.kind === 'repo') return { file: origin.file, line, located };
  return { file: origin.archive, line: null, located, archiveEntry: origin.entry, archiveLine: line };
}

/** Rendered output with markers removed, plus the `# Source:` header in force at each line. */
export interface RenderedText {
  text: string;
  hits: Map<number, MarkerHit>;
  /** 1-based line → the source path of the document that line belongs to (null before the first header). */
  sourceAt(line: number): string | null;
}

export function readRendered(output: string, token: string | null): RenderedText {
  const { text, hits } = token === null ? { text: output, hits: new Map<number, MarkerHit>() } : stripMarkers(output, token);
  const headers: Array<{ line: number; source: string }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^# Source: (.+?)\s*$/.exec(lines[i] as string);
    if (m) headers.push({ line: i + 1, source: m[1] as string });
  }
  return {
    text,
    hits,
    sourceAt(line) {
      let found: string | null = null;
      for (const h of headers) {
        if (h.line > line) break;
        found = h.source;
      }
      return found;
    },
  };
}

/**
 * Finds a document's `apiVersion:` line by text when no marker came through: in the template named by its
 * `# Source:` header, else in the chart's helper templates (`_*.tpl`, `_*.yaml`: never rendered on their own,
 * they hold the `define` blocks that other templates include). Only a single candidate counts (see candidateLines).
 * `taken(file)` lists lines whose markers did come through for other documents of the same render.
 */
export function locateByText(
  tree: ChartNode,
  files: readonly MarkedFile[],
  source: string,
  apiVersion: string | null,
  taken: (fileIndex: number) => ReadonlySet<number> = () => new Set(),
): Place | null {
  const resolved = resolveSourcePath(tree, source);
  if (!resolved) return null;
  const { node, rest } = resolved;
  const index = node.files.get(rest);
  const text = index === undefined ? undefined : files[index]?.text;
  if (apiVersion !== null && index !== undefined && text !== undefined) {
    const here = candidateLines(text, apiVersion, taken(index));
    if (here.length === 1) return placeOf(node, rest, here[0] as number, 'text');
    if (here.length === 0) {
      const helpers: Array<{ path: string; line: number }> = [];
      for (const [path, i] of node.files) {
        if (!/^templates\/(?:.*\/)?_[^/]*$/.test(path)) continue;
        for (const line of candidateLines(files[i]?.text ?? '', apiVersion, taken(i))) helpers.push({ path, line });
      }
      const only = helpers.length === 1 ? helpers[0] : undefined;
      if (only) return placeOf(node, only.path, only.line, 'text');
    }
  }
  return placeOf(node, rest, null, 'none');
}

/**
 * The top-level `apiVersion:` lines of a template that could have produced `apiVersion`: those that say it
 * literally (quoted or not) and those whose value is computed (`{{ … }}`), less the lines in `taken`.
 */
function candidateLines(templateText: string, apiVersion: string, taken: ReadonlySet<number> = new Set()): number[] {
  const lines = templateText.split('\n');
  const esc = apiVersion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const literal = new RegExp(`^apiVersion[ \\t]*:[ \\t]*(["']?)${esc}\\1[ \\t]*(#.*)?\\r?$`);
  const computed = /^apiVersion[ \t]*:.*\{\{/;
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (taken.has(i + 1)) continue;
    if (literal.test(line) || computed.test(line)) out.push(i + 1);
  }
  return out;
}
