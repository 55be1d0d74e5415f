/**
 * Parses one file's text into Kubernetes documents, each with the place of its `apiVersion:` key.
 * Never throws: anything that cannot be read becomes a ParseProblem (reported as `invalid-manifest`).
 */
import * as jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { splitDocuments } from './split.js';

export interface Position {
  line: number;
  column: number;
}

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
  /** Use the fast path where it applies (default). Tests turn it off to prove both paths agree. */
  fast?: boolean;
}

/** A document might be a Kubernetes object when one of its lines has an `apiVersion` or `kind` key. */
const CANDIDATE = /(?:^|[\s{,\-])["']?(?:apiVersion|kind)["']?[ \t]*:/m;

export function parseManifestText(text: string, opts: ParseOptions = {}): ParsedFile {
  const documents: ManifestDocument[] = [];
  const problems: ParseProblem[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const seg of splitDocuments(source)) {
    if (!CANDIDATE.test(seg.text)) continue; // not a Kubernetes document: ignored quietly
    if (opts.fast === false || !fastSegment(seg.text, seg.startLine, seg.index, documents)) {
      parseSegment(seg.text, seg.startLine, seg.index, opts, documents, problems);
    }
  }
  return { documents, problems };
}

/**
 * The fast path, for the common case: a block-style document with no aliases whose top-level `apiVersion:` sits at
 * the start of a line. js-yaml reads (and validates) the document an order of magnitude faster than the
 * position-tracking parser; the position-tracking parse is done only if a rule asks for a nested place.
 * Returns false when the document needs the full path (aliases, lists, syntax errors, unusual layout): that path
 * then decides, so both give the same findings.
 */
// YAML 1.2 core schema plus merge keys (`<<: *base`), which Kubernetes' YAML decoder also accepts. The types map
// is part of js-yaml's runtime API but missing from its type declarations.
const FAST_SCHEMA = jsYaml.CORE_SCHEMA.extend([(jsYaml as unknown as { types: { merge: jsYaml.Type } }).types.merge]);
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;
const TOP_API_VERSION = /^(["']?)apiVersion\1[ \t]*:[ \t]*(.*)$/gm;

function fastSegment(text: string, startLine: number, docIndex: number, documents: ManifestDocument[]): boolean {
  if (ALIAS.test(text)) return false;
  let body: unknown;
  try {
    body = jsYaml.load(text, { schema: FAST_SCHEMA, json: false });
  } catch {
    return false;
  }
  if (!isPlainObject(body)) return false;
  // The position-tracking parse, done at most once per document and only when a place below the top is asked for.
  let full: { doc: Document; lc: LineCounter } | null = null;
  const nodeAt = (path: ReadonlyArray<string | number>): Position | null => {
    if (!full) {
      const lc = new LineCounter();
      full = { doc: parseDocument(text, { lineCounter: lc, merge: true, uniqueKeys: false }), lc };
    }
    const target = full.doc.getIn(path, true) as YamlNode | undefined;
    if (!target?.range) return null;
    const p = full.lc.linePos(target.range[0]);
    return { line: startLine + p.line, column: p.col };
  };
  const keyAt = (path: ReadonlyArray<string | number>, key: string): Position | null => {
    nodeAt(path);
    const node = path.length === 0 ? full!.doc.contents : (full!.doc.getIn(path, true) as YamlNode | undefined);
    if (!node || !isMap(node)) return null;
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        const p = full!.lc.linePos(pair.key.range[0]);
        return { line: startLine + p.line, column: p.col };
      }
    }
    return null;
  };
  const object = (value: Record<string, unknown>, itemIndex: number | null, basePath: Array<string | number>, position: () => Position): ManifestDocument | null => {
    const apiVersion = value['apiVersion'];
    const kind = value['kind'];
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') return null;
    const metadata = isPlainObject(value['metadata']) ? value['metadata'] : {};
    let cached: Position | null = null;
    return {
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
      locate: (path) => nodeAt([...basePath, ...path]),
    };
  };

  const kind = body['kind'];
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(body['items'])) {
    // A list: every item is an object of its own; the list's items must all be well-formed for the fast path.
    const items = body['items'] as unknown[];
    const found: ManifestDocument[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isPlainObject(item)) continue;
      if ((item['apiVersion'] !== undefined || item['kind'] !== undefined) && isPlainObject(item['metadata']) &&
        (typeof item['apiVersion'] !== 'string' || typeof item['kind'] !== 'string')) return false; // broken item: full path reports it
      const d = object(item, i, ['items', i], () => keyAt(['items', i], 'apiVersion') ?? nodeAt(['items', i]) ?? { line: startLine + 1, column: 1 });
      if (d) found.push(d);
    }
    documents.push(...found);
    return true;
  }
  if (typeof body['apiVersion'] !== 'string' || typeof body['kind'] !== 'string') return false;
  // The top-level apiVersion line, found without the slow parse when it starts a line (block style).
  let line = -1;
  let ambiguous = false;
  for (const m of text.matchAll(TOP_API_VERSION)) {
    const value = (m[2] ?? '').replace(/\s+#.*$/, '').trim().replace(/^(["'])(.*)\1,?$/, '$2');
    if (line !== -1 || value !== body['apiVersion']) ambiguous = true;
    line = lineOf(text, m.index ?? 0);
  }
  const top = !ambiguous && line !== -1 ? { line: startLine + line, column: 1 } : null;
  const d = object(body, null, [], () => top ?? keyAt([], 'apiVersion') ?? { line: startLine + 1, column: 1 });
  if (d) documents.push(d);
  return true;
}

/** 1-based line number of an offset. */
function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function parseSegment(
  text: string,
  startLine: number,
  docIndex: number,
  opts: ParseOptions,
  documents: ManifestDocument[],
  problems: ParseProblem[],
): void {
  const lc = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, strict: true, uniqueKeys: true, merge: true });
  } catch (err) {
    problems.push({ docIndex, position: { line: startLine + 1, column: 1 }, message: failure(err, 'is not valid YAML') });
    return;
  }
  const pos = (offset: number): Position => {
    const p = lc.linePos(offset);
    return { line: startLine + p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const deep = /maximum call stack/i.test(e.message);
    problems.push({
      docIndex,
      position: deep ? { line: startLine + 1, column: 1 } : pos(e.pos[0]),
      message: deep ? 'is nested too deeply to read' : `is not valid YAML: ${firstLine(e.message)}`,
    });
    return;
  }
  let body: unknown;
  try {
    body = doc.toJS({ maxAliasCount: opts.maxAliasCount ?? 100 });
  } catch (err) {
    problems.push({ docIndex, position: { line: startLine + 1, column: 1 }, message: failure(err, 'cannot be read') });
    return;
  }
  const root = doc.contents;
  if (!isMap(root) || !isPlainObject(body)) return; // scalars and sequences are not Kubernetes objects
  const objectFrom = (node: YamlNode, value: Record<string, unknown>, itemIndex: number | null, basePath: Array<string | number>): void => {
    const apiVersion = value['apiVersion'];
    const kind = value['kind'];
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      const keyPos = keyPosition(node, 'apiVersion', pos) ?? keyPosition(node, 'kind', pos);
      // Something that looks like an object (has metadata) but lacks a usable apiVersion/kind is broken;
      // anything else (Chart.yaml, tool configs) is simply not a Kubernetes object.
      if (isPlainObject(value['metadata']) && (apiVersion !== undefined || kind !== undefined)) {
        problems.push({
          docIndex,
          position: keyPos ?? pos(node.range?.[0] ?? 0),
          message: `has ${typeof apiVersion === 'string' ? 'no string kind' : 'no string apiVersion'}`,
        });
      }
      return;
    }
    const metadata = isPlainObject(value['metadata']) ? value['metadata'] : {};
    const name = typeof metadata['name'] === 'string' ? metadata['name'] : null;
    const namespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : null;
    documents.push({
      docIndex,
      itemIndex,
      apiVersion,
      kind,
      name,
      namespace,
      position: keyPosition(node, 'apiVersion', pos) ?? pos(node.range?.[0] ?? 0),
      body: value,
      locate: (path) => {
        const target = doc.getIn([...basePath, ...path], true) as YamlNode | undefined;
        return target?.range ? pos(target.range[0]) : null;
      },
    });
  };
  // `kind: List` and the typed `*List` kinds carry their objects in `items`; the list itself is only a wrapper.
  const kind = body['kind'];
  const items = root.get('items', true);
  if (typeof kind === 'string' && kind.endsWith('List') && isSeq(items) && Array.isArray(body['items'])) {
    const values = body['items'] as unknown[];
    items.items.forEach((itemNode, i) => {
      const value = values[i];
      if (isMap(itemNode) && isPlainObject(value)) objectFrom(itemNode, value, i, ['items', i]);
    });
    return;
  }
  objectFrom(root, body, null, []);
}

function keyPosition(node: YamlNode, key: string, pos: (offset: number) => Position): Position | null {
  if (!isMap(node)) return null;
  for (const pair of node.items) {
    const k = pair.key;
    if (isScalar(k) && k.value === key && k.range) return pos(k.range[0]);
  }
  return null;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).trim();
}

/** Describes a parser failure; running out of stack means the document nests deeper than any object should. */
function failure(err: unknown, what: string): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'is nested too deeply to read';
  return `${what}: ${errText(err)}`;
}

function errText(err: unknown): string {
  return firstLine(err instanceof Error ? err.message : String(err));
}
