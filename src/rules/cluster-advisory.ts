/** The cluster-advisory rule: see its meta (what it reports, how to fix it). */
import type { ClusterRule } from './types.js';
import { advisoryData, advisoryMessage, lineOf } from './lib/clusters.js';

export const clusterAdvisory: ClusterRule = {
  meta: {
    id: 'cluster-advisory',
    description:
      'A security advisory affects the declared version of a cluster component; the finding names the fixed versions and the smallest fixed, supported target.',
    defaultSeverity: 'warning',
    severities: ['error', 'warning', 'notice'],
    title: 'Security advisory',
    details: 'A Kubernetes security advisory affects the version a declared cluster runs for one of its components. Severity follows the CVSS rating: critical and high are errors, medium warnings, low notices.',
    help: 'Upgrade to the smallest fixed, supported target the message names (a patch of the same minor when that minor is still supported, otherwise the next supported minor, one minor at a time). Until then apply the mitigation the message gives. Advisories without a fix are reported with their mitigation only.',
    summary: 'a security advisory affects the version a [declared cluster](#declared-clusters) runs for one of its components: critical/high → error, medium → warning, low → notice',
    severityText: 'from CVSS',
    gate: 'clusters',
    annotationRank: 0,
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
