/**
 * Line markers: the way a rendered document is traced back to the template line of its `apiVersion:`.
 *
 * Helm reports no line numbers, so before rendering every top-level `apiVersion:` line of a temporary copy of the
 * templates gets a YAML comment appended — ` #kug.<token>.<file>.<line>` — naming the file and line it came from.
 * The comment travels with the line through `include`, `define` and `nindent`, and is cut out of the output again
 * before parsing, which restores the output byte for byte: the comment is not whitespace, so Go template trimming
 * (`{{-`) never reaches past it, and lines where it could change the render are left unmarked:
 *   - a line that ends inside an action (`{{ ... ` continued on the next line) or starts inside one;
 *   - a line ending in `-}}`, whose trimming would otherwise eat the space before the comment.
 * The token is random per run, so chart text can never be mistaken for a marker.
 */

export interface MarkerHit {
  /** Index of the marked file (as given to markTemplate). */
  file: number;
  /** 1-based line in that file. */
  line: number;
}

const TOP_LEVEL_API_VERSION = /^apiVersion[ \t]*:/;

/** Appends markers to the top-level `apiVersion:` lines of one template. Returns the new text and the lines marked. */
export function markTemplate(text: string, token: string, fileIndex: number): { text: string; marked: number[] } {
  const lines = text.split('\n');
  const states = actionStates(text);
  const marked: number[] = [];
  const out = lines.map((line, i) => {
    const state = states[i];
    if (!state || state.startsInside || state.endsInside) return line;
    if (!TOP_LEVEL_API_VERSION.test(line)) return line;
    const cr = line.endsWith('\r') ? '\r' : '';
    const body = cr ? line.slice(0, -1) : line;
    if (/-\}\}\s*$/.test(body)) return line;
    marked.push(i + 1);
    return `${body} #kug.${token}.${fileIndex}.${i + 1}${cr}`;
  });
  return { text: out.join('\n'), marked };
}

/**
 * Cuts every marker out of rendered text. Returns the text as it would have rendered without markers and, by
 * 1-based output line, the marker found there. A marker left alone on its line (the value before it ended in a
 * newline) belongs to the nearest non-blank line above.
 */
export function stripMarkers(output: string, token: string): { text: string; hits: Map<number, MarkerHit> } {
  const re = new RegExp(` ?#kug\\.${escapeRe(token)}\\.(\\d+)\\.(\\d+)`, 'g');
  const hits = new Map<number, MarkerHit>();
  if (!output.includes(`#kug.${token}.`)) return { text: output, hits };
  const lines = output.split('\n');
  let lastContent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    let first: MarkerHit | null = null;
    const stripped = line.replace(re, (_m, f: string, l: string) => {
      first ??= { file: Number(f), line: Number(l) };
      return '';
    });
    lines[i] = stripped;
    if (first !== null) {
      const alone = stripped.trim() === '';
      const at = alone && lastContent >= 0 ? lastContent : i;
      if (!hits.has(at + 1)) hits.set(at + 1, first);
    }
    if (stripped.trim() !== '') lastContent = i;
  }
  return { text: lines.join('\n'), hits };
}

interface LineState {
  startsInside: boolean;
  endsInside: boolean;
}

/**
 * For each line, whether it starts or ends inside a template action (`{{ ... }}`). Strings, raw strings,
 * character constants and comments inside actions are skipped, so a `}}` in a string does not end the action.
 */
export function actionStates(text: string): LineState[] {
  const states: LineState[] = [];
  let inside = false;
  let lineStartInside = false;
  let i = 0;
  const n = text.length;
  const endLine = (): void => {
    states.push({ startsInside: lineStartInside, endsInside: inside });
    lineStartInside = inside;
  };
  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      endLine();
      i++;
      continue;
    }
    if (!inside) {
      if (c === '{' && text[i + 1] === '{') {
        inside = true;
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    // inside an action
    if (c === '}' && text[i + 1] === '}') {
      inside = false;
      i += 2;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let j = i; j < stop; j++) if (text[j] === '\n') endLine();
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' && text[j + 1] !== '\n' ? 2 : 1;
      i = j < n && text[j] === c ? j + 1 : j;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      const stop = end < 0 ? n : end + 1;
      for (let j = i; j < stop; j++) if (text[j] === '\n') endLine();
      i = stop;
      continue;
    }
    i++;
  }
  endLine();
  return states;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
