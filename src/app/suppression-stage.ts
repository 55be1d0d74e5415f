/** The pipeline's suppression stage: marking accepted findings, and what it needs to read and keep across parts. */
import { decodeText } from '../parse/decode.js';
import type { Finding, InlineDirective } from '../findings/types.js';
import type { IgnoreEntry } from '../clusters/types.js';
import type { PartSuppressions } from './result.js';
import type { ScanObjectRecord } from './scan-objects.js';
import type { FileSystem } from '../ports/index.js';
import type { Engine } from '../rules/engine.js';
import { applySuppressions, inlineDirectives, type SuppressionInput } from '../suppress/index.js';
import { WorkspaceBox } from '../workspace/box.js';
import { readOrError } from './scan-file.js';

/**
 * The suppression stage: marks the findings a suppression accepts and reports, through the run's engine, the
 * suppressions that expired, matched nothing or are not valid. Returns whether the run had any suppression.
 */
export async function suppress(findings: Finding[], engine: Engine, input: SuppressionInput): Promise<{ active: boolean }> {
  const outcome = await applySuppressions(findings, input);
  for (const { event, place } of outcome.events) engine.suppression(event, place);
  return { active: outcome.active };
}

/**
 * The inline comments of a workspace file the plain scan did not read (a chart template or the configuration file
 * a finding points into): read only when the box allows it and it is no larger than the scan's file limit.
 */
export function otherFileReader(fs: FileSystem, root: string, maxBytes: number): (file: string) => Promise<InlineDirective[] | null> {
  let box: Promise<WorkspaceBox | null> | null = null;
  // Each file is read once, however many times it is asked for (the suppression stage, then a part's hand-over).
  const read = new Map<string, Promise<InlineDirective[] | null>>();
  const readOnce = (file: string): Promise<InlineDirective[] | null> => {
    let got = read.get(file);
    if (!got) read.set(file, (got = readFile(file)));
    return got;
  };
  return readOnce;
  async function readFile(file: string): Promise<InlineDirective[] | null> {
    box ??= WorkspaceBox.open(fs, root).catch(() => null);
    const b = await box;
    if (!b) return null;
    const c = await b.check(file, 'file');
    if (!c.ok) return null;
    const st = await fs.stat(c.real).catch(() => null);
    if (!st || st.size > maxBytes) return null;
    const bytes = await readOrError(fs, c.real);
    if (bytes instanceof Error) return null;
    const decoded = decodeText(bytes);
    return decoded.ok ? inlineDirectives(decoded.text) : null;
  }
}

/**
 * What one part of a sharded scan hands the merge: the configuration's entries and the date, and the inline comments
 * of the files its scan objects are in (read as the part's own suppression stage reads them), so the findings only
 * the merge makes are suppressed as in a whole scan. Null when there is nothing to hand over.
 */
export async function partSuppressions(
  objects: readonly ScanObjectRecord[],
  from: { ignore: readonly IgnoreEntry[]; asOf: string | null; inline: ReadonlyMap<string, readonly InlineDirective[]>; readOther: (file: string) => Promise<InlineDirective[] | null> },
): Promise<PartSuppressions | null> {
  const files = [...new Set(objects.map((o) => o.file).filter((f): f is string => f !== null))].sort();
  const inline: PartSuppressions['inline'] = [];
  for (const file of files) {
    const directives = from.inline.get(file) ?? (await from.readOther(file));
    if (directives && directives.length > 0) inline.push({ file, directives: [...directives] });
  }
  if (from.ignore.length === 0 && inline.length === 0) return null;
  return { ignore: [...from.ignore], asOf: from.asOf, inline };
}

/**
 * The merge's own findings suppressed with what the parts handed over (the parts already reported the suppressions
 * that expired or are not valid). Returns which of the parts' `unused-suppression` findings are about a suppression
 * the merge used: each part reported it unused, not seeing the merge's findings.
 */
export async function suppressMerged(made: Finding[], given: PartSuppressions): Promise<(f: Finding) => boolean> {
  const outcome = await applySuppressions(made, { ignore: given.ignore, asOf: given.asOf, inline: new Map(given.inline.map((i) => [i.file, i.directives])) });
  const key = (file: string | null, line: number | null): string => `${file ?? ''}\0${line ?? ''}`;
  const used = new Set(outcome.used.map((u) => key(u.file, u.line)));
  return (f) => f.ruleId === 'unused-suppression' && used.has(key(f.file, f.line));
}

/**
 * Each part of a sharded scan reports the configured suppressions that matched nothing in it; a suppression matched
 * nothing in the whole scan only when every part reported it.
 */
export function keepUnusedInEveryPart(findings: readonly Finding[], parts: number): Finding[] {
  const key = (f: Finding): string | null =>
    f.ruleId === 'unused-suppression' && f.data['origin'] === 'config' ? `${f.file ?? ''}\0${f.line ?? ''}\0${f.message}` : null;
  const count = new Map<string, number>();
  for (const f of findings) {
    const k = key(f);
    if (k !== null) count.set(k, (count.get(k) ?? 0) + 1);
  }
  if (count.size === 0) return [...findings];
  return findings.filter((f) => {
    const k = key(f);
    return k === null || count.get(k)! >= parts;
  });
}
