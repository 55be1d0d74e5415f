/**
 * Splits a YAML stream into its documents by lines, before any parsing.
 *
 * A line that starts with `---` followed by white space or the end of the line always starts a new document and a
 * line `...` always ends one (YAML 1.2, 9.1: document markers are forbidden inside scalars at the start of a line),
 * so this is exact for valid YAML: a PEM block's `-----BEGIN` or an indented `---` inside a block scalar does not
 * split. Splitting first isolates documents from each other: one broken document cannot hide the next, and
 * documents that cannot be Kubernetes objects are never parsed at all.
 */
export interface Segment {
  /** Index of the document in the file (0-based), counting only documents with content. */
  index: number;
  /** 0-based line of the segment's first line in the file. */
  startLine: number;
  text: string;
}

const DOC_START = /^---(?:[ \t]|$)/;
const DOC_END = /^\.\.\.(?:[ \t]|$)/;

export function splitDocuments(text: string): Segment[] {
  const lines = text.split(/\r?\n/);
  const segments: Segment[] = [];
  let buf: string[] = [];
  let start = 0;
  let betweenDocs = true; // at stream start or after `...`: `%` lines are directives of the next document

  const flush = (nextStart: number): void => {
    if (buf.some((l) => hasContent(l))) segments.push({ index: segments.length, startLine: start, text: buf.join('\n') });
    buf = [];
    start = nextStart;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (DOC_START.test(line)) {
      // Directives written between documents belong to the document this marker opens.
      const directives: string[] = [];
      if (betweenDocs) {
        while (buf.length > 0 && /^%|^\s*(#.*)?$/.test(buf[buf.length - 1] as string)) directives.unshift(buf.pop() as string);
      }
      const directiveStart = i - directives.length;
      flush(directiveStart);
      buf = [...directives, line];
      start = directiveStart;
      betweenDocs = false;
      continue;
    }
    if (DOC_END.test(line)) {
      buf.push(line);
      flush(i + 1);
      betweenDocs = true;
      continue;
    }
    if (betweenDocs && hasContent(line) && !line.startsWith('%')) betweenDocs = false;
    buf.push(line);
  }
  flush(lines.length);
  return segments;
}

function hasContent(line: string): boolean {
  if (DOC_START.test(line)) {
    const rest = line.slice(3).trim();
    return rest !== '' && !rest.startsWith('#');
  }
  const t = line.trim();
  return t !== '' && !t.startsWith('#') && !t.startsWith('%') && !DOC_END.test(line);
}
