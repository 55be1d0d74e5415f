/** Lock statements of release notes (rules extractLockEvidence / applyLockEvidence); the code of each release states locks from 1.18 on. */
import { applyLockEvidence, extractLockEvidence, type History, type LockEvidence } from '../../scripts/lib/feature-gates.js';
import { gateStatus } from '../../src/catalog/feature-gates.js';
import { loadFeatureGateCatalog } from '../../src/platform/catalogs.js';

const known = new Set(['PodSecurity', 'DisableAcceleratorUsageMetrics', 'ExpandedDNSConfig', 'EndpointSliceTerminatingCondition', 'HonorPVReclaimPolicy', 'APISelfSubjectReview', 'RootCAConfigMap', 'IPv6DualStack', 'EphemeralContainers', 'InTreePluginPortworxUnregister', 'CSIMigrationPortworx']);
const pr = (n: number): string => ` ([#${n}](https://github.com/kubernetes/kubernetes/pull/${n}), [@someone](https://github.com/someone))`;

describe('rule extractLockEvidence', () => {
  test.each<[string, string, Array<[string, LockEvidence['when'], string | null]>]>([
    ['removed after being unconditionally enabled', `- [cleanup] The feature gates \`DisableAcceleratorUsageMetrics\` and \`PodSecurity\` that graduated to GA and were unconditionally enabled have been removed in v1.28.${pr(114068)}`, [['DisableAcceleratorUsageMetrics', 'before-removal', null], ['PodSecurity', 'before-removal', null]]],
    ['locked now, removal planned', `- [feature] The \`ExpandedDNSConfig\` feature has graduated to GA. 'ExpandedDNSConfig' feature was locked to default value and will be removed in v1.30.${pr(116741)}`, [['ExpandedDNSConfig', 'now', null]]],
    ['"The gate is now locked" refers to the previous sentence', `- [api-change, feature] The \`EndpointSliceTerminatingCondition\` feature gate was graduated to GA. The gate is now locked and will be removed in v1.28.${pr(113351)}`, [['EndpointSliceTerminatingCondition', 'now', null]]],
    ['locked since a release', `- [cleanup] Removed the generally available feature gate \`HonorPVReclaimPolicy\`, which was locked and enabled since \`v1.33\`.${pr(135335)}`, [['HonorPVReclaimPolicy', 'before-removal', '1.33']]],
    ['the state after the removal is not a lock', `- [cleanup] "The GA feature-gate \`APISelfSubjectReview\` has been removed, and the feature is unconditionally enabled."${pr(1)}`, []],
    ['a plan is not a lock', `- [feature] The feature gate \`RootCAConfigMap\` graduated to GA in v1.21 and therefore will be unconditionally enabled.${pr(98033)}`, []],
    ['kubeadm gates are another set', `- [cleanup] Kubeadm: remove the \`IPv6DualStack\` feature gate. The feature has been GA and locked to enabled since 1.23.${pr(106648)}`, []],
    ['"always enabled" with advice to remove', `- The \`EphemeralContainers\` feature gate is always enabled and should be removed from \`--feature-gates\` flag.${pr(111402)}`, [['EphemeralContainers', 'now', null]]],
  ])('%s', (_name, text, want) => {
    expect(extractLockEvidence({ release: '1.28', text }, known).map((e) => [e.gate, e.when, e.since])).toEqual(want);
  });
});

describe('rule applyLockEvidence', () => {
  const ga = { stage: 'ga' as const, default: true, locked: null };
  const history = (): History => {
    const h: History = [];
    h[24] = { stage: 'beta', default: true, locked: false };
    for (let m = 25; m <= 27; m++) h[m] = { ...ga };
    return h;
  };
  const ev = (e: Partial<LockEvidence>): LockEvidence => ({ gate: 'G', release: '1.28', pr: 7, when: 'before-removal', since: null, ...e });

  test('before removal: the last accepted release only', () => {
    const r = applyLockEvidence(history(), [ev({})], '1.27');
    expect([r.history[25]?.locked, r.history[26]?.locked, r.history[27]?.locked]).toEqual([null, null, true]);
    expect(r.locks).toEqual([{ from: '1.27', to: '1.27', evidence: ['v1.28 notes, kubernetes#7'] }]);
  });

  test('before removal with "since": from that release', () => {
    const r = applyLockEvidence(history(), [ev({ since: '1.26' })], '1.27');
    expect(r.locks).toEqual([{ from: '1.26', to: '1.27', evidence: ['v1.28 notes, kubernetes#7'] }]);
  });

  test('now: from the notes release to the end of the GA run', () => {
    const r = applyLockEvidence(history(), [ev({ when: 'now', release: '1.26' })], null);
    expect(r.locks).toEqual([{ from: '1.26', to: '1.27', evidence: ['v1.26 notes, kubernetes#7'] }]);
  });

  test('a known lock is never changed; evidence for a beta release is ignored with a note', () => {
    const h = history();
    h[27] = { ...ga, locked: false };
    const r = applyLockEvidence(h, [ev({}), ev({ when: 'now', release: '1.24' })], '1.27');
    expect(r.history[27]?.locked).toBe(false);
    expect(r.locks).toEqual([]);
    expect(r.notes).toEqual([expect.stringContaining('1.24 is beta default=true: ignored')]);
  });
});

describe('PodSecurity in the committed catalog', () => {
  const c = loadFeatureGateCatalog();
  test('locked from 1.25, as the code of 1.25–1.27 registers it (LockToDefault: true), not only in 1.27 as the release note suggests', () => {
    const at = (r: string) => {
      const s = gateStatus(c, 'PodSecurity', r);
      return s === 'unknown' ? null : [s.state, s.stage, s.default, s.locked];
    };
    expect(at('1.24')).toEqual(['accepted', 'beta', true, false]);
    expect(at('1.25')).toEqual(['accepted', 'ga', true, true]);
    expect(at('1.26')).toEqual(['accepted', 'ga', true, true]);
    expect(at('1.27')).toEqual(['accepted', 'ga', true, true]);
    expect(at('1.28')).toEqual(['removed', null, null, null]);
    expect(c.gates['PodSecurity']?.provenance.locks).toBeUndefined();
  });
});
