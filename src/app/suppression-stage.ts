/** The pipeline's suppression stage: marking accepted findings, and what it needs to read and keep across parts. */
import { decodeText } from '../parse/decode.js';
import type { Finding, InlineDirective } from '../findings/types.js';
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
  return async (file) => {
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
  };
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
