/**
 * The objects the scan-wide rules read, carried in the report of one part of a sharded scan so the merge can run
 * those rules over the whole. A plain file's object travels as the text of its YAML document and its first line (the
 * merge parses it again, so findings land on the same lines as in an unsharded scan); a rendered object, reported at
 * its template line, travels as its data.
 */
import type { ManifestDocument } from '../parse/manifest.js';
import { parseManifestText } from '../parse/manifest.js';
import type { ScanObject } from '../rules/types.js';

export interface ScanObjectRecord {
  file: string | null;
  at: { line: number | null; column: number | null } | null;
  /** Plain files: the YAML document's text and the file line just before it, and the object's place in a List. */
  text?: string;
  afterLine?: number;
  itemIndex?: number | null;
  /** Rendered objects: the object itself. */
  object?: { apiVersion: string; kind: string; name: string | null; namespace: string | null; body: Record<string, unknown> };
}

export function recordOf(o: ScanObject): ScanObjectRecord {
  const { doc, file, at } = o;
  if (at === null && doc.lineText) {
    let first = doc.position.line;
    let last = doc.position.line;
    while (doc.lineText(first - 1) !== undefined) first--;
    while (doc.lineText(last + 1) !== undefined) last++;
    const lines: string[] = [];
    for (let l = first; l <= last; l++) lines.push(doc.lineText(l)!);
    return { file, at: null, text: lines.join('\n'), afterLine: first - 1, itemIndex: doc.itemIndex };
  }
  return { file, at: at ?? { line: doc.position.line, column: doc.position.column }, object: { apiVersion: doc.apiVersion, kind: doc.kind, name: doc.name, namespace: doc.namespace, body: doc.body } };
}

/** The object again, or null when the record cannot be read (a report edited by hand). */
export function objectOf(r: ScanObjectRecord): { doc: ManifestDocument; file: string | null; at: ScanObjectRecord['at'] } | null {
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
  return { doc, file: r.file, at: r.at };
}
