/**
 * YAML held in a string of a document (a kind `kubeadmConfigPatches` entry, ConfigMap data, a file a Cluster API
 * object writes), read as documents of their own with places mapped back to the file's lines. Never throws: text
 * that does not parse becomes a SettingProblem. The documents found are read by the `readInto` the caller passes
 * (the entry's dispatch), so this module does not depend on the readers of the kinds it may hold.
 */
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Position } from '../../parse/manifest.js';
import type { Place } from '../text.js';
import type { ComponentSettings, SettingSource } from '../types.js';
import { isRecord, type DocView, type ReadInto } from './view.js';

/**
 * Reads YAML held in a string value at `path`. Its lines are mapped back to the file: a block scalar (`|`) keeps one
 * text line per file line, so a place inside the embedded YAML is the file line at the same distance below the
 * scalar's first content line (checked against the file's text); otherwise the string's own line is used.
 * Each document is read by `readInto`. `assumeKind` is the kind of a text that names none (a kubeadm patch, whose
 * kind its file name gives).
 */
export function readEmbedded(
  out: ComponentSettings,
  view: DocView,
  path: Array<string | number>,
  text: string,
  source: SettingSource,
  what: string,
  readInto: ReadInto,
  assumeKind?: string,
): void {
  const start = view.locate(path);
  const startPlace: Place = start ? { line: start.line, column: start.column } : view.origin;
  const lc = new LineCounter();
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false, strict: false }) as Document[];
  } catch (err) {
    out.problems.push({ message: `has ${what} that is not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); it was not checked`, place: () => startPlace });
    return;
  }
  if (!Array.isArray(docs)) return;
  const map = embeddedLineMap(view, start, text);
  const textLines = text.split('\n');
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const p = e ? lc.linePos(e.pos[0]) : { line: 1, col: 1 };
      // An error at the end of the text is reported on its last line with content.
      let line = Math.min(p.line, textLines.length);
      while (line > 1 && (textLines[line - 1] ?? '').trim() === '') line--;
      const col = line === p.line ? p.col : 1;
      const reason = (e?.message ?? '').split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
      out.problems.push({ message: `has ${what} that is not valid YAML (${reason}); it was not checked`, place: () => map(line, col) ?? startPlace });
      continue;
    }
    let body: unknown;
    try {
      body = doc.toJS({ maxAliasCount: 100 });
    } catch {
      out.problems.push({ message: `has ${what} whose YAML cannot be read; it was not checked`, place: () => startPlace });
      continue;
    }
    if (!isRecord(body)) continue;
    const embedded: DocView = {
      apiVersion: typeof body['apiVersion'] === 'string' ? body['apiVersion'] : null,
      kind: typeof body['kind'] === 'string' ? body['kind'] : (assumeKind ?? null),
      body,
      origin: startPlace,
      locate: (p) => {
        const node = (p.length === 0 ? doc.contents : doc.getIn(p, true)) as { range?: [number, number, number] } | null | undefined;
        if (!node?.range) return null;
        const inner = lc.linePos(node.range[0]);
        const mapped = map(inner.line, inner.col);
        return mapped && mapped.column !== null ? { line: mapped.line, column: mapped.column } : start;
      },
      lineText: (line) => view.lineText?.(line),
    };
    readInto(out, embedded, source);
  }
}

/** (embedded line, column) → file place, when the embedded text is laid out line by line in the file. */
export function embeddedLineMap(view: DocView, start: Position | null, text: string): (line: number, col: number) => Place | null {
  const lines = text.split('\n');
  if (!start || !view.lineText) return () => null;
  const head = view.lineText(start.line);
  const rest = head?.slice(start.column - 1) ?? '';
  // A block scalar: the indicator (`|`, `|-`, `>`…) is where the value starts; the content begins on the next line.
  if (!/^[|>]/.test(rest)) return () => null;
  const first = start.line + 1;
  return (line, col) => {
    const want = lines[line - 1];
    const got = view.lineText?.(first + line - 1);
    if (want === undefined || got === undefined) return null;
    if (want.trim() === '') return { line: first + line - 1, column: null };
    const indent = got.length - got.trimStart().length - (want.length - want.trimStart().length);
    if (!got.endsWith(want.trimEnd()) || indent < 0) return null;
    return { line: first + line - 1, column: indent + col };
  };
}
