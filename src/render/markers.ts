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
  let lineStartInside = false;
  const endLine = (inside: boolean): void => {
    states.push({ startsInside: lineStartInside, endsInside: inside });
    lineStartInside = inside;
  };
  const inside = scanActions(text, { newline: (_at, inside) => endLine(inside) });
  endLine(inside);
  return states;
}

/**
 * Walks a template's text as Go's template lexer splits it: text outside actions, and inside `{{ … }}` the action's
 * code, its strings, raw strings and character constants, and its comments, which are skipped whole so that a `}}`
 * in them does not end the action. `newline` is told of every line end (with whether it lies inside an action);
 * `code` is called at each position of action code and may return where to go on after what it consumed. Returns
 * whether the text ends inside an action.
 */
function scanActions(text: string, hooks: { newline?(at: number, inside: boolean): void; code?(at: number): number | undefined }): boolean {
  let inside = false;
  const n = text.length;
  const jump = (from: number, to: number): number => {
    if (hooks.newline) for (let j = from; j < to; j++) if (text[j] === '\n') hooks.newline(j, inside);
    return to;
  };
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      hooks.newline?.(i, inside);
      i++;
      continue;
    }
    if (!inside) {
      if (c === '{' && text[i + 1] === '{') {
        inside = true;
        i += 2;
      } else i++;
      continue;
    }
    if (c === '}' && text[i + 1] === '}') {
      inside = false;
      i += 2;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = jump(i, end < 0 ? n : end + 2);
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      i = jump(i, skipString(text, i));
      continue;
    }
    const next = hooks.code?.(i);
    i = next !== undefined && next > i ? jump(i, next) : i + 1;
  }
  return inside;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How the target release answers `.Capabilities.APIVersions.Has`. Helm's built-in API list still holds group/versions
 * that later releases removed, and `--api-versions` can only add to it, so an offline render answers such a check
 * "yes" where a cluster on the target would answer "no". The temporary copy asks the target instead.
 */
export interface CapabilityAnswer {
  /** Whether Kubernetes defines this group/version (or group/version/Kind) but the target does not serve it. */
  unserved(api: string): boolean;
  /** All of them, for checks whose argument is only known at render time. */
  unservedList: readonly string[];
}

/** A `.Capabilities.APIVersions.Has` check of a template, 1-based line and column. */
export interface CapabilityCheck {
  line: number;
  column: number;
  /** The check as written (at most 200 characters). */
  expression: string;
}

export interface CapabilityRewrite {
  text: string;
  /** Checks of an API the target does not serve, now `false`. */
  answered: Array<CapabilityCheck & { apiVersion: string }>;
  /** Checks whose argument is computed: they now also ask the target's list at render time. */
  computed: CapabilityCheck[];
  /** Checks that could not be rewritten (the call is not a plain `… .APIVersions.Has ARGUMENT`). */
  unanswered: CapabilityCheck[];
}

const HAS_AT = /(\$[A-Za-z0-9_]*)?((?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.APIVersions\.Has(?![A-Za-z0-9_])/y;
const OPERAND_CHAIN = /(?:\$[A-Za-z0-9_]*|)(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;

/**
 * Rewrites every `.Capabilities.APIVersions.Has ARG` inside the template's actions (also `$.Capabilities…`,
 * `$root.Capabilities…`, `.APIVersions.Has` within `with .Capabilities`, in parentheses or not) so that it answers as
 * the target would. A quoted API the target does not serve becomes `false`; a computed argument (a variable, a field,
 * a parenthesised expression) becomes `(and (CHECK) (not (has ARG (list …unserved))))`. Text outside actions, strings
 * and comments is never touched, and no line is added or removed, so every line keeps its number.
 */
export function rewriteCapabilityChecks(text: string, answer: CapabilityAnswer): CapabilityRewrite {
  const out: string[] = [];
  const result: CapabilityRewrite = { text, answered: [], computed: [], unanswered: [] };
  let copied = 0;
  let line = 1;
  let lineStart = 0;
  scanActions(text, {
    newline(at) {
      line++;
      lineStart = at + 1;
    },
    code(i) {
      const c = text[i];
      const prev = text[i - 1] ?? ' ';
      if (!((c === '$' || c === '.') && /[\s({|=,]/.test(prev))) return undefined;
      HAS_AT.lastIndex = i;
      const m = HAS_AT.exec(text);
      if (!m) return undefined;
      const callEnd = i + m[0].length;
      const check = (end: number): CapabilityCheck => ({ line, column: i - lineStart + 1, expression: clip(text.slice(i, end)) });
      const arg = readArgument(text, callEnd);
      if (arg === null || text.slice(i, arg.end).includes('\n')) {
        result.unanswered.push(check(arg?.end ?? callEnd));
        return callEnd;
      }
      if (arg.literal !== null) {
        if (answer.unserved(arg.literal)) {
          out.push(text.slice(copied, i), 'false');
          copied = arg.end;
          result.answered.push({ ...check(arg.end), apiVersion: arg.literal });
        }
      } else {
        const call = text.slice(i, arg.end);
        const operand = text.slice(arg.start, arg.end);
        const list = answer.unservedList.map((a) => JSON.stringify(a)).join(' ');
        out.push(text.slice(copied, i), `(and (${call}) (not (has ${operand} (list ${list}))))`);
        copied = arg.end;
        result.computed.push(check(arg.end));
      }
      return arg.end;
    },
  });
  if (copied === 0) return result;
  out.push(text.slice(copied));
  result.text = out.join('');
  return result;
}

/** The end (exclusive) of the string, raw string or character constant that starts at `i`. */
function skipString(text: string, i: number): number {
  const q = text[i] as string;
  const n = text.length;
  if (q === '`') {
    const end = text.indexOf('`', i + 1);
    return end < 0 ? n : end + 1;
  }
  let j = i + 1;
  while (j < n && text[j] !== q && text[j] !== '\n') j += text[j] === '\\' && text[j + 1] !== '\n' ? 2 : 1;
  return j < n && text[j] === q ? j + 1 : j;
}

/**
 * The one argument of a Has call that starts after `from`: a quoted string (its value in `literal`), or a single
 * operand (a variable or field chain, or a parenthesised expression), followed by the end of the command (`}}`, `)`,
 * `|`). Null when there is no argument, or more than one.
 */
function readArgument(text: string, from: number): { start: number; end: number; literal: string | null } | null {
  let start = from;
  while (text[start] === ' ' || text[start] === '\t') start++;
  if (start === from) return null;
  const c = text[start];
  let end: number;
  let literal: string | null = null;
  if (c === '"' || c === '`') {
    end = skipString(text, start);
    const raw = text.slice(start, end);
    if (c === '`') literal = raw.length >= 2 && raw.endsWith('`') ? raw.slice(1, -1) : null;
    else {
      try {
        literal = JSON.parse(raw) as string;
      } catch {
        literal = null;
      }
    }
    if (literal === null) return null;
  } else if (c === '(') {
    let depth = 0;
    end = start;
    while (end < text.length) {
      const d = text[end];
      if (d === '"' || d === "'" || d === '`') {
        end = skipString(text, end);
        continue;
      }
      if (d === '}' && text[end + 1] === '}') return null;
      end++;
      if (d === '(') depth++;
      else if (d === ')' && --depth === 0) break;
    }
    if (depth !== 0) return null;
  } else if (c === '$' || c === '.') {
    OPERAND_CHAIN.lastIndex = start;
    const m = OPERAND_CHAIN.exec(text);
    end = start + (m?.[0].length ?? 0);
    if (end === start) end = start + 1; // `.` or `$` alone
  } else return null;
  let after = end;
  while (text[after] === ' ' || text[after] === '\t') after++;
  const next = text.slice(after, after + 3);
  if (!(next.startsWith('}}') || next.startsWith('-}}') || next.startsWith(')') || next.startsWith('|') || next.startsWith('\n') || next.startsWith('\r'))) return null;
  return { start, end, literal };
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 200 ? `${one.slice(0, 200)}…` : one;
}
