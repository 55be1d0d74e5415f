import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { closestGate } from '../../src/rules/lib/gates.js';
import { deprecatedFeatureGate } from '../../src/rules/deprecated-feature-gate.js';
import { lockedFeatureGate } from '../../src/rules/locked-feature-gate.js';
import { removedFeatureGate } from '../../src/rules/removed-feature-gate.js';
import { unknownFeatureGate } from '../../src/rules/unknown-feature-gate.js';
import type { Finding } from '../../src/findings/types.js';
import { loadFeatureGateCatalog } from '../../src/platform/catalogs.js';
import { testCatalog } from '../helpers/catalog.js';
import { testComponentConfigCatalog, testGateCatalog } from '../helpers/gates.js';

const RULES = [removedFeatureGate, lockedFeatureGate, deprecatedFeatureGate, unknownFeatureGate];

/** A static kube-apiserver pod with one --feature-gates flag. */
const apiserver = (gates: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver
  namespace: kube-system
spec:
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.30.0
      command:
        - kube-apiserver
        - --feature-gates=${gates}
`;

const kubeadm = (gates: string): string => `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
featureGates:
${gates}
`;

function scan(text: string, target: string, current: string | null = null): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine(RULES, { target, current, catalog: testCatalog(), featureGates: testGateCatalog(), componentConfig: testComponentConfigCatalog() }, (f) => out.push(f));
  for (const doc of parseManifestText(text).documents) engine.document(doc, 'f.yaml');
  return out;
}

describe('feature-gate rules on a hand-made catalog', () => {
  test.each<[string, string, string, Array<[string, string]>]>([
    // valid: nothing to report
    ['a beta gate', apiserver('APIServerIdentity=true'), '1.30', []],
    ['a beta gate set off', apiserver('APIServerIdentity=false'), '1.30', []],
    ['a GA gate with an unrecorded lock set to its default', apiserver('PodSecurity=true'), '1.26', []],
    ['an alpha gate in a release that has it', apiserver('ClusterTrustBundle=true'), '1.28', []],
    // removed
    ['a removed gate', apiserver('PodSecurity=true'), '1.28', [['removed-feature-gate', 'error']]],
    ['a removed gate set off', apiserver('PodSecurity=false'), '1.36', [['removed-feature-gate', 'error']]],
    // locked
    ['a locked gate set to its default', apiserver('PodSecurity=true'), '1.27', [['locked-feature-gate', 'warning']]],
    ['a locked gate set to the other value', apiserver('SidecarContainers=false'), '1.33', [['locked-feature-gate', 'error']]],
    ['a GA gate with an unrecorded lock set against its default', apiserver('ServerSideApply=false'), '1.30', [['locked-feature-gate', 'warning']]],
    // deprecated
    ['a deprecated gate', apiserver('KMSv1=true'), '1.30', [['deprecated-feature-gate', 'warning']]],
    ['a deprecated gate set to its default', apiserver('KMSv1=false'), '1.30', [['deprecated-feature-gate', 'warning']]],
    // unknown
    ['a typo', apiserver('PodSecurty=true'), '1.30', [['unknown-feature-gate', 'error']]],
    ['a gate of another program', apiserver('PrometheusAgentDaemonSet=true'), '1.30', [['unknown-feature-gate', 'error']]],
    ['a gate the target does not have yet', apiserver('SidecarContainers=true'), '1.27', [['unknown-feature-gate', 'error']]],
    // several in one flag: one finding each, in order
    ['two gates', apiserver('PodSecurity=true,KMSv1=true,APIServerIdentity=true'), '1.30', [['removed-feature-gate', 'error'], ['deprecated-feature-gate', 'warning']]],
    // kubeadm's own gates
    ['kubeadm: a removed kubeadm gate', kubeadm('  UnversionedKubeletConfigMap: true'), '1.26', [['removed-feature-gate', 'error']]],
    ['kubeadm: a locked kubeadm gate at its value', kubeadm('  UnversionedKubeletConfigMap: true'), '1.25', [['locked-feature-gate', 'warning']]],
    ['kubeadm: a locked kubeadm gate set off', kubeadm('  UnversionedKubeletConfigMap: false'), '1.25', [['locked-feature-gate', 'error']]],
    ['kubeadm: a deprecated kubeadm gate', kubeadm('  RootlessControlPlane: true'), '1.31', [['deprecated-feature-gate', 'warning']]],
    ['kubeadm: a kubeadm gate the list does not know is never reported', kubeadm('  SomeKubeadmGate: true'), '1.31', []],
    ['kubeadm: a component gate name in kubeadm featureGates is not judged as a component gate', kubeadm('  PodSecurity: true'), '1.30', []],
  ])('%s', (_name, text, target, want) => {
    expect(scan(text, target).map((f) => [f.ruleId, f.severity])).toEqual(want);
  });

  test('each finding sits on the gate, names the component and carries the facts it used', () => {
    const [f] = scan(apiserver('APIServerIdentity=true,PodSecurity=true'), '1.28', '1.27');
    expect(f).toMatchObject({ ruleId: 'removed-feature-gate', line: 12, column: 50, object: { kind: 'Pod', name: 'kube-apiserver' } });
    expect(f?.data).toMatchObject({
      gate: 'PodSecurity',
      component: 'kube-apiserver',
      value: true,
      setting: 'PodSecurity=true',
      source: 'container',
      target: '1.28',
      gaIn: '1.25',
      removedIn: '1.28',
      lastAcceptedIn: '1.27',
      current: { release: '1.27', state: 'accepted', locked: true },
    });
    expect(f?.message).toMatch(/removed in Kubernetes 1\.28 .*kube-apiserver 1\.28 refuses to start .*Delete PodSecurity=true .*1\.27 still accepts it/);
  });

  test('the locked warning says when the setting becomes an error', () => {
    expect(scan(apiserver('PodSecurity=true'), '1.27')[0]?.message).toContain('becomes an error when the gate is removed in 1.28');
    expect(scan(apiserver('SidecarContainers=true'), '1.34')[0]?.message).toContain('planned for 1.37');
  });

  test('unknown gates suggest the closest known name', () => {
    const [f] = scan(apiserver('PodSecurty=true'), '1.30');
    expect(f?.data['suggestion']).toBe('PodSecurity');
    expect(f?.message).toContain('Did you mean PodSecurity?');
    const [g] = scan(apiserver('PrometheusAgentDaemonSet=true'), '1.30');
    expect(g?.data['suggestion']).toBeNull();
    expect(g?.message).toContain('another program');
  });

  test('closestGate on the committed catalog: case, dashes, one or two edits; nothing for far or ambiguous names', () => {
    const c = loadFeatureGateCatalog();
    expect(closestGate(c, 'podsecurity')).toBe('PodSecurity');
    expect(closestGate(c, 'Pod-Security')).toBe('PodSecurity');
    expect(closestGate(c, 'SidecarContainer')).toBe('SidecarContainers');
    expect(closestGate(c, 'GracefullNodeShutdown')).toBe('GracefulNodeShutdown');
    expect(closestGate(c, 'CacheSecretsAndConfigMaps')).toBeNull();
  });

  test('a gate value that is not a boolean is judged by its name only', () => {
    expect(scan(apiserver('PodSecurity=yes'), '1.30').map((f) => f.ruleId)).toEqual(['removed-feature-gate']);
    expect(scan(apiserver('SidecarContainers=yes'), '1.34')).toEqual([]);
  });
});
