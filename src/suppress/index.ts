/**
 * Suppressions: the pipeline's last stage before the report. Every finding of a run (of a plain file, a rendered
 * chart or overlay, a declared cluster, the run as a whole) passes through `applySuppressions`, which marks the ones
 * an `ignore:` entry of the configuration file or an inline comment accepts. A suppressed finding stays in the
 * report with its reason and never counts toward the gate. The suppressions themselves are reported when they are
 * past their expiry date (the entry then no longer applies), match nothing, or are not valid.
 */
import type { Finding, InlineDirective, Suppressed } from '../findings/types.js';
import type { IgnoreEntry } from '../clusters/types.js';
import { IGNORE_SELECTORS, SUPPRESSION_RULES, type IgnoreSelector } from '../clusters/config.js';
import { pathMatcher } from '../clusters/check.js';
import type { Place } from '../rules/engine.js';
import type { SuppressionEvent } from '../rules/types.js';

export { inlineDirectives } from './inline.js';

export interface SuppressionInput {
  /** The configuration file's `ignore:` entries. */
  ignore: readonly IgnoreEntry[];
  /** The run's date, YYYY-MM-DD (--as-of or today): entries whose `expires` is before it no longer apply. */
  asOf: string | null;
  /** Inline comments of the files the scan read, by workspace-relative path (files without any left out). */
  inline: ReadonlyMap<string, readonly InlineDirective[]>;
  /**
   * The inline comments of a file a finding points into that the scan did not read itself (a chart template, the
   * configuration file), or null when there is no such file to read; absent when nothing more can be read (a merge).
   */
  readOther?: (file: string) => Promise<readonly InlineDirective[] | null>;
  /** Whether the scan read `file` itself (its comments, if any, are in `inline`). */
  scanned?: (file: string) => boolean;
}

export interface SuppressionOutcome {
  /** Whether the run had any suppression (an entry or an inline comment, valid or not). */
  active: boolean;
  /** What to report about the suppressions themselves, each at its place. */
  events: Array<{ event: SuppressionEvent; place: Place }>;
  /** The places of the entries and inline comments that suppressed a finding. */
  used: Array<{ file: string | null; line: number | null }>;
}

/** Whether a config entry is past its last day on `asOf`. */
function isExpired(entry: IgnoreEntry, asOf: string): boolean {
  return entry.expires !== null && asOf > entry.expires;
}

/**
 * Marks the findings a suppression accepts (setting `suppressed`, in place) and returns what to report about the
 * suppressions. Findings already marked (the parts of a sharded scan) are left as they are.
 */
export async function applySuppressions(findings: readonly Finding[], input: SuppressionInput): Promise<SuppressionOutcome> {
  const events: SuppressionOutcome['events'] = [];
  if (input.ignore.some((e) => e.expires !== null) && input.asOf === null) throw new Error('suppressions with an expiry date need the run date');
  const live: Array<{ entry: IgnoreEntry; matches: (f: Finding) => boolean; used: boolean }> = [];
  for (const entry of input.ignore) {
    const place = { file: entry.file, line: entry.line, column: null };
    if (isExpired(entry, input.asOf!)) {
      events.push({ event: { type: 'expired', source: 'config', selects: describeEntry(entry), reason: entry.reason, expires: entry.expires, asOf: input.asOf }, place });
    } else live.push({ entry, matches: entryMatcher(entry), used: false });
  }

  // Inline comments: of the files the scan read, and of the other files findings point into.
  const inline = new Map<string, readonly InlineDirective[]>(input.inline);
  if (input.readOther) {
    const others = new Set<string>();
    for (const f of findings) if (f.file !== null && !inline.has(f.file) && !input.scanned?.(f.file)) others.add(f.file);
    for (const file of [...others].sort()) {
      const found = await input.readOther(file);
      if (found && found.length > 0) inline.set(file, found);
    }
  }
  const used = new Set<InlineDirective>();

  for (const f of findings) {
    if (f.suppressed || SUPPRESSION_RULES.includes(f.ruleId)) continue;
    let by: Suppressed | undefined;
    if (f.file !== null && f.line !== null) {
      for (const d of inline.get(f.file) ?? []) {
        if (d.problem === undefined && f.line >= d.from && f.line <= d.to && d.rules.includes(f.ruleId)) {
          used.add(d);
          by ??= { reason: d.reason, source: 'inline', file: f.file, line: d.line, expires: null };
        }
      }
    }
    for (const l of live) {
      if (l.matches(f)) {
        l.used = true;
        by ??= { reason: l.entry.reason, source: 'config', file: l.entry.file, line: l.entry.line, expires: l.entry.expires };
      }
    }
    if (by) f.suppressed = by;
  }

  for (const l of live) {
    if (!l.used) {
      events.push({
        event: { type: 'unused', source: 'config', selects: describeEntry(l.entry), reason: l.entry.reason, expires: l.entry.expires, asOf: null },
        place: { file: l.entry.file, line: l.entry.line, column: null },
      });
    }
  }
  for (const file of [...inline.keys()].sort()) {
    for (const d of inline.get(file)!) {
      const place = { file, line: d.line, column: null };
      const selects = `${d.rules.join(', ') || 'no rule'} ${d.scope === 'document' ? 'for its whole document' : 'on its line'}`;
      if (d.problem !== undefined) {
        events.push({ event: { type: 'invalid', source: 'inline', selects, reason: null, expires: null, asOf: null, problem: d.problem }, place });
      } else if (!used.has(d)) {
        events.push({ event: { type: 'unused', source: 'inline', selects, reason: d.reason, expires: null, asOf: null }, place });
      }
    }
  }
  const usedPlaces = [
    ...live.filter((l) => l.used).map((l) => ({ file: l.entry.file, line: l.entry.line })),
    ...[...inline].flatMap(([file, list]) => list.filter((d) => used.has(d)).map((d) => ({ file, line: d.line }))),
  ];
  return { active: input.ignore.length > 0 || inline.size > 0, events, used: usedPlaces };
}

/** An entry in words: `rule removed-api, kind PodDisruptionBudget, path legacy/**`. */
function describeEntry(entry: IgnoreEntry): string {
  return IGNORE_SELECTORS.filter((k) => entry.selectors[k] !== undefined)
    .map((k) => `${SELECTOR_WORD[k]} ${entry.selectors[k]}`)
    .join(', ');
}

const SELECTOR_WORD: Readonly<Record<IgnoreSelector, string>> = {
  rule: 'rule',
  path: 'path',
  apiVersion: 'apiVersion',
  kind: 'kind',
  name: 'name',
  gate: 'feature gate',
  cve: 'advisory',
  cluster: 'cluster',
};

/** Every selector the entry gives must match. */
function entryMatcher(entry: IgnoreEntry): (f: Finding) => boolean {
  const s = entry.selectors;
  const tests: Array<(f: Finding) => boolean> = [];
  if (s.rule !== undefined) tests.push((f) => f.ruleId === s.rule);
  if (s.path !== undefined) {
    const inPath = pathMatcher([s.path]);
    tests.push((f) => f.file !== null && inPath(f.file));
  }
  if (s.apiVersion !== undefined) tests.push((f) => (f.object?.apiVersion ?? text(f.data['apiVersion'])) === s.apiVersion);
  if (s.kind !== undefined) tests.push((f) => (f.object?.kind ?? text(f.data['kind'])) === s.kind);
  if (s.name !== undefined) tests.push((f) => f.object?.name === s.name);
  if (s.gate !== undefined) tests.push((f) => text(f.data['gate']) === s.gate);
  if (s.cve !== undefined) {
    const cve = s.cve.toUpperCase();
    tests.push((f) => text(f.data['cve'])?.toUpperCase() === cve);
  }
  if (s.cluster !== undefined) tests.push((f) => text(f.data['cluster']) === s.cluster);
  return (f) => tests.every((t) => t(f));
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
