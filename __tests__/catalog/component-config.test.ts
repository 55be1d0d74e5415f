import {
  buildComponentConfigCatalog,
  checkCitation,
  CitationError,
  confirmSummaryRow,
  flagNameRe,
  formatComponentConfigCatalog,
  indexNotes,
  parseComponentConfigSummary,
  parseConfigApiOverlay,
  parseFlagOverlay,
  parseKubeadmGateOverlay,
  REMOVED_WORDING,
  DEPRECATED_WORDING,
  splitPlanned,
  statesRemoval,
  flagRemovalCandidates,
  unreviewedCandidates,
  type ComponentConfigInputs,
  type NotesFile,
} from '../../scripts/lib/component-config.js';
import {
  configApiStatus,
  kubeadmGateStatus,
  parseComponentConfigCatalog,
  removedAdmissionPlugin,
  removedFlag,
} from '../../src/catalog/component-config.js';
import { loadComponentConfigCatalog } from '../../src/platform/catalogs.js';
import { testComponentConfigCatalog } from '../helpers/gates.js';
import { compareApiVersions } from '../../src/version/index.js';

const pr = (n: number): string => ` ([#${n}](https://github.com/kubernetes/kubernetes/pull/${n}), [@someone](https://github.com/someone))`;

const notes: NotesFile[] = [
  {
    release: '1.24',
    path: 'changelog-notes/v1.24.md',
    draft: false,
    text: [
      '## Urgent Upgrade Notes',
      `- Kube-apiserver: the insecure address flags \`--address\`, \`--insecure-bind-address\`, \`--port\` and \`--insecure-port\` (inert since 1.20) are removed${pr(106859)}`,
      `- The \`client.authentication.k8s.io/v1alpha1\` ExecCredential has been removed.${pr(108616)}`,
      `- [cleanup] Kubeadm: remove the \`IPv6DualStack\` feature gate. The feature has been GA and locked to enabled since 1.23.${pr(106648)}`,
      `- The kube-controller-manager flag \`--foo\` will be removed in a future release.${pr(1)}`,
    ].join('\n'),
  },
  {
    release: '1.25',
    path: 'changelog-notes/v1.25.md',
    draft: false,
    text: `- The beta \`PodSecurityPolicy\` admission plugin, deprecated since 1.21, is removed.${pr(109798)}\n- Removed \`--bar\` (it was a no-op).${pr(2)}`,
  },
  { release: '1.37', path: 'changelog-notes/v1.37-draft.md', draft: true, text: `- [cleanup] Removed the \`--concurrent-service-syncs\` kube-controller-manager flag.${pr(138002)}` },
];
const index = indexNotes(notes, '1.36');

describe('rule checkCitation', () => {
  const flag = (flags: string[], component: RegExp | null) => ({
    names: [...flags.map((f) => ({ what: `--${f}`, re: flagNameRe(f) })), ...(component ? [{ what: 'the component', re: component }] : [])],
    wording: REMOVED_WORDING,
  });
  test.each<[string, Parameters<typeof checkCitation>[1], Parameters<typeof checkCitation>[2], string[]]>([
    ['supported', { notes: '1.24', pr: 106859 }, { ...flag(['insecure-port', 'port'], /kube-apiserver/i), release: '1.24' }, []],
    ['a flag the note does not name', { notes: '1.24', pr: 106859 }, { ...flag(['secure-port'], null), release: '1.24' }, ['v1.24 notes, kubernetes#106859 does not name --secure-port']],
    ['a prefix is not the flag', { notes: '1.24', pr: 106859 }, { ...flag(['insecure'], null), release: '1.24' }, ['v1.24 notes, kubernetes#106859 does not name --insecure']],
    ['another component', { notes: '1.24', pr: 106859 }, { ...flag(['port'], /kubelet/i), release: '1.24' }, ['v1.24 notes, kubernetes#106859 does not name the component']],
    ['a plan is not a removal', { notes: '1.24', pr: 1 }, { ...flag(['foo'], null), release: '1.24' }, ['v1.24 notes, kubernetes#1 does not state a removal']],
    ['a pull request the notes do not link', { notes: '1.24', pr: 999 }, { ...flag(['x'], null), release: '1.24' }, ['changelog-notes/v1.24.md has no note linking #999']],
    ['notes the mirror does not have', { notes: '1.19', pr: 1 }, { ...flag(['x'], null), release: '1.19' }, ['no release notes for 1.19 in the mirror']],
    ['a release the note does not name', { notes: '1.25', pr: 2 }, { ...flag(['bar'], null), release: '1.24' }, ['v1.25 notes, kubernetes#2 is the notes of 1.25 but does not name 1.24']],
    ['a release the note names', { notes: '1.24', pr: 106648 }, { names: [{ what: 'IPv6DualStack', re: /IPv6DualStack/ }], wording: { what: 'a lock', re: /locked/ }, release: '1.23' }, []],
    ['a deprecation the note does not state', { notes: '1.24', pr: 108616 }, { names: [], wording: DEPRECATED_WORDING, release: null }, ['v1.24 notes, kubernetes#108616 does not state a deprecation']],
  ])('%s', (_name, cite, check, want) => {
    expect(checkCitation(index, cite, check)).toEqual(want);
  });

  test('alsoCited notes may supply a name; the removal wording must be in the main note', () => {
    expect(checkCitation(index, { notes: '1.25', pr: 2 }, { names: [{ what: '--bar', re: flagNameRe('bar') }, { what: 'kube-apiserver', re: /kube-apiserver/i }], wording: REMOVED_WORDING, release: '1.25' }, [{ notes: '1.24', pr: 106859 }])).toEqual([]);
  });

  test.each<[string, boolean]>([
    ['Removed flags `a`', true],
    ['the flags are removed in v1.24', true],
    ['flags are no longer accepted', true],
    ['will be removed in v1.24', false],
    ['should be removed from your scripts', false],
    ['please remove it now', false],
  ])('statesRemoval(%j) = %s', (text, want) => {
    expect(statesRemoval(text)).toBe(want);
  });
});

describe('rule flagRemovalCandidates: notes the overlay must cite or review', () => {
  test('finds flag and plugin removals, not plans or gate-only notes', () => {
    const idx = indexNotes([{ release: '1.30', path: 'v1.30.md', draft: false, text: [
      `- Removed the \`--a\` flag of kube-proxy.${pr(1)}`,
      `- The \`--b\` flag will be removed in v1.32.${pr(2)}`,
      `- Removed the \`Gate\` feature gate.${pr(3)}`,
      `- Removed admission plugin \`Thing\`.${pr(4)}`,
      '- Removed kubectl flag `--c` (no pull request).',
    ].join('\n') }], '1.36');
    expect(flagRemovalCandidates(idx).map((c) => c.cite)).toEqual([
      { notes: '1.30', pr: 1 },
      { notes: '1.30', pr: 4 },
      { notes: '1.30', quote: 'Removed kubectl flag `--c` (no pull request).' },
    ]);
    const overlays = {
      ...parseFlagOverlay('flags:\n  - component: kube-proxy\n    flags: [a]\n    removedIn: "1.30"\n    removedBy: { notes: "1.30", pr: 1 }\nadmissionPlugins: []\nreviewed:\n  - { notes: "1.30", quote: "Removed kubectl flag", reason: "kubectl" }\n'),
      kubeadmGates: [],
      configApis: [],
    };
    expect(unreviewedCandidates(idx, overlays).map((c) => c.cite)).toEqual([{ notes: '1.30', pr: 4 }]);
  });
  test('a reviewed note needs a reason', () => {
    expect(() => parseFlagOverlay('flags: []\nadmissionPlugins: []\nreviewed:\n  - { notes: "1.30", pr: 4 }\n')).toThrow(/needs a reason/);
  });
});

describe('overlay parsing', () => {
  test('a well-formed flag overlay', () => {
    const o = parseFlagOverlay('flags:\n  - component: kubelet\n    flags: [a, b-c]\n    removedIn: "1.24"\n    removedBy: { notes: "1.24", pr: 1 }\nadmissionPlugins: []\n');
    expect(o).toEqual({ flags: [{ component: 'kubelet', flags: ['a', 'b-c'], removedIn: '1.24', removedBy: { notes: '1.24', pr: 1 } }], admissionPlugins: [], reviewed: [] });
  });
  test.each<[string, RegExp]>([
    ['flags:\n  - component: kubelet\n    flags: [--a]\n    removedIn: "1.24"\n    removedBy: { notes: "1.24", pr: 1 }\nadmissionPlugins: []\n', /flags\[0\]\.flags/],
    ['flags:\n  - component: etcd\n    flags: [a]\n    removedIn: "1.24"\n    removedBy: { notes: "1.24", pr: 1 }\nadmissionPlugins: []\n', /component: expected one of/],
    ['flags:\n  - component: kubelet\n    flags: [a]\n    removedIn: 1.24\n    removedBy: { notes: "1.24", pr: 1 }\nadmissionPlugins: []\n', /quoted release/],
    ['flags:\n  - component: kubelet\n    flags: [a]\n    removedIn: "1.24"\n    removedBy: { notes: "1.24" }\nadmissionPlugins: []\n', /needs pr or quote/],
    ['flags:\n  - component: kubelet\n    flags: [a]\n    removedIn: "1.24"\n    removedBy: { notes: "1.24", pr: 1 }\n    typo: x\nadmissionPlugins: []\n', /unknown key typo/],
  ])('rejects %#', (text, error) => {
    expect(() => parseFlagOverlay(text)).toThrow(error);
  });
  test('kubeadm gates need a value for a lock, and a fact', () => {
    expect(() => parseKubeadmGateOverlay('gates:\n  - gate: Ab\n    lockedIn: "1.25"\n    lockedBy: { notes: "1.25", pr: 1 }\n')).toThrow(/lockedValue/);
    expect(() => parseKubeadmGateOverlay('gates:\n  - gate: Ab\n')).toThrow(/at least one fact/);
  });
  test('config APIs need a citation', () => {
    expect(() => parseConfigApiOverlay('apis:\n  - group: a.k8s.io\n    versions: [v1]\n    kinds: []\n    component: kubelet\n')).toThrow(/at least one citation/);
  });
});

describe('rule parseComponentConfigSummary', () => {
  const md = [
    '# Summary',
    '## kubeadm (`kubeadm.k8s.io`) — InitConfiguration, ClusterConfiguration',
    '| version | introduced | deprecated | removed | evidence |',
    '|---|---|---|---|---|',
    '| v1beta2 | 1.15 (#76710) | 1.24 (#107013) | 1.27 (#114540 "removed") | SR 1.27 |',
    '| v1beta3 | 1.22 | 1.31 | **1.37** per the draft (#136016) | SR |',
    '| v1beta4 | 1.31 | — | — (current) | WEB |',
    '## kubelet (`kubelet.config.k8s.io`)',
    '| kind | version | available (STAGING tags) | status / evidence |',
    '|---|---|---|---|',
    '| KubeletConfiguration (`--config` file) | v1beta1 | ≤1.12 … 1.36 | current |',
    '| CredentialProviderConfig | v1 | 1.26+ | GA 1.26 (#111616) |',
    '| ImagePullIntent (state) | v1alpha1 (1.33+) | | not user config |',
    '## kube-scheduler (`kubescheduler.config.k8s.io`) — KubeSchedulerConfiguration',
    '| version | available (STAGING) | deprecated | removed | evidence |',
    '|---|---|---|---|---|',
    '| v1beta1 | 1.19–1.22 | (no deprecation note found) | 1.23 (#104782) | SR 1.23 |',
    '| v1 `Policy` (legacy) | 1.17–1.22 | | 1.23 | STAGING |',
    '## kube-apiserver config files (`apiserver.config.k8s.io`)',
    '| what | change | evidence |',
    '|---|---|---|',
    '| audit | deprecated 1.21 | SR |',
  ].join('\n');
  const rows = parseComponentConfigSummary(md);

  test('reads the versioned tables, skips prose tables and internal records', () => {
    expect(rows.map((r) => [r.group, r.version, r.kinds, r.introducedIn, r.deprecatedIn, r.removed])).toEqual([
      ['kubeadm.k8s.io', 'v1beta2', [], '1.15', '1.24', '1.27'],
      ['kubeadm.k8s.io', 'v1beta3', [], '1.22', '1.31', '1.37'],
      ['kubeadm.k8s.io', 'v1beta4', [], '1.31', null, null],
      ['kubelet.config.k8s.io', 'v1beta1', ['KubeletConfiguration'], null, null, null],
      ['kubelet.config.k8s.io', 'v1', ['CredentialProviderConfig'], '1.26', null, null],
      ['kubescheduler.config.k8s.io', 'v1beta1', ['KubeSchedulerConfiguration'], '1.19', null, '1.23'],
      ['kubescheduler.config.k8s.io', 'v1', ['Policy'], '1.17', null, '1.23'],
    ]);
    expect(rows[0]?.prs).toEqual([76710, 107013, 114540]);
  });

  test('rule confirmSummaryRow: confirmed facts become evidence, the others warnings', () => {
    const row = { ...(rows[0] as (typeof rows)[number]) };
    const confirmed = confirmSummaryRow(row, indexNotes([{ release: '1.27', path: 'changelog-notes/v1.27.md', draft: false, text: `- Removed v1beta2.${pr(114540)}` }, { release: '1.24', path: 'changelog-notes/v1.24.md', draft: false, text: '- nothing' }], '1.36'));
    expect(confirmed.evidence).toEqual(['component-config.md § kubeadm', 'v1.27 notes, kubernetes#114540']);
    expect(confirmed.warnings).toEqual([expect.stringContaining('deprecated in 1.24 is not confirmed by changelog-notes/v1.24.md')]);
  });

  test('rule splitPlanned', () => {
    expect(splitPlanned('1.36', '1.36')).toEqual({ removedIn: '1.36', plannedRemovalIn: null });
    expect(splitPlanned('1.37', '1.36')).toEqual({ removedIn: null, plannedRemovalIn: '1.37' });
    expect(splitPlanned(null, '1.36')).toEqual({ removedIn: null, plannedRemovalIn: null });
  });
});

describe('buildComponentConfigCatalog on a small input', () => {
  const inputs = (flagYaml: string): ComponentConfigInputs => ({
    newestRelease: '1.36',
    summary: '## kubeadm (`kubeadm.k8s.io`)\n| version | introduced | deprecated | removed | evidence |\n|---|---|---|---|---|\n| v1beta2 | 1.15 | 1.24 | 1.27 | x |\n',
    notes,
    overlays: {
      ...parseFlagOverlay(flagYaml),
      kubeadmGates: parseKubeadmGateOverlay('gates:\n  - gate: IPv6DualStack\n    lockedIn: "1.23"\n    lockedValue: true\n    lockedBy: { notes: "1.24", pr: 106648 }\n    removedIn: "1.24"\n    removedBy: { notes: "1.24", pr: 106648 }\n'),
      configApis: parseConfigApiOverlay('apis:\n  - group: client.authentication.k8s.io\n    versions: [v1alpha1]\n    kinds: [ExecCredential]\n    component: client\n    removedIn: "1.24"\n    removedBy: { notes: "1.24", pr: 108616 }\n'),
    },
    sources: [],
    newestSourceDate: '2026-08-21',
  });
  const good = [
    'flags:',
    '  - component: kube-apiserver',
    '    flags: [insecure-port, port]',
    '    removedIn: "1.24"',
    '    removedBy: { notes: "1.24", pr: 106859 }',
    '  - component: kube-controller-manager',
    '    flags: [concurrent-service-syncs]',
    '    removedIn: "1.37"',
    '    removedBy: { notes: "1.37", pr: 138002 }',
    'admissionPlugins:',
    '  - plugin: PodSecurityPolicy',
    '    removedIn: "1.25"',
    '    removedBy: { notes: "1.25", pr: 109798 }',
  ].join('\n');

  test('merges the tables and the cited overlays', () => {
    const { catalog } = buildComponentConfigCatalog(inputs(good));
    expect(catalog.catalogVersion).toBe('1.36.20260821');
    expect(catalog.flags.map((f) => [f.component, f.flag, f.removedIn, f.plannedRemovalIn, f.evidence])).toEqual([
      ['kube-apiserver', 'insecure-port', '1.24', null, ['v1.24 notes, kubernetes#106859']],
      ['kube-apiserver', 'port', '1.24', null, ['v1.24 notes, kubernetes#106859']],
      ['kube-controller-manager', 'concurrent-service-syncs', null, '1.37', ['v1.37 draft notes, kubernetes#138002']],
    ]);
    expect(catalog.admissionPlugins).toEqual([{ plugin: 'PodSecurityPolicy', deprecatedIn: null, removedIn: '1.25', plannedRemovalIn: null, replacement: null, evidence: ['v1.25 notes, kubernetes#109798'] }]);
    expect(catalog.kubeadmFeatureGates).toEqual([{ gate: 'IPv6DualStack', deprecatedIn: null, lockedIn: '1.23', lockedValue: true, removedIn: '1.24', plannedRemovalIn: null, evidence: ['v1.24 notes, kubernetes#106648'] }]);
    expect(catalog.configApis.map((e) => `${e.group}/${e.version}`)).toEqual(['client.authentication.k8s.io/v1alpha1', 'kubeadm.k8s.io/v1beta2']);
    expect(parseComponentConfigCatalog(JSON.parse(formatComponentConfigCatalog(catalog)))).toEqual(catalog);
  });

  test('an overlay entry its note does not support stops the build, naming every problem', () => {
    const bad = good.replace('flags: [insecure-port, port]', 'flags: [insecure-port, secure-port]').replace('component: kube-controller-manager', 'component: kubelet');
    let err: unknown;
    try {
      buildComponentConfigCatalog(inputs(bad));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CitationError);
    expect((err as CitationError).problems).toEqual([
      'scripts/overlays/removed-flags.yaml kube-apiserver --insecure-port --secure-port: v1.24 notes, kubernetes#106859 does not name --secure-port',
      'scripts/overlays/removed-flags.yaml kubelet --concurrent-service-syncs: v1.37 draft notes, kubernetes#138002 does not name kubelet',
    ]);
  });
});

describe('catalog queries', () => {
  const c = testComponentConfigCatalog();
  test('configApiStatus', () => {
    expect(configApiStatus(c, 'kubeadm.k8s.io/v1beta3', 'ClusterConfiguration', '1.30')?.state).toBe('read');
    expect(configApiStatus(c, 'kubeadm.k8s.io/v1beta3', 'ClusterConfiguration', '1.31')).toMatchObject({ state: 'deprecated', alternatives: ['kubeadm.k8s.io/v1beta4'] });
    expect(configApiStatus(c, 'kubeadm.k8s.io/v1beta2', 'InitConfiguration', '1.27')).toMatchObject({ state: 'removed', alternatives: ['kubeadm.k8s.io/v1beta3'] });
    expect(configApiStatus(c, 'kubeadm.k8s.io/v1beta4', 'InitConfiguration', '1.30')?.state).toBe('not-yet-introduced');
    expect(configApiStatus(c, 'kubescheduler.config.k8s.io/v1', 'Policy', '1.23')?.state).toBe('removed');
    expect(configApiStatus(c, 'kubescheduler.config.k8s.io/v1', 'KubeSchedulerConfiguration', '1.23')?.state).toBe('not-yet-introduced');
    expect(configApiStatus(c, 'kubescheduler.config.k8s.io/v1beta3', 'Other', '1.30')).toBeNull();
    expect(configApiStatus(c, 'apps/v1', 'Deployment', '1.30')).toBeNull();
  });
  test('removed flags, admission plugins and kubeadm gates', () => {
    expect(removedFlag(c, 'kube-apiserver', '--insecure-port', '1.24')?.removedIn).toBe('1.24');
    expect(removedFlag(c, 'kube-apiserver', 'insecure-port', '1.23')).toBeNull();
    expect(removedFlag(c, 'kubelet', 'insecure-port', '1.30')).toBeNull();
    expect(removedFlag(c, 'kube-controller-manager', 'concurrent-service-syncs', '1.36')).toBeNull();
    expect(removedAdmissionPlugin(c, 'PodSecurityPolicy', '1.25')?.replacement).toBe('PodSecurity');
    expect(removedAdmissionPlugin(c, 'PodSecurityPolicy', '1.24')).toBeNull();
    expect(['1.24', '1.25', '1.26'].map((r) => kubeadmGateStatus(c, 'UnversionedKubeletConfigMap', r).state)).toEqual(['accepted', 'locked', 'removed']);
    expect(kubeadmGateStatus(c, 'Nope', '1.30')).toEqual({ state: 'unknown', entry: null });
  });
  test('compareApiVersions orders Kubernetes API versions', () => {
    expect(['v1', 'v1beta1', 'v2alpha1', 'v1alpha2', 'v1beta3'].sort(compareApiVersions)).toEqual(['v1alpha2', 'v1beta1', 'v1beta3', 'v1', 'v2alpha1']);
  });
  test('the committed catalog loads and validates', () => {
    const committed = loadComponentConfigCatalog();
    expect(committed.schemaVersion).toBe(1);
    expect(committed.flags.length).toBeGreaterThan(50);
    expect(() => parseComponentConfigCatalog({ ...committed, flags: [{ component: 'kubelet', flag: '--x', removedIn: null, plannedRemovalIn: null }] })).toThrow(/without dashes/);
  });
});
