/**
 * Table tests of the feature-gate reconciliation rules (scripts/lib/feature-gates.ts) on hand-made inputs.
 */
import {
  addMinors,
  buildFeatureGateCatalog,
  calibrateToVersion,
  catalogVersionFor,
  classifyAgainstToVersion,
  commitDateFromTable,
  dedupeEvidence,
  diffCatalogs,
  extractRemovalEvidence,
  featureListHistory,
  firstCoveredRelease,
  formatFeatureGateCatalog,
  historyToSpans,
  kubernetesHistory,
  lastWebsiteStage,
  mergeStageHistory,
  newestScheduledRelease,
  normalizeRelease,
  noteItems,
  parseFeatureListMarkdown,
  parseVersionedFeatureList,
  parseWebsiteFrontMatter,
  parseWebsiteFrontMatterJson,
  peersSayAtToVersion,
  placeholderIntroduction,
  releaseRange,
  resolveRemoval,
  websiteHistory,
  reconcileFeatureGates,
  reviewDisagreements,
  type CodeRelease,
  type FeatureGateInputs,
  type GateDisagreement,
  type ReviewedException,
  type GateState,
  type History,
  type RemovalEvidence,
  type RemovalInput,
  type VersionedSpec,
  type WebsiteGate,
} from '../../scripts/lib/feature-gates.js';
import { compactJson } from '../../scripts/lib/source.js';
import type { CodeGateState } from '../../scripts/lib/feature-gate-code.js';

/** History as {release: "stage/default/locked"} for readable expectations. */
function show(h: History): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((s, m) => {
    if (s) out[`1.${m}`] = `${s.stage}/${String(s.default)}/${String(s.locked)}`;
  });
  return out;
}

function st(stage: GateState['stage'], def: boolean | null, locked: boolean | null = false): GateState {
  return { stage, default: def, locked };
}

function hist(entries: Record<string, GateState>): History {
  const h: History = [];
  for (const [r, s] of Object.entries(entries)) h[Number(r.split('.')[1])] = s;
  return h;
}

describe('releases', () => {
  test.each([
    ['1.31.0', '1.31'],
    ['v1.21', '1.21'],
    ['1.9', '1.9'],
    [' 1.35.4 ', '1.35'],
  ])('normalizeRelease(%j) = %j', (input, want) => {
    expect(normalizeRelease(input)).toBe(want);
  });

  test.each(['', 'latest', '1', '1.x'])('normalizeRelease(%j) throws', (input) => {
    expect(() => normalizeRelease(input)).toThrow(/not a Kubernetes version/);
  });

  test('releaseRange and addMinors', () => {
    expect(releaseRange('1.8', '1.11')).toEqual(['1.8', '1.9', '1.10', '1.11']);
    expect(addMinors('1.9', 1)).toBe('1.10');
    expect(addMinors('1.10', -1)).toBe('1.9');
  });
});

describe('parsers', () => {
  test('parseWebsiteFrontMatter takes the gate name from the title, not the file name', () => {
    const page = [
      '---',
      'title: ExtendWebSocketsToKubelet',
      'content_type: feature_gate',
      '_build:',
      '  list: never',
      'stages:',
      '  - stage: alpha',
      '    defaultValue: false',
      '    fromVersion: "1.35"',
      '    toVersion: "1.35"',
      '  - stage: stable',
      '    defaultValue: true',
      '    locked: true',
      "    fromVersion: '1.36.0'",
      'removed: false',
      '---',
      'Body with --- inside.',
    ].join('\n');
    expect(parseWebsiteFrontMatter(page)).toEqual({
      name: 'ExtendWebSocketsToKubelet',
      gate: {
        stages: [
          { stage: 'alpha', defaultValue: false, fromVersion: '1.35', toVersion: '1.35' },
          { stage: 'stable', defaultValue: true, locked: true, fromVersion: '1.36.0' },
        ],
      },
    });
  });

  test('parseWebsiteFrontMatter ignores pages without stages (the index page)', () => {
    expect(parseWebsiteFrontMatter('---\ntitle: Feature Gates\nweight: 10\n---\nbody')).toBeNull();
    expect(parseWebsiteFrontMatter('no front matter')).toBeNull();
  });

  test('parseWebsiteFrontMatterJson sorts by name and keeps removed only when true', () => {
    const parsed = parseWebsiteFrontMatterJson(
      JSON.stringify({
        Zeta: { stages: [{ stage: 'beta', defaultValue: true, fromVersion: '1.30' }], removed: false },
        Alpha: { stages: [{ stage: 'deprecated', fromVersion: '1.12' }], removed: true },
      }),
    );
    expect(Object.keys(parsed)).toEqual(['Alpha', 'Zeta']);
    expect(parsed.Alpha).toEqual({ stages: [{ stage: 'deprecated', fromVersion: '1.12' }], removed: true });
    expect(parsed.Zeta).toEqual({ stages: [{ stage: 'beta', defaultValue: true, fromVersion: '1.30' }] });
  });

  test('parseVersionedFeatureList', () => {
    const yaml = [
      '# generated',
      '- name: Foo',
      '  versionedSpecs:',
      '  - default: false',
      '    lockToDefault: false',
      '    preRelease: Alpha',
      '    version: "1.30"',
      '  - default: true',
      '    lockToDefault: true',
      '    preRelease: GA',
      '    version: "1.32"',
    ].join('\n');
    expect(parseVersionedFeatureList(yaml)).toEqual([
      {
        name: 'Foo',
        versionedSpecs: [
          { default: false, lockToDefault: false, preRelease: 'Alpha', version: '1.30' },
          { default: true, lockToDefault: true, preRelease: 'GA', version: '1.32' },
        ],
      },
    ]);
    expect(() => parseVersionedFeatureList('- name: Bad\n')).toThrow(/Bad|entry 0/);
  });

  test('parseFeatureListMarkdown reads ranges, open ranges, single releases and since-cells', () => {
    const md = [
      '| Feature | Enabled | Locked | Alpha | Beta | GA | Deprecated | Dependencies | Links |',
      '|---------|---------|--------|-------|------|----|------------|--------------|-------|',
      '| InOrderInformers | :ballot_box_with_check:&nbsp;1.33+ | :closed_lock_with_key:&nbsp;1.36+ |  | 1.33–1.35 | 1.36– |  |  | [code](x) |',
      '| CPUManagerPolicyOptions | :ballot_box_with_check:&nbsp;1.23+ |  | 1.22 | 1.23–1.32 | 1.33– |  |  | [code](x) |',
      '| ClientsAllowCBOR |  |  | 1.32– |  |  |  |  | [code](x) |',
      '',
      '## Legend',
      '| Symbol | Meaning |',
      '| 1.X– | Feature is in this state from version 1.X (open-ended range) |',
    ].join('\n');
    expect(parseFeatureListMarkdown(md)).toEqual([
      { name: 'InOrderInformers', enabledFrom: '1.33', lockedFrom: '1.36', alpha: null, beta: { from: '1.33', to: '1.35' }, ga: { from: '1.36', to: null }, deprecated: null },
      { name: 'CPUManagerPolicyOptions', enabledFrom: '1.23', lockedFrom: null, alpha: { from: '1.22', to: '1.22' }, beta: { from: '1.23', to: '1.32' }, ga: { from: '1.33', to: null }, deprecated: null },
      { name: 'ClientsAllowCBOR', enabledFrom: null, lockedFrom: null, alpha: { from: '1.32', to: null }, beta: null, ga: null, deprecated: null },
    ]);
  });

  test('newestScheduledRelease takes the newest schedules[].release', () => {
    const yaml = 'schedules:\n- release: "1.35"\n  next:\n    release: 1.35.7\n- release: "1.36"\n- release: "1.34"\nupcoming_releases: []\n';
    expect(newestScheduledRelease(yaml)).toBe('1.36');
  });

  test('commitDateFromTable accepts a remark after the date', () => {
    const md = '| repo | commit | date |\n|---|---|---|\n| kubernetes/kubernetes (file index) | abc123 | 2026-07-24 (master) | x |\n| other | def456 | 2026-08-21 |';
    expect(commitDateFromTable(md, 'abc123')).toBe('2026-07-24');
    expect(commitDateFromTable(md, 'def456')).toBe('2026-08-21');
    expect(commitDateFromTable(md, 'nope')).toBeNull();
  });
});

describe('rule websiteHistory', () => {
  test.each<[string, WebsiteGate, string, Record<string, string>]>([
    [
      'stages last until the next starts; the last runs to the given release',
      { stages: [{ stage: 'alpha', defaultValue: false, fromVersion: '1.28', toVersion: '1.28' }, { stage: 'beta', defaultValue: true, fromVersion: '1.29' }] },
      '1.31',
      { '1.28': 'alpha/false/false', '1.29': 'beta/true/false', '1.30': 'beta/true/false', '1.31': 'beta/true/false' },
    ],
    [
      'overlap: the later stage wins (PodHostIPs-style beta 1.29–1.30, stable from 1.30)',
      { stages: [{ stage: 'beta', defaultValue: true, fromVersion: '1.29', toVersion: '1.30' }, { stage: 'stable', defaultValue: true, fromVersion: '1.30', toVersion: '1.31' }] },
      '1.31',
      { '1.29': 'beta/true/false', '1.30': 'ga/true/null', '1.31': 'ga/true/null' },
    ],
    [
      'patch-level change: the minor gets its newest patch state (MaxUnavailableStatefulSet-style)',
      {
        stages: [
          { stage: 'alpha', defaultValue: false, fromVersion: '1.34', toVersion: '1.34' },
          { stage: 'beta', defaultValue: true, fromVersion: '1.35.0', toVersion: '1.35.3' },
          { stage: 'beta', defaultValue: false, fromVersion: '1.35.4' },
        ],
      },
      '1.36',
      { '1.34': 'alpha/false/false', '1.35': 'beta/false/false', '1.36': 'beta/false/false' },
    ],
    [
      'a missing toVersion on a middle stage is no gap; deprecated without default → null',
      { stages: [{ stage: 'alpha', defaultValue: false, fromVersion: '1.11', toVersion: '1.11' }, { stage: 'deprecated', fromVersion: '1.12' }] },
      '1.12',
      { '1.11': 'alpha/false/false', '1.12': 'deprecated/null/null' },
    ],
    [
      'locked: true is kept; GA without it is unknown (null), beta without it false',
      {
        stages: [
          { stage: 'beta', defaultValue: true, fromVersion: '1.31', toVersion: '1.32' },
          { stage: 'stable', defaultValue: true, locked: true, fromVersion: '1.33', toVersion: '1.33' },
        ],
      },
      '1.33',
      { '1.31': 'beta/true/false', '1.32': 'beta/true/false', '1.33': 'ga/true/true' },
    ],
  ])('%s', (_name, gate, last, want) => {
    expect(show(websiteHistory(gate, last).history)).toEqual(want);
  });

  test('patch-level stages are reported as notes', () => {
    const { patchNotes } = websiteHistory(
      { stages: [{ stage: 'beta', defaultValue: true, fromVersion: '1.35.0', toVersion: '1.35.3' }, { stage: 'beta', defaultValue: false, fromVersion: '1.35.4' }] },
      '1.36',
    );
    expect(patchNotes).toEqual(['website: beta default=true from 1.35.0 to 1.35.3', 'website: beta default=false from 1.35.4']);
  });

  test('lastWebsiteStage is patch-aware', () => {
    const gate: WebsiteGate = {
      stages: [
        { stage: 'beta', defaultValue: true, fromVersion: '1.31.0', toVersion: '1.31.0' },
        { stage: 'deprecated', defaultValue: false, fromVersion: '1.31.1' },
      ],
    };
    expect(lastWebsiteStage(gate)?.stage).toBe('deprecated');
    expect(lastWebsiteStage({ stages: [] })).toBeNull();
  });
});

describe('rules kubernetesHistory / placeholderIntroduction / featureListHistory', () => {
  const spec = (version: string, preRelease: string, def: boolean, lock = false): VersionedSpec => ({ version, preRelease, default: def, lockToDefault: lock });

  test('specs hold until the next; development specs are ignored; lockToDefault kept', () => {
    const h = kubernetesHistory([spec('1.34', 'Alpha', false), spec('1.35', 'Beta', true), spec('1.36', 'GA', true, true), spec('1.37', 'GA', true, true)], '1.36', null);
    expect(show(h)).toEqual({ '1.34': 'alpha/false/false', '1.35': 'beta/true/false', '1.36': 'ga/true/true' });
  });

  test('only development specs → empty history', () => {
    expect(show(kubernetesHistory([spec('1.37', 'Alpha', false)], '1.36', null))).toEqual({});
  });

  test.each<[string, VersionedSpec[], string | null, string | null]>([
    ['website documents the gate: its first fromVersion', [spec('1.0', 'GA', true), spec('1.31', 'Deprecated', false)], '1.31', '1.31'],
    ['no website: the next spec', [spec('1.0', 'GA', true), spec('1.33', 'Deprecated', true)], null, '1.33'],
    ['next spec is a development release: introduced there', [spec('1.0', 'GA', true), spec('1.37', 'Deprecated', true)], null, '1.37'],
    ['only the placeholder: unknown', [spec('1.0', 'GA', true)], null, null],
  ])('placeholderIntroduction: %s', (_name, specs, web, want) => {
    expect(placeholderIntroduction(specs, web)).toBe(want);
  });

  test('a placeholder history is cut at the introduction', () => {
    const h = kubernetesHistory([spec('1.0', 'GA', true), spec('1.31', 'Deprecated', false)], '1.32', '1.31');
    expect(show(h)).toEqual({ '1.31': 'deprecated/false/false', '1.32': 'deprecated/false/false' });
  });

  test('featureListHistory: stage columns, enabled-from and locked-from; development ranges cut', () => {
    const h = featureListHistory(
      { name: 'X', enabledFrom: '1.34', lockedFrom: '1.36', alpha: { from: '1.33', to: '1.33' }, beta: { from: '1.34', to: '1.35' }, ga: { from: '1.36', to: null }, deprecated: null },
      '1.36',
    );
    expect(show(h)).toEqual({ '1.33': 'alpha/false/false', '1.34': 'beta/true/false', '1.35': 'beta/true/false', '1.36': 'ga/true/true' });
    const dev = featureListHistory({ name: 'Y', enabledFrom: '1.37', lockedFrom: null, alpha: { from: '1.32', to: '1.36' }, beta: { from: '1.37', to: null }, ga: null, deprecated: null }, '1.36');
    expect(show(dev)).toEqual(Object.fromEntries(releaseRange('1.32', '1.36').map((r) => [r, 'alpha/false/false'])));
  });
});

describe('rule mergeStageHistory: kubernetes wins, website fills earlier releases', () => {
  test('kubernetes lockToDefault wins over a website stage without locked: true', () => {
    const k = hist({ '1.35': st('beta', true), '1.36': st('ga', true, true) });
    const w = hist({ '1.35': st('beta', true), '1.36': st('ga', true, null) });
    const m = mergeStageHistory({ id: 'kubernetes', history: k }, w);
    expect(show(m.history)).toEqual({ '1.35': 'beta/true/false', '1.36': 'ga/true/true' });
    expect(m.disagreements).toEqual([]); // the website's lock is unknown, not false
    expect(m.sources).toEqual(['kubernetes']);
  });

  test('website locked: true where kubernetes is unlocked: kubernetes wins, disagreement reported', () => {
    const k = hist({ '1.33': st('ga', true, false) });
    const w = hist({ '1.33': st('ga', true, true) });
    expect(mergeStageHistory({ id: 'kubernetes', history: k }, w).disagreements).toEqual([
      { field: 'locked', from: '1.33', to: '1.33', values: { kubernetes: false, website: true }, chosen: 'kubernetes' },
    ]);
  });

  test('stage/default disagreements are merged into release ranges', () => {
    const k = hist({ '1.33': st('beta', true), '1.34': st('beta', true), '1.35': st('beta', true) });
    const w = hist({ '1.33': st('alpha', false), '1.34': st('alpha', false), '1.35': st('beta', true) });
    const m = mergeStageHistory({ id: 'kubernetes', history: k }, w);
    expect(m.disagreements).toEqual([
      { field: 'stage', from: '1.33', to: '1.34', values: { kubernetes: 'beta', website: 'alpha' }, chosen: 'kubernetes' },
      { field: 'default', from: '1.33', to: '1.34', values: { kubernetes: true, website: false }, chosen: 'kubernetes' },
    ]);
    expect(show(m.history)['1.33']).toBe('beta/true/false');
  });

  test('website fills releases before the first kubernetes spec; later presence differences are reported', () => {
    const k = hist({ '1.32': st('alpha', false), '1.33': st('alpha', false) });
    const w = hist({ '1.30': st('alpha', false), '1.31': st('alpha', false), '1.32': st('alpha', false) });
    const m = mergeStageHistory({ id: 'kubernetes', history: k }, w);
    expect(Object.keys(show(m.history))).toEqual(['1.30', '1.31', '1.32', '1.33']);
    expect(m.sources).toEqual(['kubernetes', 'website']);
    expect(m.disagreements).toEqual([{ field: 'presence', from: '1.33', to: '1.33', values: { kubernetes: 'alpha', website: null }, chosen: 'kubernetes' }]);
  });

  test('no kubernetes entry: the website alone; no website: kubernetes alone', () => {
    const w = hist({ '1.20': st('ga', true, null) });
    expect(mergeStageHistory(null, w)).toEqual({ history: w, disagreements: [], sources: ['website'] });
    const k = hist({ '1.36': st('beta', true) });
    expect(mergeStageHistory({ id: 'kubernetes-feature-list', history: k }, null).sources).toEqual(['kubernetes-feature-list']);
  });

  test('historyToSpans compresses equal neighbours; open end unless closed', () => {
    const h = hist({ '1.34': st('beta', true), '1.35': st('beta', true), '1.36': st('ga', true, true) });
    expect(historyToSpans(h, '1.36', false)).toEqual([
      { stage: 'beta', default: true, locked: false, from: '1.34', to: '1.35' },
      { stage: 'ga', default: true, locked: true, from: '1.36', to: null },
    ]);
    expect(historyToSpans(h, '1.36', true).at(-1)?.to).toBe('1.36');
  });
});

describe('release notes evidence', () => {
  const known = new Set(['AttachVolumeLimit', 'RootCAConfigMap', 'IPv6DualStack', 'UserNamespacesSupport', 'DRAControlPlaneController', 'EphemeralContainers', 'SeparateCacheWatchRPC', 'CSIMigrationPortworx', 'InTreePluginPortworxUnregister', 'CronJobTimeZone', 'JobMutableNodeSchedulingDirectives', 'NetworkPolicyStatus', 'SupportPodPidsLimit', 'SupportNodePidsLimit']);
  const pr = (n: number): string => ` ([#${n}](https://github.com/kubernetes/kubernetes/pull/${n}), [@someone](https://github.com/someone)) [SIG Node]`;

  test.each<[string, string, string[]]>([
    ['past tense removal', `- [cleanup] The \`AttachVolumeLimit\` feature gate (GA since v1.17) has been removed and now unconditionally enabled.${pr(96539)}`, ['AttachVolumeLimit']],
    ['"can no longer be specified"', `- The \`SupportPodPidsLimit\` and  \`SupportNodePidsLimit\` feature gates that are GA since v1.20 are unconditionally enabled, and can no longer be specified via the \`--feature-gates\` argument.${pr(104163)}`, ['SupportNodePidsLimit', 'SupportPodPidsLimit']],
    ['"is no longer available"', `- Removed all support for classic DRA. The \`DRAControlPlaneController\` feature gate, formerly alpha, is no longer available.${pr(1)}`, ['DRAControlPlaneController']],
    ['two gates in the second sentence', `- [cleanup] Removed the in-tree Portworx volume plugin. Removed the GA \`CSIMigrationPortworx\` feature gate (locked since \`v1.33\`) and Alpha \`InTreePluginPortworxUnregister\` feature gate.${pr(135322)}`, ['CSIMigrationPortworx', 'InTreePluginPortworxUnregister']],
    ['" - " separated list', `- [cleanup] Removed the \`CronJobTimeZone\` feature gate (the feature is stable) - Removed the \`JobMutableNodeSchedulingDirectives\` feature gate (the feature is stable)${pr(2)}`, ['CronJobTimeZone', 'JobMutableNodeSchedulingDirectives']],
    ['"withdrawn feature"', `- Removed withdrawn feature \`NetworkPolicyStatus\`.${pr(3)}`, ['NetworkPolicyStatus']],
    ['a plan is not a removal', `- [feature] The feature gate \`RootCAConfigMap\` graduated to GA in v1.21 and therefore will be unconditionally enabled. This flag will be removed in v1.22 release.${pr(98033)}`, []],
    ['advice is not a removal', `- The \`EphemeralContainers\` feature gate is always enabled and should be removed from \`--feature-gates\` flag on the kube-apiserver.${pr(4)}`, []],
    ['"please remove it" is advice', `- The \`EphemeralContainers\` feature gate was locked to default value. If you were setting this feature gate explicitly, please remove it now.${pr(5)}`, []],
    ['locking is not a removal', `- Deprecated the \`SeparateCacheWatchRPC\` feature gate. It is now locked to its default value (false) and can no longer be overridden.${pr(135808)}`, []],
    ['kubeadm has its own gates', `- [cleanup] Kubeadm: remove the \`IPv6DualStack\` feature gate. The feature has been GA and locked to enabled since 1.23.${pr(106648)}`, []],
    ['something else removed in a sentence that names a gate elsewhere', `- Removed a warning related to Linux user namespaces and kernel version. Previously, if the feature gate \`UserNamespacesSupport\` was enabled, the kubelet warned.${pr(6)}`, []],
  ])('%s', (_name, text, want) => {
    const got = extractRemovalEvidence({ release: '1.21', text }, known);
    expect(got.map((e) => e.gate).sort()).toEqual(want);
    for (const e of got) expect(e.release).toBe('1.21');
  });

  test('the notes file dates the removal, not the wording ("removed in v1.28" in the v1.29 notes)', () => {
    const got = extractRemovalEvidence({ release: '1.29', text: `- [cleanup] Removed \`GA\` feature gate for \`AttachVolumeLimit\` in \`v1.28\`.${pr(7)}` }, known);
    expect(got).toEqual([{ gate: 'AttachVolumeLimit', release: '1.29', pr: 7 }]);
  });

  test('noteItems joins continuation lines and skips headings, comments and generator remarks', () => {
    const text = ['# Title', '<!-- Source: x', '- not an item -->', '## Section', '_Generated by keyword filter._', '', '- first', '  continued', ' - second', '### Other', '- third'].join('\n');
    expect(noteItems(text)).toEqual(['first continued', 'second', 'third']);
  });

  test('dedupeEvidence keeps the later release for a PR listed twice', () => {
    const ev: RemovalEvidence[] = [
      { gate: 'A', release: '1.22', pr: 103685 },
      { gate: 'A', release: '1.23', pr: 103685 },
      { gate: 'B', release: '1.25', pr: null },
      { gate: 'B', release: '1.27', pr: null },
    ];
    expect(dedupeEvidence(ev)).toEqual([
      { gate: 'A', release: '1.23', pr: 103685 },
      { gate: 'B', release: '1.25', pr: null },
      { gate: 'B', release: '1.27', pr: null },
    ]);
  });
});

describe('rules classifyAgainstToVersion / calibrateToVersion / peersSayAtToVersion', () => {
  const e = (release: string): RemovalEvidence => ({ gate: 'G', release, pr: null });
  test.each<[string, RemovalEvidence[], ReturnType<typeof classifyAgainstToVersion>]>([
    ['T+1 confirms the documented meaning', [e('1.22')], 'after-to-version'],
    ['T means removal release', [e('1.21')], 'at-to-version'],
    ['both: T+1 wins', [e('1.21'), e('1.22')], 'after-to-version'],
    ['another release only', [e('1.25')], null],
    ['none', [], null],
  ])('%s', (_name, ev, want) => {
    expect(classifyAgainstToVersion('1.21', ev)).toBe(want);
  });

  test('calibration per toVersion, majority of at least two', () => {
    const c = calibrateToVersion([
      { gate: 'B', toVersion: '1.21', outcome: 'at-to-version' },
      { gate: 'A', toVersion: '1.21', outcome: 'at-to-version' },
      { gate: 'C', toVersion: '1.24', outcome: 'at-to-version' },
      { gate: 'D', toVersion: '1.24', outcome: 'after-to-version' },
      { gate: 'E', toVersion: '1.20', outcome: 'at-to-version' },
      { gate: 'F', toVersion: '1.20', outcome: null },
    ]);
    expect(c['1.21']).toEqual({ atToVersion: ['A', 'B'], afterToVersion: [] });
    expect(peersSayAtToVersion(c['1.21'])).toBe(true);
    expect(peersSayAtToVersion(c['1.24'])).toBe(false); // a tie keeps the documented meaning
    expect(peersSayAtToVersion(c['1.20'])).toBe(false); // one sample is not enough
    expect(peersSayAtToVersion(c['1.30'])).toBe(false);
  });
});

describe('rule resolveRemoval: kubernetes presence > release notes > website', () => {
  const base: RemovalInput = {
    websiteRemoved: true,
    websiteLastStage: { stage: 'stable', defaultValue: true, fromVersion: '1.18', toVersion: '1.21' },
    inKubernetesMaster: false,
    firstAccepted: '1.9',
    evidence: [],
    draftEvidence: [],
    peers: {},
    newestRelease: '1.36',
    developmentRelease: '1.37',
  };
  const ev = (release: string, pr: number | null = null): RemovalEvidence => ({ gate: 'G', release, pr });
  const peers21 = { '1.21': { atToVersion: ['AttachVolumeLimit', 'TokenRequest'], afterToVersion: [] } };

  test.each<[string, Partial<RemovalInput>, string | null, string | null, string | undefined]>([
    ['website only: toVersion + 1 (CSIMigration-style)', {}, '1.22', null, 'website'],
    ['notes of toVersion + 1 confirm it (HonorPVReclaimPolicy-style)', { evidence: [ev('1.22', 1)] }, '1.22', null, 'website+release-notes'],
    ['notes of toVersion: removal release (AttachVolumeLimit)', { evidence: [ev('1.21', 96539)] }, '1.21', null, 'release-notes-at-to-version'],
    ['both: toVersion + 1 wins', { evidence: [ev('1.21'), ev('1.22')] }, '1.22', null, 'website+release-notes'],
    ['notes of another release win over the website (WindowsGMSA-style)', { evidence: [ev('1.25', 96531)] }, '1.25', null, 'release-notes'],
    ['no note, dated peers removed in toVersion (BlockVolume-style)', { peers: peers21 }, '1.21', null, 'peers-at-to-version'],
    [
      'peers do not apply to an alpha/beta last stage',
      { peers: peers21, websiteLastStage: { stage: 'beta', defaultValue: true, fromVersion: '1.18', toVersion: '1.21' } },
      '1.22',
      null,
      'website',
    ],
    ['no toVersion: assumed one release (DynamicProvisioningScheduling)', { websiteLastStage: { stage: 'deprecated', fromVersion: '1.12' } }, '1.13', null, 'assumed'],
    ['no toVersion, a later note dates it', { websiteLastStage: { stage: 'deprecated', fromVersion: '1.12' }, evidence: [ev('1.14')] }, '1.14', null, 'release-notes'],
    [
      'website active, master lacks it, 1.36 notes remove it (WatchFromStorageWithoutResourceVersion)',
      { websiteRemoved: false, websiteLastStage: { stage: 'deprecated', defaultValue: false, fromVersion: '1.33' }, firstAccepted: '1.30', evidence: [ev('1.36', 136066)] },
      '1.36',
      null,
      'release-notes',
    ],
    [
      'website active, master lacks it, only the draft notes remove it (SidecarContainers): planned only',
      { websiteRemoved: false, websiteLastStage: { stage: 'stable', defaultValue: true, fromVersion: '1.33' }, firstAccepted: '1.28', draftEvidence: [ev('1.37', 137755)] },
      null,
      '1.37',
      undefined,
    ],
    [
      'website active, master lacks it, no note at all: planned only',
      { websiteRemoved: false, websiteLastStage: { stage: 'stable', defaultValue: true, fromVersion: '1.32' }, firstAccepted: '1.28' },
      null,
      '1.37',
      undefined,
    ],
    [
      'in kubernetes master: never removed, whatever the notes say (a note about one component)',
      { websiteRemoved: false, inKubernetesMaster: true, evidence: [ev('1.27')] },
      null,
      null,
      undefined,
    ],
    ['in kubernetes master, draft notes remove it: planned', { websiteRemoved: false, inKubernetesMaster: true, draftEvidence: [ev('1.37')] }, null, '1.37', undefined],
  ])('%s', (_name, patch, removedIn, planned, basis) => {
    const r = resolveRemoval({ ...base, ...patch });
    expect(r.removedIn).toBe(removedIn);
    expect(r.plannedRemovalIn).toBe(planned);
    expect(r.removal?.basis).toBe(basis);
  });

  test('planned-removal basis and evidence text', () => {
    const draft = resolveRemoval({ ...base, websiteRemoved: false, websiteLastStage: { stage: 'stable', fromVersion: '1.33' }, draftEvidence: [ev('1.37', 137755)] });
    expect(draft.planned).toEqual({ basis: 'release-notes-draft', evidence: ['v1.37 draft notes, kubernetes#137755'] });
    const absent = resolveRemoval({ ...base, websiteRemoved: false, websiteLastStage: { stage: 'stable', fromVersion: '1.33' } });
    expect(absent.planned).toEqual({ basis: 'absent-from-kubernetes-master', evidence: [] });
  });

  test('firstCoveredRelease is the release before the earliest removal', () => {
    expect(firstCoveredRelease([null, '1.12', '1.9', '1.36'])).toBe('1.8');
    expect(() => firstCoveredRelease([null])).toThrow();
  });

  test('catalogVersionFor', () => {
    expect(catalogVersionFor('1.36', '2026-08-21')).toBe('1.36.20260821');
    expect(() => catalogVersionFor('1.36', '21.08.2026')).toThrow();
  });
});

describe('buildFeatureGateCatalog on a small hand-made input (code of 1.34–1.36 as the primary source)', () => {
  const cs = (stage: CodeGateState['stage'], def: boolean, locked = false, files = ['kube_features.go']): CodeGateState => ({ stage, default: def, locked, files });
  const code: CodeRelease[] = [
    { release: '1.34', gates: new Map([['Locked', cs('beta', true)], ['Lagging', cs('ga', true, true)], ['Early', cs('alpha', false)], ['AllAlpha', cs('alpha', false, false, ['component-base_featuregate_feature_gate.go'])], ['CmOnly', cs('ga', true, true)]]) },
    { release: '1.35', gates: new Map([['Locked', cs('beta', true)], ['Early', cs('alpha', false)], ['AllAlpha', cs('alpha', false, false, ['component-base_featuregate_feature_gate.go'])], ['CmOnly', cs('ga', true, true, ['controller-manager_kube_features.go'])], ['ClientOnly', cs('beta', true, false, ['client-go_known_features.go'])]]) },
    { release: '1.36', gates: new Map([['Locked', cs('ga', true, true)], ['Early', cs('beta', true)], ['AllAlpha', cs('alpha', false, false, ['component-base_featuregate_feature_gate.go'])], ['Doomed', cs('ga', true, true)], ['ClientOnly', cs('beta', true, false, ['client-go_known_features.go'])]]) },
  ];
  const inputs: FeatureGateInputs = {
    newestRelease: '1.36',
    website: {
      OldGate: { stages: [{ stage: 'beta', defaultValue: true, fromVersion: '1.8', toVersion: '1.9' }, { stage: 'stable', defaultValue: true, fromVersion: '1.10', toVersion: '1.11' }], removed: true },
      Locked: { stages: [{ stage: 'beta', defaultValue: true, fromVersion: '1.30', toVersion: '1.35' }, { stage: 'stable', defaultValue: true, fromVersion: '1.36' }] },
      Lagging: { stages: [{ stage: 'stable', defaultValue: true, fromVersion: '1.32' }] },
      Doomed: { stages: [{ stage: 'stable', defaultValue: true, locked: true, fromVersion: '1.33' }] },
      Late: { stages: [{ stage: 'stable', defaultValue: true, fromVersion: '1.30', toVersion: '1.35' }], removed: true },
      Phantom: { stages: [{ stage: 'alpha', defaultValue: false, fromVersion: '1.35' }] },
    },
    versioned: [
      { name: 'Locked', versionedSpecs: [{ version: '1.34', preRelease: 'Beta', default: true, lockToDefault: false }, { version: '1.36', preRelease: 'GA', default: true, lockToDefault: true }] },
      { name: 'Early', versionedSpecs: [{ version: '1.34', preRelease: 'Alpha', default: false, lockToDefault: false }, { version: '1.36', preRelease: 'Beta', default: true, lockToDefault: false }] },
      { name: 'Brandnew', versionedSpecs: [{ version: '1.37', preRelease: 'Alpha', default: false, lockToDefault: false }] },
    ],
    featureList: [{ name: 'ClientOnly', enabledFrom: '1.35', lockedFrom: null, alpha: null, beta: { from: '1.35', to: null }, ga: null, deprecated: null }],
    notes: [{ release: '1.36', text: `- [cleanup] Removed the \`Lagging\` feature gate.` }],
    draftNotes: { release: '1.37', text: '- [cleanup] Removed the `Doomed` feature gate.' },
    code,
    sources: [{ name: 'z', repository: 'kubernetes/website', commit: 'c', path: 'p', mirrorPath: 'm' }],
    newestSourceDate: '2026-08-21',
  };
  const { catalog, disagreements } = reconcileFeatureGates(inputs);
  const row = (d: GateDisagreement): string => `${d.gate} ${d.field} ${d.from}-${d.to} ${JSON.stringify(d.values)}`;

  test('header, releases and gate set (development-only gates and gates no release accepts are left out)', () => {
    expect(Object.keys(catalog)).toEqual(['_generated', 'schemaVersion', 'catalogVersion', 'newestRelease', 'releases', 'preRelease', 'sources', 'gates']);
    expect(catalog.preRelease).toBeNull(); // the inputs name no kubernetes master source
    expect(catalog.catalogVersion).toBe('1.36.20260821');
    expect(catalog.releases[0]).toBe('1.11');
    expect(catalog.releases.at(-1)).toBe('1.36');
    expect(Object.keys(catalog.gates)).toEqual(['AllAlpha', 'ClientOnly', 'CmOnly', 'Doomed', 'Early', 'Lagging', 'Late', 'Locked', 'OldGate']);
  });

  test('with kubernetes master among the sources, 1.37 is the pre-release minor answered from it', () => {
    const master = { name: 'versioned feature list', repository: 'kubernetes/kubernetes', commit: 'm'.repeat(40), path: 'test/versioned_feature_list.yaml', mirrorPath: 'feature-gates/kubernetes/versioned_feature_list.yaml' };
    const withShift = code.map((c) => (c.release === '1.36' ? { ...c, gates: new Map([...c.gates, ['Shift', cs('beta', true)]]) } : c));
    const pre = reconcileFeatureGates({
      ...inputs,
      code: withShift,
      versioned: [
        ...inputs.versioned,
        { name: 'Shift', versionedSpecs: [{ version: '1.36', preRelease: 'Beta', default: true, lockToDefault: false }, { version: '1.37', preRelease: 'GA', default: true, lockToDefault: true }] },
      ],
      sources: [...inputs.sources, master],
    }).catalog;
    expect(pre.preRelease).toEqual({ release: '1.37', source: `kubernetes/kubernetes master ${'m'.repeat(40)} (1.37 development): test/versioned_feature_list.yaml and feature_list.md` });
    expect(pre.newestRelease).toBe('1.36');
    expect(pre.releases.at(-1)).toBe('1.36');
    // a state change in 1.37: the 1.36 span closes, the 1.37 span is marked
    expect(pre.gates.Shift?.stages).toEqual([
      { stage: 'beta', default: true, locked: false, from: '1.36', to: '1.36' },
      { stage: 'ga', default: true, locked: true, from: '1.37', to: null, preRelease: true },
    ]);
    expect(pre.gates.Shift?.provenance.stages).toEqual(['code', 'kubernetes']);
    // only master has it: an entry from 1.37 on
    expect(pre.gates.Brandnew).toMatchObject({ removedIn: null, plannedRemovalIn: null, stages: [{ stage: 'alpha', default: false, locked: false, from: '1.37', to: null, preRelease: true }] });
    // unchanged in 1.37, planned removal, client-go and framework gates: as without master (open spans)
    expect(pre.gates.Early).toEqual(catalog.gates.Early);
    expect(pre.gates.Doomed).toEqual(catalog.gates.Doomed);
    expect(pre.gates.ClientOnly).toEqual(catalog.gates.ClientOnly);
    expect(pre.gates.AllAlpha).toEqual(catalog.gates.AllAlpha);
    expect(Object.keys(pre.gates)).toEqual([...Object.keys(pre.gates)].sort());
  });

  test('the code decides stages, locks and removal; the website fills the releases before the oldest code', () => {
    expect(catalog.gates.OldGate).toMatchObject({ removedIn: '1.12', stages: [{ stage: 'beta', from: '1.8', to: '1.9' }, { stage: 'ga', default: true, locked: null, from: '1.10', to: '1.11' }] });
    expect(catalog.gates.Locked?.stages).toEqual([
      { stage: 'beta', default: true, locked: false, from: '1.30', to: '1.35' },
      { stage: 'ga', default: true, locked: true, from: '1.36', to: null },
    ]);
    expect(catalog.gates.Locked?.provenance.stages).toEqual(['code', 'website']);
    // gone from the 1.35 code although the website still shows it
    expect(catalog.gates.Lagging).toMatchObject({
      removedIn: '1.35',
      plannedRemovalIn: null,
      stages: [{ stage: 'ga', locked: null, from: '1.32', to: '1.33' }, { stage: 'ga', locked: true, from: '1.34', to: '1.34' }],
    });
    expect(catalog.gates.Lagging?.provenance.removedIn).toEqual({ basis: 'code', evidence: ['the code of 1.34 registers the gate, the code of 1.35 does not'] });
    // a website-only gate whose page ends after the oldest code: removed in that release
    expect(catalog.gates.Late).toMatchObject({ removedIn: '1.34', stages: [{ stage: 'ga', from: '1.30', to: '1.33' }], provenance: { removedIn: { basis: 'code-absent' } } });
    // first in the 1.36 code: the website's earlier releases are a disagreement, not history
    expect(catalog.gates.Doomed).toMatchObject({ removedIn: null, plannedRemovalIn: '1.37', stages: [{ stage: 'ga', locked: true, from: '1.36', to: null }] });
    expect(catalog.gates.ClientOnly).toMatchObject({ removedIn: null, plannedRemovalIn: null, stages: [{ stage: 'beta', default: true, from: '1.35', to: null }] });
    expect(catalog.gates.ClientOnly?.introducedUnknown).toBeUndefined();
  });

  test('gates the oldest code already has and no other source dates; the featuregate package gates are never planned for removal', () => {
    expect(catalog.gates.Early).toMatchObject({ introducedUnknown: true, stages: [{ stage: 'alpha', from: '1.34', to: '1.35' }, { stage: 'beta', from: '1.36', to: null }] });
    expect(catalog.gates.AllAlpha).toMatchObject({ introducedUnknown: true, plannedRemovalIn: null, removedIn: null });
  });

  test('a gate only one package registers is limited to its component', () => {
    expect(catalog.gates.CmOnly?.stages).toEqual([
      { stage: 'ga', default: true, locked: true, from: '1.34', to: '1.34' },
      { stage: 'ga', default: true, locked: true, from: '1.35', to: '1.35', components: ['kube-controller-manager'] },
    ]);
    expect(catalog.gates.CmOnly?.removedIn).toBe('1.36');
  });

  test('every disagreement with the other sources is listed', () => {
    expect(disagreements.map(row)).toEqual([
      'Doomed presence 1.34-1.35 {"code":null,"website":"ga"}',
      'Lagging presence 1.35-1.36 {"code":null,"website":"ga"}',
      'Lagging removal 1.36-1.36 {"code":"1.35","release-notes":"1.36"}',
      'Late presence 1.34-1.35 {"code":null,"website":"ga"}',
      'Phantom presence 1.35-1.36 {"code":null,"website":"alpha"}',
    ]);
    expect(catalog.gates.Lagging?.provenance.disagreements?.map((d) => d.field)).toEqual(['presence', 'removal']);
  });

  test('reviewDisagreements: unreviewed and stale entries', () => {
    const reviewed: ReviewedException[] = [
      { gate: 'Doomed', field: 'presence', releases: '1.34-1.35', source: 'website', code: null, other: 'ga', reason: 'r' },
      { gate: 'Gone', field: 'stage', releases: '1.30', source: 'website', code: 'beta', other: 'alpha', reason: 'r' },
    ];
    const r = reviewDisagreements(disagreements, reviewed);
    expect(r.unreviewed).toHaveLength(4);
    expect(r.unreviewed[0]).toBe('Lagging presence 1.35-1.36 code=null website="ga"');
    expect(r.stale).toEqual(['Gone stage 1.30 code="beta" website="alpha"']);
  });

  test('deterministic and formatted one gate field per line', () => {
    expect(formatFeatureGateCatalog(buildFeatureGateCatalog(inputs))).toBe(formatFeatureGateCatalog(catalog));
    const text = formatFeatureGateCatalog(catalog);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(catalog)));
    expect(text).toContain('      "stages": [{"stage":"beta","default":true,"locked":false,"from":"1.30","to":"1.35"},');
  });

  test('diffCatalogs names what changed', () => {
    const changed = JSON.parse(JSON.stringify(catalog)) as typeof catalog;
    delete changed.gates.Doomed;
    (changed.gates.Locked as { removedIn: string | null }).removedIn = '1.30';
    changed.catalogVersion = 'x';
    expect(diffCatalogs(changed, catalog)).toEqual(['catalogVersion differs', 'gate Doomed: missing from the committed file', 'gate Locked: removedIn differ']);
    expect(diffCatalogs(catalog, catalog)).toEqual([]);
    expect(diffCatalogs('nope', catalog)).toEqual(['committed file is not a JSON object']);
  });
});

describe('compactJson (scripts/lib/source.ts)', () => {
  test.each<[unknown, number, string]>([
    [{ a: [1, 2], b: { c: null } }, 1, '{\n  "a": [1,2],\n  "b": {"c":null}\n}\n'],
    [{ a: [1, 2], b: {} }, 2, '{\n  "a": [\n    1,\n    2\n  ],\n  "b": {}\n}\n'],
    [{ a: undefined, b: 'x' }, 5, '{\n  "b": "x"\n}\n'],
    [[], 3, '[]\n'],
  ])('%j at depth %i', (value, depth, want) => {
    expect(compactJson(value, depth)).toBe(want);
  });
});
