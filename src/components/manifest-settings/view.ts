/**
 * What every reader of component settings works on: the DocView of a document (a parsed file document, or a YAML
 * text embedded in one), and the helpers that walk its body and place a path of it in the file. Pure; none throws:
 * a path that is not there gives `undefined` (getIn) or the document's origin (placeOf).
 */
import type { LineSource, Place } from '../text.js';
import type { ComponentSettings, SettingSource } from '../types.js';

/** What the readers need from a document (a parsed file document, or a YAML text embedded in one). */
export interface DocView extends LineSource {
  apiVersion: string | null;
  kind: string | null;
  body: Record<string, unknown>;
  /** Where the document starts (fallback place; may be computed on access). */
  readonly origin: Place;
  /** Whether the document's text contains a word; `false` proves no string of the body does (see ManifestDocument). */
  mentions?: (needle: string) => boolean;
}

/**
 * Reads one document into `out`, `source` naming what carries it: the entry's dispatch by kind, handed to the readers
 * of embedded YAML so that they need not import it (the modules form no cycle).
 */
export type ReadInto = (out: ComponentSettings, view: DocView, source: SettingSource) => void;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The API group of an apiVersion: '' for the core group (`v1`) and for none. */
export const groupOf = (apiVersion: string | null): string => (apiVersion && apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '');

/** The value at `path` in a body, or undefined where the path leaves it. */
export function getIn(body: unknown, path: ReadonlyArray<string | number>): unknown {
  let v: unknown = body;
  for (const k of path) {
    if (typeof k === 'number') v = Array.isArray(v) ? v[k] : undefined;
    else v = isRecord(v) ? v[k] : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

/** Where `path` sits in the file; the document's origin when it cannot be located. */
export function placeOf(view: DocView, path: ReadonlyArray<string | number>): Place {
  const p = view.locate(path);
  return p ? { line: p.line, column: p.column } : view.origin;
}
