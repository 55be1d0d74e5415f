/**
 * The Markdown report, written for a GitHub job summary (and readable anywhere Markdown is): a headline, a table of
 * findings capped at a number of rows, and how to fix each removed API. Pure: result in, text out.
 *
 * Everything that comes from the scanned repository (file names, object names, messages that quote them) is passed
 * through `escapeMarkdown`, so a hostile name cannot inject HTML, Markdown, table cells or @mentions.
 */
import type { ScanResult } from '../app/result.js';
import { SEVERITY_RANK, type Finding, type ObjectRef, type Severity } from '../findings/types.js';
import { renderClustersMarkdown } from './clusters.js';
import { encodePath, escapeMarkdown } from './escape-md.js';
import { ruleMeta } from '../rules/index.js';

export interface MarkdownOptions {
  /** Most findings listed in the table; the rest are counted in a "… and N more" line. Default 100. */
  maxRows?: number;
  /** Longest text kept from one user-controlled value before it is cut with "…". Default 300. */
  maxCellChars?: number;
  /** Link each location to its line at this commit (the job summary: GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA). */
  links?: { serverUrl: string; repository: string; sha: string };
}

const DEFAULT_MAX_ROWS = 100;
const DEFAULT_MAX_CELL_CHARS = 300;

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };

/** `text` as an inline code span (for trusted text without line breaks); the fence is longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

export function renderMarkdown(result: ScanResult, opts: MarkdownOptions = {}): string {
  const maxRows = Math.max(0, Math.floor(opts.maxRows ?? DEFAULT_MAX_ROWS));
  const maxChars = Math.max(1, Math.floor(opts.maxCellChars ?? DEFAULT_MAX_CELL_CHARS));
  const cell = (text: string): string => escapeMarkdown(cut(text, maxChars));
  const s = result.summary;
  const out: string[] = [];

  const icon = s.errors > 0 ? '❌' : s.warnings > 0 ? '⚠️' : '✅';
  const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.notices, 'notice'), ...(s.suppressed ? [`${s.suppressed} suppressed`] : [])].join(', ');
  const verdict = result.findings.length === 0 ? `nothing removed or deprecated` : counts;
  out.push(`## ${icon} kube-upgrade-gate: ${verdict} for Kubernetes ${escapeMarkdown(result.target)}`, '');
  const facts = [
    `Target **${escapeMarkdown(result.target)}**`,
    result.current !== null ? `current **${escapeMarkdown(result.current)}**` : null,
    `${plural(s.files, 'file')} and ${plural(s.documents, 'document')} checked`,
    `API catalog ${escapeMarkdown(result.catalog.version)}`,
    `${escapeMarkdown(result.tool.name)} ${escapeMarkdown(result.tool.version)}`,
  ].filter((x): x is string => x !== null);
  out.push(facts.join(' · '), '');
  const clusters = renderClustersMarkdown(result);
  if (clusters !== '') out.push(clusters);

  if (result.findings.length > 0) {
    const ranked = rankFindings(result.findings);
    const shown = ranked.slice(0, maxRows);
    if (shown.length > 0) {
      out.push('| Severity | Location | Object | Message | How to fix |', '| --- | --- | --- | --- | --- |');
      // The rule's help in full on its first row; its later rows point back to it, so a long table stays readable.
      const helped = new Set<string>();
      for (const f of shown) {
        const help = helped.has(f.ruleId) ? `as for the first ${inlineCode(f.ruleId)} row` : escapeMarkdown(ruleMeta(f.ruleId)?.help ?? '');
        helped.add(f.ruleId);
        out.push(`| ${SEVERITY_LABEL[f.severity]} | ${location(f, cell, opts.links)} | ${f.object ? cell(describeObject(f.object)) : ''} | ${cell(f.message)} | ${help} |`);
      }
      out.push('');
    }
    const hidden = ranked.slice(shown.length);
    if (hidden.length > 0) {
      out.push(`… and ${hidden.length} more ${hidden.length === 1 ? 'finding' : 'findings'} (${breakdown(hidden)}) not listed here. The JSON and SARIF reports list every finding.`, '');
    }
  }

  const fixes = howToFix(result.findings.filter((f) => !f.suppressed));
  if (fixes.length > 0) {
    out.push('### How to fix', '', ...fixes, '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * Most severe first; within a severity, the report order (run-scope first, then by file and line). Suppressed
 * findings are left out (the JSON and SARIF reports keep them, marked).
 */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((f) => !f.suppressed)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** The location cell: `file:line`, linked to the line at the commit when links are given. */
function location(f: Finding, cell: (t: string) => string, links: MarkdownOptions['links']): string {
  const text = cell(place(f));
  if (links === undefined || f.file === null) return text;
  const anchor = f.line !== null && f.line >= 1 ? `#L${f.line}` : '';
  const url = `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/blob/${encodeURIComponent(links.sha)}/${encodePath(f.file)}${anchor}`;
  return `[${text}](${url})`;
}

function place(f: Finding): string {
  if (f.file === null) return '—';
  return f.line !== null && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
}

export function describeObject(o: ObjectRef): string {
  const name = o.name === null ? '(unnamed)' : o.namespace ? `${o.namespace}/${o.name}` : o.name;
  return `${o.kind} ${name} (${o.apiVersion})`;
}

/** "2 errors, 1 warning": the findings' counts by severity, the empty ones left out. */
export function breakdown(findings: readonly Finding[]): string {
  const n: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) n[f.severity]++;
  return (['error', 'warning', 'notice'] as const)
    .filter((sev) => n[sev] > 0)
    .map((sev) => plural(n[sev], sev))
    .join(', ');
}

interface RemovedGroup {
  apiVersion: string;
  kind: string;
  count: number;
  files: Set<string>;
  removedIn: string | null;
  replacement: string | null;
  replacementKind: string | null;
  noReplacement: string | null;
  upcoming: string | null;
  upcomingFrom: string | null;
  servedByCurrent: boolean | null;
}

/** Field changes worth knowing for the most common migrations, keyed by "apiVersion kind" of the removed API. */
const MIGRATION_NOTES: ReadonlyArray<{ match: (apiVersion: string, kind: string) => boolean; note: string }> = [
  {
    match: (v, k) => k === 'Ingress' && (v === 'extensions/v1beta1' || v === 'networking.k8s.io/v1beta1'),
    note:
      'In networking.k8s.io/v1, `spec.backend` becomes `spec.defaultBackend`, `serviceName`/`servicePort` become ' +
      '`service.name` and `service.port.number` (or `service.port.name`), and every path needs a `pathType`.',
  },
  {
    match: (v, k) => k === 'CustomResourceDefinition' && v === 'apiextensions.k8s.io/v1beta1',
    note:
      'In apiextensions.k8s.io/v1, the schema, subresources and printer columns move under each entry of ' +
      '`spec.versions`, `spec.version` is gone, the schema must be structural, and `spec.preserveUnknownFields: true` ' +
      'is replaced by `x-kubernetes-preserve-unknown-fields` in the schema.',
  },
  {
    match: (v, k) =>
      ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'].includes(k) && ['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2'].includes(v),
    note: 'In apps/v1, `spec.selector` is required, must match the pod template labels, and cannot be changed later.',
  },
  {
    match: (v, k) => k === 'HorizontalPodAutoscaler' && v === 'autoscaling/v2beta1',
    note: 'In autoscaling/v2, metric targets such as `targetAverageUtilization` move into a `target` object (`type` plus the value).',
  },
  {
    match: (v, k) => k === 'PodDisruptionBudget' && v === 'policy/v1beta1',
    note: 'In policy/v1, an empty `spec.selector` selects every pod in the namespace instead of none.',
  },
  {
    match: (v, k) => k === 'EndpointSlice' && v === 'discovery.k8s.io/v1beta1',
    note: 'In discovery.k8s.io/v1, the per-endpoint `topology` map is replaced by the `nodeName` and `zone` fields.',
  },
];

function howToFix(findings: readonly Finding[]): string[] {
  const groups = new Map<string, RemovedGroup>();
  for (const f of findings) {
    if (f.ruleId !== 'removed-api' || f.object === null) continue;
    const key = `${f.object.apiVersion}\u0000${f.object.kind}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        apiVersion: f.object.apiVersion,
        kind: f.object.kind,
        count: 0,
        files: new Set(),
        removedIn: str(f.data['removedIn']),
        replacement: str(f.data['replacement']),
        replacementKind: str(f.data['replacementKind']),
        noReplacement: str(f.data['noReplacement']),
        upcoming: str(f.data['upcomingReplacement']),
        upcomingFrom: str(f.data['upcomingReplacementServedFrom']),
        servedByCurrent: typeof f.data['replacementServedByCurrent'] === 'boolean' ? f.data['replacementServedByCurrent'] : null,
      };
      groups.set(key, g);
    }
    g.count++;
    if (f.file !== null) g.files.add(f.file);
  }
  const lines: string[] = [];
  for (const g of groups.values()) {
    const what = `**${escapeMarkdown(g.kind)} ${escapeMarkdown(g.apiVersion)}**`;
    const where = `${plural(g.count, 'object')} in ${plural(g.files.size, 'file')}`;
    const removed = g.removedIn ? `, removed in Kubernetes ${escapeMarkdown(g.removedIn)}` : '';
    let line = `- ${what} (${where}${removed}): `;
    if (g.replacement) {
      const kindChange = g.replacementKind && g.replacementKind !== g.kind ? ` and the kind to ${escapeMarkdown(g.replacementKind)}` : '';
      line += `change the apiVersion to ${escapeMarkdown(g.replacement)}${kindChange}.`;
      if (g.servedByCurrent === true) line += ' The current release already serves it: migrate before the upgrade.';
      if (g.servedByCurrent === false) line += ' The current release does not serve it yet: migrate during the upgrade.';
      const note = MIGRATION_NOTES.find((n) => n.match(g.apiVersion, g.kind));
      if (note) line += ` ${note.note}`;
    } else if (g.upcoming) {
      line += `no replacement is served by the target yet; ${escapeMarkdown(g.upcoming)} is served from ${escapeMarkdown(g.upcomingFrom ?? '?')}.`;
    } else {
      line += g.noReplacement ? `there is no replacement API: ${escapeMarkdown(g.noReplacement)}` : 'there is no replacement API; remove the objects or replace them with another mechanism.';
    }
    lines.push(line);
  }
  if (lines.length > 0) {
    lines.push(
      '',
      'The `kubectl convert` plugin can rewrite a manifest to a served version; review the result, since fields that ' +
        'changed meaning are not always converted the way the workload needs.',
    );
  }
  return lines;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * `text` within `max` characters, cut at the last space before the limit so no word or version number is split
 * ("1.25" never becomes "1.2…"); only a single word longer than the limit is cut inside.
 */
export function cut(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = Math.max(0, max - 1);
  if (/\s/.test(chars[room]!)) return `${chars.slice(0, room).join('').trimEnd()}…`;
  let at = room;
  while (at > 0 && !/\s/.test(chars[at - 1]!)) at--;
  const kept = at > 0 ? chars.slice(0, at).join('').trimEnd() : '';
  return kept !== '' ? `${kept} …` : `${chars.slice(0, room).join('')}…`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
