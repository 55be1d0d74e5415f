/** Queries over the release catalog (src/catalog/releases.ts), on a hand-made catalog. */
import {
  allowedSkew,
  isKnownPatch,
  isoDay,
  latestPatch,
  maintainedMinors,
  patchesOf,
  receivesPatches,
  supportStatus,
  type MinorRelease,
  type ReleasesCatalog,
  type SkewPolicy,
} from '../../src/catalog/releases.js';
import { compareVersions, parseVersion } from '../../src/version/index.js';

function minor(m: string, fields: Partial<MinorRelease> & { patchDates?: string[] }): MinorRelease {
  const patches = (fields.patchDates ?? []).map((date, i) => ({ version: `${m}.${i}`, date }));
  return {
    minor: m,
    released: true,
    releaseDate: patches[0]?.date ?? null,
    plannedReleaseDate: null,
    maintenanceModeStart: null,
    endOfLife: null,
    latestPatch: patches.at(-1)?.version ?? null,
    latestPatchDate: patches.at(-1)?.date ?? null,
    patches,
    patchesAfterEndOfLife: [],
    provenance: { releaseDate: 'tags', plannedReleaseDate: null, maintenanceModeStart: null, endOfLife: null, patches: 'tags' },
    disagreements: [],
    ...fields,
  };
}

const skewPolicy: SkewPolicy = {
  source: 'skew-policy',
  maintainedMinorCount: 3,
  apiserverMaxMinorStep: 1,
  upgradeOrder: [['kube-apiserver'], ['kube-controller-manager', 'kube-scheduler'], ['kubelet', 'kube-proxy']],
  rules: [
    { id: 'kubelet-vs-kube-apiserver', components: ['kubelet'], relativeTo: 'kube-apiserver', maxNewerMinors: 0, maxOlderMinors: 3, exceptions: [{ componentBelow: '1.25', maxNewerMinors: 0, maxOlderMinors: 2 }], evidence: '' },
    { id: 'kubectl-vs-kube-apiserver', components: ['kubectl'], relativeTo: 'kube-apiserver', maxNewerMinors: 1, maxOlderMinors: 1, exceptions: [], evidence: '' },
  ],
  notes: [],
};

const handCatalog: ReleasesCatalog = {
  _generated: 'test',
  schemaVersion: 1,
  catalogVersion: 'test',
  newestRelease: '1.36',
  sources: [],
  rules: [],
  skewPolicy,
  minors: [
    minor('1.2', { patchDates: ['2016-03-16'] }), // no end-of-life date in any source
    minor('1.32', { patchDates: ['2024-12-11', '2025-01-15'], maintenanceModeStart: '2025-12-28', endOfLife: '2026-02-28' }),
    minor('1.33', { patchDates: ['2025-04-23', '2025-05-15', '2025-06-17'], maintenanceModeStart: '2026-04-28', endOfLife: '2026-06-28' }),
    minor('1.34', { patchDates: ['2025-08-27', '2025-09-09', '2026-02-10'], maintenanceModeStart: '2026-08-27', endOfLife: '2026-10-27' }),
    minor('1.36', { patchDates: ['2026-04-22'], maintenanceModeStart: '2027-04-28', endOfLife: '2027-06-28' }),
    { ...minor('1.37', {}), released: false, releaseDate: null, plannedReleaseDate: '2026-08-26' },
  ],
};

describe('parseVersion', () => {
  test.each([
    ['1.34.2', { major: 1, minor: 34, patch: 2, prerelease: null, provider: null, providerBuild: null, release: '1.34', normalized: '1.34.2' }],
    ['v1.34.2', { patch: 2, provider: null, normalized: '1.34.2' }],
    ['1.34.2-eks-113cf36', { patch: 2, provider: 'eks', providerBuild: 'eks-113cf36', prerelease: null, normalized: '1.34.2' }],
    ['v1.30.5-gke.1014001', { patch: 5, provider: 'gke', providerBuild: 'gke.1014001', normalized: '1.30.5' }],
    ['1.29.7+k3s1', { patch: 7, provider: 'k3s', providerBuild: 'k3s1', normalized: '1.29.7' }],
    ['v1.29.7+rke2r1', { provider: 'rke2', normalized: '1.29.7' }],
    ['1.29.1-do.0', { provider: 'do', normalized: '1.29.1' }],
    ['v1.35.0-rc.1', { prerelease: 'rc.1', provider: null, normalized: '1.35.0' }],
    ['1.37.0-beta.0', { prerelease: 'beta.0', provider: null }],
    ['1.34', { patch: null, release: '1.34', normalized: '1.34.0' }],
    ['  v1.9.11 ', { minor: 9, patch: 11, normalized: '1.9.11' }],
  ])('%s', (text, expected) => {
    expect(parseVersion(text)).toMatchObject(expected);
  });

  test.each(['', 'latest', '1', '1.x.3', 'v1.34.2 extra', '1.34.2-'])('rejects %j', (text) => {
    expect(parseVersion(text)).toBeNull();
  });
});

describe('compareVersions', () => {
  test.each([
    ['1.9.3', '1.16.0', -1],
    ['1.16.0', '1.9.3', 1],
    ['1.34.10', '1.34.9', 1],
    ['0', '1.0.0', -1],
    ['1.34', '1.34.0', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('supportStatus', () => {
  test.each([
    ['1.33', '2026-03-01', 'supported', '2025-04-23', '2026-04-28'],
    ['1.33', '2026-04-27', 'supported', '2025-04-23', '2026-04-28'],
    ['1.33', '2026-04-28', 'maintenance', '2026-04-28', '2026-06-28'],
    ['1.33', '2026-06-27', 'maintenance', '2026-04-28', '2026-06-28'],
    ['1.33', '2026-06-28', 'end-of-life', '2026-06-28', null],
    ['1.33.2', '2026-07-01', 'end-of-life', '2026-06-28', null],
    ['v1.34.1-eks-113cf36', '2026-08-22', 'supported', '2025-08-27', '2026-08-27'],
    ['1.36', '2026-04-21', 'unreleased', null, '2026-04-22'],
    ['1.37', '2026-08-22', 'unreleased', null, '2026-08-26'],
    ['1.37', '2026-09-30', 'unreleased', null, '2026-08-26'],
    ['1.99', '2026-08-22', 'unknown', null, null],
    ['1.2', '2026-08-22', 'end-of-life', null, null],
    ['1.2', '2016-05-01', 'unknown', '2016-03-16', null],
  ])('%s on %s → %s', (m, day, status, since, until) => {
    expect(supportStatus(handCatalog, m, day)).toMatchObject({ status, since, until });
  });

  test('accepts a Date (UTC day) and rejects malformed days', () => {
    expect(supportStatus(handCatalog, '1.33', new Date('2026-06-28T23:30:00Z')).status).toBe('end-of-life');
    expect(() => supportStatus(handCatalog, '1.33', '28.06.2026')).toThrow(/YYYY-MM-DD/);
    expect(isoDay(new Date('2026-01-02T00:00:00Z'))).toBe('2026-01-02');
  });

  test('receivesPatches and maintainedMinors count supported and maintenance minors', () => {
    expect(receivesPatches(handCatalog, '1.33', '2026-05-01')).toBe(true);
    expect(receivesPatches(handCatalog, '1.33', '2026-07-01')).toBe(false);
    expect(maintainedMinors(handCatalog, '2026-05-01')).toEqual(['1.33', '1.34', '1.36']);
    expect(maintainedMinors(handCatalog, '2026-07-01')).toEqual(['1.34', '1.36']);
  });
});

describe('patches', () => {
  test('latestPatch, optionally as of a day', () => {
    expect(latestPatch(handCatalog, '1.34')).toEqual({ version: '1.34.2', date: '2026-02-10' });
    expect(latestPatch(handCatalog, 'v1.34.0-gke.1', '2026-01-01')).toEqual({ version: '1.34.1', date: '2025-09-09' });
    expect(latestPatch(handCatalog, '1.34', '2025-01-01')).toBeNull();
    expect(latestPatch(handCatalog, '1.37')).toBeNull();
    expect(latestPatch(handCatalog, '1.99')).toBeNull();
  });

  test('patchesOf and isKnownPatch', () => {
    expect(patchesOf(handCatalog, '1.33', '2025-05-31').map((p) => p.version)).toEqual(['1.33.0', '1.33.1']);
    expect(isKnownPatch(handCatalog, '1.33.2-eks-abc')).toBe(true);
    expect(isKnownPatch(handCatalog, '1.33.3')).toBe(false);
    expect(isKnownPatch(handCatalog, '1.33')).toBe(false);
  });
});

describe('allowedSkew', () => {
  test.each([
    ['kubelet', 'kube-apiserver', '1.28', { maxNewerMinors: 0, maxOlderMinors: 3 }],
    ['kubelet', 'kube-apiserver', '1.25.4', { maxNewerMinors: 0, maxOlderMinors: 3 }],
    ['kubelet', 'kube-apiserver', '1.24', { maxNewerMinors: 0, maxOlderMinors: 2 }],
    ['kubectl', 'kube-apiserver', '1.30', { maxNewerMinors: 1, maxOlderMinors: 1 }],
  ])('%s vs %s at %s', (component, relativeTo, at, expected) => {
    expect(allowedSkew(skewPolicy, component, relativeTo, at)).toMatchObject(expected);
  });

  test('no rule for an unknown pair', () => {
    expect(allowedSkew(skewPolicy, 'kubelet', 'kubectl', '1.30')).toBeNull();
  });
});
