/**
 * A one-pass reader for the plain block YAML that almost every manifest is written in. It proves that a document is
 * valid YAML without building it, and reads the few values the scan needs of every object (apiVersion, kind and,
 * when they are simple, metadata.name and metadata.namespace). The full parse then runs only for documents whose
 * body a rule asks for.
 *
 * The reader is conservative: it accepts a strict subset of YAML and gives up (returns null) on anything else, and
 * the caller then parses the document fully. Its promise, checked by property tests against js-yaml:
 * a document it accepts is one js-yaml loads without error, as a mapping whose top-level apiVersion and kind are
 * the strings returned here.
 *
 * Accepted: block mappings and sequences (including sequences at their key's indentation), one-line plain and
 * quoted scalars, one-line flow collections of such scalars, literal and folded block scalars without an
 * indentation indicator, comments and blank lines, and an opening `---`. Given up on: anchors, aliases, tags,
 * directives, `?` keys, merge keys, tabs outside block scalars, scalars over several lines, backslash escapes,
 * keys that are not simple words (or that a YAML resolver would read as booleans or null), duplicate keys, and
 * characters js-yaml refuses. Giving up never changes a result; it only costs the full parse.
 */

export interface QuickHead {
  apiVersion: string;
  kind: string;
  /** 0-based line of the top-level `apiVersion:` key in the document's text, and its 1-based column. */
  apiVersionLine: number;
  apiVersionColumn: number;
  /** metadata.name / metadata.namespace: the string, null when absent, undefined when not simple enough to read here. */
  name: string | null | undefined;
  namespace: string | null | undefined;
}

/** Characters js-yaml accepts anywhere, except tab; anything else (controls, NEL, surrogates, BOM, U+FFFE/F) gives up. */
const UNUSUAL_CHAR = /[^\t\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
/** A key that every YAML resolver reads as this same string. */
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/;
/** Plain scalars that the core schema reads as booleans or null although they start with a letter. */
const NOT_STRINGS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);
const MAX_DEPTH = 200;
const MAX_FLOW_DEPTH = 50;

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const COMMA = 44;
const PIPE = 124;
const GT = 62;

interface Frame {
  seq: boolean;
  indent: number;
  /** A sequence written at its key's indentation (ends at the first line there that is not an entry). */
  indentless: boolean;
  /** A mapping's keys so far (duplicates give up: js-yaml refuses them). */
  keys: string[];
  /** The key this collection is the value of, and the depth of the frame (root = 1). */
  key: string | null;
  depth: number;
}

/** Thrown (one shared object, no stack) when the text leaves the subset. */
const GIVE_UP = { giveUp: true };

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/** Whether `c` (followed by `next`, NaN at the line's end) can start a plain scalar: indicators cannot, `-` only before a non-space. */
function plainStart(c: number, next: number, inFlow: boolean): boolean {
  switch (c) {
    case HASH: case 38 /* & */: case 42 /* * */: case 33 /* ! */: case PIPE: case GT: case SQUOTE: case DQUOTE:
    case 37 /* % */: case 64 /* @ */: case 96 /* ` */: case COMMA: case LBRACKET: case RBRACKET: case LBRACE: case RBRACE:
    case 63 /* ? */: case COLON: case SPACE: case TAB:
      return false;
    case DASH:
      return !(next === SPACE || Number.isNaN(next) || (inFlow && isFlowIndicator(next)));
    default:
      return !Number.isNaN(c);
  }
}

/** A character of a simple key after its first: letters, digits, `_`, `.`, `/`, `-`. */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 47 || c === DASH;
}

function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** A cheap test before NOT_STRINGS: every word in it has 4 or 5 letters and starts with t, f or n in either case. */
function mayNotBeString(v: string): boolean {
  if (v.length !== 4 && v.length !== 5) return false;
  const c = v.charCodeAt(0) | 32;
  return c === 116 /* t */ || c === 102 /* f */ || c === 110 /* n */;
}

/** A plain scalar that the core schema reads as this same string (for the few values read here). */
function simpleString(v: string): boolean {
  return v.length > 0 && SIMPLE_KEY.test(v) && !(mayNotBeString(v) && NOT_STRINGS.has(v));
}

export function quickRead(text: string): QuickHead | null {
  if (UNUSUAL_CHAR.test(text) || text.includes('\r')) return null;
  try {
    return new Reader(text).read();
  } catch (err) {
    if (err === GIVE_UP) return null;
    throw err;
  }
}

class Reader {
  private readonly len: number;
  private readonly hasTab: boolean;
  /** Whether a `#` occurs anywhere in the text (else no line holds a comment). */
  private readonly hasHash: boolean;
  /** A backslash's position at or after the last double-quoted scalar read, or -1 when none follows. */
  private backslash: number;
  private readonly stack: Frame[] = [];
  /** A value slot opened by `key:` or `-` with nothing after it: the next lines may fill it. */
  private pending: { seq: boolean; indent: number; key: string | null; depth: number } | null = null;
  /** Inside a block scalar: the indentation of its parent, and of its content once known (-1 before). */
  private blockParent = -1;
  private blockIndent = -1;
  private started = false;
  private apiVersion: string | undefined;
  private kind: string | undefined;
  private apiVersionLine = -1;
  private apiVersionColumn = -1;
  private name: string | null | undefined = null;
  private namespace: string | null | undefined = null;
  /** The line being read: text[pos, end), its 0-based number. */
  private pos = 0;
  private end = 0;
  private lineNo = 0;

  constructor(private readonly text: string) {
    this.len = text.length;
    this.hasTab = text.includes('\t');
    this.hasHash = text.includes('#');
    this.backslash = text.indexOf('\\');
  }

  read(): QuickHead | null {
    const text = this.text;
    while (this.pos <= this.len) {
      const nl = text.indexOf('\n', this.pos);
      this.end = nl === -1 ? this.len : nl;
      this.line();
      if (nl === -1) break;
      this.pos = nl + 1;
      this.lineNo++;
    }
    const root = this.stack[0];
    const { apiVersion, kind } = this;
    // A list kind carries its objects in `items`: the full parse reads them.
    if (!root || root.seq || apiVersion === undefined || kind === undefined || kind.endsWith('List')) return null;
    return { apiVersion, kind, apiVersionLine: this.apiVersionLine, apiVersionColumn: this.apiVersionColumn, name: this.name, namespace: this.namespace };
  }

  private at(i: number): number {
    return i < this.end ? this.text.charCodeAt(i) : NaN;
  }

  private skipSpaces(i: number): number {
    while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** After a value: only spaces, then the end of the line or a comment. */
  private expectEnd(i: number): void {
    const j = this.skipSpaces(i);
    if (j < this.end && !(this.text.charCodeAt(j) === HASH && j > i)) throw GIVE_UP;
  }

  private line(): void {
    const text = this.text;
    const pos = this.pos;
    const i = this.skipSpaces(pos);
    const indent = i - pos;
    const blank = i >= this.end;

    if (this.blockParent !== -1) {
      // Inside a block scalar: its lines are content until one is indented at most as much as its parent.
      if (blank) {
        if (this.blockIndent === -1 && indent > 0) throw GIVE_UP;
        return;
      }
      if (this.blockIndent === -1 ? indent > this.blockParent : indent >= this.blockIndent) {
        if (this.blockIndent === -1) this.blockIndent = indent;
        return;
      }
      this.blockParent = -1;
      if (text.charCodeAt(i) === HASH && indent > 0) throw GIVE_UP;
    }
    if (blank || text.charCodeAt(i) === HASH) return;
    if (this.hasTab) {
      const t = text.indexOf('\t', pos);
      if (t !== -1 && t < this.end) throw GIVE_UP;
    }
    if (indent === 0 && text.startsWith('---', pos)) {
      // The document's opening marker (split keeps it): nothing may follow it on its line but a comment.
      if (this.started) throw GIVE_UP;
      this.expectEnd(pos + 3);
      return;
    }
    if (indent === 0 && (text.charCodeAt(pos) === 37 /* % */ || text.startsWith('...', pos))) throw GIVE_UP;
    this.started = true;
    const dash = text.charCodeAt(i) === DASH && (this.at(i + 1) === SPACE || i + 1 >= this.end);
    const stack = this.stack;
    const p = this.pending;
    if (p) {
      this.pending = null;
      // js-yaml reads a `-` entry further left after an empty entry as part of the inner sequence: left to it.
      if (p.seq && indent < p.indent) throw GIVE_UP;
      if (dash && (indent > p.indent || (indent === p.indent && !p.seq))) {
        stack.push({ seq: true, indent, indentless: indent === p.indent, keys: [], key: p.key, depth: p.depth + 1 });
      } else if (indent > p.indent) {
        stack.push({ seq: false, indent, indentless: false, keys: [], key: p.key, depth: p.depth + 1 });
      }
      if (stack.length > MAX_DEPTH) throw GIVE_UP;
    }
    if (stack.length === 0) {
      if (dash) throw GIVE_UP; // a sequence is not an object
      stack.push({ seq: false, indent, indentless: false, keys: [], key: null, depth: 1 });
    }
    let top = stack[stack.length - 1] as Frame;
    while (top.indent > indent) {
      stack.pop();
      if (stack.length === 0) throw GIVE_UP;
      top = stack[stack.length - 1] as Frame;
    }
    if (top.seq && top.indentless && !dash && top.indent === indent) {
      stack.pop();
      top = stack[stack.length - 1] as Frame;
    }
    if (top.indent !== indent) throw GIVE_UP;
    if (top.seq) {
      if (!dash) throw GIVE_UP;
      this.seqEntry(top, i);
    } else {
      if (dash) throw GIVE_UP;
      const after = this.keyAt(i);
      if (after === -1) throw GIVE_UP;
      this.entry(top, indent, this.lastKey, after);
    }
  }

  /** Set by keyAt and flowKey: the key just read. */
  private lastKey = '';

  /**
   * A mapping key at i, in block context: the position after its `:` (and sets lastKey), or -1 when the line holds
   * no simple key there. Gives up on a key YAML would read but this reader does not.
   */
  private keyAt(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const j = this.quoted(i);
      if (this.at(j) !== COLON) return -1;
      const n = this.at(j + 1);
      if (!(n === SPACE || Number.isNaN(n))) throw GIVE_UP;
      this.lastKey = this.lastQuoted;
      return j + 1;
    }
    return this.plainKey(i, false);
  }

  /** A plain key at i that ends with `:` before a space, the line's end or (in flow) a flow indicator; -1 if none. */
  private plainKey(i: number, inFlow: boolean): number {
    const text = this.text;
    const end = this.end;
    if (!isKeyStart(text.charCodeAt(i))) {
      if (!plainStart(text.charCodeAt(i), this.at(i + 1), inFlow)) return -1;
      // Starts like a scalar but not like a simple key: a key here would be one this reader does not take.
      const colon = this.keyColon(i, inFlow);
      if (colon !== -1) throw GIVE_UP;
      return -1;
    }
    let j = i + 1;
    while (j < end && isKeyChar(text.charCodeAt(j))) j++;
    if (j < end && text.charCodeAt(j) === COLON) {
      const n = this.at(j + 1);
      if (n === SPACE || Number.isNaN(n) || (inFlow && isFlowIndicator(n))) {
        const key = text.slice(i, j);
        if (mayNotBeString(key) && NOT_STRINGS.has(key)) throw GIVE_UP;
        this.lastKey = key;
        return j + 1;
      }
    }
    if (this.keyColon(j, inFlow) !== -1) throw GIVE_UP;
    return -1;
  }

  /** Where, from i, a `:` ends a key on this line before a comment (or a flow indicator in flow), or -1. */
  private keyColon(i: number, inFlow: boolean): number {
    const text = this.text;
    if (!inFlow && !this.hasHash) {
      // No comment anywhere in the document: only the colons matter, and the native search finds them.
      for (let j = text.indexOf(':', i); j !== -1 && j < this.end; j = text.indexOf(':', j + 1)) {
        const n = this.at(j + 1);
        if (n === SPACE || Number.isNaN(n)) return j;
      }
      return -1;
    }
    for (let j = i; j < this.end; j++) {
      const c = text.charCodeAt(j);
      if (c === COLON) {
        const n = this.at(j + 1);
        if (n === SPACE || Number.isNaN(n) || (inFlow && isFlowIndicator(n))) return j;
      } else if (c === HASH && j > i && text.charCodeAt(j - 1) === SPACE) return -1;
      else if (inFlow && isFlowIndicator(c)) return -1;
    }
    return -1;
  }

  /** Set by quoted: the value of the quoted scalar just read. */
  private lastQuoted = '';

  /** A one-line quoted scalar at i: the position after it (and sets lastQuoted). Gives up on escapes. */
  private quoted(i: number): number {
    const text = this.text;
    const end = this.end;
    if (text.charCodeAt(i) === DQUOTE) {
      const close = text.indexOf('"', i + 1);
      if (close === -1 || close >= end) throw GIVE_UP;
      // The next backslash at or after the quote, searched again only once passed (a search per scalar would run to
      // the end of a document that has none).
      if (this.backslash !== -1 && this.backslash <= i) this.backslash = text.indexOf('\\', i + 1);
      if (this.backslash !== -1 && this.backslash < close) throw GIVE_UP;
      this.lastQuoted = text.slice(i + 1, close);
      return close + 1;
    }
    let j = i + 1;
    let value = '';
    for (;;) {
      const close = text.indexOf("'", j);
      if (close === -1 || close >= end) throw GIVE_UP;
      value += text.slice(j, close);
      if (this.at(close + 1) === SQUOTE) {
        value += "'";
        j = close + 2;
        continue;
      }
      this.lastQuoted = value;
      return close + 1;
    }
  }

  /** A mapping entry whose key starts at column `col` and whose `:` ends before `afterColon`. */
  private entry(frame: Frame, col: number, key: string, afterColon: number): void {
    const keys = frame.keys;
    for (let k = 0; k < keys.length; k++) if (keys[k] === key) throw GIVE_UP;
    if (keys.length >= 256) throw GIVE_UP; // a mapping this large is left to the parser (keeps this check linear)
    keys.push(key);
    const v = this.skipSpaces(afterColon);
    if (v >= this.end || (this.text.charCodeAt(v) === HASH && v > afterColon)) {
      this.pending = { seq: false, indent: col, key, depth: frame.depth };
      if (frame.depth === 1 && key === 'metadata') {
        this.name = null;
        this.namespace = null;
      }
      return;
    }
    const c = this.text.charCodeAt(v);
    if (c === DASH && (this.at(v + 1) === SPACE || v + 1 >= this.end)) throw GIVE_UP;
    if (frame.depth === 1) {
      if (key === 'apiVersion') {
        const s = this.value(v, frame.indent, true);
        if (s === undefined) throw GIVE_UP;
        this.apiVersion = s;
        this.apiVersionLine = this.lineNo;
        this.apiVersionColumn = col + 1;
      } else if (key === 'kind') {
        const s = this.value(v, frame.indent, true);
        if (s === undefined) throw GIVE_UP;
        this.kind = s;
      } else {
        this.value(v, frame.indent, false);
        if (key === 'metadata') {
          this.name = undefined; // metadata written in another style: read from the body when asked for
          this.namespace = undefined;
        }
      }
    } else if (frame.depth === 2 && frame.key === 'metadata' && (key === 'name' || key === 'namespace')) {
      const s = this.value(v, frame.indent, true);
      if (key === 'name') this.name = s;
      else this.namespace = s;
    } else {
      this.value(v, frame.indent, false);
    }
  }

  /** A sequence entry whose `-` is at position i. */
  private seqEntry(frame: Frame, i: number): void {
    const c = this.skipSpaces(i + 1);
    if (c >= this.end || (this.text.charCodeAt(c) === HASH && c > i + 1)) {
      this.pending = { seq: true, indent: i - this.pos, key: null, depth: frame.depth };
      return;
    }
    if (this.text.charCodeAt(c) === DASH && (this.at(c + 1) === SPACE || c + 1 >= this.end)) throw GIVE_UP; // `- - x`
    const after = this.keyAt(c);
    if (after !== -1) {
      // `- key: value` opens a mapping at the key's column.
      const map: Frame = { seq: false, indent: c - this.pos, indentless: false, keys: [], key: null, depth: frame.depth + 1 };
      if (map.depth > MAX_DEPTH) throw GIVE_UP;
      this.stack.push(map);
      this.entry(map, c - this.pos, this.lastKey, after);
      return;
    }
    this.value(c, i - this.pos, false);
  }

  /**
   * A value after `key:` or `- ` at i (never empty): a scalar, a flow collection or a block scalar header, whose
   * parent is indented by `parentIndent`. With `want`, returns it when it is a simple string, else undefined.
   */
  private value(i: number, parentIndent: number, want: boolean): string | undefined {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      this.expectEnd(this.quoted(i));
      return this.lastQuoted;
    }
    if (c === LBRACKET || c === LBRACE) {
      this.expectEnd(this.flow(i, 1));
      return undefined;
    }
    if (c === PIPE || c === GT) {
      let j = i + 1;
      const m = this.at(j);
      if (m === DASH || m === 43 /* + */) j++;
      this.expectEnd(j);
      this.blockParent = parentIndent;
      this.blockIndent = -1;
      return undefined;
    }
    if (!plainStart(c, this.at(i + 1), false)) throw GIVE_UP;
    // A plain scalar runs to the line's end or a comment; a `: ` inside it is a mapping YAML would refuse.
    if (this.keyColon(i, false) !== -1) throw GIVE_UP;
    if (!want) return undefined;
    let last = i;
    for (let j = i; j < this.end; j++) {
      const d = text.charCodeAt(j);
      if (d === HASH && text.charCodeAt(j - 1) === SPACE) break;
      if (d !== SPACE) last = j + 1;
    }
    const v = text.slice(i, last);
    return simpleString(v) ? v : undefined;
  }

  /** A flow collection on this line at i; returns the position after it. */
  private flow(i: number, depth: number): number {
    if (depth > MAX_FLOW_DEPTH) throw GIVE_UP;
    const text = this.text;
    const open = text.charCodeAt(i);
    const close = open === LBRACKET ? RBRACKET : RBRACE;
    const keys: string[] | null = open === LBRACE ? [] : null;
    let j = this.skipSpaces(i + 1);
    if (this.at(j) === close) return j + 1;
    for (;;) {
      if (keys) {
        const c = this.at(j);
        let key: string;
        if (c === DQUOTE || c === SQUOTE) {
          j = this.quoted(j);
          if (this.at(j) !== COLON) throw GIVE_UP;
          j++;
          key = this.lastQuoted;
        } else {
          j = this.plainKey(j, true);
          if (j === -1) throw GIVE_UP;
          key = this.lastKey;
        }
        if (keys.includes(key) || keys.length >= 256) throw GIVE_UP;
        keys.push(key);
        const n = this.at(j);
        if (n !== SPACE && n !== DQUOTE && n !== SQUOTE && n !== LBRACKET && n !== LBRACE) throw GIVE_UP;
        j = this.skipSpaces(j);
      }
      j = this.skipSpaces(this.flowValue(j, depth));
      const c = this.at(j);
      if (c === close) return j + 1;
      if (c !== COMMA) throw GIVE_UP;
      j = this.skipSpaces(j + 1);
      if (this.at(j) === close || this.at(j) === COMMA) throw GIVE_UP; // empty entries: left to the parser
    }
  }

  private flowValue(i: number, depth: number): number {
    if (i >= this.end) throw GIVE_UP;
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) return this.flow(i, depth + 1);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(i);
    if (!plainStart(c, this.at(i + 1), true)) throw GIVE_UP;
    let j = i;
    while (j < this.end) {
      const d = text.charCodeAt(j);
      if (d === COMMA || d === RBRACKET || d === RBRACE) break;
      if (d === LBRACKET || d === LBRACE) throw GIVE_UP;
      if (d === COLON) {
        const n = this.at(j + 1);
        if (n === SPACE || Number.isNaN(n) || isFlowIndicator(n)) throw GIVE_UP; // a pair inside a sequence, or a stray `:`
      }
      if (d === HASH && text.charCodeAt(j - 1) === SPACE) throw GIVE_UP;
      j++;
    }
    return j;
  }
}
