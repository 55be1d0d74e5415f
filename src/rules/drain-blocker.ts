/** The drain-blocker rule: see its meta (what it reports, how to fix it). */
import { objectRef, type ScanRule } from './types.js';
import { intOrPercent, named, namespaceOf, record, requiredAvailable, selects, show, workloadOf, WORKLOAD_KINDS, type Workload } from './lib/workloads.js';

export const drainBlocker: ScanRule = {
  meta: {
    id: 'drain-blocker',
    title: 'Drain blocker',
    description: 'A PodDisruptionBudget allows no eviction of the pods it selects, so draining their node during the upgrade cannot finish.',
    details:
      'Node upgrades drain each node: every pod is evicted through the eviction API, which refuses while a PodDisruptionBudget would be violated. A budget with `maxUnavailable: 0` (or "0%"), or a `minAvailable` at least the replicas of the Deployment or StatefulSet it selects (percentages rounded up, as the disruption controller does), never allows an eviction: `kubectl drain` waits forever and managed node-pool upgrades stall or force-delete the pods after their timeout. A workload running one replica under a budget is the common case.',
    help: 'Let the budget allow at least one disruption: run two or more replicas and set `minAvailable` below the replica count (or `maxUnavailable: 1`). For a workload that must run one replica, drop the budget or use `maxUnavailable: 1` and accept the short outage while its node drains.',
    summary: 'a PodDisruptionBudget allows no eviction (`maxUnavailable: 0`/"0%", or `minAvailable` ≥ the replicas of the Deployment/StatefulSet it selects, percentages included), or a single-replica workload is covered by such a budget',
    severityText: 'warning',
    defaultSeverity: 'warning',
    gate: 'files',
    annotationRank: 1,
  },
  scope: 'scan',
  kinds: ['PodDisruptionBudget', ...WORKLOAD_KINDS],
  check(objects, ctx) {
    // A budget selects only in its own namespace: workloads are grouped by namespace, and read (their bodies parsed)
    // only in namespaces that have a budget.
    // Only a budget that can block needs its workloads: maxUnavailable 0, or a minAvailable (judged per workload). A
    // budget that allows a disruption, or says neither, never blocks a drain.
    const budgets = objects
      // A budget whose text names neither field is read no further (its body is not parsed).
      .filter((o) => o.doc.kind === 'PodDisruptionBudget' && (o.doc.mentions ? o.doc.mentions('Unavailable') || o.doc.mentions('minAvailable') : true))
      .map((pdb) => ({ pdb, spec: record(pdb.doc.body['spec']) ?? {} }))
      .filter(({ spec }) => intOrPercent(spec['maxUnavailable'])?.value === 0 || intOrPercent(spec['minAvailable']) !== null);
    const budgeted = new Set(budgets.map(({ pdb }) => namespaceOf(pdb)));
    const byNamespace = new Map<string, Workload[]>();
    for (const o of objects) {
      if (o.doc.kind === 'PodDisruptionBudget' || !budgeted.has(namespaceOf(o))) continue;
      const w = workloadOf(o);
      if (!w) continue;
      const list = byNamespace.get(namespaceOf(o));
      if (list) list.push(w);
      else byNamespace.set(namespaceOf(o), [w]);
    }
    for (const { pdb, spec } of budgets) {
      const ns = namespaceOf(pdb);
      const selected = (byNamespace.get(ns) ?? []).filter((w) => selects(spec['selector'], w.podLabels));
      const names = [...new Set(selected.map((w) => named(w.object)))];
      const of = names.length > 0 ? ` (it selects the pods of ${names.join(', ')})` : '';
      const maxUnavailable = intOrPercent(spec['maxUnavailable']);
      if (maxUnavailable && maxUnavailable.value === 0) {
        ctx.report({
          subject: pdb,
          path: ['spec', 'maxUnavailable'],
          message: `${named(pdb)} sets maxUnavailable: ${show(maxUnavailable)}: no pod it selects can ever be evicted, so draining their nodes for the upgrade cannot finish${of}. Allow at least one disruption.`,
          object: objectRef(pdb.doc),
          data: { budget: 'maxUnavailable', value: show(maxUnavailable), workloads: names },
        });
        continue;
      }
      const minAvailable = intOrPercent(spec['minAvailable']);
      if (!minAvailable) continue;
      for (const w of selected) {
        const required = requiredAvailable(minAvailable, w.replicas);
        if (required < w.replicas) continue;
        const data = { budget: 'minAvailable', value: show(minAvailable), required, replicas: w.replicas, workload: named(w.object), disruptionBudget: named(pdb) };
        if (w.replicas <= 1) {
          // One replica: the fix is usually the workload's replica count, so the finding is placed there.
          ctx.report({
            subject: w.object,
            path: w.replicasWritten ? ['spec', 'replicas'] : [],
            message: `${named(w.object)} runs ${w.replicas === 0 ? 'no replicas' : 'a single replica'} under ${named(pdb)} (minAvailable: ${show(minAvailable)}): its pod can never be evicted, so draining its node for the upgrade cannot finish. Run two or more replicas, or let the budget allow one disruption.`,
            object: objectRef(w.object.doc),
            data,
          });
        } else {
          ctx.report({
            subject: pdb,
            path: ['spec', 'minAvailable'],
            message: `${named(pdb)} requires ${required} of the ${w.replicas} replicas of ${named(w.object)} available (minAvailable: ${show(minAvailable)}): none of its pods can be evicted, so draining their nodes for the upgrade cannot finish. Set minAvailable below ${w.replicas}, or use maxUnavailable: 1.`,
            object: objectRef(pdb.doc),
            data,
          });
        }
      }
    }
  },
};
