/** drain-blocker, webhook-upgrade-risk and psp-without-psa: each fires on its fixture and is quiet on a healthy counterpart. */
import type { Finding } from '../../src/findings/types.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';
import { embeddedCatalogs } from '../../src/platform/catalogs.js';

const catalogs = embeddedCatalogs();

/** Runs every rule over the files (path → YAML) as one scan and returns the findings of `rule`. */
function scan(files: Record<string, string>, rule: string): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine(
    RULES,
    { target: '1.35', current: '1.34', catalog: catalogs.api, featureGates: catalogs.featureGates, componentConfig: catalogs.componentConfig },
    (f) => out.push(f),
  );
  for (const [file, text] of Object.entries(files)) for (const doc of parseManifestText(text).documents) engine.document(doc, file);
  engine.finish();
  return out.filter((f) => f.ruleId === rule);
}

const deployment = (name: string, replicas: number | null, labels = `app: ${name}`, ns = 'shop'): string =>
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
${replicas === null ? '' : `  replicas: ${replicas}\n`}  selector:
    matchLabels: {${labels}}
  template:
    metadata:
      labels: {${labels}}
    spec:
      containers: [{ name: c, image: nginx }]
`;

const statefulSet = (name: string, replicas: number): string =>
  `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: ${replicas}
  serviceName: ${name}
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name}, tier: db }
`;

const pdb = (name: string, budget: string, selector = 'matchLabels: { app: web }', ns = 'shop'): string =>
  `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  ${budget}
  selector:
    ${selector}
`;

describe('drain-blocker', () => {
  test.each([
    ['maxUnavailable: 0', { 'pdb.yaml': pdb('web', 'maxUnavailable: 0'), 'web.yaml': deployment('web', 3) }, 'pdb.yaml', 7, /maxUnavailable: 0: no pod it selects can ever be evicted.*Deployment "shop\/web"/],
    ['maxUnavailable: "0%"', { 'pdb.yaml': pdb('web', 'maxUnavailable: "0%"'), 'web.yaml': deployment('web', 3) }, 'pdb.yaml', 7, /maxUnavailable: 0%/],
    ['minAvailable equal to the replicas', { 'pdb.yaml': pdb('web', 'minAvailable: 3'), 'web.yaml': deployment('web', 3) }, 'pdb.yaml', 7, /requires 3 of the 3 replicas of Deployment "shop\/web"/],
    ['minAvailable above the replicas', { 'pdb.yaml': pdb('web', 'minAvailable: 5'), 'web.yaml': deployment('web', 2) }, 'pdb.yaml', 7, /requires 5 of the 2 replicas/],
    ['minAvailable "100%"', { 'pdb.yaml': pdb('web', 'minAvailable: "100%"'), 'web.yaml': deployment('web', 4) }, 'pdb.yaml', 7, /requires 4 of the 4 replicas/],
    ['minAvailable "90%" of 3 replicas (rounds up to 3)', { 'pdb.yaml': pdb('web', 'minAvailable: "90%"'), 'web.yaml': deployment('web', 3) }, 'pdb.yaml', 7, /requires 3 of the 3/],
    ['a StatefulSet selected by expression', { 'pdb.yaml': pdb('db', 'minAvailable: 2', 'matchExpressions: [{ key: tier, operator: In, values: [db] }]'), 'db.yaml': statefulSet('db', 2) }, 'pdb.yaml', 7, /StatefulSet "shop\/db"/],
    ['a single-replica Deployment, at its replicas line', { 'pdb.yaml': pdb('web', 'minAvailable: 1'), 'web.yaml': deployment('web', 1) }, 'web.yaml', 7, /Deployment "shop\/web" runs a single replica under PodDisruptionBudget "shop\/web"/],
    ['a Deployment with replicas defaulted to one, at its apiVersion', { 'pdb.yaml': pdb('web', 'minAvailable: 1'), 'web.yaml': deployment('web', null) }, 'web.yaml', 1, /runs a single replica/],
  ])('fires on %s', (_name, files, file, line, message) => {
    const found = scan(files, 'drain-blocker');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'drain-blocker', severity: 'warning', file, line });
    expect(found[0]!.message).toMatch(message);
  });

  test.each([
    ['minAvailable below the replicas', { 'pdb.yaml': pdb('web', 'minAvailable: 2'), 'web.yaml': deployment('web', 3) }],
    ['maxUnavailable: 1 on one replica', { 'pdb.yaml': pdb('web', 'maxUnavailable: 1'), 'web.yaml': deployment('web', 1) }],
    ['minAvailable "50%" of 3 replicas', { 'pdb.yaml': pdb('web', 'minAvailable: "50%"'), 'web.yaml': deployment('web', 3) }],
    ['a budget in another namespace', { 'pdb.yaml': pdb('web', 'minAvailable: 1', 'matchLabels: { app: web }', 'other'), 'web.yaml': deployment('web', 1) }],
    ['a budget selecting other pods', { 'pdb.yaml': pdb('web', 'minAvailable: 1', 'matchLabels: { app: api }'), 'web.yaml': deployment('web', 1) }],
    ['a single replica without a budget', { 'web.yaml': deployment('web', 1) }],
  ])('is quiet on %s', (_name, files) => {
    expect(scan(files, 'drain-blocker')).toEqual([]);
  });
});

const webhook = (opts: { policy?: string | null; rules?: string; nsSelector?: string; objectSelector?: string; service?: string; apiVersion?: string; kind?: string }): string =>
  `apiVersion: ${opts.apiVersion ?? 'admissionregistration.k8s.io/v1'}
kind: ${opts.kind ?? 'ValidatingWebhookConfiguration'}
metadata:
  name: policy
webhooks:
  - name: pods.policy.example.com
    admissionReviewVersions: ["v1"]
    sideEffects: None
${opts.policy === null ? '' : `    failurePolicy: ${opts.policy ?? 'Fail'}\n`}    clientConfig:
      service:
        ${opts.service ?? 'namespace: policy\n        name: policy-webhook'}
    rules:
      ${opts.rules ?? '- { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] }'}
${opts.nsSelector ? `    namespaceSelector:\n      ${opts.nsSelector}\n` : ''}${opts.objectSelector ? `    objectSelector:\n      ${opts.objectSelector}\n` : ''}`;

const service = `apiVersion: v1
kind: Service
metadata:
  name: policy-webhook
  namespace: policy
spec:
  selector: { app: policy-webhook }
  ports: [{ port: 443, targetPort: 8443 }]
`;

const excludeKubeSystem = 'matchExpressions: [{ key: kubernetes.io/metadata.name, operator: NotIn, values: [kube-system] }]';

describe('webhook-upgrade-risk', () => {
  test.each([
    ['failurePolicy: Fail on pods, every namespace', { 'hook.yaml': webhook({}) }, 9, /fails closed \(failurePolicy: Fail\) and intercepts pods in every namespace, kube-system included/],
    ['the v1 default (Fail) on every core resource', { 'hook.yaml': webhook({ policy: null, rules: '- { apiGroups: ["*"], apiVersions: ["*"], operations: ["*"], resources: ["*"] }' }) }, 6, /failurePolicy: Fail, the default\) and intercepts every core resource/],
    ['a mutating webhook whose namespaceSelector still selects kube-system', { 'hook.yaml': webhook({ kind: 'MutatingWebhookConfiguration', nsSelector: 'matchExpressions: [{ key: team, operator: DoesNotExist }]' }) }, 9, /MutatingWebhookConfiguration "policy"/],
    ['an objectSelector that still selects unlabelled objects', { 'hook.yaml': webhook({ objectSelector: 'matchExpressions: [{ key: skip, operator: DoesNotExist }]' }) }, 9, /intercepts pods/],
  ])('fires on %s', (_name, files, line, message) => {
    const found = scan(files, 'webhook-upgrade-risk');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'webhook-upgrade-risk', severity: 'warning', file: 'hook.yaml', line });
    expect(found[0]!.message).toMatch(message);
  });

  test('fires at clientConfig.service when the Service in the repository is backed by one replica', () => {
    const files = {
      'hook.yaml': webhook({ nsSelector: excludeKubeSystem }),
      'svc.yaml': service,
      'deploy.yaml': deployment('policy-webhook', 1, 'app: policy-webhook', 'policy'),
    };
    const found = scan(files, 'webhook-upgrade-risk');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'hook.yaml', line: 12, data: { service: 'Service "policy/policy-webhook"', workload: 'Deployment "policy/policy-webhook"', replicas: 1 } });
    expect(found[0]!.message).toMatch(/is served by Service "policy\/policy-webhook", whose Deployment "policy\/policy-webhook" runs a single replica/);
  });

  test.each([
    ['failurePolicy: Ignore', { 'hook.yaml': webhook({ policy: 'Ignore' }), 'svc.yaml': service, 'd.yaml': deployment('policy-webhook', 1, 'app: policy-webhook', 'policy') }],
    ['the v1beta1 default (Ignore)', { 'hook.yaml': webhook({ policy: null, apiVersion: 'admissionregistration.k8s.io/v1beta1' }) }],
    ['kube-system excluded by name', { 'hook.yaml': webhook({ nsSelector: excludeKubeSystem }) }],
    ['an opt-in namespace label', { 'hook.yaml': webhook({ nsSelector: 'matchLabels: { policy: enforced }' }) }],
    ['an opt-in object label', { 'hook.yaml': webhook({ objectSelector: 'matchLabels: { policy: enforced }' }) }],
    ['rules on another API group only', { 'hook.yaml': webhook({ rules: '- { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments"] }' }) }],
    ['a backend with three replicas', { 'hook.yaml': webhook({ nsSelector: excludeKubeSystem }), 'svc.yaml': service, 'd.yaml': deployment('policy-webhook', 3, 'app: policy-webhook', 'policy') }],
  ])('is quiet on %s', (_name, files) => {
    expect(scan(files, 'webhook-upgrade-risk')).toEqual([]);
  });
});

const psp = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: restricted
spec:
  privileged: false
`;
const namespace = (name: string, enforce: string | null): string =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${enforce ? `  labels:\n    pod-security.kubernetes.io/enforce: ${enforce}\n` : ''}`;

describe('psp-without-psa', () => {
  test.each([
    ['two namespaces without the label', { 'psp.yaml': psp, 'ns.yaml': `${namespace('shop', null)}---\n${namespace('billing', null)}---\n${namespace('ops', 'restricted')}` }, /namespaces billing, shop carry no pod-security.kubernetes.io\/enforce label/, ['billing', 'shop']],
    ['one namespace without the label', { 'psp.yaml': psp, 'ns.yaml': `${namespace('shop', null)}---\n${namespace('ops', 'baseline')}` }, /namespace shop carries no/, ['shop']],
    ['no Namespace in the repository', { 'psp.yaml': psp }, /no Namespace in the repository carries/, []],
  ])('fires on %s', (_name, files, message, namespaces) => {
    const found = scan(files, 'psp-without-psa');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'psp-without-psa', severity: 'warning', file: 'psp.yaml', line: 1, data: { namespaces } });
    expect(found[0]!.message).toMatch(message);
  });

  test.each([
    ['every namespace labelled', { 'psp.yaml': psp, 'ns.yaml': `${namespace('shop', 'restricted')}---\n${namespace('ops', 'baseline')}` }],
    ['namespaces without a PodSecurityPolicy', { 'ns.yaml': namespace('shop', null) }],
  ])('is quiet on %s', (_name, files) => {
    expect(scan(files, 'psp-without-psa')).toEqual([]);
  });
});
