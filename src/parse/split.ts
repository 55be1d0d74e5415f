/**
 * Splits a YAML stream into its documents by lines, before any parsing.
 *
 * A line that starts with `---` followed by white space or the end of the line always starts a new document and a
 * line `...` always ends one (YAML 1.2, 9.1: document markers are forbidden inside scalars at the start of a line),
 * so this is exact for valid YAML: a PEM block's `-----BEGIN` or an indented `---` inside a block scalar does not
 * split. Splitting first isolates documents from each other: one broken document cannot hide the next, and
 * documents that cannot be Kubernetes objects are never parsed at all.
 *
 * Works on offsets into the text (no array of lines), since every file of a scan passes through here.
 */
export interface Segment {
  /** Index of the document in the file (0-based), counting only documents with content. */
  index: number;
  /** 0-based line of the segment's first line in the file. */
  startLine: number;
  text: string;
}

const DASH = 45; // '-'
const DOT = 46; // '.'

/** Whether the line starting at `i` is `---` or `...` (by `ch`) followed by white space or its end. */
function isMarker(text: string, i: number, end: number, ch: number): boolean {
  if (end - i < 3 || text.charCodeAt(i) !== ch || text.charCodeAt(i + 1) !== ch || text.charCodeAt(i + 2) !== ch) return false;
  if (end - i === 3) return true;
  const next = text.charCodeAt(i + 3);
  return next === 32 || next === 9;
}

export function splitDocuments(input: string): Segment[] {
  const text = input.includes('\r\n') ? input.replace(/\r\n/g, '\n') : input;
  const json = splitJsonStream(text);
  if (json) return json;
  const segments: Segment[] = [];
  // The current segment is text[segStart, cursor) plus, while it has none, its content state.
  let segStart = 0;
  let segLine = 0;
  let hasContent = false;
  let betweenDocs = true; // at stream start or after `...`: `%` lines are directives of the next document
  // Where trailing directive/blank/comment lines of the current segment begin (for directives before `---`).
  let tailStart = -1;
  let tailLine = -1;

  const push = (from: number, to: number, line: number): void => {
    if (hasContent) segments.push({ index: segments.length, startLine: line, text: text.slice(from, to > from && text.charCodeAt(to - 1) === 10 ? to - 1 : to) });
  };

  let line = 0;
  for (let i = 0; i <= text.length; line++) {
    const nl = text.indexOf('\n', i);
    const end = nl === -1 ? text.length : nl;
    const next = nl === -1 ? text.length + 1 : nl + 1;
    if (isMarker(text, i, end, DASH)) {
      // Directives written between documents belong to the document this marker opens.
      const cut = betweenDocs && tailStart !== -1 ? tailStart : i;
      const cutLine = betweenDocs && tailStart !== -1 ? tailLine : line;
      push(segStart, cut, segLine);
      segStart = cut;
      segLine = cutLine;
      const rest = text.slice(i + 3, end).trim();
      hasContent = rest !== '' && !rest.startsWith('#');
      betweenDocs = false;
      tailStart = -1;
    } else if (isMarker(text, i, end, DOT)) {
      push(segStart, Math.min(next, text.length), segLine);
      segStart = Math.min(next, text.length);
      segLine = line + 1;
      hasContent = false;
      betweenDocs = true;
      tailStart = -1;
    } else if (betweenDocs || !hasContent) {
      // Needed only until a document's first content line: after it, a line that is not a marker changes nothing
      // (`betweenDocs` is false there, and `tailStart` is -1 whenever it is), so most lines need only the two checks
      // above.
      let j = i;
      while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      const first = j < end ? text.charCodeAt(j) : -1;
      const blankOrComment = first === -1 || first === 35; // '#'
      const directive = j === i && first === 37; // '%' at the start of the line
      if (blankOrComment || directive) {
        if (betweenDocs && tailStart === -1) {
          tailStart = i;
          tailLine = line;
        }
      } else {
        hasContent = true;
        betweenDocs = false;
        tailStart = -1;
      }
    }
    if (nl === -1) break;
    i = next;
  }
  push(segStart, text.length + 1, segLine);
  return segments;
}

const WHITE = new Set([32, 9, 10, 13]);

/**
 * A stream of JSON objects written back to back (`{...}{...}`, or separated by white space or line breaks), as
 * kubectl reads a file whose first character other than white space is `{`: each object is a document. Null unless
 * the text is two or more such objects and nothing else, so YAML (and a single JSON object) is split as YAML.
 * Each segment starts on the line of its `{`, padded with spaces to its column, so that places inside it are exact.
 */
function splitJsonStream(text: string): Segment[] | null {
  let i = 0;
  while (i < text.length && WHITE.has(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 123) return null; // '{'
  const segments: Segment[] = [];
  let line = 0;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < i; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  while (i < text.length) {
    if (text.charCodeAt(i) !== 123) return null;
    const start = i;
    const startLine = line;
    const column = start - lineStart;
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        lineStart = i + 1;
      }
      if (inString) {
        if (c === 92) i++; // '\\': the next character is escaped
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) break;
      }
    }
    if (i >= text.length) return null; // an object that does not end: read as YAML, which reports it
    i++;
    segments.push({ index: segments.length, startLine, text: ' '.repeat(column) + text.slice(start, i) });
    for (; i < text.length && WHITE.has(text.charCodeAt(i)); i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
  }
  return segments.length >= 2 ? segments : null;
}
