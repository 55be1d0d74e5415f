/** The version-skew rule: see its meta (what it reports, how to fix it). */
import type { ClusterRule } from './types.js';
import { lineOf } from './lib/clusters.js';

export const versionSkew: ClusterRule = {
  meta: {
    id: 'version-skew',
    description:
      'Declared component versions break the version-skew policy (error), moving the control plane to the target would (warning: the pool must move first or along), or a pool will be at the limit after the upgrade (notice).',
    defaultSeverity: 'error',
    severities: ['error', 'warning', 'notice'],
    title: 'Version skew',
    details: 'Declared component versions break the Kubernetes version-skew policy, or moving the control plane to the target would: for example a kubelet more minors behind kube-apiserver than the policy allows.',
    help: 'Upgrade the component the message names to the minor it requires. For a node pool that the planned control-plane upgrade would leave out of skew, upgrade the pool first or along with the control plane.',
    summary: 'declared versions break the version-skew policy (error); moving the control plane to the target would, so a pool or component must move first or along (warning); a pool ends exactly at the limit (notice)',
    severityText: 'error / warning / notice',
    gate: 'clusters',
    annotationRank: 1,
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
