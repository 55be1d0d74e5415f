/** The webhook-upgrade-risk rule: see its meta (what it reports, how to fix it). */
import { objectRef, type ScanRule } from './types.js';
import { labelsOf, list, mapSelects, named, namespaceOf, record, selects, workloadOf, type Labels, type Workload } from './lib/workloads.js';

const WEBHOOK_KINDS = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'];

export const webhookUpgradeRisk: ScanRule = {
  meta: {
    id: 'webhook-upgrade-risk',
    title: 'Webhook upgrade risk',
    description:
      'An admission webhook that fails closed intercepts pods or other core objects in every namespace, kube-system included, or is served by a single replica: it can block rescheduling while nodes drain.',
    details:
      'While nodes drain, evicted pods are recreated on other nodes, and every create passes the admission webhooks. A webhook with `failurePolicy: Fail` (the default of admissionregistration.k8s.io/v1) rejects the request whenever its backend cannot answer: when the webhook\'s own pods are being moved, when it runs one replica, or when the system pods it needs (DNS, CNI, kube-proxy) are themselves waiting for admission because the webhook does not exclude `kube-system`. The drain then stalls with pods that cannot be recreated.',
    help:
      'Exclude kube-system (and the webhook\'s own namespace) with a `namespaceSelector` such as `kubernetes.io/metadata.name NotIn [kube-system]`, narrow the rules to the resources the webhook needs, run its backend with two or more replicas and a disruption budget that allows one eviction, or use `failurePolicy: Ignore` where failing open is acceptable.',
    summary:
      'an admission webhook with `failurePolicy: Fail` matches pods or core objects in every namespace without excluding `kube-system` (by `namespaceSelector`/`objectSelector`), or is served by a Service in the repository whose Deployment runs one replica',
    severityText: 'warning',
    defaultSeverity: 'warning',
    gate: 'files',
    annotationRank: 1,
  },
  scope: 'scan',
  kinds: [...WEBHOOK_KINDS, 'Service', 'Deployment', 'Namespace'],
  check(objects, ctx) {
    const configs = objects.filter((o) => WEBHOOK_KINDS.includes(o.doc.kind));
    if (configs.length === 0) return; // nothing to judge: the workloads' bodies are never parsed
    const services = objects.filter((o) => o.doc.kind === 'Service');
    const deployments = objects.map(workloadOf).filter((w): w is Workload => w !== null);
    // kube-system carries its name as a label on every cluster; the repository may declare more labels for it.
    const kubeSystem: Record<string, string> = { 'kubernetes.io/metadata.name': 'kube-system' };
    for (const ns of objects.filter((o) => o.doc.kind === 'Namespace' && o.doc.name === 'kube-system')) {
      Object.assign(kubeSystem, labelsOf(record(ns.doc.body['metadata'])?.['labels']));
    }
    for (const config of configs) {
      list(config.doc.body['webhooks']).forEach((raw, i) => {
        const hook = record(raw);
        if (!hook) return;
        const name = typeof hook['name'] === 'string' ? hook['name'] : `webhooks[${i}]`;
        const written = typeof hook['failurePolicy'] === 'string';
        // admissionregistration.k8s.io/v1beta1 defaulted to Ignore, v1 defaults to Fail.
        const policy = written ? (hook['failurePolicy'] as string) : config.doc.apiVersion.endsWith('/v1beta1') ? 'Ignore' : 'Fail';
        if (policy !== 'Fail') return;
        const where = `webhook "${name}" of ${config.doc.kind} "${config.doc.name ?? '(unnamed)'}"`;
        const failPath = written ? ['webhooks', i, 'failurePolicy'] : ['webhooks', i];
        const matched = coreResources(hook['rules']);
        if (matched.length > 0 && reaches(hook, kubeSystem)) {
          ctx.report({
            subject: config,
            path: failPath,
            message: `The ${where} fails closed (failurePolicy: Fail${written ? '' : ', the default'}) and intercepts ${matched.join(', ')} in every namespace, kube-system included: while nodes drain, a webhook that cannot answer blocks recreating the evicted pods, its own and the system pods it depends on among them. Exclude kube-system with a namespaceSelector, or narrow the rules.`,
            object: objectRef(config.doc),
            data: { webhook: name, failurePolicy: policy, failurePolicyWritten: written, resources: matched },
          });
        }
        const service = record(record(hook['clientConfig'])?.['service']);
        if (!service || typeof service['name'] !== 'string') return;
        const svcNs = typeof service['namespace'] === 'string' ? service['namespace'] : 'default';
        const svc = services.find((s) => s.doc.name === service['name'] && namespaceOf(s) === svcNs);
        if (!svc) return;
        const selector = record(svc.doc.body['spec'])?.['selector'];
        const single = deployments.filter((d) => namespaceOf(d.object) === svcNs && d.replicas <= 1 && mapSelects(selector, d.podLabels));
        for (const d of single) {
          ctx.report({
            subject: config,
            path: ['webhooks', i, 'clientConfig', 'service'],
            message: `The ${where} fails closed and is served by ${named(svc)}, whose ${named(d.object)} runs ${d.replicas === 0 ? 'no replicas' : 'a single replica'}: while its node drains the webhook cannot answer, and every request it intercepts is rejected. Run two or more replicas with a disruption budget that allows one eviction.`,
            object: objectRef(config.doc),
            data: { webhook: name, failurePolicy: policy, service: named(svc), workload: named(d.object), replicas: d.replicas },
          });
        }
      });
    }
  },
};

/** The resources of the core API group (or every group) the webhook's rules intercept, as written ("pods", "*"). */
function coreResources(rules: unknown): string[] {
  const out = new Set<string>();
  for (const raw of list(rules)) {
    const rule = record(raw);
    if (!rule) continue;
    const groups = list(rule['apiGroups']).map(String);
    if (!groups.includes('') && !groups.includes('*')) continue;
    for (const r of list(rule['resources']).map(String)) out.add(r === '*' || r === '*/*' ? 'every core resource' : r);
  }
  return [...out].sort();
}

/**
 * Whether the webhook's selectors let kube-system's objects through: the namespaceSelector (absent: every namespace)
 * must select kube-system's labels, and the objectSelector (absent: every object) must select an object without labels.
 */
function reaches(hook: Record<string, unknown>, kubeSystem: Labels): boolean {
  const nsSelector = hook['namespaceSelector'] ?? {};
  const objectSelector = hook['objectSelector'] ?? {};
  return selects(nsSelector, kubeSystem) && selects(objectSelector, {});
}
