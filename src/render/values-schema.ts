/**
 * A chart's `values.schema.json` made safe to hand to Helm offline. Helm resolves a schema's references itself: a
 * `$ref` (or `$dynamicRef`, `$recursiveRef`) to a URL is fetched over the network, where a loopback or local address
 * bypasses any proxy setting, and a `file:` or relative reference is read from the file system, wherever it points.
 * A `$schema` naming a meta-schema Helm does not carry is fetched too. So in the copy Helm renders, every reference
 * that is not a fragment of the file itself (`#…`) and every `$schema` other than the standard drafts is removed.
 *
 * The text Helm gets is written from what was checked here (parsed, then serialised again), so a difference between
 * two JSON readers cannot bring a reference back. Removing a reference only makes the schema accept more values: the
 * objects a chart renders are the same or more, never fewer.
 */
import { isMap, LineCounter, parseDocument } from 'yaml';

export interface SchemaRemoval {
  keyword: string;
  /** The value removed, as JSON, shortened. */
  value: string;
  /** 1-based line of the keyword in the original text, or null. */
  line: number | null;
}

export type SchemaResult = { ok: true; text: string; removed: SchemaRemoval[] } | { ok: false; reason: string };

const REFERENCES = new Set(['$ref', '$dynamicRef', '$recursiveRef']);
/** Meta-schemas Helm 3 and 4 know without fetching them (checked with both). */
const KNOWN_META_SCHEMA = /^https?:\/\/json-schema\.org\/(?:draft-0[467]\/schema|draft\/(?:2019-09|2020-12)\/schema)#?$/;

type Path = Array<string | number>;

/** Whether a keyword and its value stay inside the schema file (and Helm's built-in meta-schemas). */
function staysInFile(keyword: string, value: unknown): boolean {
  if (REFERENCES.has(keyword)) return typeof value === 'string' && value.startsWith('#');
  if (keyword === '$schema') return typeof value === 'string' && KNOWN_META_SCHEMA.test(value);
  return true;
}

export function neutraliseSchema(text: string): SchemaResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `is not valid JSON (${(err as Error).message.split('\n')[0]})` };
  }
  const found: Array<{ parent: Path; keyword: string; value: string }> = [];
  const visit = (v: unknown, path: Path): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, [...path, i]));
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const obj = v as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const x = obj[key];
      if (!staysInFile(key, x)) {
        const json = JSON.stringify(x) ?? String(x);
        found.push({ parent: path, keyword: key, value: json.length > 200 ? `${json.slice(0, 200)}…` : json });
        delete obj[key];
        continue;
      }
      visit(x, [...path, key]);
    }
  };
  try {
    visit(data, []);
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, reason: 'is nested too deeply to be checked' };
    throw err;
  }
  const removed = found.map((f) => ({ keyword: f.keyword, value: f.value, line: null as number | null }));
  if (found.length > 0) placeLines(text, found, removed);
  return { ok: true, text: `${JSON.stringify(data, null, 2)}\n`, removed };
}

/** Finds the line of each removed keyword in the original text (JSON read as YAML, for its positions only). */
function placeLines(text: string, found: Array<{ parent: Path; keyword: string }>, removed: SchemaRemoval[]): void {
  try {
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
    found.forEach((f, i) => {
      const parent = f.parent.length === 0 ? doc.contents : doc.getIn(f.parent, true);
      if (!isMap(parent)) return;
      for (const pair of parent.items) {
        const k = pair.key as { value?: unknown; range?: [number, number, number] } | null;
        if (k && k.value === f.keyword && k.range) {
          (removed[i] as SchemaRemoval).line = lc.linePos(k.range[0]).line;
          break;
        }
      }
    });
  } catch {
    // lines stay unknown
  }
}
