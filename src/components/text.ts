/**
 * Places inside values: where a piece of a flag string (`PodSecurity=true` in `--feature-gates=A=true,PodSecurity=true`)
 * or of an embedded YAML text sits in the file, and a shell-style tokenizer that keeps each character's place.
 */
import type { Position } from '../parse/manifest.js';

/** A place in the scanned file: 1-based line, and 1-based column when it is known exactly. */
export interface Place {
  line: number;
  column: number | null;
}

/** A string that was read from the file, able to say where its characters are. */
export interface Token {
  text: string;
  /** Place of `text.slice(offset, offset + length)`. */
  placeAt(offset: number, length: number): Place;
}

/** What a place search needs from a document: where a value starts, and the file's lines. */
export interface LineSource {
  locate(path: ReadonlyArray<string | number>): Position | null;
  lineText?(line: number): string | undefined;
}

function occurrencesBefore(text: string, needle: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1 && i + needle.length <= end; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Place of `value.slice(offset, offset + length)` for a string value at `path`: the same occurrence of that text,
 * searched in the file from the value's start (so quoting, folding and block scalars need no special case). When the
 * text is not found as written (escape sequences), the value's own line is given without a column.
 */
export function placeInValue(src: LineSource, path: ReadonlyArray<string | number>, value: string, offset: number, length: number, fallback: () => Place): Place {
  const start = src.locate(path);
  if (!start) return fallback();
  const needle = value.slice(offset, offset + length);
  if (!src.lineText || needle.length === 0 || needle.includes('\n')) return { line: start.line, column: null };
  const nth = occurrencesBefore(value, needle, offset);
  const maxLines = value.split('\n').length + 20;
  let seen = 0;
  for (let line = start.line; line < start.line + maxLines; line++) {
    const text = src.lineText(line);
    if (text === undefined) break;
    let from = line === start.line ? Math.max(0, start.column - 1) : 0;
    for (;;) {
      const i = text.indexOf(needle, from);
      if (i === -1) break;
      if (seen === nth) return { line, column: i + 1 };
      seen++;
      from = i + needle.length;
    }
  }
  return { line: start.line, column: null };
}

/** A token for a string value at `path` of a document. */
export function valueToken(src: LineSource, path: ReadonlyArray<string | number>, value: string, fallback: () => Place): Token {
  return { text: value, placeAt: (offset, length) => placeInValue(src, path, value, offset, length, fallback) };
}

/** Place of the key `key` of the map at `mapPath` (the line of its value, the key's column when found there). */
export function placeOfKey(src: LineSource, mapPath: ReadonlyArray<string | number>, key: string, fallback: () => Place): Place {
  const at = src.locate([...mapPath, key]);
  if (at) {
    const text = src.lineText?.(at.line);
    const i = text === undefined ? -1 : text.lastIndexOf(key, Math.max(0, at.column - 1));
    if (i !== -1) return { line: at.line, column: i + 1 };
    // The value may sit on the line after its key (`Gate:\n  true`): look one line up.
    const before = src.lineText?.(at.line - 1);
    const j = before === undefined ? -1 : before.indexOf(`${key}:`);
    if (j !== -1) return { line: at.line - 1, column: j + 1 };
    return { line: at.line, column: null };
  }
  const map = src.locate(mapPath);
  if (!map || !src.lineText) return map ? { line: map.line, column: null } : fallback();
  const re = new RegExp(`(^|[\\s{,"'])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
  for (let line = map.line; line < map.line + 200; line++) {
    const text = src.lineText(line);
    if (text === undefined) break;
    const m = re.exec(text);
    if (m) return { line, column: (m.index ?? 0) + (m[1]?.length ?? 0) + 1 };
  }
  return { line: map.line, column: null };
}

// ---------------------------------------------------------------------------------------------
// Raw text (host files): offsets → places
// ---------------------------------------------------------------------------------------------

/** Offset → place for a whole file's text. */
export function offsetPlacer(text: string): (offset: number) => Place {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

/** A token whose characters came from known file offsets (quotes and escapes removed). */
export function mappedToken(text: string, offsets: readonly number[], placer: (offset: number) => Place): Token {
  return {
    text,
    placeAt(offset) {
      const o = offsets[Math.min(offset, offsets.length - 1)];
      return o === undefined ? { line: 1, column: null } : placer(o);
    },
  };
}

export interface ShellWord {
  text: string;
  /** Offset (in the tokenized string) of each character of `text`. */
  offsets: number[];
  /** Ends a command (`;`, `&&`, `||`, `|`, a newline): the word is the separator itself. */
  separator: boolean;
}

/**
 * Splits a shell-like command line into words: whitespace separates, single and double quotes group, a backslash
 * escapes the next character (backslash-newline continues the line), `#` at a word start comments out the rest of
 * the line; `;`, `&&`, `||`, `|` and unescaped newlines are separator words. Never throws: an unclosed quote ends
 * at the end of the text.
 */
export function shellWords(text: string, opts: { newlineSeparates?: boolean } = {}): ShellWord[] {
  const words: ShellWord[] = [];
  let cur: ShellWord | null = null;
  const push = (): void => {
    if (cur) words.push(cur);
    cur = null;
  };
  const add = (ch: string, at: number): void => {
    cur ??= { text: '', offsets: [], separator: false };
    cur.text += ch;
    cur.offsets.push(at);
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        i += 2;
        continue;
      }
      if (next === '\r' && text[i + 2] === '\n') {
        i += 3;
        continue;
      }
      if (next !== undefined) add(next, i + 1);
      i += 2;
      continue;
    }
    if (ch === "'" || ch === '"') {
      cur ??= { text: '', offsets: [], separator: false };
      let j = i + 1;
      while (j < text.length && text[j] !== ch) {
        if (ch === '"' && text[j] === '\\' && j + 1 < text.length && /["\\$`]/.test(text[j + 1] as string)) j++;
        add(text[j] as string, j);
        j++;
      }
      i = j + 1;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      push();
      if (ch === '\n' && opts.newlineSeparates !== false) words.push({ text: '\n', offsets: [i], separator: true });
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t') {
      push();
      i++;
      continue;
    }
    if (ch === '#' && cur === null) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      push();
      words.push({ text: two, offsets: [i, i + 1], separator: true });
      i += 2;
      continue;
    }
    if (ch === ';' || ch === '|' || ch === '&') {
      push();
      words.push({ text: ch, offsets: [i], separator: true });
      i++;
      continue;
    }
    add(ch, i);
    i++;
  }
  push();
  return words;
}
