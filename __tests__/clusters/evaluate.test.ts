import { loadApiCatalog, loadReleasesCatalog } from '../../src/platform/catalogs.js';
import { evaluateCluster, advisorySeverity, type ClusterDocument } from '../../src/clusters/evaluate.js';
import { type ClusterSpec } from '../../src/clusters/types.js';
import { testCatalog, testEntries } from '../helpers/catalog.js';
import type { ApiCatalog, ApiEntry } from '../../src/catalog/api-catalog.js';
import { advisory, catalogOf, SEED, spec } from './helpers.js';

const releases = loadReleasesCatalog();

function evaluate(s: ClusterSpec, asOf: string, opts: { advisories?: ReturnType<typeof catalogOf>; api?: ApiCatalog; documents?: ClusterDocument[]; scanTarget?: string } = {}) {
  return evaluateCluster({
    spec: s,
    asOf,
    eolWarningDays: 60,
    releases,
    advisories: opts.advisories ?? catalogOf([SEED]),
    api: opts.api ?? loadApiCatalog(),
    scanTarget: opts.scanTarget ?? s.target,
    documents: opts.documents ?? [],
  });
}

describe('seed scenario: smallest fixed, supported target per cluster', () => {
  const clusters = [
    spec({ name: 'staging', version: '1.34.1', target: '1.35' }),
    spec({ name: 'production', version: '1.34.2-eks-113cf36', target: '1.35' }),
    spec({ name: 'development', version: '1.33.7', target: '1.35' }),
  ];
  // 1.33.9 was tagged 2026-02-26 and 1.34.4 on 2026-02-10; 1.33 ends 2026-06-28, 1.34 ends 2026-10-27.
  test.each([
    ['2026-03-15', '1.33 and 1.34 supported, fixes released', ['1.34.4', '1.34.4', '1.33.9']],
    ['2026-02-15', '1.33.9 not released yet: development moves a minor', ['1.34.4', '1.34.4', '1.34.4']],
    ['2026-07-15', '1.33 out of support: development moves a minor', ['1.34.4', '1.34.4', '1.34.4']],
    ['2026-11-23', '1.33 and 1.34 out of support: everyone goes to 1.35', ['1.35.0', '1.35.0', '1.35.0']],
  ])('on %s (%s)', (asOf, _why, expected) => {
    const got = clusters.map((c) => evaluate(c, asOf));
    expect(got.map((e) => e.recommendedTarget)).toEqual(expected);
    for (const [i, e] of got.entries()) {
      const hit = e.hits.find((h) => h.advisory.id === SEED.id && h.component === 'kube-apiserver');
      expect(hit).toBeDefined();
      expect(hit!.target).toMatchObject({ kind: 'upgrade', target: expected[i] });
      expect(hit!.severity).toBe('error');
    }
  });

  test('a version the advisory does not affect has no hit and keeps its version as the recommended target', () => {
    const e = evaluate(spec({ name: 'fixed', version: '1.34.5' }), '2026-03-15');
    expect(e.hits).toEqual([]);
    expect(e.recommendedTarget).toBe('1.34.5');
  });

  test('every component is matched: controller-manager, scheduler, kubelet and kube-proxy of each pool', () => {
    const all = advisory({ ...SEED, id: 'CVE-2026-10002', components: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy'] });
    const e = evaluate(
      spec({
        name: 'p',
        version: '1.34.5',
        controlPlane: [
          { component: 'kube-controller-manager', version: '1.34.2', declared: true },
          { component: 'kube-scheduler', version: '1.34.5', declared: false },
        ],
        nodePools: [
          { name: 'a', kubelet: '1.33.7', kubeProxy: '1.33.7', kubeProxyDeclared: false },
          { name: 'b', kubelet: '1.33.7', kubeProxy: '1.33.9', kubeProxyDeclared: true },
        ],
      }),
      '2026-03-15',
      { advisories: catalogOf([all]) },
    );
    expect(e.hits.map((h) => [h.component, h.version, h.pools, h.lineKey])).toEqual([
      ['kube-controller-manager', '1.34.2', [], 'components.kube-controller-manager'],
      ['kubelet', '1.33.7', ['a', 'b'], 'nodePools[0].kubelet'],
      ['kube-proxy', '1.33.7', ['a'], 'nodePools[0].kubelet'],
    ]);
    // The recommended target fixes every component: the same 1.34 patch line.
    expect(e.recommendedTarget).toBe('1.34.5');
  });
});

describe('advisories without a fix, add-ons and severity', () => {
  const noFix = advisory({
    id: 'CVE-2026-10003',
    fix: 'none',
    affected: [{ minor: null, introduced: '0', lastAffected: null, fixed: null, limit: null }],
    mitigation: 'Block the feature with an admission policy.',
    severity: { version: '3.1', vector: 'x', baseScore: 5, severity: 'MEDIUM', source: 'test' },
  });
  const addOn = advisory({
    id: 'CVE-2026-10004',
    kind: 'add-on',
    components: ['ingress-nginx'],
    versionScheme: 'own',
    matchesClusterVersion: false,
    affected: [{ minor: null, introduced: '0', lastAffected: null, fixed: '1.40.0', limit: null }],
  });

  test('a CVE with no fix is reported with its mitigation, never as an upgrade target', () => {
    const e = evaluate(spec({ name: 'c', version: '1.34.2' }), '2026-03-15', { advisories: catalogOf([SEED, noFix, addOn]) });
    const hit = e.hits.find((h) => h.advisory.id === noFix.id)!;
    expect(hit.target).toEqual({ kind: 'no-fix', version: '1.34.2', mitigation: 'Block the feature with an admission policy.' });
    expect(hit.severity).toBe('warning');
    // Only the fixable advisory decides the recommended target.
    expect(e.recommendedTarget).toBe('1.34.4');
  });

  test('add-on advisories are never matched against a cluster version, whatever their numbers say', () => {
    const e = evaluate(spec({ name: 'c', version: '1.34.2' }), '2026-03-15', { advisories: catalogOf([addOn]) });
    expect(e.hits).toEqual([]);
  });

  test.each([
    ['CRITICAL', 'error'],
    ['HIGH', 'error'],
    ['MEDIUM', 'warning'],
    ['LOW', 'notice'],
    ['NONE', 'notice'],
  ] as const)('CVSS %s → %s', (level, severity) => {
    expect(advisorySeverity(advisory({ id: 'x', severity: { version: '3.1', vector: 'v', baseScore: 1, severity: level, source: 't' } }))).toBe(severity);
  });

  test('no CVSS rating → warning', () => {
    expect(advisorySeverity(advisory({ id: 'x', severity: null }))).toBe('warning');
  });

  test('no supported minor has the fix on the date → the advisory has no target, and does not decide the recommended one', () => {
    const late = advisory({ ...SEED, id: 'CVE-2026-10005', affected: [{ minor: null, introduced: '0', lastAffected: null, fixed: '1.37.0', limit: null }], fixedByMinor: { '1.37': '1.37.0' } });
    const e = evaluate(spec({ name: 'c', version: '1.35.2' }), '2026-11-23', { advisories: catalogOf([late]) });
    expect(e.hits[0]!.target.kind).toBe('no-supported-target');
    expect(e.recommendedTarget).toBe('1.35.2');
    expect(e.recommendedNote).toBeNull();
  });
});

describe('support window', () => {
  test('a cluster on a minor out of support on the date', () => {
    const e = evaluate(spec({ name: 'old', version: '1.31.4', target: '1.31' }), '2026-03-15');
    expect(e.support.status.status).toBe('end-of-life');
    expect(e.support.endOfLife).toBe('2025-11-11');
    // The seed range reaches back before 1.33 (introduced 0): the next supported minor with a fixed patch.
    expect(e.recommendedTarget).toBe('1.33.9');
  });

  test('days left before end of life', () => {
    const e = evaluate(spec({ name: 'soon', version: '1.34.9' }), '2026-09-01');
    expect(e.support.status.status).toBe('maintenance');
    expect(e.support.daysLeft).toBe(56);
  });

  test('node pools on an unsupported minor are listed once per pool', () => {
    const e = evaluate(
      spec({ name: 'p', version: '1.35.2', nodePools: [{ name: 'old', kubelet: '1.33.7', kubeProxy: '1.33.7', kubeProxyDeclared: false }] }),
      '2026-11-23',
    );
    expect(e.componentSupport).toHaveLength(1);
    expect(e.componentSupport[0]!.components).toEqual([
      { component: 'kubelet', version: '1.33.7' },
      { component: 'kube-proxy', version: '1.33.7' },
    ]);
  });
});

describe('version skew', () => {
  const pool = (name: string, kubelet: string, kubeProxy = kubelet) => ({ name, kubelet, kubeProxy, kubeProxyDeclared: kubeProxy !== kubelet });

  test('a kubelet two minors behind, apiserver moved up one minor: below 1.25 it must move first', () => {
    const e = evaluate(spec({ name: 'c', version: '1.25.4', target: '1.26', nodePools: [pool('old', '1.23.9')] }), '2022-12-20');
    const plan = e.skew.filter((p) => p.kind === 'plan');
    expect(plan).toEqual([
      expect.objectContaining({ component: 'kubelet', pool: 'old', maxOlder: 2, skew: -3, requiredMinor: '1.24', blocksAt: '1.26' }),
      expect.objectContaining({ component: 'kube-proxy', pool: 'old', maxOlder: 2, skew: -3 }),
    ]);
    expect(e.skew.filter((p) => p.kind === 'current')).toEqual([]);
  });

  test('a kubelet two minors behind, apiserver moved up one minor: from 1.28 it is allowed, at the limit', () => {
    const e = evaluate(spec({ name: 'c', version: '1.34.2', target: '1.35', nodePools: [pool('p', '1.32.4')] }), '2026-03-15');
    expect(e.skew.map((p) => [p.kind, p.component])).toEqual([
      ['limit', 'kubelet'],
      ['limit', 'kube-proxy'],
    ]);
    expect(e.skew[0]!.message).toMatch(/must be upgraded before the control plane can move past 1\.35/);
  });

  test('three minors behind at the start, apiserver moved up: plan problem naming the step it blocks', () => {
    const e = evaluate(spec({ name: 'c', version: '1.34.2', target: '1.36', nodePools: [pool('p', '1.31.4')] }), '2026-03-15');
    const kubelet = e.skew.find((p) => p.component === 'kubelet')!;
    expect(kubelet).toMatchObject({ kind: 'plan', requiredMinor: '1.33', blocksAt: '1.35', skew: -5 });
    expect(kubelet.message).toMatch(/it must be at 1\.32 or newer before kube-apiserver goes to 1\.35, and at 1\.33 or newer before it goes to 1\.36\. Upgrade the pool first, or along with the control plane$/);
  });

  test.each([
    ['kubelet newer than the apiserver', { nodePools: [pool('n', '1.35.0')] }, 'kubelet', /newer than kube-apiserver/],
    ['kubelet four minors behind', { nodePools: [pool('n', '1.30.2')] }, 'kubelet', /4 minor versions older/],
    [
      'scheduler newer than the apiserver',
      { controlPlane: [{ component: 'kube-scheduler' as const, version: '1.35.0', declared: true }] },
      'kube-scheduler',
      /newer than kube-apiserver/,
    ],
    [
      'controller-manager two minors behind',
      { controlPlane: [{ component: 'kube-controller-manager' as const, version: '1.32.0', declared: true }] },
      'kube-controller-manager',
      /2 minor versions older/,
    ],
    ['kube-proxy four minors from its kubelet', { nodePools: [pool('n', '1.34.0', '1.30.0')] }, 'kubelet:kube-proxy', /older than the pool's kubelet/],
    ['HA apiservers two minors apart', { apiservers: ['1.34.2', '1.32.9'] }, 'kube-apiserver', /2 minor versions apart/],
  ])('%s → current violation', (_name, over, component, message) => {
    const e = evaluate(spec({ name: 'c', version: '1.34.2', ...over }), '2026-03-15');
    const [relativeTo, name] = component.includes(':') ? component.split(':') : ['kube-apiserver', component];
    const problem = e.skew.find((p) => p.kind === 'current' && p.component === name && p.relativeTo === relativeTo);
    expect(problem).toBeDefined();
    expect(problem!.message).toMatch(message);
  });

  test('HA apiservers: a kubelet newer than the oldest instance is out of skew', () => {
    const e = evaluate(spec({ name: 'c', version: '1.34.2', apiservers: ['1.34.2', '1.33.9'], nodePools: [pool('n', '1.34.2')] }), '2026-03-15');
    // The controllers (at 1.34.2 beside the new instance) are measured against the newest instance.
    expect(e.skew.map((p) => [p.kind, p.component, p.relativeVersion])).toEqual([
      ['current', 'kubelet', '1.33.9'],
      ['current', 'kube-proxy', '1.33.9'],
    ]);
  });

  test('a controller-manager one minor behind must catch up before the apiserver moves', () => {
    const e = evaluate(
      spec({ name: 'c', version: '1.34.2', target: '1.35', controlPlane: [{ component: 'kube-controller-manager', version: '1.33.9', declared: true }] }),
      '2026-03-15',
    );
    expect(e.skew).toEqual([expect.objectContaining({ kind: 'plan', component: 'kube-controller-manager', requiredMinor: '1.34', blocksAt: '1.35' })]);
  });

  test('matching versions: no problem', () => {
    expect(evaluate(spec({ name: 'c', version: '1.34.2', target: '1.35', nodePools: [pool('n', '1.34.2')] }), '2026-03-15').skew).toEqual([]);
  });
});

describe('upgrade path', () => {
  const entry = (apiVersion: string, kind: string, e: Partial<ApiEntry>): ApiEntry => ({
    apiVersion, group: apiVersion.split('/')[0]!, version: apiVersion.split('/')[1]!, kind, stability: 'beta',
    introducedIn: null, deprecatedIn: null, removedIn: null, plannedRemovalIn: null, firstServed: '1.16', lastServed: '1.36',
    replacement: null, noReplacement: null, ...e,
  });
  const api = testCatalog([
    ...testEntries,
    entry('example.k8s.io/v1beta1', 'Widget', { deprecatedIn: '1.31', removedIn: '1.34', lastServed: '1.33', replacement: { apiVersion: 'example.k8s.io/v1', kind: 'Widget' } }),
    entry('example.k8s.io/v1beta2', 'Gadget', { deprecatedIn: '1.32', removedIn: '1.35', lastServed: '1.34' }),
  ]);
  const doc = (file: string, apiVersion: string, kind: string, line: number): ClusterDocument => ({
    file, apiVersion, kind, name: 'x', namespace: 'ns', line: () => line,
  });
  const documents = [
    doc('deploy/prod/a.yaml', 'example.k8s.io/v1beta1', 'Widget', 3),
    doc('deploy/prod/b.yaml', 'example.k8s.io/v1beta2', 'Gadget', 1),
    doc('deploy/prod/c.yaml', 'apps/v1', 'Deployment', 1),
  ];

  test('an apiserver target three minors ahead: ordered steps, each with its removals', () => {
    const e = evaluate(spec({ name: 'c', version: '1.32.4', target: '1.35', paths: ['deploy/prod/**'] }), '2026-01-15', { api, documents, scanTarget: '1.35' });
    expect(e.path).toEqual(['1.32', '1.33', '1.34', '1.35']);
    expect(e.steps.map((s) => [s.minor, s.removals.map((r) => `${r.file}:${r.line}`), s.unreported])).toEqual([
      ['1.33', [], 0],
      ['1.34', ['deploy/prod/a.yaml:3'], 0],
      ['1.35', ['deploy/prod/b.yaml:1'], 0],
    ]);
    expect(e.steps[1]!.removals[0]!.replacement).toBe('example.k8s.io/v1');
  });

  test('removals beyond the scan target are counted as not reported per file', () => {
    const e = evaluate(spec({ name: 'c', version: '1.33.4', target: '1.35', paths: ['deploy/**'] }), '2026-01-15', { api, documents, scanTarget: '1.34' });
    expect(e.steps.map((s) => s.unreported)).toEqual([0, 1]);
  });

  test('target equal to the current minor: a path of one', () => {
    const e = evaluate(spec({ name: 'c', version: '1.34.2' }), '2026-01-15', { api, documents });
    expect(e.path).toEqual(['1.34']);
    expect(e.steps).toEqual([]);
  });
});
