/**
 * The per-cluster overview shared by the text and Markdown reports: current version, support, target, recommended
 * secure target, upgrade path, blocking advisories and skew, one row per declared cluster; in Markdown also the
 * upgrade paths as a Mermaid flowchart. Pure: result in, text out. Empty output when no cluster is declared.
 */
import type { ClusterSummary, ScanResult } from '../app/result.js';
import { escapeMarkdown } from './escape-md.js';

const ARROW = ' → ';

function support(c: ClusterSummary): string {
  if (c.endOfLife === null) return c.supported ? 'supported' : 'unknown';
  return c.supported ? `until ${c.endOfLife}` : `EOL ${c.endOfLife}`;
}

function skew(c: ClusterSummary): string {
  if (c.skew.length === 0) return 'ok';
  const now = c.skew.filter((s) => s.startsWith('now:')).length;
  const plan = c.skew.length - now;
  return [now > 0 ? `${now} now` : null, plan > 0 ? `${plan} for the upgrade` : null].filter(Boolean).join(', ');
}

function blocking(c: ClusterSummary): string {
  if (c.blockingAdvisories.length === 0) return c.advisories.length === 0 ? 'none' : `none (${c.advisories.length} other)`;
  const other = c.advisories.length - c.blockingAdvisories.length;
  return c.blockingAdvisories.join(', ') + (other > 0 ? ` (+${other} other)` : '');
}

/** The plain-text table, as lines (no trailing blank line); [] without clusters. */
export function clustersTextLines(result: ScanResult): string[] {
  const clusters = result.clusters ?? [];
  if (clusters.length === 0) return [];
  const header = ['cluster', 'current', 'support', 'target', 'secure target', 'path', 'blocking advisories', 'skew'];
  const rows = clusters.map((c) => [c.name, c.version, support(c), c.target, c.recommendedTarget ?? 'none', c.path.join(ARROW), blocking(c), skew(c)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]): string =>
    `  ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ')}`.trimEnd();
  return [`Clusters on ${clusters[0]!.asOf}`, line(header), ...rows.map(line)];
}

/** A Markdown section: the table and a Mermaid flowchart of each cluster's path; '' without clusters. */
export function renderClustersMarkdown(result: ScanResult): string {
  const clusters = result.clusters ?? [];
  if (clusters.length === 0) return '';
  const cell = (t: string): string => escapeMarkdown(t);
  const out: string[] = [`### Clusters on ${cell(clusters[0]!.asOf)}`, ''];
  out.push(
    '| Cluster | Current | Support | Target | Recommended secure target | Path | Blocking advisories | Skew |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const c of clusters) {
    const supportCell = `${c.supported ? '✅' : '❌'} ${support(c)}`;
    const skewCell = c.skew.length === 0 ? '✅ ok' : `⚠️ ${skew(c)}`;
    const blockingCell = c.blockingAdvisories.length > 0 ? `❌ ${blocking(c)}` : blocking(c);
    out.push(
      `| ${cell(c.name)} | ${cell(c.version)} | ${cell(supportCell)} | ${cell(c.target)} | ${cell(c.recommendedTarget ?? 'none')} | ` +
        `${cell(c.path.join(ARROW))} | ${cell(blockingCell)} | ${cell(skewCell)} |`,
    );
  }
  out.push('', '```mermaid', 'flowchart LR');
  clusters.forEach((c, i) => {
    const node = (j: number, label: string): string => `c${i}_${j}["${mermaidText(label)}"]`;
    const first = node(0, `${c.name} · ${c.version}`);
    if (c.path.length <= 1) {
      out.push(`  ${first}`);
      return;
    }
    const chain = [first, ...c.path.slice(1).map((m, j) => node(j + 1, j === c.path.length - 2 && c.recommendedTarget?.startsWith(`${m}.`) ? `${m} (secure: ${c.recommendedTarget})` : m))];
    out.push(`  ${chain.join(' --> ')}`);
  });
  out.push('```');
  return `${out.join('\n')}\n`;
}

/** Text safe inside a quoted Mermaid label: only a known set of characters survives. */
function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._:()·+-]/g, '_').slice(0, 80);
}
