/**
 * A unified diff of two texts, line by line (Myers' O((N+M)·D) shortest edit script), as `diff -u` writes it: a
 * `---`/`+++` header, hunks with three lines of context, and `\ No newline at end of file` where a text does not end
 * with one. A line's content keeps its carriage return, so the diff of a CRLF file applies back to it.
 *
 * The same edit script also gives the changes alone (`changeRuns`): each run of consecutive removed and added lines,
 * without context, placed by its first line in the old text.
 */

/** Lines of a text without their `\n`; `last` says whether the final line had one. */
function splitLines(text: string): { lines: string[]; newlineAtEnd: boolean } {
  if (text === '') return { lines: [], newlineAtEnd: true };
  const lines = text.split('\n');
  const newlineAtEnd = lines[lines.length - 1] === '';
  if (newlineAtEnd) lines.pop();
  return { lines, newlineAtEnd };
}

type Op = { kind: ' ' | '-' | '+'; line: string; oldIndex: number; newIndex: number };

/** The shortest edit script from `a` to `b` as a list of kept, removed and added lines. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  // Common prefix and suffix first: the edits of a fix are few and local.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // The furthest-reaching x of every diagonal after each step d, kept for the walk back.
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the trace: each step d came from diagonal k±1 of step d-1.
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d]!; // v as it was before step d, centred at index d + 1
    const at = (k: number): number => prev[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      middle.push({ kind: ' ', line: a[start + x]!, oldIndex: start + x, newIndex: start + y });
    }
    if (down) {
      y--;
      middle.push({ kind: '+', line: b[start + y]!, oldIndex: start + x, newIndex: start + y });
    } else {
      x--;
      middle.push({ kind: '-', line: a[start + x]!, oldIndex: start + x, newIndex: start + y });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    middle.push({ kind: ' ', line: a[start + x]!, oldIndex: start + x, newIndex: start + y });
  }
  middle.reverse();
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: ' ', line: a[i]!, oldIndex: i, newIndex: i });
  ops.push(...middle);
  for (let i = 0; i < a.length - endA; i++) ops.push({ kind: ' ', line: a[endA + i]!, oldIndex: endA + i, newIndex: endB + i });
  return ops;
}

/**
 * The edit script of two texts' lines. A last line without a newline carries a `\n` marker (so a last line that
 * differs only by its newline is a change); nothing else in a line ends with `\n`.
 */
function lineOps(before: string, after: string): Op[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const la = a.newlineAtEnd ? a.lines : [...a.lines.slice(0, -1), `${a.lines[a.lines.length - 1]}\n`];
  const lb = b.newlineAtEnd ? b.lines : [...b.lines.slice(0, -1), `${b.lines[b.lines.length - 1]}\n`];
  return diffLines(la, lb);
}

/** One run of consecutive changed lines: `oldLines` (from 0-based line `oldStart` of the old text) became `newLines`. */
export interface ChangeRun {
  /** 0-based index of the first old line replaced; for a pure insertion, of the old line the new lines go before. */
  oldStart: number;
  /** The old lines replaced (none for a pure insertion), each without its `\n` but with any `\r`. */
  oldLines: string[];
  /** The lines that replace them (none for a pure deletion), likewise. */
  newLines: string[];
}

/** The changes from `before` to `after` as runs of consecutive changed lines, in order; [] when the texts are equal. */
export function changeRuns(before: string, after: string): ChangeRun[] {
  if (before === after) return [];
  const ops = lineOps(before, after);
  const bare = (line: string): string => (line.endsWith('\n') ? line.slice(0, -1) : line);
  const runs: ChangeRun[] = [];
  let current: ChangeRun | null = null;
  for (const o of ops) {
    if (o.kind === ' ') {
      current = null;
      continue;
    }
    if (current === null) {
      current = { oldStart: o.oldIndex, oldLines: [], newLines: [] };
      runs.push(current);
    }
    (o.kind === '-' ? current.oldLines : current.newLines).push(bare(o.line));
  }
  return runs;
}

const NO_NEWLINE = '\\ No newline at end of file';

/**
 * The unified diff from `before` to `after` with `context` lines around each change, headed `--- a/<name>` and
 * `+++ b/<name>`; the empty string when the texts are equal. Lines are joined with `\n`.
 */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = lineOps(before, after);
  const out = [`--- a/${name}`, `+++ b/${name}`];
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  let h = 0;
  while (h < changed.length) {
    // A hunk: changes closer than 2 × context lines apart share one.
    let last = h;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context + 1) last++;
    const from = Math.max(0, changed[h]! - context);
    const to = Math.min(ops.length, changed[last]! + context + 1);
    const hunk = ops.slice(from, to);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    const first = hunk[0]!;
    const oldStart = oldCount === 0 ? first.oldIndex : first.oldIndex + 1;
    const newStart = newCount === 0 ? first.newIndex : first.newIndex + 1;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const o of hunk) {
      if (o.line.endsWith('\n')) out.push(`${o.kind}${o.line.slice(0, -1)}`, NO_NEWLINE);
      else out.push(`${o.kind}${o.line}`);
    }
    h = last + 1;
  }
  return `${out.join('\n')}\n`;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}
