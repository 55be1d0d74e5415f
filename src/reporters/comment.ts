/**
 * The body of the pull request comment (and of the scheduled tracking issue): counts first, then the blockers
 * (error findings: removed APIs, removed gates and flags, blocking cluster advisories), then warnings, then notices,
 * each group by file with every row linked to its line at the pull request's head commit, the clusters with their
 * recommended targets and upgrade paths (as a Mermaid flowchart), and a link to the workflow run.
 *
 * GitHub refuses a comment or issue body over 65,536 characters, so rows are left out from the least severe up
 * (notices, then warnings, then errors) until the body fits, and a note says how many; the counts stay.
 *
 * Pure: result and context in, text out. Every repository-controlled value goes through `escapeUntrusted`.
 */
import type { ClusterSummary, ScanResult } from '../app/result.js';
import type { Finding, Severity } from '../findings/types.js';
import { clip, encodePath, escapeUntrusted } from './escape-md.js';
import { breakdown, describeObject, plural, rankFindings } from './markdown.js';

/** GitHub's limit for the body of a comment or an issue, in characters. */
export const GITHUB_BODY_LIMIT = 65_536;
/** Room kept free for the hidden marker line the GitHub sinks put on top of the body. */
const MARKER_RESERVE = 128;
/** The default size the body is kept within. */
const DEFAULT_COMMENT_LIMIT = GITHUB_BODY_LIMIT - MARKER_RESERVE;

const MAX_VALUE_CHARS = 200;
const MAX_CLUSTERS = 20;

export interface CommentContext {
  /** GitHub's web address, e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** owner/repo of the pull request's base repository (GITHUB_REPOSITORY). */
  repository: string;
  /** The commit the scan looked at (the pull request head); every row links to its file at this commit. */
  headSha: string;
  /** The workflow run that produced the result. */
  runUrl: string;
  /** Recommended target per cluster name; overrides the result's `clusters[].recommendedTarget`. */
  recommendedTargets?: Readonly<Record<string, string>>;
  /** An upgrade path to draw (minors, e.g. ["1.31", "1.32", "1.33"]); by default each cluster's path from the result. */
  upgradePath?: readonly string[];
  /** Most characters in the body; default `DEFAULT_COMMENT_LIMIT`. */
  maxChars?: number;
  /** The change record of the declared clusters, shown collapsed (when the pull request changes their declaration). */
  plan?: CommentPlan;
}

/** The change record for the comment, already rendered: each cluster's Markdown comes from the plan's renderer. */
export interface CommentPlan {
  /** The declaration files the pull request changes (workspace-relative), named in the section's title. */
  changed: readonly string[];
  /** The record's provenance sentence (date and catalogs). */
  intro: string;
  /** Each cluster's section, in order; whole sections are left out from the last when the comment runs out of room. */
  clusters: ReadonlyArray<{ name: string; markdown: string }>;
}

/** At most this share of the body goes to the change record; the findings keep the rest. */
const PLAN_SHARE = 0.5;

/** A result is clean for the comment when it has no blocker and no warning (notices alone do not keep a comment). */
export function isClean(result: ScanResult): boolean {
  return result.summary.errors === 0 && result.summary.warnings === 0;
}

const SECTION: Readonly<Record<Severity, { title: string; icon: string }>> = {
  error: { title: 'Blockers', icon: '❌' },
  warning: { title: 'Warnings', icon: '⚠️' },
  notice: { title: 'Notices', icon: 'ℹ️' },
};

export function renderCommentBody(result: ScanResult, ctx: CommentContext): string {
  const limit = Math.max(1, Math.floor(ctx.maxChars ?? DEFAULT_COMMENT_LIMIT));
  const ranked = rankFindings(result.findings);
  const plan = ctx.plan ? planSection(ctx.plan, Math.floor(limit * PLAN_SHARE)) : [];
  const build = (kept: number): string => assemble(result, ctx, ranked, kept, plan);
  let body = build(ranked.length);
  if (body.length <= limit) return body;
  // The largest number of rows (most severe first) whose body fits; the body grows with the rows kept.
  let lo = 0;
  let hi = ranked.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(mid).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  body = build(lo);
  return body.length <= limit ? body : clip(body, limit);
}

function assemble(result: ScanResult, ctx: CommentContext, ranked: readonly Finding[], kept: number, plan: readonly string[]): string {
  const s = result.summary;
  const target = escapeUntrusted(clip(result.target, 40));
  const out: string[] = [];
  const headline =
    s.errors > 0
      ? `## ❌ Kubernetes ${target} upgrade: ${plural(s.errors, 'blocker')}`
      : s.warnings > 0
        ? `## ⚠️ Kubernetes ${target} upgrade: no blockers, ${plural(s.warnings, 'warning')}`
        : `## ✅ Kubernetes ${target} upgrade: no blockers or warnings`;
  out.push(headline, '');
  const current = result.current !== null ? ` (current ${escapeUntrusted(clip(result.current, 40))})` : '';
  out.push(
    `**${plural(s.errors, 'error')} · ${plural(s.warnings, 'warning')} · ${plural(s.notices, 'notice')}** — ` +
      `${plural(s.files, 'file')} and ${plural(s.documents, 'document')} checked against Kubernetes ${target}${current} ` +
      `at commit ${commitLink(ctx)}.`,
    '',
  );
  if (s.errors === 0 && s.warnings === 0) {
    out.push('Nothing in this pull request blocks the upgrade any more.', '');
  }

  out.push(...clustersSection(result.clusters ?? [], ctx));
  out.push(...plan);

  const shown = ranked.slice(0, kept);
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const rows = shown.filter((f) => f.severity === severity);
    if (rows.length === 0) continue;
    const total = severity === 'error' ? s.errors : severity === 'warning' ? s.warnings : s.notices;
    const { title, icon } = SECTION[severity];
    const count = rows.length === total ? `${total}` : `${rows.length} of ${total}`;
    if (severity === 'notice') {
      out.push(`<details><summary>${icon} ${title} (${count})</summary>`, '');
    } else {
      out.push(`### ${icon} ${title} (${count})`, '');
    }
    out.push(...groupedRows(rows, ctx));
    if (severity === 'notice') out.push('</details>', '');
  }

  const left = ranked.slice(kept);
  if (left.length > 0) {
    out.push(
      `> ${plural(left.length, 'row')} left out (${breakdown(left)}) to keep this comment within GitHub's size limit; ` +
        'the workflow run has the full report.',
      '',
    );
  }

  out.push(
    `[Workflow run](${ctx.runUrl}) · ${escapeUntrusted(result.tool.name)} ${escapeUntrusted(result.tool.version)} · ` +
      `API catalog ${escapeUntrusted(result.catalog.version)}`,
  );
  return `${out.join('\n')}\n`;
}

/**
 * The collapsed change record: the clusters' sections, whole, while they fit in `budget` characters; a note names
 * the ones left out. Cluster names follow the configuration schema's pattern; they are escaped all the same.
 */
function planSection(plan: CommentPlan, budget: number): string[] {
  const n = plan.clusters.length;
  const files = plan.changed.map((f) => escapeUntrusted(clip(f, MAX_VALUE_CHARS))).join(', ');
  const head = [
    `<details><summary>📋 Upgrade change record (${plural(n, 'cluster')}): this pull request changes ${files}</summary>`,
    '',
    plan.intro,
    '',
  ];
  const tail = ['</details>', ''];
  let used = [...head, ...tail].join('\n').length;
  const body: string[] = [];
  let shown = 0;
  for (const c of plan.clusters) {
    const text = c.markdown.trimEnd();
    // Room for a possible note about the clusters left out.
    if (used + text.length + 2 + 200 > budget) break;
    body.push(text, '');
    used += text.length + 2;
    shown += 1;
  }
  if (shown < n) {
    const names = escapeUntrusted(clip(plan.clusters.slice(shown).map((c) => c.name).join(', '), 120));
    body.push(`> ${plural(n - shown, 'cluster')} left out to keep this comment within GitHub's size limit (${names}); the workflow run's plan-file output has the whole record.`, '');
  }
  return [...head, ...body, ...tail];
}

function groupedRows(rows: readonly Finding[], ctx: CommentContext): string[] {
  const groups = new Map<string | null, Finding[]>();
  for (const f of rows) {
    const list = groups.get(f.file) ?? [];
    list.push(f);
    groups.set(f.file, list);
  }
  // Run- and cluster-scope findings first, then files in report order (rankFindings keeps it within a severity).
  const keys = [...groups.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [];
  for (const file of keys) {
    out.push(file === null ? '**Not tied to a file**' : `**[${escapeUntrusted(clip(file, MAX_VALUE_CHARS))}](${blobUrl(ctx, file)})**`);
    for (const f of groups.get(file)!) out.push(row(f, ctx));
    out.push('');
  }
  return out;
}

function row(f: Finding, ctx: CommentContext): string {
  const parts: string[] = [];
  if (f.file !== null && f.line !== null && f.line >= 1) parts.push(`[line ${f.line}](${blobUrl(ctx, f.file)}#L${f.line})`);
  else if (f.file !== null) parts.push('whole file');
  parts.push(`\`${f.ruleId}\``);
  if (f.object !== null) parts.push(escapeUntrusted(clip(describeObject(f.object), MAX_VALUE_CHARS)));
  return `- ${parts.join(' · ')}: ${escapeUntrusted(clip(f.message, MAX_VALUE_CHARS * 2))}`;
}

function clustersSection(clusters: readonly ClusterSummary[], ctx: CommentContext): string[] {
  if (clusters.length === 0 && (ctx.upgradePath === undefined || ctx.upgradePath.length < 2)) return [];
  const out: string[] = [];
  if (clusters.length > 0) {
    out.push(
      '### Clusters',
      '',
      '| Cluster | Current | Target | Recommended target | Blocking advisories |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const c of clusters.slice(0, MAX_CLUSTERS)) {
      const recommended = recommendedTarget(c, ctx) ?? 'none';
      const blocking = c.blockingAdvisories.length === 0 ? 'none' : `❌ ${c.blockingAdvisories.join(', ')}`;
      const cells = [c.name, c.version, c.target, recommended, blocking].map((v) => escapeUntrusted(clip(v, MAX_VALUE_CHARS)));
      out.push(`| ${cells.join(' | ')} |`);
    }
    if (clusters.length > MAX_CLUSTERS) out.push('', `… and ${plural(clusters.length - MAX_CLUSTERS, 'more cluster')}.`);
    out.push('');
  }
  const chart = flowchart(clusters.slice(0, MAX_CLUSTERS), ctx);
  if (chart.length > 0) out.push('```mermaid', 'flowchart LR', ...chart, '```', '');
  return out;
}

function recommendedTarget(c: ClusterSummary, ctx: CommentContext): string | null {
  const override = ctx.recommendedTargets !== undefined && Object.hasOwn(ctx.recommendedTargets, c.name) ? ctx.recommendedTargets[c.name] : undefined;
  return override ?? c.recommendedTarget;
}

/** Versions are the only text drawn in the chart: anything else would need Mermaid's own escaping. */
const VERSION = /^v?\d{1,3}\.\d{1,3}(?:\.\d{1,4})?$/;

function flowchart(clusters: readonly ClusterSummary[], ctx: CommentContext): string[] {
  const chains: Array<{ start: string; steps: string[]; secure: string | null }> = [];
  if (ctx.upgradePath !== undefined && ctx.upgradePath.length >= 2) {
    chains.push({ start: ctx.upgradePath[0]!, steps: ctx.upgradePath.slice(1), secure: null });
  } else {
    for (const c of clusters) {
      if (c.path.length < 2) continue;
      chains.push({ start: `${mermaidName(c.name)} · ${c.version}`, steps: c.path.slice(1), secure: recommendedTarget(c, ctx) });
    }
  }
  const lines: string[] = [];
  chains.forEach((chain, i) => {
    if (!chain.steps.every((v) => VERSION.test(v))) return;
    const startVersion = chain.start.split(' · ').pop()!;
    if (!VERSION.test(startVersion)) return;
    const last = chain.steps.length - 1;
    const labels = chain.steps.map((m, j) => (j === last && chain.secure !== null && VERSION.test(chain.secure) && chain.secure.startsWith(`${m}.`) ? `${m} (secure: ${chain.secure})` : m));
    const nodes = [chain.start, ...labels].map((label, j) => `p${i}_${j}["${label}"]`);
    lines.push(`  ${nodes.join(' --> ')}`);
  });
  return lines;
}

/** A cluster name as Mermaid label text: letters, digits, `.`, `_` and `-` only, at most 40. */
function mermaidName(name: string): string {
  return clip(name.replace(/[^A-Za-z0-9._-]/g, '_'), 40);
}

function blobUrl(ctx: CommentContext, file: string): string {
  return `${trimSlash(ctx.serverUrl)}/${ctx.repository}/blob/${encodeURIComponent(ctx.headSha)}/${encodePath(file)}`;
}

function commitLink(ctx: CommentContext): string {
  const short = /^[0-9a-f]{7,}$/i.test(ctx.headSha) ? ctx.headSha.slice(0, 7) : 'head';
  return `[${short}](${trimSlash(ctx.serverUrl)}/${ctx.repository}/commit/${encodeURIComponent(ctx.headSha)})`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
