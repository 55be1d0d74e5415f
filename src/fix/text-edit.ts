/**
 * Edits of a manifest's text by byte range: the document is never written out again, only the ranges of the nodes
 * that change are replaced, so comments, key order, quoting, indentation and line endings elsewhere stay as they
 * were. Node ranges come from the `yaml` package's parse with its source tokens kept.
 */
import { isMap, isPair, isScalar, isSeq, Scalar, visit, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';

/** Replace text[start, end) with `text` (an insertion when start === end). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export class EditConflict extends Error {}

/** Applies edits that do not overlap (checked) to `source`. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start) throw new EditConflict('overlapping edits');
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** The line ending the text uses: CRLF when its first line break is one. */
export function lineEnding(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** 0-based column of an offset. */
export function columnOf(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return offset - (nl + 1);
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Offset of the line break ending the line that holds `offset` (its `\r` for CRLF), or the text's end. */
export function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Where a scalar's own text is (without tag or anchor), from its source token. */
export function scalarSpan(node: Scalar): { start: number; end: number } | null {
  const tok = node.srcToken as { type?: string; offset?: number; source?: string } | undefined;
  if (!tok || typeof tok.offset !== 'number' || typeof tok.source !== 'string') return null;
  if (tok.type !== 'scalar' && tok.type !== 'single-quoted-scalar' && tok.type !== 'double-quoted-scalar') return null;
  return { start: tok.offset, end: tok.offset + tok.source.length };
}

/** Whether a string can be written as a plain scalar with the same meaning (a short word of safe characters). */
function plainSafe(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9._/-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
}

/**
 * The text of a string scalar written in the style of `like`: plain, 'single' or "double" quoted. Null when `like`
 * is a block scalar or the value cannot be written plain.
 */
export function scalarText(like: Scalar, value: string): string | null {
  switch (like.type) {
    case Scalar.PLAIN:
      return plainSafe(value) ? value : null;
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    default:
      return null;
  }
}

/** An edit that replaces a string scalar's text with `value`, quoted as the scalar was. */
export function replaceScalar(node: Scalar, value: string): Edit | null {
  const span = scalarSpan(node);
  const text = scalarText(node, value);
  return span && text !== null ? { ...span, text } : null;
}

/** The pair of a map with a string key, or undefined. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/** Whether a collection is written in flow style (`{…}` / `[…]`, as all of JSON is). */
export function isFlow(node: YamlNode): boolean {
  return (node.srcToken as { type?: string } | undefined)?.type === 'flow-collection';
}

/**
 * Why a node cannot be rewritten safely, or null: anchors, aliases and merge keys make one place of the text stand
 * for several places of the object (a change would reach where it should not); other tags than the core ones.
 */
export function sharedStructure(node: YamlNode): string | null {
  let why: string | null = null;
  visit(node as never, {
    Alias() {
      why = 'it uses a YAML alias (*name)';
      return visit.BREAK;
    },
    Node(_k, n) {
      if (n.anchor) {
        why = `it uses a YAML anchor (&${n.anchor})`;
        return visit.BREAK;
      }
      return undefined;
    },
    Pair(_k, p) {
      if (isScalar(p.key) && p.key.value === '<<' && (p.key as Scalar).type === Scalar.PLAIN) {
        why = 'it uses a YAML merge key (<<)';
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return why;
}

/** Every key of a map that is not a plain string, or a key repeated: the text would not say one thing. */
export function oddKeys(node: YamlNode): string | null {
  let why: string | null = null;
  visit(node as never, {
    Map(_k, m) {
      const seen = new Set<unknown>();
      for (const p of m.items) {
        if (!isPair(p) || !isScalar(p.key) || typeof p.key.value !== 'string') {
          why = 'it has a key that is not a string';
          return visit.BREAK;
        }
        if (seen.has(p.key.value)) {
          why = `the key "${p.key.value}" appears twice in one map`;
          return visit.BREAK;
        }
        seen.add(p.key.value);
      }
      return undefined;
    },
  });
  return why;
}

/** The document's plain data below `node` (for checks and for comparing before and after). */
export function plain(doc: Document, node: YamlNode | null | undefined): unknown {
  if (node === null || node === undefined) return null;
  return node.toJS(doc);
}

export { isMap, isScalar, isSeq };
