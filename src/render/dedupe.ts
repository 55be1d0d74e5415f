/**
 * One finding per problem, however many ways the scan reached it:
 *   - the same finding from several renders (a template rendered with several values files, a subchart rendered
 *     through two parents) is reported once, listing the values files (`data.valuesFiles`) and charts (`data.charts`);
 *   - a resource an overlay renders from a file the plain scan (or another overlay) already reported at the same
 *     line for the same rule and apiVersion/kind is not reported again, whatever name or namespace the overlay gave
 *     it; the kept finding lists the overlays that render it (`data.kustomizations`).
 * The first finding of each group is kept, except that a plain file's finding always wins over an overlay's, whatever
 * order they arrive in.
 */
import type { Finding } from '../findings/types.js';

export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const exact = new Map<string, Finding>();
  const loose = new Map<string, Finding>();
  // Each kept finding's place in `kept` and its exact key, for the one that a plain file's finding replaces.
  const slot = new Map<Finding, { index: number; key: string }>();
  for (const f of findings) {
    const e = exactKey(f);
    const same = exact.get(e);
    if (same) {
      absorb(same, f);
      continue;
    }
    const l = looseKey(f);
    const earlier = l !== null ? loose.get(l) : undefined;
    if (earlier && fromOverlay(f)) {
      absorb(earlier, f);
      continue;
    }
    const copy: Finding = { ...f, data: { ...f.data } };
    if (earlier && fromOverlay(earlier)) {
      // The plain file's finding arrived after an overlay's (a merge sees the parts in their own order): it takes the
      // overlay's place and lists what the overlays said.
      absorb(copy, earlier);
      const { index, key } = slot.get(earlier)!;
      kept[index] = copy;
      slot.delete(earlier);
      slot.set(copy, { index, key: e });
      exact.set(key, copy);
      loose.set(l!, copy);
      exact.set(e, copy);
      continue;
    }
    slot.set(copy, { index: kept.length, key: e });
    kept.push(copy);
    exact.set(e, copy);
    if (l !== null && !loose.has(l)) loose.set(l, copy);
  }
  return kept;
}

/** A finding about a resource an overlay rendered (not yet merged into a plain file's finding). */
function fromOverlay(f: Finding): boolean {
  return f.data['source'] === 'kustomize';
}

function exactKey(f: Finding): string {
  const o = f.object;
  const object = o ? `${o.apiVersion}|${o.kind}|${o.namespace ?? ''}|${o.name ?? ''}` : '';
  const reason = f.ruleId === 'render-failed' ? String(f.data['reason'] ?? '') : f.message;
  return [f.ruleId, f.severity, f.file ?? '', f.line ?? '', f.column ?? '', object, reason, String(f.data['dependency'] ?? '')].join('\u0000');
}

function looseKey(f: Finding): string | null {
  if (f.file === null || f.line === null || !f.object) return null;
  return [f.ruleId, f.file, f.line, f.object.apiVersion, f.object.kind].join('\u0000');
}

function absorb(into: Finding, other: Finding): void {
  listInto(into, other, 'values', 'valuesFiles');
  listInto(into, other, 'chart', 'charts');
  listInto(into, other, 'kustomization', 'kustomizations');
}

/**
 * Adds what `other` says of `key` (its `data[key]`, or its own `data[listKey]` when it was merged already) to
 * `into.data[listKey]` (seeded with `into.data[key]`), once each and sorted, so the result does not depend on the
 * order the findings arrived in (a sharded scan merges them in another order than a whole one).
 */
function listInto(into: Finding, other: Finding, key: string, listKey: string): void {
  const incoming = Array.isArray(other.data[listKey]) ? (other.data[listKey] as unknown[]) : key in other.data ? [other.data[key]] : [];
  if (incoming.length === 0) return;
  const existing = Array.isArray(into.data[listKey]) ? [...(into.data[listKey] as unknown[])] : key in into.data ? [into.data[key]] : [];
  for (const value of incoming) if (!existing.includes(value)) existing.push(value);
  const order = (v: unknown): string => (v === null ? '' : String(v)); // null (a chart's default values) first
  existing.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  // A chart list only says something when the finding came through more than one chart.
  if (listKey !== 'charts' || existing.length > 1) into.data[listKey] = existing;
}
