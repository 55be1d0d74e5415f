import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { deprecatedConfigApi } from '../../src/rules/deprecated-config-api.js';
import { removedConfigApi } from '../../src/rules/removed-config-api.js';
import { removedFlagRule } from '../../src/rules/removed-flag.js';
import type { Finding } from '../../src/findings/types.js';
import { testCatalog } from '../helpers/catalog.js';
import { testComponentConfigCatalog, testGateCatalog } from '../helpers/gates.js';

const RULES = [removedConfigApi, deprecatedConfigApi, removedFlagRule];

function scan(text: string, target: string, current: string | null = null): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine(RULES, { target, current, catalog: testCatalog(), featureGates: testGateCatalog(), componentConfig: testComponentConfigCatalog() }, (f) => out.push(f));
  for (const doc of parseManifestText(text).documents) engine.document(doc, 'f.yaml');
  return out;
}

const pod = (component: string, args: string[]): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${component}\nspec:\n  containers:\n    - name: ${component}\n      image: registry.k8s.io/${component}:v1.30.0\n      command:\n        - ${component}\n${args.map((a) => `        - ${a}\n`).join('')}`;

describe('config-file API and flag rules on a hand-made catalog', () => {
  test.each<[string, string, string, Array<[string, string]>]>([
    ['kubeadm v1beta3 before its deprecation', 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n', '1.30', []],
    ['kubeadm v1beta3 deprecated', 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n', '1.31', [['deprecated-config-api', 'warning']]],
    ['kubeadm v1beta2 removed', 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: InitConfiguration\n', '1.27', [['removed-config-api', 'error']]],
    ['kubeadm v1beta4 current', 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n', '1.36', []],
    ['scheduler v1beta3 removed', 'apiVersion: kubescheduler.config.k8s.io/v1beta3\nkind: KubeSchedulerConfiguration\n', '1.29', [['removed-config-api', 'error']]],
    ['scheduler v1 KubeSchedulerConfiguration is not the removed v1 Policy', 'apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n', '1.30', []],
    ['scheduler v1 Policy removed', 'apiVersion: kubescheduler.config.k8s.io/v1\nkind: Policy\n', '1.23', [['removed-config-api', 'error']]],
    ['an API group the catalog does not describe', 'apiVersion: example.k8s.io/v1alpha1\nkind: Thing\n', '1.30', []],
    ['a served Kubernetes API', 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: x\n', '1.30', []],
    ['a kubeconfig exec plugin on a removed version', 'apiVersion: v1\nkind: Config\nusers:\n  - name: a\n    user:\n      exec:\n        apiVersion: client.authentication.k8s.io/v1alpha1\n        command: x\n', '1.24', [['removed-config-api', 'error']]],
    ['a kubeconfig exec plugin on v1', 'apiVersion: v1\nkind: Config\nusers:\n  - name: a\n    user:\n      exec:\n        apiVersion: client.authentication.k8s.io/v1\n        command: x\n', '1.24', []],
    ['a removed flag', pod('kube-apiserver', ['--insecure-port=0']), '1.24', [['removed-flag', 'error']]],
    ['a removed flag before its removal', pod('kube-apiserver', ['--insecure-port=0']), '1.23', []],
    ['a flag removed from another component', pod('kube-scheduler', ['--insecure-port=0']), '1.30', []],
    ['a planned flag removal is not reported', pod('kube-controller-manager', ['--concurrent-service-syncs=5']), '1.36', []],
    ['a removed admission plugin', pod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction,PodSecurityPolicy']), '1.25', [['removed-flag', 'error']]],
    ['a removed admission plugin in the old flag', pod('kube-apiserver', ['--admission-control=PodSecurityPolicy']), '1.25', [['removed-flag', 'error']]],
    ['a current admission plugin', pod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction,PodSecurity']), '1.30', []],
    ['flags of another program', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          image: example/tool:1\n          args: ["--insecure-port=0"]\n', '1.30', []],
  ])('%s', (_name, text, target, want) => {
    expect(scan(text, target).map((f) => [f.ruleId, f.severity])).toEqual(want);
  });

  test('a removed config API names its replacement and sits on the apiVersion line', () => {
    const [f] = scan('# kubeadm config\napiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\n', '1.30', '1.26');
    expect(f).toMatchObject({ ruleId: 'removed-config-api', line: 2, data: { apiVersion: 'kubeadm.k8s.io/v1beta2', component: 'kubeadm', removedIn: '1.27', replacement: 'kubeadm.k8s.io/v1beta3', currentState: 'deprecated' } });
    expect(f?.message).toContain('kubeadm 1.30 no longer reads kubeadm.k8s.io/v1beta2 (deprecated in 1.24, removed in 1.27)');
    expect(f?.message).toContain('kubeadm config migrate');
  });

  test('a deprecated config API says when its removal is planned', () => {
    const [f] = scan('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n', '1.36');
    expect(f?.message).toContain('planned for 1.37');
    expect(f?.data).toMatchObject({ replacement: 'kubeadm.k8s.io/v1beta4', plannedRemovalIn: '1.37' });
  });

  test('a removed flag sits on the flag, and the admission plugin on the plugin', () => {
    const found = scan(pod('kube-apiserver', ['--insecure-port=0', '--enable-admission-plugins=NodeRestriction,PodSecurityPolicy']), '1.30', '1.23');
    expect(found.map((f) => [f.line, f.column, f.data['admissionPlugin'] ?? f.data['flag']])).toEqual([
      [11, 11, 'insecure-port'],
      [12, 54, 'PodSecurityPolicy'],
    ]);
    expect(found[0]?.message).toContain('use --secure-port instead');
    expect(found[0]?.message).toContain('Kubernetes 1.23 still accepts it');
  });
});
