/**
 * The objects the scan-wide rules read, carried in the report of one part of a sharded scan so the merge can run
 * those rules over the whole. A plain file's object travels as the text of its YAML document and its first line (the
 * merge parses it again, so findings land on the same lines as in an unsharded scan); a rendered object, reported at
 * its template line, travels as its data.
 */
import type { ManifestDocument } from '../parse/manifest.js';
import { parseManifestText } from '../parse/manifest.js';
import type { At, ScanObject } from '../rules/types.js';

export interface ScanObjectRecord {
  file: string | null;
  at: { line: number | null; column: number | null } | null;
  /** Plain files: the YAML document's text and the file line just before it, and the object's place in a List. */
  text?: string;
  afterLine?: number;
  itemIndex?: number | null;
  /**
   * Rendered objects matched to a source document: the source lines of the key paths (to `LOCATED_DEPTH` keys deep)
   * whose value is the one rendered, as [path, line, column], so the merge places findings as an unsharded scan does.
   */
  located?: Array<[Array<string | number>, number, number]>;
  /** Rendered objects: what the render said of it (source, chart, overlay). */
  data?: Record<string, unknown>;
  /** Rendered objects: the object itself. */
  object?: { apiVersion: string; kind: string; name: string | null; namespace: string | null; body: Record<string, unknown> };
}

/** The deepest key path a scan rule reports at (webhook-upgrade-risk: webhooks[i].clientConfig.service). */
const LOCATED_DEPTH = 4;

/** Every key path of a body to LOCATED_DEPTH keys deep that the locator places. */
function locatedPaths(body: unknown, locate: NonNullable<At['locate']>): NonNullable<ScanObjectRecord['located']> {
  const out: NonNullable<ScanObjectRecord['located']> = [];
  const walk = (v: unknown, path: Array<string | number>): void => {
    if (path.length > 0) {
      const at = locate(path);
      if (at) out.push([path, at.line, at.column]);
    }
    if (path.length >= LOCATED_DEPTH || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
  };
  walk(body, []);
  return out;
}

export function recordOf(o: ScanObject): ScanObjectRecord {
  const { doc, file, at, data } = o;
  if (at === null && doc.lineText) {
    let first = doc.position.line;
    let last = doc.position.line;
    while (doc.lineText(first - 1) !== undefined) first--;
    while (doc.lineText(last + 1) !== undefined) last++;
    const lines: string[] = [];
    for (let l = first; l <= last; l++) lines.push(doc.lineText(l)!);
    return { file, at: null, text: lines.join('\n'), afterLine: first - 1, itemIndex: doc.itemIndex };
  }
  const place = at ? { line: at.line, column: at.column } : { line: doc.position.line, column: doc.position.column };
  const located = at?.locate ? locatedPaths(doc.body, at.locate) : [];
  return { file, at: place, ...(located.length > 0 ? { located } : {}), ...(data ? { data } : {}), object: { apiVersion: doc.apiVersion, kind: doc.kind, name: doc.name, namespace: doc.namespace, body: doc.body } };
}

/** The object again, or null when the record cannot be read (a report edited by hand). */
export function objectOf(r: ScanObjectRecord): { doc: ManifestDocument; file: string | null; at: At | null; data?: Record<string, unknown> } | null {
  if (typeof r.text === 'string' && typeof r.afterLine === 'number' && r.afterLine >= 0 && r.afterLine < 10_000_000) {
    const docs = parseManifestText('\n'.repeat(r.afterLine) + r.text).documents;
    const doc = docs.find((d) => d.itemIndex === (r.itemIndex ?? null)) ?? docs[0];
    return doc ? { doc, file: r.file, at: null } : null;
  }
  const o = r.object;
  if (!o || typeof o.kind !== 'string' || typeof o.apiVersion !== 'string' || !r.at) return null;
  const body = o.body !== null && typeof o.body === 'object' ? o.body : {};
  const doc: ManifestDocument = {
    docIndex: 0,
    itemIndex: null,
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.name ?? null,
    namespace: o.namespace ?? null,
    position: { line: r.at.line ?? 1, column: r.at.column ?? 1 },
    body,
    locate: () => null,
  };
  const data = r.data !== null && typeof r.data === 'object' && !Array.isArray(r.data) ? r.data : undefined;
  const table = new Map<string, { line: number; column: number }>();
  for (const entry of Array.isArray(r.located) ? r.located : []) {
    const [path, line, column] = Array.isArray(entry) ? entry : [];
    if (Array.isArray(path) && Number.isSafeInteger(line) && Number.isSafeInteger(column)) table.set(JSON.stringify(path), { line: line as number, column: column as number });
  }
  const at = table.size > 0 ? { ...r.at, locate: (p: ReadonlyArray<string | number>) => table.get(JSON.stringify(p)) ?? null } : r.at;
  return { doc, file: r.file, at, ...(data ? { data } : {}) };
}
