/** Chart metadata: what Chart.yaml (and a v1 chart's requirements.yaml) say, with the lines they say it on. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface ChartDependency {
  name: string;
  version: string | null;
  repository: string | null;
  alias: string | null;
  /** Index in the dependency list. */
  index: number;
  /** 1-based line of the entry in its file, or null. */
  line: number | null;
}

/** Shared between the reads of one text (see readChartMeta), so read-only. */
export interface ChartMeta {
  readonly name: string;
  readonly version: string | null;
  readonly type: string | null;
  readonly kubeVersion: string | null;
  readonly kubeVersionLine: number | null;
  readonly dependencies: readonly Readonly<ChartDependency>[];
  /** File (Chart.yaml or requirements.yaml) that lists the dependencies. */
  readonly dependenciesFile: string;
  /** Keys of Chart.yaml written more than once (Helm keeps the last value, and so does this reading): each repeat. */
  readonly duplicateKeys: readonly Readonly<{ key: string; line: number; column: number }>[];
}

export class ChartError extends Error {}

/** Reads Chart.yaml text (and requirements.yaml text for apiVersion v1 charts). The result is frozen. */
export function readChartMeta(chartYaml: string, requirementsYaml: string | null): ChartMeta {
  return parseChartMeta(chartYaml, requirementsYaml);
}

/**
 * Metadata already read in one run, by file text: made by each render run and passed down, never kept between runs.
 * A chart's Chart.yaml is read up to four times in a scan (is it a library, its name for dependencies, its render,
 * its copy), and each read of even a three-line file costs about half a millisecond of CPU, CPU that parallel helm
 * processes need. The results are frozen, so sharing them is safe.
 */
export class ChartMetaMemo {
  private readonly known = new Map<string, ChartMeta>();

  read(chartYaml: string, requirementsYaml: string | null): ChartMeta {
    const key = requirementsYaml === null ? chartYaml : `${chartYaml}\0${requirementsYaml}`;
    let meta = this.known.get(key);
    if (!meta) {
      meta = parseChartMeta(chartYaml, requirementsYaml);
      this.known.set(key, meta);
    }
    return meta;
  }
}

function parseChartMeta(chartYaml: string, requirementsYaml: string | null): ChartMeta {
  const { doc, lc, duplicates } = load(chartYaml, 'Chart.yaml');
  const data = doc.toJS() as unknown;
  if (!isRecord(data)) throw new ChartError('Chart.yaml is not a mapping');
  const name = data['name'];
  if (typeof name !== 'string' || name === '') throw new ChartError('Chart.yaml has no name');
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
  let dependencies = dependencyList(doc, lc);
  let dependenciesFile = 'Chart.yaml';
  if (dependencies.length === 0 && requirementsYaml !== null) {
    const req = load(requirementsYaml, 'requirements.yaml');
    dependencies = dependencyList(req.doc, req.lc);
    dependenciesFile = 'requirements.yaml';
  }
  return Object.freeze({
    name,
    version: str(data['version']),
    type: str(data['type']),
    kubeVersion: str(data['kubeVersion']),
    kubeVersionLine: keyLine(doc, lc, 'kubeVersion'),
    dependencies: Object.freeze(dependencies.map((d) => Object.freeze(d))),
    dependenciesFile,
    duplicateKeys: Object.freeze(duplicates.map((d) => Object.freeze(d))),
  });
}

/** The text with top-level keys removed and dependency entries (by index) dropped. */
export function rewriteChartYaml(text: string, opts: { dropKeys?: string[]; dropDependencies?: number[] }): string {
  const { doc } = load(text, 'Chart.yaml');
  for (const k of opts.dropKeys ?? []) doc.delete(k);
  const drop = new Set(opts.dropDependencies ?? []);
  if (drop.size > 0) {
    const deps = doc.get('dependencies', true);
    if (isSeq(deps)) deps.items = deps.items.filter((_item, i) => !drop.has(i));
  }
  return doc.toString();
}

/**
 * Parses the text as Helm reads it: a key written twice in a mapping keeps its last value. The earlier pairs of a
 * duplicated key are removed from the document (so lookups, lines and a rewritten copy all see the last one) and
 * each repeat is returned with its place.
 */
function load(text: string, what: string): { doc: Document; lc: LineCounter; duplicates: Array<{ key: string; line: number; column: number }> } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) throw new ChartError(`${what} is not valid YAML: ${(doc.errors[0]?.message ?? '').split('\n')[0]}`);
  const duplicates: Array<{ key: string; line: number; column: number }> = [];
  visit(doc, {
    Map: (_key, map) => {
      const keyOf = (pair: (typeof map.items)[number]): unknown => (isScalar(pair.key) && typeof pair.key.value !== 'symbol' ? pair.key.value : map);
      const last = new Map<unknown, number>();
      let plain = 0;
      map.items.forEach((pair, i) => {
        const k = keyOf(pair);
        if (k === map) return;
        plain++;
        last.set(k, i);
      });
      if (last.size === plain) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const k = keyOf(pair);
        if (k === map) continue;
        if (seen.has(k) && isScalar(pair.key) && pair.key.range) {
          const p = lc.linePos(pair.key.range[0]);
          duplicates.push({ key: String(k), line: p.line, column: p.col });
        }
        seen.add(k);
      }
      map.items = map.items.filter((pair, i) => keyOf(pair) === map || last.get(keyOf(pair)) === i);
    },
  });
  return { doc, lc, duplicates };
}

function dependencyList(doc: Document, lc: LineCounter): ChartDependency[] {
  const seq = doc.get('dependencies', true);
  if (!isSeq(seq)) return [];
  const out: ChartDependency[] = [];
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const v = item.toJSON() as Record<string, unknown>;
    if (typeof v['name'] !== 'string') return;
    const s = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : typeof x === 'number' ? String(x) : null);
    out.push({
      name: v['name'],
      version: s(v['version']),
      repository: s(v['repository']),
      alias: s(v['alias']),
      index,
      line: item.range ? lc.linePos(item.range[0]).line : null,
    });
  });
  return out;
}

function keyLine(doc: Document, lc: LineCounter, key: string): number | null {
  const root = doc.contents;
  if (!isMap(root)) return null;
  for (const pair of root.items) {
    const k = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (k && k.value === key && k.range) return lc.linePos(k.range[0]).line;
  }
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
