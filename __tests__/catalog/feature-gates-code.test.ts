/** The reader of the gate source files each release compiles in (scripts/lib/feature-gate-code.ts). */
import { parseGoFeatureFile, releaseGates, specInForce, stripGoComments, upstreamGoFiles, type CodeSpec } from '../../scripts/lib/feature-gate-code.js';

const kube = `package features
const (
	// CPUCFSQuotaPeriod featuregate.Feature = "NotThis"
	CPUCFSQuotaPeriod featuregate.Feature = "CustomCPUCFSQuotaPeriod"
	SystemdWatchdog = featuregate.Feature("SystemdWatchdog")
	StatefulSetSemanticRevisionComparison = "StatefulSetSemanticRevisionComparison"
	notAGate = "some string"
	contextualDefault = true
)
var defaultVersionedKubernetesFeatureGates = map[featuregate.Feature]featuregate.VersionedSpecs{
	CPUCFSQuotaPeriod: {
		{Version: version.MustParse("1.12"), Default: false, PreRelease: featuregate.Alpha},
		{Version: version.MustParse("1.36"), Default: true, PreRelease: featuregate.GA}, // comment {with braces}
	},
	SystemdWatchdog: {
		{Version: version.MustParse("1.32"), Default: true, PreRelease: featuregate.Beta},
		{Version: version.MustParse("1.35"), Default: true, PreRelease: featuregate.GA, LockToDefault: true},
	},
	StatefulSetSemanticRevisionComparison: {
		{Version: version.MajorMinor(1, 34), Default: contextualDefault, PreRelease: featuregate.Beta},
	},
	genericfeatures.APIListChunking: {
		{Version: version.MustParse("1.0"), Default: true, PreRelease: featuregate.GA, LockToDefault: true},
	},
}
var defaultKubernetesFeatureGateDependencies = map[featuregate.Feature][]featuregate.Feature{
	StatefulSetSemanticRevisionComparison: {},
}
`;
const apiserver = `package features
const (
	APIListChunking featuregate.Feature = "APIListChunking"
)
var defaultKubernetesFeatureGates = map[featuregate.Feature]featuregate.FeatureSpec{
	APIListChunking: {Default: true, PreRelease: featuregate.GA, LockToDefault: true},
}
`;

test('gate names are the string constants, never the Go identifiers; untyped constants count only as map keys', () => {
  const p = parseGoFeatureFile({ name: 'kube_features.go', text: kube });
  expect(Object.fromEntries(p.constants)).toEqual({
    CPUCFSQuotaPeriod: 'CustomCPUCFSQuotaPeriod',
    SystemdWatchdog: 'SystemdWatchdog',
    StatefulSetSemanticRevisionComparison: 'StatefulSetSemanticRevisionComparison',
  });
  expect(p.entries.map((e) => e.key)).toEqual(['CPUCFSQuotaPeriod', 'SystemdWatchdog', 'StatefulSetSemanticRevisionComparison', 'genericfeatures.APIListChunking']);
});

test.each<[string, Record<string, string>]>([
  ['1.34', { CustomCPUCFSQuotaPeriod: 'alpha/false/false', SystemdWatchdog: 'beta/true/false', StatefulSetSemanticRevisionComparison: 'beta/true/false', APIListChunking: 'ga/true/true' }],
  ['1.36', { CustomCPUCFSQuotaPeriod: 'ga/true/false', SystemdWatchdog: 'ga/true/true', StatefulSetSemanticRevisionComparison: 'beta/true/false', APIListChunking: 'ga/true/true' }],
  ['1.31', { CustomCPUCFSQuotaPeriod: 'alpha/false/false', APIListChunking: 'ga/true/true' }],
])('the gates of release %s: the spec in force, other packages resolved, a gate without a spec ≤ the release absent', (release, want) => {
  const gates = releaseGates([{ name: 'kube_features.go', text: kube }, { name: 'apiserver_kube_features.go', text: apiserver }], release);
  expect(Object.fromEntries([...gates].map(([n, s]) => [n, `${s.stage}/${s.default}/${s.locked}`]))).toEqual(want);
  expect(gates.get('APIListChunking')?.files).toEqual(['kube_features.go', 'apiserver_kube_features.go']);
});

test('a gate listed twice with different specs is an error', () => {
  const other = apiserver.replace('LockToDefault: true', 'LockToDefault: false');
  expect(() => releaseGates([{ name: 'kube_features.go', text: kube }, { name: 'apiserver_kube_features.go', text: other }], '1.36')).toThrow(/APIListChunking differs/);
});

test('specInForce: an unversioned spec always; versioned: the last at or before the release', () => {
  const s = (version: string | null, stage: CodeSpec['stage']): CodeSpec => ({ version, stage, default: false, lockToDefault: false });
  expect(specInForce([s(null, 'beta')], '1.18')?.stage).toBe('beta');
  expect(specInForce([s('1.33', 'ga'), s('1.30', 'alpha')], '1.32')?.stage).toBe('alpha');
  expect(specInForce([s('1.37', 'alpha')], '1.36')).toBeNull();
});

test('comments are dropped, strings kept', () => {
  expect(stripGoComments('a // b "c"\n"d // e" /* f */ g')).toBe('a \n"d // e"  g');
});

test('upstreamGoFiles: upstream copies replace fork files, openshift_* and non-Go files are left out', () => {
  expect(
    upstreamGoFiles(['kube_features.go', 'upstream-v1.32.10_kube_features.go', 'upstream-v1.32.10_versioned_kube_features.go', 'versioned_kube_features.go', 'openshift_features.go', 'versioned_feature_list.yaml', 'apiserver_kube_features.go']),
  ).toEqual([
    { file: 'apiserver_kube_features.go', name: 'apiserver_kube_features.go' },
    { file: 'upstream-v1.32.10_kube_features.go', name: 'kube_features.go' },
    { file: 'upstream-v1.32.10_versioned_kube_features.go', name: 'versioned_kube_features.go' },
  ]);
});
