/** The psp-without-psa rule: see its meta (what it reports, how to fix it). */
import { objectRef, type ScanRule } from './types.js';
import { labelsOf, record } from './lib/workloads.js';

const ENFORCE = 'pod-security.kubernetes.io/enforce';

export const pspWithoutPsa: ScanRule = {
  meta: {
    id: 'psp-without-psa',
    title: 'PodSecurityPolicy without Pod Security Admission',
    description: 'The repository holds PodSecurityPolicies while its namespaces carry no `pod-security.kubernetes.io/enforce` label: the policy\'s intent vanishes with the upgrade.',
    details:
      'Kubernetes 1.25 removed PodSecurityPolicy: after the upgrade the policies are gone and nothing restricts the pods they restricted. Their replacement, Pod Security Admission, is configured per namespace with the `pod-security.kubernetes.io/enforce` label; a namespace without it admits privileged pods (unless the cluster sets a default).',
    help:
      'Label each namespace the policies covered with `pod-security.kubernetes.io/enforce: baseline` or `restricted` (try `warn` and `audit` labels first, or `kubectl label --dry-run=server`), then remove the PodSecurityPolicies, their RBAC bindings and the PodSecurityPolicy admission plugin.',
    summary: 'the repository holds PodSecurityPolicies while namespaces in it carry no `pod-security.kubernetes.io/enforce` label (the namespaces are named)',
    severityText: 'warning',
    defaultSeverity: 'warning',
    gate: 'files',
    annotationRank: 2,
  },
  scope: 'scan',
  kinds: ['PodSecurityPolicy', 'Namespace'],
  check(objects, ctx) {
    const policies = objects.filter((o) => o.doc.kind === 'PodSecurityPolicy');
    if (policies.length === 0) return;
    const namespaces = objects.filter((o) => o.doc.kind === 'Namespace' && o.doc.name);
    const unlabelled = [...new Set(namespaces.filter((n) => !labelsOf(record(n.doc.body['metadata'])?.['labels'])[ENFORCE]).map((n) => n.doc.name!))].sort();
    if (namespaces.length > 0 && unlabelled.length === 0) return;
    for (const psp of policies) {
      const which =
        namespaces.length === 0
          ? 'no Namespace in the repository carries a pod-security.kubernetes.io/enforce label (it declares none)'
          : `namespace${unlabelled.length === 1 ? '' : 's'} ${unlabelled.join(', ')} carr${unlabelled.length === 1 ? 'ies' : 'y'} no pod-security.kubernetes.io/enforce label`;
      ctx.report({
        subject: psp,
        message: `PodSecurityPolicy "${psp.doc.name ?? '(unnamed)'}" is removed with Kubernetes 1.25 and ${which}: the restrictions it expresses vanish with the upgrade. Label the namespaces for Pod Security Admission before removing the policy.`,
        object: objectRef(psp.doc),
        data: { namespaces: unlabelled },
      });
    }
  },
};
