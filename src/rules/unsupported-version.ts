/** The unsupported-version rule: see its meta (what it reports, how to fix it). */
import type { ClusterRule } from './types.js';
import { lineOf, plural, providerNote } from './lib/clusters.js';

export const unsupportedVersion: ClusterRule = {
  meta: {
    id: 'unsupported-version',
    description:
      'The cluster runs a minor release upstream no longer patches on the evaluation date (error), or one that reaches end of life soon, a component or target out of support (warning).',
    defaultSeverity: 'error',
    severities: ['error', 'warning'],
    title: 'Unsupported Kubernetes version',
    details: 'A declared cluster (or one of its components, or its upgrade target) is on a Kubernetes minor release that upstream no longer patches on the evaluation date, or that reaches end of life within the warning window.',
    help: 'Plan the upgrade to a supported minor; the message names the smallest supported target. Managed providers may publish longer support calendars.',
    summary: 'a declared cluster\'s minor is out of upstream support on the evaluation date (error); it ends within `--eol-warning-days`, a node pool or component runs a minor out of support, or the target itself is out of support (warning)',
    severityText: 'error / warning',
    gate: 'clusters',
    annotationRank: 0,
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
