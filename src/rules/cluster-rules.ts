/**
 * Rules on declared clusters (scope 'cluster') and on the advisory source (scope 'advisory-source'). The facts are
 * computed by src/clusters/evaluate.ts; these rules only decide what to report, at which severity and line.
 *
 * Advisory severity follows the CVSS rating: critical/high → error, medium → warning, low/none → notice, no rating
 * → warning.
 */
import type { AdvisoryHit, ClusterEvaluation, PathStep, Removal } from '../clusters/evaluate.js';
import type { ClusterRule, AdvisorySourceRule } from './types.js';

/** The line of a key in the cluster's declaration (falls back to its `name:`), or null when declared by flags. */
function lineOf(c: ClusterEvaluation, key: string): number | null {
  if (c.spec.file === null) return null;
  return c.spec.lines[key] ?? c.spec.lines['name'] ?? c.spec.lines[''] ?? null;
}

const MANAGED: Record<string, string> = { eks: 'EKS', gke: 'GKE', aks: 'AKS' };

function providerNote(c: ClusterEvaluation): string {
  const p = c.spec.provider ? MANAGED[c.spec.provider] : undefined;
  return p ? ` ${p} publishes its own support calendar (extended support may apply); this check uses upstream's.` : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export const clusterAdvisory: ClusterRule = {
  meta: {
    id: 'cluster-advisory',
    description:
      'A security advisory affects the declared version of a cluster component; the finding names the fixed versions and the smallest fixed, supported target.',
    defaultSeverity: 'warning',
    severities: ['error', 'warning', 'notice'],
  },
  scope: 'cluster',
  check(c, ctx) {
    for (const hit of c.hits) {
      ctx.report({
        message: advisoryMessage(c, hit),
        severity: hit.severity,
        line: lineOf(c, hit.lineKey),
        data: advisoryData(c, hit),
      });
    }
  },
};

function advisoryMessage(c: ClusterEvaluation, hit: AdvisoryHit): string {
  const a = hit.advisory;
  const rating = a.severity ? `${a.severity.severity} ${a.severity.baseScore}` : 'no CVSS rating';
  const where = hit.pools.length > 0 ? ` (node pool${hit.pools.length === 1 ? '' : 's'} ${hit.pools.join(', ')})` : '';
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

function advisoryData(c: ClusterEvaluation, hit: AdvisoryHit): Record<string, unknown> {
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

export const unsupportedVersion: ClusterRule = {
  meta: {
    id: 'unsupported-version',
    description:
      'The cluster runs a minor release upstream no longer patches on the evaluation date (error), or one that reaches end of life soon, a component or target out of support (warning).',
    defaultSeverity: 'error',
    severities: ['error', 'warning'],
  },
  scope: 'cluster',
  check(c, ctx) {
    const s = c.support;
    const name = c.spec.name;
    const recommend = c.recommendedTarget
      ? ` Recommended secure target: ${c.recommendedTarget} (the smallest supported release that fixes every advisory here with a fixed release on ${c.asOf}${c.recommendedNewestPatch && c.recommendedNewestPatch !== c.recommendedTarget ? `; newest patch of its minor: ${c.recommendedNewestPatch}` : ''}).`
      : '';
    const data = (extra: Record<string, unknown>): Record<string, unknown> => ({
      cluster: name,
      minor: s.status.minor,
      status: s.status.status,
      endOfLife: s.endOfLife,
      daysLeft: s.daysLeft,
      asOf: c.asOf,
      recommendedTarget: c.recommendedTarget,
      ...extra,
    });
    if (s.status.status === 'end-of-life') {
      ctx.report({
        message:
          `Cluster ${name} runs Kubernetes ${s.status.minor} (${c.spec.versionAsWritten}), which ${s.endOfLife ? `reached end of life on ${s.endOfLife}` : 'is out of support'}: ` +
          `upstream ships no more patches for it, security fixes included.${recommend}${providerNote(c)}`,
        severity: 'error',
        line: lineOf(c, 'version'),
        data: data({ component: 'kube-apiserver', version: c.spec.version }),
      });
    } else if (s.status.status === 'unknown' || s.status.status === 'unreleased') {
      ctx.report({
        message:
          s.status.status === 'unreleased'
            ? `Cluster ${name} runs ${c.spec.versionAsWritten}, but Kubernetes ${s.status.minor} is not released on ${c.asOf} per the release catalog: check the version or the date.`
            : `Cluster ${name} runs ${c.spec.versionAsWritten}; the release catalog has no support dates for ${s.status.minor}: update kube-upgrade-gate to check it.`,
        severity: 'warning',
        line: lineOf(c, 'version'),
        data: data({ component: 'kube-apiserver', version: c.spec.version }),
      });
    } else if (s.daysLeft !== null && s.daysLeft <= c.eolWarningDays) {
      ctx.report({
        message:
          `Cluster ${name} runs Kubernetes ${s.status.minor} (${c.spec.versionAsWritten}), which reaches end of life on ${s.endOfLife} ` +
          `(${plural(s.daysLeft, 'day')} after ${c.asOf}${s.status.status === 'maintenance' ? `; in maintenance mode since ${s.status.since}` : ''}). Plan the upgrade.${providerNote(c)}`,
        severity: 'warning',
        line: lineOf(c, 'version'),
        data: data({ component: 'kube-apiserver', version: c.spec.version }),
      });
    }
    for (const f of c.componentSupport) {
      const what = f.components.map((x) => `${x.component} ${x.version}`).join(', ');
      const who = f.label !== f.component ? `${f.label} (${what})` : what;
      ctx.report({
        message: `Cluster ${name}: ${who} runs Kubernetes ${f.status.minor}, ${f.endOfLife ? `out of upstream support since ${f.endOfLife}` : 'out of upstream support'}: upgrade it along with the control plane.`,
        severity: 'warning',
        line: lineOf(c, f.lineKey),
        data: data({
          component: f.component, version: f.version, components: f.components, minor: f.status.minor, status: f.status.status,
          endOfLife: f.endOfLife, daysLeft: f.daysLeft, ...(f.label.startsWith('node pool ') ? { nodePool: f.label.slice('node pool '.length) } : {}),
        }),
      });
    }
    const t = c.targetSupport;
    if (c.spec.target !== c.spec.minor && (t.status === 'end-of-life' || t.status === 'unreleased')) {
      ctx.report({
        message:
          t.status === 'end-of-life'
            ? `Cluster ${name}: the upgrade target ${c.spec.target} is itself out of upstream support on ${c.asOf} (end of life ${t.since ?? 'passed'}); target a supported release${c.recommendedTarget ? ` such as ${c.recommendedTarget}` : ''}.`
            : `Cluster ${name}: the upgrade target ${c.spec.target} is not released on ${c.asOf}.`,
        severity: 'warning',
        line: lineOf(c, 'target'),
        data: data({ component: 'kube-apiserver', version: c.spec.version, target: c.spec.target, targetStatus: t.status }),
      });
    }
  },
};

export const versionSkew: ClusterRule = {
  meta: {
    id: 'version-skew',
    description:
      'Declared component versions break the version-skew policy (error), moving the control plane to the target would (warning: the pool must move first or along), or a pool will be at the limit after the upgrade (notice).',
    defaultSeverity: 'error',
    severities: ['error', 'warning', 'notice'],
  },
  scope: 'cluster',
  check(c, ctx) {
    for (const p of c.skew) {
      ctx.report({
        message: `Cluster ${c.spec.name}: ${p.message}.`,
        severity: p.kind === 'current' ? 'error' : p.kind === 'plan' ? 'warning' : 'notice',
        line: lineOf(c, p.lineKey),
        data: {
          cluster: c.spec.name,
          kind: p.kind,
          component: p.component,
          version: p.version,
          ...(p.pool !== null ? { nodePool: p.pool } : {}),
          relativeTo: p.relativeTo,
          relativeVersion: p.relativeVersion,
          skew: p.skew,
          maxNewerMinors: p.maxNewer,
          maxOlderMinors: p.maxOlder,
          policyRule: p.rule,
          requiredMinor: p.requiredMinor,
          blocksAt: p.blocksAt,
          ...(p.requiredBefore ? { requiredBefore: p.requiredBefore } : {}),
          target: c.spec.target,
        },
      });
    }
  },
};

const MAX_LISTED_REMOVALS = 5;

function describeRemoval(r: Removal): string {
  const ns = r.namespace ? `${r.namespace}/` : '';
  const obj = r.name ? `${r.kind} "${ns}${r.name}"` : r.kind;
  return `${obj} ${r.apiVersion}${r.replacement ? ` (→ ${r.replacement})` : ''} at ${r.file}${r.line !== null ? `:${r.line}` : ''}`;
}

function describeStep(step: PathStep): string {
  const listed = step.removals.slice(0, MAX_LISTED_REMOVALS).map(describeRemoval).join('; ');
  const more = step.removals.length > MAX_LISTED_REMOVALS ? `; and ${step.removals.length - MAX_LISTED_REMOVALS} more` : '';
  return `${step.minor} removes ${listed}${more}`;
}

export const upgradePath: ClusterRule = {
  meta: {
    id: 'upgrade-path',
    description:
      'The target is more than one minor ahead: the ordered upgrade steps, each with the API removals it brings for the manifests mapped to the cluster (error when a removal is beyond the scan target and so not reported per file).',
    defaultSeverity: 'warning',
    severities: ['error', 'warning'],
  },
  scope: 'cluster',
  check(c, ctx) {
    const from = c.spec.minor;
    const to = c.spec.target;
    const multi = c.path.length > 2;
    const unreported = c.steps.reduce((n, s) => n + s.unreported, 0);
    if (!multi && unreported === 0) return;
    const steps = c.path.length - 1;
    const head = multi
      ? `Cluster ${c.spec.name}: ${from} → ${to} takes ${plural(steps, 'upgrade')}, one minor at a time (kube-apiserver must not skip minors): ${c.path.join(' → ')}.`
      : `Cluster ${c.spec.name}: the upgrade ${from} → ${to} removes APIs its manifests use.`;
    const withRemovals = c.steps.filter((s) => s.removals.length > 0);
    const perStep =
      c.spec.paths.length === 0
        ? ' No paths are mapped to the cluster, so its manifests were not checked per step.'
        : withRemovals.length === 0
          ? ` No step removes an API used by the ${plural(c.documents, 'document')} mapped to the cluster (${c.spec.paths.join(', ')}).`
          : ` For the ${plural(c.documents, 'document')} mapped to the cluster (${c.spec.paths.join(', ')}): ${withRemovals.map(describeStep).join('. ')}.`;
    const tail =
      unreported > 0
        ? ` ${plural(unreported, 'removal')} lie beyond the scan target ${c.scanTarget} and are not reported per file: migrate them before the step that removes them.`
        : '';
    ctx.report({
      message: head + perStep + tail,
      severity: unreported > 0 ? 'error' : 'warning',
      line: lineOf(c, c.spec.lines['target'] !== undefined ? 'target' : 'version'),
      data: {
        cluster: c.spec.name,
        from,
        to,
        path: c.path,
        steps: c.steps.map((s) => ({ minor: s.minor, removals: s.removals.slice(0, 200) })),
        unreportedRemovals: unreported,
      },
    });
  },
};

export const advisoryFeed: AdvisorySourceRule = {
  meta: {
    id: 'advisory-feed',
    description:
      'Where advisories came from: a live feed that failed (warning; the embedded catalog is used), new CVEs from the live feed that could not be matched, or an embedded catalog older than 30 days (notice).',
    defaultSeverity: 'notice',
    severities: ['warning', 'notice'],
  },
  scope: 'advisory-source',
  check(src, ctx) {
    const live = src.live;
    for (const f of live?.failures ?? []) {
      ctx.report({
        message:
          f.source === 'official-cve-feed'
            ? `Live advisories: the official Kubernetes CVE feed could not be used (${f.reason}; ${f.url}). Falling back to the embedded catalog ${src.catalogVersion}.`
            : `Live advisories: an OSV record could not be used (${f.reason}; ${f.url}); its CVE is listed without version matching.`,
        severity: 'warning',
        data: { source: f.source, url: f.url, reason: f.reason, fallback: f.source === 'official-cve-feed' ? 'embedded' : 'unmatched' },
      });
    }
    for (const u of live?.unmatched ?? []) {
      ctx.report({
        message:
          `${u.cve} (feed status: ${u.status}) is in the official Kubernetes CVE feed but not in the embedded catalog${u.summary ? `: ${u.summary}` : ''}. ` +
          `It was not matched against cluster versions (${u.detail ?? u.reason}); check it by hand${u.url ? `: ${u.url}` : ''}.`,
        severity: 'notice',
        data: { cve: u.cve, status: u.status, reason: u.reason, url: u.url, published: u.published },
      });
    }
    if (live?.feedOk && live.added.length > 0) {
      ctx.report({
        message: `Live advisories: ${plural(live.added.length, 'CVE')} not in the embedded catalog matched from their OSV records: ${live.added.map((a) => a.id).join(', ')}.`,
        severity: 'notice',
        data: { source: 'osv', added: live.added.map((a) => a.id), feedUpdatedAt: live.feedUpdatedAt },
      });
    }
    const liveOk = src.mode === 'live' && live?.feedOk === true;
    if (!liveOk && src.ageDays !== null && src.ageDays > src.staleAfterDays) {
      ctx.report({
        message:
          `The embedded advisory catalog ${src.catalogVersion} (data up to ${src.catalogDate}) is ${plural(src.ageDays, 'day')} old on ${src.asOf}: ` +
          `advisories published since may be missing. Run with --advisories live (action input advisories: live) or update kube-upgrade-gate.`,
        severity: 'notice',
        data: { source: 'embedded', catalogVersion: src.catalogVersion, catalogDate: src.catalogDate, ageDays: src.ageDays, asOf: src.asOf },
      });
    }
  },
};
