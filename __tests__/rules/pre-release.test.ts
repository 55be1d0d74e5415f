/**
 * The pre-release minor (1.37: one past the newest GA release 1.36, from pre-release data) through the real rules and
 * the committed catalogs: APIs from the k8s.io/api v0.37.0-beta.0 lifecycle markers, feature gates from kubernetes
 * master's development list, config files and flags from the v1.37 draft notes, release dates from its calendar;
 * settings that accept 1.37 and refuse 1.38; and the one pre-release-target notice.
 */
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULES, ruleMeta } from '../../src/rules/index.js';
import { shouldFail } from '../../src/app/run.js';
import type { ScanResult } from '../../src/app/result.js';
import { preReleaseTarget } from '../../src/rules/pre-release-target.js';
import type { Finding } from '../../src/findings/types.js';
import { embeddedCatalogs, loadApiCatalog, loadComponentConfigCatalog, loadFeatureGateCatalog, loadReleasesCatalog } from '../../src/platform/catalogs.js';
import { targetPreRelease } from '../../src/catalog/index.js';
import { horizonOf, preReleaseAt } from '../../src/catalog/pre-release.js';
import { findMinor, supportStatus } from '../../src/catalog/releases.js';
import { configApiStatus, parseComponentConfigCatalog, removedFlag } from '../../src/catalog/component-config.js';
import { parseFeatureGateCatalog } from '../../src/catalog/feature-gates.js';
import { resolveScanSettings } from '../../src/settings/scan.js';
import { targetApiVersions } from '../../src/render/helm.js';

const api = loadApiCatalog();
const names = { target: '--target', current: '--current', failOn: '--fail-on', maxFileBytes: '--max-file-bytes' };

function scan(text: string, target: string, current: string | null = null): Finding[] {
  const out: Finding[] = [];
  const catalogs = embeddedCatalogs();
  const engine = createEngine(RULES, { target, current, catalog: catalogs.api, featureGates: catalogs.featureGates, componentConfig: catalogs.componentConfig }, (f) => out.push(f));
  for (const doc of parseManifestText(text).documents) engine.document(doc, 'f.yaml');
  engine.run({ files: 1, documents: 1, paths: ['.'], preRelease: targetPreRelease(catalogs, target) });
  return out;
}

const object = (apiVersion: string, kind: string): string => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`;
const apiserver = (gates: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver
  namespace: kube-system
spec:
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.36.0
      command:
        - kube-apiserver
        - --feature-gates=${gates}
`;
const kubelet = (flag: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: kubelet
  namespace: kube-system
spec:
  containers:
    - name: kubelet
      image: registry.k8s.io/kubelet:v1.36.0
      command:
        - kubelet
        - ${flag}
`;

/** rule/severity of every finding but the pre-release notice. */
const outcome = (found: readonly Finding[]): string[] => found.filter((f) => f.ruleId !== 'pre-release-target').map((f) => `${f.ruleId}/${f.severity}`);

describe('every catalog names 1.37 as its pre-release minor, and latest stays 1.36', () => {
  test.each([
    ['api', api, /^k8s\.io\/api v0\.37\.0-beta\.0 \(kubernetes\/api 1c293eaf810b123325bc7d2c0b9682ff8806aaee\)/],
    ['feature gates', loadFeatureGateCatalog(), /^kubernetes\/kubernetes master ae5d4d35bd942887007f2932150e87e7cfce8361 \(1\.37 development\)/],
    ['component config', loadComponentConfigCatalog(), /^v1\.37 release-notes draft \(kubernetes\/sig-release e8dfc80571dcb23c67a5ec044da17374358130cf/],
    ['releases', loadReleasesCatalog(), /^v1\.37 release calendar \(kubernetes\/sig-release e8dfc80571dcb23c67a5ec044da17374358130cf, releases\/release-1\.37\/README\.md\)$/],
  ] as const)('%s', (_name, catalog, source) => {
    expect(catalog.newestRelease).toBe('1.36');
    expect(catalog.preRelease?.release).toBe('1.37');
    expect(catalog.preRelease?.source).toMatch(source);
    expect(horizonOf(catalog)).toBe('1.37');
    expect(preReleaseAt(catalog, '1.37')).toBe(catalog.preRelease);
    expect(preReleaseAt(catalog, '1.36')).toBeNull();
    expect(preReleaseAt(catalog, '1.38')).toBeNull();
  });

  test('a catalog whose preRelease is not the minor after newestRelease is refused', () => {
    const gates = JSON.parse(JSON.stringify(loadFeatureGateCatalog())) as Record<string, unknown>;
    expect(() => parseFeatureGateCatalog({ ...gates, preRelease: { release: '1.38', source: 'x' } })).toThrow(/preRelease 1\.38 is not the minor after 1\.36/);
    expect(() => parseFeatureGateCatalog({ ...gates, preRelease: { release: '1.37' } })).toThrow(/preRelease must be null or \{ release, source \}/);
    expect(parseFeatureGateCatalog({ ...gates, preRelease: null }).preRelease).toBeNull();
    const config = JSON.parse(JSON.stringify(loadComponentConfigCatalog())) as Record<string, unknown>;
    expect(() => parseComponentConfigCatalog({ ...config, preRelease: { release: '1.36', source: 'x' } })).toThrow(/not the minor after 1\.36/);
  });

  test('releases: 1.37 has its planned date, no patches, and is unreleased on the data date', () => {
    const releases = loadReleasesCatalog();
    expect(findMinor(releases, '1.37')).toMatchObject({ released: false, releaseDate: null, plannedReleaseDate: '2026-08-26', patches: [], latestPatch: null });
    expect(supportStatus(releases, '1.37', '2026-08-22')).toMatchObject({ status: 'unreleased', until: '2026-08-26' });
  });
});

describe('--target 1.37 through the rules (table)', () => {
  test.each<[string, string, string[], string[]]>([
    // APIs: lifecycle markers of k8s.io/api v0.37.0-beta.0
    ['ServiceCIDR v1beta1: removed in 1.37 (beta markers)', object('networking.k8s.io/v1beta1', 'ServiceCIDR'), ['deprecated-api/warning'], ['removed-api/error']],
    ['VolumeAttributesClass v1beta1: removed in 1.37 (beta markers)', object('storage.k8s.io/v1beta1', 'VolumeAttributesClass'), ['deprecated-api/warning'], ['removed-api/error']],
    ['ClusterTrustBundle v1alpha1: removed in 1.37 (alpha markers)', object('certificates.k8s.io/v1alpha1', 'ClusterTrustBundle'), ['deprecated-api/warning'], ['removed-api/error']],
    ['StorageVersionMigration v1beta1: deprecated in 1.37 (moved from 1.38 by the beta tag)', object('storagemigration.k8s.io/v1beta1', 'StorageVersionMigration'), [], ['deprecated-api/warning']],
    ['MutatingAdmissionPolicy v1beta1: deprecated in 1.37', object('admissionregistration.k8s.io/v1beta1', 'MutatingAdmissionPolicy'), [], ['deprecated-api/warning']],
    ['new GA kind of 1.37', object('certificates.k8s.io/v1', 'ClusterTrustBundle'), [], []],
    ['served in both', object('apps/v1', 'Deployment'), [], []],
    ['removed long before', object('batch/v1beta1', 'CronJob'), ['removed-api/error'], ['removed-api/error']],
    // feature gates: kubernetes master during 1.37 development
    ['gate removal planned for 1.37', apiserver('SidecarContainers=true'), ['locked-feature-gate/warning'], ['removed-feature-gate/error']],
    ['gate absent from master', apiserver('JobSuccessPolicy=true'), ['locked-feature-gate/warning'], ['removed-feature-gate/error']],
    ['gate locked GA in 1.37', apiserver('HPAConfigurableTolerance=false'), [], ['locked-feature-gate/error']],
    ['gate locked GA in 1.37, set to its default', apiserver('HPAConfigurableTolerance=true'), [], ['locked-feature-gate/warning']],
    ['gate new in 1.37', apiserver('DefaultPodSysctls=true'), ['unknown-feature-gate/error'], []],
    ['gate deprecated in 1.37 (master placeholder)', apiserver('KubeProxyIPVS=true'), ['unknown-feature-gate/error'], ['deprecated-feature-gate/warning']],
    ['gate unchanged', apiserver('APIServerIdentity=true'), [], []],
    ['no such gate', apiserver('NotAKubernetesGate=true'), ['unknown-feature-gate/error'], ['unknown-feature-gate/error']],
    // config files and flags: v1.37 draft release notes
    ['kubeadm v1beta3 removal in the 1.37 draft', 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n', ['deprecated-config-api/warning'], ['removed-config-api/error']],
    ['kubelet flag removed by the 1.37 draft', kubelet('--containerd=/run/containerd.sock'), [], ['removed-flag/error']],
  ])('%s', (_what, text, at136, at137) => {
    expect(outcome(scan(text, '1.36'))).toEqual(at136);
    expect(outcome(scan(text, '1.37'))).toEqual(at137);
  });

  test('messages and data name the 1.37 removal and where it comes from', () => {
    const [removed] = scan(object('networking.k8s.io/v1beta1', 'ServiceCIDR'), '1.37', '1.36').filter((f) => f.ruleId === 'removed-api');
    expect(removed?.message).toBe(
      'ServiceCIDR "x" uses networking.k8s.io/v1beta1, which Kubernetes 1.37 no longer serves (deprecated in 1.34, removed in 1.37 per its pre-release data). ' +
        'Migrate to networking.k8s.io/v1. The current release 1.36 already serves networking.k8s.io/v1: migrate before the upgrade.',
    );
    expect(removed?.data).toMatchObject({ removedIn: '1.37', plannedRemovalIn: '1.37', target: '1.37' });
    const [gate] = scan(apiserver('SidecarContainers=true'), '1.37', '1.36').filter((f) => f.ruleId === 'removed-feature-gate');
    expect(gate?.message).toMatch(/^Feature gate SidecarContainers was removed in Kubernetes 1\.37 \(GA in 1\.33, last accepted in 1\.36\): kube-apiserver 1\.37 refuses to start with it/);
    expect(gate?.message).toMatch(/Kubernetes 1\.36 still accepts it: delete it before the upgrade\.$/);
    const [config] = scan('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n', '1.37').filter((f) => f.ruleId === 'removed-config-api');
    expect(config?.message).toMatch(/kubeadm 1\.37 no longer reads kubeadm\.k8s\.io\/v1beta3 \(deprecated in 1\.31, removed in 1\.37 per its draft release notes\)/);
    const [flag] = scan(kubelet('--containerd=/run/containerd.sock'), '1.37').filter((f) => f.ruleId === 'removed-flag');
    expect(flag?.message).toMatch(/^--containerd was removed from kubelet in Kubernetes 1\.37 \(per its draft release notes\): kubelet 1\.37 refuses to start with it/);
    expect(flag?.data).toMatchObject({ removedIn: '1.37' });
  });

  test('catalog queries at 1.37: served set, config API alternatives, flags', () => {
    const served = new Set(targetApiVersions(api, '1.37'));
    expect(served.has('certificates.k8s.io/v1/ClusterTrustBundle')).toBe(true);
    expect(served.has('networking.k8s.io/v1beta1/ServiceCIDR')).toBe(false);
    expect(served.has('networking.k8s.io/v1/ServiceCIDR')).toBe(true);
    expect(served.has('apps/v1/Deployment')).toBe(true);
    expect(new Set(targetApiVersions(api, '1.36')).has('certificates.k8s.io/v1/ClusterTrustBundle')).toBe(false);
    expect(api.status('certificates.k8s.io/v1', 'ClusterTrustBundle', '1.36').state).toBe('not-yet-served');
    const cc = loadComponentConfigCatalog();
    expect(configApiStatus(cc, 'kubeadm.k8s.io/v1beta3', 'ClusterConfiguration', '1.37')).toMatchObject({ state: 'removed', alternatives: ['kubeadm.k8s.io/v1beta4'] });
    expect(configApiStatus(cc, 'kubeadm.k8s.io/v1beta3', 'ClusterConfiguration', '1.36')?.state).toBe('deprecated');
    expect(removedFlag(cc, 'kubelet', 'containerd', '1.36')).toBeNull();
  });
});

describe('the pre-release-target notice', () => {
  test('one notice for a 1.37 target, naming every source and the planned date; none for 1.36 or 1.25', () => {
    const notices = scan(object('apps/v1', 'Deployment'), '1.37').filter((f) => f.ruleId === 'pre-release-target');
    expect(notices).toHaveLength(1);
    const [n] = notices;
    expect(n).toMatchObject({ ruleId: 'pre-release-target', severity: 'notice', file: null, line: null });
    expect(n?.message).toMatch(/^Kubernetes 1\.37 is not a GA release in this kube-upgrade-gate's data \(newest GA: 1\.36, planned for 2026-08-26 by its release calendar\): the results for target 1\.37 come from pre-release data/);
    expect(n?.message).toContain('can change before 1.37.0; check again with data that covers 1.37 as GA before relying on them. Sources: APIs: k8s.io/api v0.37.0-beta.0');
    expect(n?.message).toContain('feature gates: kubernetes/kubernetes master ae5d4d35bd942887007f2932150e87e7cfce8361');
    expect(n?.message).toContain('config files and flags: v1.37 release-notes draft');
    expect(n?.message).toContain('release dates: v1.37 release calendar');
    expect(n?.data).toMatchObject({ target: '1.37', release: '1.37', newestRelease: '1.36', plannedReleaseDate: '2026-08-26' });
    expect((n?.data['sources'] as Array<{ catalog: string }>).map((s) => s.catalog)).toEqual(['api', 'feature-gates', 'component-config', 'releases']);
    expect(scan(object('apps/v1', 'Deployment'), '1.36').filter((f) => f.ruleId === 'pre-release-target')).toEqual([]);
    expect(scan(object('apps/v1', 'Deployment'), '1.25').filter((f) => f.ruleId === 'pre-release-target')).toEqual([]);
  });

  test('meta: notice, never fails a run', () => {
    expect(preReleaseTarget.meta).toMatchObject({ id: 'pre-release-target', defaultSeverity: 'notice', severityText: 'notice', gate: 'never' });
    expect(preReleaseTarget.scope).toBe('run');
    expect(ruleMeta('pre-release-target')).toBe(preReleaseTarget.meta);
    const findings = scan(object('apps/v1', 'Deployment'), '1.37');
    expect(findings.map((f) => f.ruleId)).toEqual(['pre-release-target']);
    const result = { findings } as unknown as ScanResult;
    expect(shouldFail(result, 'notice')).toBe(false);
  });

  test('targetPreRelease reads the other catalogs only for a pre-release target', () => {
    const base = embeddedCatalogs();
    const asked: string[] = [];
    const spy = {
      ...base,
      featureGates: () => (asked.push('featureGates'), base.featureGates()),
      componentConfig: () => (asked.push('componentConfig'), base.componentConfig()),
      releases: () => (asked.push('releases'), base.releases()),
    };
    expect(targetPreRelease(spy, '1.36')).toBeNull();
    expect(asked).toEqual([]);
    expect(targetPreRelease(spy, '1.37')?.release).toBe('1.37');
    expect(asked).toEqual(['featureGates', 'componentConfig', 'releases']);
  });
});

describe('scan settings', () => {
  const resolve = (target: string, current?: string) => resolveScanSettings({ root: '/w', paths: ['.'], target, current }, api, names);

  test.each([
    ['1.37', '1.37'],
    ['v1.37', '1.37'],
    ['1.37.0', '1.37'],
    ['latest', '1.36'],
    ['LATEST', '1.36'],
    ['1.36', '1.36'],
  ])('--target %s → %s', (given, target) => {
    expect(resolve(given).target).toBe(target);
  });

  test('--current may be 1.36 (or 1.37) with --target 1.37', () => {
    expect(resolve('1.37', '1.36')).toMatchObject({ target: '1.37', current: '1.36' });
    expect(resolve('1.37', '1.37')).toMatchObject({ target: '1.37', current: '1.37' });
  });

  test.each(['1.38', '1.40', '2.0'])('--target %s is refused, naming the newest GA and the pre-release minor', (given) => {
    expect(() => resolve(given)).toThrow(
      new RegExp(`^--target ${given.replace('.', '\\.')} is newer than the newest release in the API catalog \\(1\\.36, catalog 1\\.36\\.\\d{8}; pre-release data covers 1\\.37 only\\); results for it would be guesses\\. Use 1\\.37 or older or update kube-upgrade-gate$`),
    );
  });
});
