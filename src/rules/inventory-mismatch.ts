/** The inventory-mismatch rule: see its meta (what it reports, how to fix it). */
import type { ClusterRule } from './types.js';
import { lineOf } from './lib/clusters.js';

export const inventoryMismatch: ClusterRule = {
  meta: {
    id: 'inventory-mismatch',
    title: 'Declaration contradicts inventory',
    description: 'A declared cluster version differs from what the cluster\'s inventory files show; the evidence is used.',
    details:
      'A cluster that points at `inventory:` files (kubectl output) is evaluated on what they show. A version written in the configuration that disagrees with them is stale or wrong: reports and plans would otherwise rest on it.',
    help: 'Update or remove the declared version, or record the inventory again (`kubectl version -o json`, `kubectl get nodes -o json`, `kubectl get pods -n kube-system -o json`) if the files are older than the declaration.',
    summary: 'a version declared for a cluster differs from what its [`inventory:`](#inventory) files show (the evidence is used)',
    severityText: 'warning',
    defaultSeverity: 'warning',
    gate: 'clusters',
    annotationRank: 1,
  },
  scope: 'cluster',
  check(c, ctx) {
    for (const m of c.spec.mismatches ?? []) {
      ctx.report({
        message: `Cluster ${c.spec.name}: ${m.what} is declared as ${m.declared} but the inventory shows ${m.observed} (${m.evidence}); the inventory is used.`,
        line: lineOf(c, m.lineKey),
        data: { cluster: c.spec.name, component: m.what, declared: m.declared, observed: m.observed, evidence: m.evidence },
      });
    }
  },
};
