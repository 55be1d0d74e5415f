/**
 * Rules on declared clusters (scope 'cluster') and on the advisory source (scope 'advisory-source'). The facts are
 * computed by src/clusters/evaluate.ts; these rules only decide what to report, at which severity and line.
 *
 * Advisory severity follows the CVSS rating: critical/high → error, medium → warning, low/none → notice, no rating
 * → warning.
 *
 * Shared by the rule files that use it (one rule per file in src/rules/).
 */
import type { AdvisoryHit, ClusterEvaluation, PathStep, Removal } from '../../clusters/evaluate.js';

/** The line of a key in the cluster's declaration (falls back to its `name:`), or null when declared by flags. */
export function lineOf(c: ClusterEvaluation, key: string): number | null {
  if (c.spec.file === null) return null;
  return c.spec.lines[key] ?? c.spec.lines['name'] ?? c.spec.lines[''] ?? null;
}

const MANAGED: Record<string, string> = { eks: 'EKS', gke: 'GKE', aks: 'AKS' };

export function providerNote(c: ClusterEvaluation): string {
  const p = c.spec.provider ? MANAGED[c.spec.provider] : undefined;
  return p ? ` ${p} publishes its own support calendar (extended support may apply); this check uses upstream's.` : '';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export function advisoryMessage(c: ClusterEvaluation, hit: AdvisoryHit): string {
  const a = hit.advisory;
  const rating = a.severity ? `${a.severity.severity} ${a.severity.baseScore}` : 'no CVSS rating';
  // With inventory evidence, the places name the nodes and pods the version was read from.
  const where = c.spec.inventory ? ` (${hit.where.join('; ')})` : hit.pools.length > 0 ? ` (node pool${hit.pools.length === 1 ? '' : 's'} ${hit.pools.join(', ')})` : '';
  const parts = [`Cluster ${c.spec.name}: ${a.id} (${rating}) affects ${hit.component} ${hit.version}${where}${a.title ? `: ${a.title.trim()}` : ''}.`];
  if (hit.live) parts.push('(Read live from the official CVE feed.)');
  const fixed = Object.values(a.fixedByMinor);
  const t = hit.target;
  if (t.kind === 'upgrade') {
    const how = t.sameMinor ? `a patch upgrade within ${t.minor}` : `${plural(t.minorsAhead, 'minor upgrade')} ahead, one minor at a time`;
    parts.push(`Fixed in ${fixed.join(', ') || 'later releases'}. Smallest fixed, supported target on ${c.asOf}: ${t.target} (${how}).`);
  } else if (t.kind === 'no-fix') {
    parts.push('No fixed release exists: upgrading does not remove it.');
  } else if (t.kind === 'no-supported-target') {
    parts.push(`Fixed in ${fixed.join(', ') || 'no listed release'}, but no minor upstream still patches on ${c.asOf} has a released fix.`);
  }
  if (a.conditions) parts.push(`Exploitable when: ${sentence(a.conditions)}`);
  if (a.mitigation) parts.push(`${t.kind === 'upgrade' ? 'Until upgraded' : 'Mitigation'}: ${sentence(a.mitigation)}`);
  if (a.issueUrl) parts.push(`Details: ${a.issueUrl}`);
  return parts.join(' ');
}

export function advisoryData(c: ClusterEvaluation, hit: AdvisoryHit): Record<string, unknown> {
  const a = hit.advisory;
  const t = hit.target;
  return {
    cluster: c.spec.name,
    cve: a.id,
    component: hit.component,
    version: hit.version,
    ...(hit.pools.length > 0 ? { nodePools: hit.pools } : {}),
    cvss: a.severity ? { score: a.severity.baseScore, severity: a.severity.severity, vector: a.severity.vector } : null,
    fix: a.fix,
    fixedVersions: Object.values(a.fixedByMinor),
    smallestFixedTarget: t.kind === 'upgrade' ? t.target : null,
    targetMinorsAhead: t.kind === 'upgrade' ? t.minorsAhead : null,
    conditions: a.conditions,
    mitigation: a.mitigation,
    source: hit.live ? 'live' : 'embedded',
    asOf: c.asOf,
  };
}

const MAX_LISTED_REMOVALS = 5;

function describeRemoval(r: Removal): string {
  const ns = r.namespace ? `${r.namespace}/` : '';
  const obj = r.name ? `${r.kind} "${ns}${r.name}"` : r.kind;
  return `${obj} ${r.apiVersion}${r.replacement ? ` (→ ${r.replacement})` : ''} at ${r.file}${r.line !== null ? `:${r.line}` : ''}`;
}

export function describeStep(step: PathStep): string {
  const listed = step.removals.slice(0, MAX_LISTED_REMOVALS).map(describeRemoval).join('; ');
  const more = step.removals.length > MAX_LISTED_REMOVALS ? `; and ${step.removals.length - MAX_LISTED_REMOVALS} more` : '';
  return `${step.minor} removes ${listed}${more}`;
}
