/**
 * The upgrade plan's skew advice derives the oldest minor a node component needs before each kube-apiserver step
 * from the policy, with the limit of the minor it would run: kubelets below 1.25 may be 2 minors behind, later ones 3
 * (so beside kube-apiserver 1.28 a kubelet needs 1.25, not 1.26).
 */
import { loadApiCatalog, loadReleasesCatalog } from '../../src/platform/catalogs.js';
import { evaluateCluster } from '../../src/clusters/evaluate.js';
import { oldestAllowedMinor } from '../../src/clusters/skew.js';
import { type ClusterSpec } from '../../src/clusters/types.js';
import type { Finding } from '../../src/findings/types.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';
import { catalogOf, spec } from './helpers.js';

const releases = loadReleasesCatalog();
const policy = releases.skewPolicy;

function skew(s: ClusterSpec) {
  return evaluateCluster({
    spec: s,
    asOf: '2026-03-15',
    eolWarningDays: 60,
    releases,
    advisories: catalogOf([]),
    api: loadApiCatalog(),
    scanTarget: s.target,
    documents: [],
  }).skew;
}

const cluster = (version: string, kubelet: string, target: string): ClusterSpec =>
  spec({ name: 'c', version, target, nodePools: [{ name: 'p', kubelet, kubeProxy: kubelet, kubeProxyDeclared: false }] });

describe('the oldest minor a component may run beside kube-apiserver, from the policy', () => {
  test.each<[string, string, string | null]>([
    ['kubelet', '1.26', '1.24'],
    ['kubelet', '1.27', '1.25'],
    ['kubelet', '1.28', '1.25'],
    ['kubelet', '1.29', '1.26'],
    ['kubelet', '1.36', '1.33'],
    ['kube-proxy', '1.28', '1.25'],
    ['kube-proxy', '1.25', '1.23'],
    ['kube-controller-manager', '1.28', '1.27'],
    ['kube-scheduler', '1.30', '1.29'],
    ['kubelet', '1.1', '1.0'],
    ['etcd', '1.30', null],
  ])('%s beside kube-apiserver %s: %s', (component, apiserver, want) => {
    expect(oldestAllowedMinor(policy, component, apiserver)).toBe(want);
  });
});

describe('upgrade plan: the minor a node pool needs before each control-plane step', () => {
  test.each<[string, string, string, string, string, Array<[string, string]>, string]>([
    // kube-apiserver 1.28 allows a 1.25 kubelet (3 minors, the limit of a 1.25 kubelet).
    ['1.26.15', '1.24.17', '1.28', '1.27', '1.25', [['1.27', '1.25']], 'it must be at 1.25 or newer before kube-apiserver goes to 1.27 (1.25 is enough up to 1.28)'],
    ['1.26.15', '1.24.17', '1.27', '1.27', '1.25', [['1.27', '1.25']], 'it must be at 1.25 or newer before kube-apiserver goes to 1.27'],
    ['1.25.16', '1.23.17', '1.26', '1.26', '1.24', [['1.26', '1.24']], 'it must be at 1.24 or newer before kube-apiserver goes to 1.26'],
    ['1.25.16', '1.24.17', '1.28', '1.27', '1.25', [['1.27', '1.25']], 'it must be at 1.25 or newer before kube-apiserver goes to 1.27 (1.25 is enough up to 1.28)'],
    ['1.25.16', '1.23.17', '1.28', '1.26', '1.25', [['1.26', '1.24'], ['1.27', '1.25']], 'it must be at 1.24 or newer before kube-apiserver goes to 1.26, and at 1.25 or newer before it goes to 1.27 (1.25 is enough up to 1.28)'],
    [
      '1.24.17',
      '1.22.17',
      '1.29',
      '1.25',
      '1.26',
      [['1.25', '1.23'], ['1.26', '1.24'], ['1.27', '1.25'], ['1.29', '1.26']],
      'it must be at 1.23 or newer before kube-apiserver goes to 1.25, at 1.24 or newer before it goes to 1.26, at 1.25 or newer before it goes to 1.27, and at 1.26 or newer before it goes to 1.29',
    ],
    ['1.27.16', '1.25.16', '1.30', '1.29', '1.27', [['1.29', '1.26'], ['1.30', '1.27']], 'it must be at 1.26 or newer before kube-apiserver goes to 1.29, and at 1.27 or newer before it goes to 1.30'],
    ['1.34.2', '1.31.4', '1.36', '1.35', '1.33', [['1.35', '1.32'], ['1.36', '1.33']], 'it must be at 1.32 or newer before kube-apiserver goes to 1.35, and at 1.33 or newer before it goes to 1.36'],
  ])('control plane %s, kubelet %s, target %s', (version, kubelet, target, blocksAt, requiredMinor, requiredBefore, when) => {
    const plan = skew(cluster(version, kubelet, target)).filter((p) => p.kind === 'plan');
    // kubelet and kube-proxy of the pool get the same advice.
    expect(plan.map((p) => p.component)).toEqual(['kubelet', 'kube-proxy']);
    for (const p of plan) {
      expect(p).toMatchObject({ blocksAt, requiredMinor, requiredBefore: requiredBefore.map(([apiserver, minor]) => ({ apiserver, minor })) });
      expect(p.message).toContain(`: ${when}. Upgrade the pool first, or along with the control plane`);
    }
  });

  test('the version-skew finding carries the steps in its data', () => {
    const s = cluster('1.26.15', '1.24.17', '1.28');
    const out: Finding[] = [];
    const engine = createEngine(RULES, { target: s.target, current: null, catalog: loadApiCatalog() }, (f) => out.push(f));
    engine.cluster(
      evaluateCluster({ spec: s, asOf: '2026-03-15', eolWarningDays: 60, releases, advisories: catalogOf([]), api: loadApiCatalog(), scanTarget: '1.28', documents: [] }),
      null,
    );
    const plan = out.find((f) => f.ruleId === 'version-skew' && f.data['component'] === 'kubelet');
    expect(plan).toMatchObject({ severity: 'warning', data: { kind: 'plan', requiredMinor: '1.25', blocksAt: '1.27', requiredBefore: [{ apiserver: '1.27', minor: '1.25' }] } });
  });
});

describe('current skew: the minor to upgrade to is derived the same way', () => {
  test.each<[string, string, string, string]>([
    ['1.28.3', '1.24.17', '1.25', '4 minor versions older than kube-apiserver 1.28.3; the policy allows at most 2 minor versions'],
    ['1.27.3', '1.24.17', '1.25', '3 minor versions older than kube-apiserver 1.27.3; the policy allows at most 2 minor versions'],
    ['1.30.3', '1.25.16', '1.27', '5 minor versions older than kube-apiserver 1.30.3; the policy allows at most 3 minor versions'],
  ])('kube-apiserver %s, kubelet %s: upgrade it to %s', (version, kubelet, need, says) => {
    const current = skew(cluster(version, kubelet, minorOf(version))).filter((p) => p.kind === 'current' && p.component === 'kubelet');
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ requiredMinor: need });
    expect(current[0]!.message).toContain(says);
    expect(current[0]!.message).toMatch(new RegExp(`Upgrade it to ${need.replace('.', '\\.')} or newer$`));
  });
});

function minorOf(v: string): string {
  return v.split('.').slice(0, 2).join('.');
}
