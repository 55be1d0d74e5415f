/**
 * Parses one file's text into Kubernetes documents, each with the place of its `apiVersion:` key.
 * Never throws: anything that cannot be read becomes a ParseProblem (reported as `invalid-manifest`).
 * Values come from yaml-values.ts, places below the top from places.ts; documents the one-pass reader (quick.ts)
 * accepts are read no further until a rule asks.
 */
import { SegmentPlaces, type Position } from './places.js';
import { quickRead, type QuickHead } from './quick.js';
import { loadYaml, MAX_DEPTH } from './yaml-values.js';
import { splitDocuments } from './split.js';

export type { Position } from './places.js';

export interface ManifestDocument {
  /** Index of the YAML document in its file (0-based). */
  docIndex: number;
  /** Index inside a `kind: List` document, or null for a top-level object. */
  itemIndex: number | null;
  apiVersion: string;
  kind: string;
  name: string | null;
  namespace: string | null;
  /** Place of the object's `apiVersion` key (1-based). */
  position: Position;
  /** The object as plain data. */
  body: Record<string, unknown>;
  /** Place of a value below this object, by key path (e.g. ['spec', 'containers', 0, 'args', 2]). */
  locate(path: ReadonlyArray<string | number>): Position | null;
  /** The text of a 1-based file line of this object's YAML document (undefined outside it), for places inside a value. */
  lineText?(line: number): string | undefined;
  /**
   * Whether the document's text contains `needle` (a word without white space or quotes). Present only where the
   * text spells every string of the body literally (no escapes), so that `false` proves no string of the body
   * contains it: readers use it to skip the body.
   */
  mentions?(needle: string): boolean;
}

export interface ParseProblem {
  docIndex: number;
  position: Position;
  message: string;
}

export interface ParsedFile {
  documents: ManifestDocument[];
  problems: ParseProblem[];
}

export interface ParseOptions {
  /** Aliases resolved per document before it counts as an alias bomb. */
  maxAliasCount?: number;
  /**
   * Find a top-level `apiVersion:` by its line (default) instead of through the position-tracking parse.
   * Tests turn it off (which also turns the quick reader off) to prove both give the same places.
   */
  fast?: boolean;
  /** Let the quick reader prove plain block documents valid and defer their full parse (default); tests compare. */
  quick?: boolean;
}

/** A document might be a Kubernetes object when one of its lines has an `apiVersion` or `kind` key. */
const CANDIDATE = /(?:^|[\s{,\-])["']?(?:apiVersion|kind)["']?[ \t]*:/m;
/**
 * Keys that can spell `apiVersion` or `kind` without the text `apiVersion:` or `kind:`: an explicit key (`? kind`
 * with its value on the next line), an alias used as a key (`*k : v`) and a double-quoted key with an escape. A
 * document with one of them is parsed too (tried only on documents CANDIDATE passed over). Each part scans a line
 * at most once from each start, so no text makes it slow.
 */
const SPELLED_KEY = /(?:^|[\s[{,\-])\?(?:[ \t]|$)|(?:^|[\s{,\-])\*[\w-]+[ \t]*:(?:[ \t]|$)|"[^"\\\n]*\\[^"\n]*"[ \t]*:/m;
/** A byte order mark at the start of a line: YAML readers skip it there, before any document of a stream. */
const LINE_BOM = /^\ufeff+/gm;

const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;
const TOP_API_VERSION = /^(["']?)apiVersion\1[ \t]*:[ \t]*(.*)$/gm;

export function parseManifestText(text: string, opts: ParseOptions = {}): ParsedFile {
  const documents: ManifestDocument[] = [];
  const problems: ParseProblem[] = [];
  // A byte order mark may start any document of a stream (and any line, for YAML readers): it is not content.
  const source = text.includes('\ufeff') ? text.replace(LINE_BOM, '') : text;
  for (const seg of splitDocuments(source)) {
    if (!CANDIDATE.test(seg.text) && !SPELLED_KEY.test(seg.text)) continue; // not a Kubernetes document: ignored quietly
    readSegment(seg.text, seg.startLine, seg.index, opts, documents, problems);
  }
  return { documents, problems };
}

function readSegment(
  text: string,
  startLine: number,
  docIndex: number,
  opts: ParseOptions,
  documents: ManifestDocument[],
  problems: ParseProblem[],
): void {
  // Plain block YAML is proven valid by one pass over its lines; its body is parsed only when a rule asks for it.
  const head = opts.fast === false || opts.quick === false ? null : quickRead(text);
  if (head) {
    documents.push(new QuickDocument(new SegmentPlaces(text, startLine), head, docIndex));
    return;
  }

  const problem = (position: Position, message: string): void => {
    problems.push({ docIndex, position, message });
  };
  const places = new SegmentPlaces(text, startLine);
  const fallback = { line: startLine + 1, column: 1 };

  let body: unknown;
  let duplicated = false;
  try {
    body = loadYaml(text);
  } catch (first) {
    // A duplicated key is read as Kubernetes' decoder reads it: the last value wins (reported below, at each key).
    let err = first;
    if ((first as { reason?: string }).reason === 'duplicated mapping key') {
      try {
        body = loadYaml(text, true);
        duplicated = true;
      } catch (second) {
        err = second;
      }
    }
    if (!duplicated) {
      if (err instanceof RangeError) return problem({ line: startLine + 1, column: 1 }, 'is nested too deeply to read');
      const e = err as { reason?: string; message?: string; mark?: { line: number; column: number } };
      const lastLine = startLine + text.split('\n').length;
      const where = e.mark ? { line: Math.min(startLine + e.mark.line + 1, lastLine), column: e.mark.column + 1 } : { line: startLine + 1, column: 1 };
      if (e.reason?.startsWith('nesting exceeded')) return problem(where, `is nested too deeply to read (more than ${MAX_DEPTH} levels)`);
      return problem(where, `is not valid YAML: ${e.reason ?? firstLine(e.message ?? String(err))}`);
    }
  }
  if (duplicated && isPlainObject(body) && (body['apiVersion'] !== undefined || body['kind'] !== undefined)) {
    for (const d of places.duplicateKeys()) problem(d.position, `has duplicate key ${JSON.stringify(d.key)} (line ${d.position.line}); Kubernetes keeps the last value`);
  }

  if (ALIAS.test(text)) {
    // js-yaml shares aliased nodes instead of copying them; expanding them, as a Kubernetes decoder does, is
    // what an alias bomb attacks, so count the expansion here.
    try {
      places.tree().doc.toJS({ maxAliasCount: opts.maxAliasCount ?? 100 });
    } catch (err) {
      if (err instanceof RangeError && /call stack/i.test(err.message)) return problem(fallback, 'is nested too deeply to read');
      return problem(fallback, `cannot be read: ${firstLine(err instanceof Error ? err.message : String(err))}`);
    }
  }
  if (!isPlainObject(body)) return; // scalars and sequences are not Kubernetes objects

  const make = (value: Record<string, unknown>, itemIndex: number | null, basePath: Array<string | number>, position: () => Position): void => {
    const apiVersion = value['apiVersion'];
    const kind = value['kind'];
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      // Something that looks like an object (has metadata) but lacks a usable apiVersion/kind is broken;
      // anything else (Chart.yaml, tool configs) is simply not a Kubernetes object.
      if (isPlainObject(value['metadata']) && (apiVersion !== undefined || kind !== undefined)) {
        const at = places.keyAt(basePath, 'apiVersion') ?? places.keyAt(basePath, 'kind') ?? places.placeOf(places.nodeAt(basePath)) ?? fallback;
        problem(at, `has ${typeof apiVersion === 'string' ? 'no string kind' : 'no string apiVersion'}`);
      }
      return;
    }
    const metadata = isPlainObject(value['metadata']) ? value['metadata'] : {};
    let cached: Position | null = null;
    documents.push({
      docIndex,
      itemIndex,
      apiVersion,
      kind,
      name: typeof metadata['name'] === 'string' ? metadata['name'] : null,
      namespace: typeof metadata['namespace'] === 'string' ? metadata['namespace'] : null,
      get position() {
        cached ??= position();
        return cached;
      },
      body: value,
      locate: (path) => places.placeOf(places.nodeAt([...basePath, ...path])),
      lineText: (line) => places.lineText(line),
    });
  };

  // `kind: List` and the typed `*List` kinds carry their objects in `items`; the list itself is only a wrapper.
  const kind = body['kind'];
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(body['items'])) {
    (body['items'] as unknown[]).forEach((item, i) => {
      if (isPlainObject(item)) make(item, i, ['items', i], () => places.keyAt(['items', i], 'apiVersion') ?? places.placeOf(places.nodeAt(['items', i])) ?? fallback);
    });
    return;
  }
  const top = opts.fast === false ? null : topApiVersionLine(text, body['apiVersion'], startLine);
  make(body, null, [], () => top ?? places.keyAt([], 'apiVersion') ?? fallback);
}

/**
 * A document the quick reader accepted: apiVersion, kind and its place are known; the body (and a name or namespace
 * the reader could not read) comes from the full parse on first use.
 */
class QuickDocument implements ManifestDocument {
  readonly itemIndex = null;
  readonly apiVersion: string;
  readonly kind: string;
  readonly position: Position;
  private parsed: Record<string, unknown> | null = null;

  constructor(
    private readonly places: SegmentPlaces,
    private readonly head: QuickHead,
    readonly docIndex: number,
  ) {
    this.apiVersion = head.apiVersion;
    this.kind = head.kind;
    this.position = { line: places.startLine + head.apiVersionLine + 1, column: head.apiVersionColumn };
  }

  get body(): Record<string, unknown> {
    if (!this.parsed) {
      let value: unknown;
      try {
        value = loadYaml(this.places.text);
      } catch {
        value = null; // not reached: the quick reader accepts only what js-yaml loads (property-tested)
      }
      this.parsed = isPlainObject(value) ? value : { apiVersion: this.apiVersion, kind: this.kind };
    }
    return this.parsed;
  }

  get name(): string | null {
    return this.head.name !== undefined ? this.head.name : this.metadataField('name');
  }

  get namespace(): string | null {
    return this.head.namespace !== undefined ? this.head.namespace : this.metadataField('namespace');
  }

  locate(path: ReadonlyArray<string | number>): Position | null {
    return this.places.placeOf(this.places.nodeAt(path));
  }

  lineText(line: number): string | undefined {
    return this.places.lineText(line);
  }

  mentions(needle: string): boolean {
    return this.places.text.includes(needle);
  }

  private metadataField(key: string): string | null {
    const metadata = this.body['metadata'];
    const v = isPlainObject(metadata) ? metadata[key] : undefined;
    return typeof v === 'string' ? v : null;
  }
}

/** The line of the document's top-level `apiVersion:` when exactly one line starts with it and holds the parsed value. */
function topApiVersionLine(text: string, apiVersion: unknown, startLine: number): Position | null {
  let found: Position | null = null;
  for (const m of text.matchAll(TOP_API_VERSION)) {
    const value = (m[2] ?? '').replace(/\s+#.*$/, '').trim().replace(/,$/, '').replace(/^(["'])(.*)\1$/, '$2');
    if (found || value !== apiVersion) return null;
    found = { line: startLine + lineOf(text, m.index ?? 0), column: 1 };
  }
  return found;
}

/** 1-based line number of an offset. */
function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).trim();
}
