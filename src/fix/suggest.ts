/**
 * The `fix` rewrites of one file as pull request review suggestions: the file's text is fixed with `fixText` (same
 * migrations, same refusals, same guard), the old and new texts are diffed into runs of changed lines
 * (`changeRuns`), and each run becomes one suggestion that replaces the original lines `startLine..line` with the
 * new ones. Pure: no disk, no network, no clock.
 *
 * Guarantees:
 * - A suggestion is made only where GitHub accepts it: every line it replaces lies inside ONE hunk of the pull
 *   request's diff on the right side (a multi-line comment's `start_line` and `line` must be in the same hunk; see
 *   https://docs.github.com/en/rest/pulls/reviews#create-a-review-for-a-pull-request). Other runs are counted in
 *   `outside`, never suggested; a file without a patch (too large, binary) gets none.
 * - A pure insertion replaces an adjacent original line (the one above, else the one below) with that line plus the
 *   new lines, since a suggestion must replace at least one line.
 * - Replacement lines carry neither `\n` nor `\r`: a CRLF file's suggestions are its new lines without the `\r`.
 * - The explanation is Markdown safe to post: repository-controlled text (object names) goes through
 *   `escapeUntrusted`; the apiVersions come from the migration table.
 *
 * Helm chart templates are never passed here: `fix` does not rewrite them (they are rendered, and a rewrite of the
 * template text cannot be verified), and the comment and annotations already carry their advice.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { clip, escapeUntrusted } from '../reporters/escape-md.js';
import { changeRuns } from './diff.js';
import { fixText, type MoveGuard, type Outcome } from './fix-text.js';

/** A range of 1-based lines of the new (right) side of a pull request's diff, both ends included. */
export interface LineRange {
  start: number;
  end: number;
}

export interface Suggestion {
  /** Repository-relative path of the file. */
  path: string;
  /** First and last 1-based original lines replaced (equal for one line). */
  startLine: number;
  line: number;
  /** The lines that replace them, without line endings. */
  replacementLines: string[];
  /** One sentence of Markdown, safe to post. */
  explanation: string;
}

export interface FileSuggestions {
  suggestions: Suggestion[];
  /** Runs of changed lines not suggested because they are not inside one hunk of the pull request's diff. */
  outside: number;
}

export interface SuggestInput {
  path: string;
  /** The file's text as `fixText` takes it (see `manifestText`). */
  text: string;
  /** The right-side line ranges of the pull request's hunks for this file; null when GitHub gave no patch. */
  ranges: readonly LineRange[] | null;
}

/** An apiVersion in a code span: only as plain characters (table values are), else escaped text. */
function apiVersion(v: string): string {
  return /^[A-Za-z0-9./-]+$/.test(v) ? `\`${v}\`` : escapeUntrusted(v);
}

type Changed = Extract<Outcome, { type: 'changed' }>;

function explain(changed: readonly Changed[], target: string): string {
  const parts = changed.map(
    (o) => `${apiVersion(o.from)} → ${apiVersion(o.to)} for ${escapeUntrusted(clip(o.object, 200))}${o.note ? ` (${escapeUntrusted(o.note)})` : ''}`,
  );
  const what = parts.length > 0 ? parts.join('; ') : 'An API migration';
  return `${what}: mechanical and safe at Kubernetes ${escapeUntrusted(target)}.`;
}

/** The suggestions for one file at `target` (see the module's comment). */
export function suggestFixes(input: SuggestInput, target: string, catalog: ApiCatalog, guard?: MoveGuard): FileSuggestions {
  const fixed = fixText(input.text, target, catalog, guard);
  const runs = changeRuns(input.text, fixed.text);
  if (runs.length === 0) return { suggestions: [], outside: 0 };
  if (input.ranges === null) return { suggestions: [], outside: runs.length };
  const ranges = input.ranges;
  const inOneHunk = (from: number, to: number): boolean => ranges.some((r) => r.start <= from && to <= r.end);
  const original = input.text.split('\n');
  const changed = fixed.outcomes.filter((o): o is Changed => o.type === 'changed');
  const noCr = (l: string): string => (l.endsWith('\r') ? l.slice(0, -1) : l);

  const suggestions: Suggestion[] = [];
  let outside = 0;
  for (const run of runs) {
    let startLine: number;
    let line: number;
    let replacement: string[];
    if (run.oldLines.length > 0) {
      startLine = run.oldStart + 1;
      line = run.oldStart + run.oldLines.length;
      replacement = run.newLines;
    } else {
      // A pure insertion before original line oldStart + 1: anchor on the line above, else the one below.
      const above = run.oldStart; // 1-based number of the line above, 0 when none
      const below = run.oldStart + 1 <= countLines(input.text) ? run.oldStart + 1 : 0;
      if (above > 0 && inOneHunk(above, above)) {
        startLine = line = above;
        replacement = [original[above - 1]!, ...run.newLines];
      } else if (below > 0) {
        startLine = line = below;
        replacement = [...run.newLines, original[below - 1]!];
      } else {
        startLine = line = above;
        replacement = [original[above - 1] ?? '', ...run.newLines];
      }
    }
    if (startLine < 1 || !inOneHunk(startLine, line)) {
      outside++;
      continue;
    }
    const about = changed.filter((o) => o.span.from <= line && startLine <= o.span.to);
    suggestions.push({ path: input.path, startLine, line, replacementLines: replacement.map(noCr), explanation: explain(about, target) });
  }
  return { suggestions, outside };
}

/** The number of lines of a text (a last line without a newline counts). */
function countLines(text: string): number {
  if (text === '') return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}
