/** Queries over the advisory catalog (src/catalog/advisories.ts), on hand-made catalogs. */
import {
  advisoriesAffecting,
  compareSeverity,
  findAdvisory,
  isVersionAffected,
  rangeContains,
  smallestFixedSupportedTarget,
  type AdvisoriesCatalog,
  type Advisory,
  type AffectedRange,
} from '../../src/catalog/advisories.js';
import type { MinorRelease, ReleasesCatalog } from '../../src/catalog/releases.js';

function minor(m: string, patchDates: string[], maintenanceModeStart: string, endOfLife: string): MinorRelease {
  const patches = patchDates.map((date, i) => ({ version: `${m}.${i}`, date }));
  return {
    minor: m,
    released: true,
    releaseDate: patches[0]?.date ?? null,
    plannedReleaseDate: null,
    maintenanceModeStart,
    endOfLife,
    latestPatch: patches.at(-1)?.version ?? null,
    latestPatchDate: patches.at(-1)?.date ?? null,
    patches,
    patchesAfterEndOfLife: [],
    provenance: { releaseDate: 'tags', plannedReleaseDate: null, maintenanceModeStart: 'schedule', endOfLife: 'schedule', patches: 'tags' },
    disagreements: [],
  };
}

/** Monthly-ish patch dates starting at `first`. */
function dates(first: string, count: number): string[] {
  const out: string[] = [];
  const d = new Date(`${first}T00:00:00Z`);
  for (let i = 0; i < count; i++) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 28);
  }
  return out;
}

// Hand-made release catalog: 1.33.9 is tagged 2025-12-25, 1.34.4 on 2026-01-14, 1.35.0 on 2025-12-17.
const releases: ReleasesCatalog = {
  _generated: 'test',
  schemaVersion: 1,
  catalogVersion: 'test',
  newestRelease: '1.35',
  sources: [],
  rules: [],
  skewPolicy: { source: 'test', maintainedMinorCount: 3, apiserverMaxMinorStep: 1, upgradeOrder: [], rules: [], notes: [] },
  minors: [
    minor('1.32', dates('2024-12-11', 12), '2025-12-28', '2026-02-28'),
    minor('1.33', ['2025-04-23', ...dates('2025-05-15', 13)], '2026-04-28', '2026-06-28'),
    minor('1.34', ['2025-08-27', '2025-09-09', '2025-11-11', '2025-12-09', '2026-01-14', '2026-02-10'], '2026-08-27', '2026-10-27'),
    minor('1.35', ['2025-12-17', '2026-02-10'], '2026-12-28', '2027-02-28'),
  ],
};

function range(r: Partial<AffectedRange> & { introduced: string }): AffectedRange {
  return { minor: null, lastAffected: null, fixed: null, limit: null, ...r };
}

function advisory(id: string, fields: Partial<Advisory>): Advisory {
  return {
    id,
    aliases: [],
    title: id,
    kind: 'core',
    components: ['kube-apiserver'],
    componentsAsPublished: ['kube-apiserver'],
    versionScheme: 'kubernetes',
    versionedProduct: null,
    matchesClusterVersion: true,
    published: null,
    issueUrl: null,
    inOfficialFeed: null,
    severity: null,
    severityNvd: null,
    fix: 'available',
    affected: [],
    fixedByMinor: {},
    conditions: null,
    mitigation: null,
    provenance: { ranges: { from: 'test', rule: 'test' }, severity: null, title: null, published: null, aliases: 'test', conditionsAndMitigation: 'test', records: [] },
    rulesApplied: [],
    notes: [],
    crossChecks: [],
    ...fields,
  };
}

// The seed scenario: affects 1.33.0–1.33.8 and 1.34.0–1.34.3; fixed in 1.33.9, 1.34.4 and 1.35.0.
const seed = advisory('CVE-2099-0001', {
  components: ['kube-apiserver', 'kubelet'],
  affected: [
    range({ minor: '1.33', introduced: '1.33.0', lastAffected: '1.33.8', fixed: '1.33.9' }),
    range({ minor: '1.34', introduced: '1.34.0', lastAffected: '1.34.3', fixed: '1.34.4' }),
  ],
  fixedByMinor: { '1.33': '1.33.9', '1.34': '1.34.4', '1.35': '1.35.0' },
  mitigation: 'Upgrade.',
});
// Every release before 1.35 affected; the 1.34 line never got a fix.
const onlyNewMinor = advisory('CVE-2099-0002', {
  affected: [range({ introduced: '0', limit: '1.35.0' })],
  fixedByMinor: { '1.35': '1.35.0' },
});
const unfixed = advisory('CVE-2099-0003', {
  fix: 'none',
  components: ['kube-proxy'],
  affected: [range({ introduced: '0' })],
  mitigation: 'Deny externalIPs with an admission policy.',
});
// An add-on whose own versions look like Kubernetes versions.
const addOn = advisory('CVE-2099-0004', {
  kind: 'add-on',
  components: ['ingress-nginx'],
  componentsAsPublished: ['ingress-nginx'],
  versionScheme: 'own',
  versionedProduct: 'ingress-nginx',
  matchesClusterVersion: false,
  affected: [range({ introduced: '0', limit: '1.34.0' }), range({ minor: '1.34', introduced: '1.34.0', fixed: '1.34.4' })],
  fixedByMinor: { '1.34': '1.34.4' },
});
// Historic add-on numbered by the Kubernetes release that bundled it: never matched either.
const bundledAddOn = advisory('CVE-2099-0005', {
  kind: 'add-on',
  components: ['kube-dns'],
  versionScheme: 'kubernetes',
  matchesClusterVersion: false,
  affected: [range({ introduced: '0' })],
});
const wholeRelease = advisory('CVE-2099-0006', {
  components: ['kube-apiserver', 'kube-controller-manager', 'kube-proxy', 'kube-scheduler', 'kubectl', 'kubelet'],
  affected: [range({ minor: '1.34', introduced: '1.34.0', fixed: '1.34.2' })],
  fixedByMinor: { '1.34': '1.34.2' },
  aliases: ['GHSA-aaaa-bbbb-cccc', 'GO-2099-0001'],
});
const noData = advisory('CVE-2099-0007', { fix: 'unknown', affected: [] });

const catalog: AdvisoriesCatalog = {
  _generated: 'test',
  schemaVersion: 1,
  catalogVersion: 'test',
  sources: [],
  rules: [],
  coreComponents: [],
  counts: {},
  advisories: [seed, onlyNewMinor, unfixed, addOn, bundledAddOn, wholeRelease, noData],
};

describe('smallestFixedSupportedTarget — seed scenario', () => {
  test.each([
    ['staging', '1.34.1', '2026-03-01', '1.34.4', true],
    ['production', '1.34.2', '2026-03-01', '1.34.4', true],
    ['development, 1.33 supported', '1.33.7', '2026-03-01', '1.33.9', true],
    ['development, 1.33 in maintenance (still patched)', '1.33.7', '2026-05-01', '1.33.9', true],
    ['development, 1.33 end of life → next supported minor', '1.33.7', '2026-07-01', '1.34.4', false],
    ['provider build', 'v1.34.1-eks-113cf36', '2026-03-01', '1.34.4', true],
  ])('%s: %s on %s → %s', (_env, version, asOf, target, sameMinor) => {
    expect(smallestFixedSupportedTarget(releases, seed, version, asOf)).toMatchObject({ kind: 'upgrade', target, sameMinor });
  });

  test('the target must be released on the date', () => {
    // On 2025-12-20 neither 1.33.9 (2025-12-25) nor 1.34.4 (2026-01-14) is out, 1.35.0 (2025-12-17) is.
    expect(smallestFixedSupportedTarget(releases, seed, '1.33.7', '2025-12-20')).toMatchObject({ kind: 'upgrade', target: '1.35.0', minor: '1.35', minorsAhead: 2 });
  });

  test('fixed and unaffected versions are not affected', () => {
    expect(smallestFixedSupportedTarget(releases, seed, '1.34.4', '2026-03-01')).toEqual({ kind: 'not-affected', version: '1.34.4' });
    expect(smallestFixedSupportedTarget(releases, seed, '1.32.5', '2026-03-01')).toEqual({ kind: 'not-affected', version: '1.32.5' });
    expect(smallestFixedSupportedTarget(releases, seed, '1.35.0', '2026-03-01').kind).toBe('not-affected');
  });

  test('walks one minor at a time past lines that never got a fix', () => {
    expect(smallestFixedSupportedTarget(releases, onlyNewMinor, '1.33.7', '2026-03-01')).toMatchObject({ kind: 'upgrade', target: '1.35.0', minor: '1.35', minorsAhead: 2, sameMinor: false, targetSupport: 'supported' });
  });

  test('no fix at all → no target, the mitigation instead', () => {
    expect(smallestFixedSupportedTarget(releases, unfixed, '1.34.1', '2026-03-01')).toEqual({ kind: 'no-fix', version: '1.34.1', mitigation: 'Deny externalIPs with an admission policy.' });
  });

  test('no supported minor with a released fix', () => {
    expect(smallestFixedSupportedTarget(releases, onlyNewMinor, '1.34.1', '2025-12-01')).toMatchObject({ kind: 'no-supported-target' });
  });

  test('add-ons and advisories without version data are not applicable', () => {
    expect(smallestFixedSupportedTarget(releases, addOn, '1.34.1', '2026-03-01').kind).toBe('not-applicable');
    expect(smallestFixedSupportedTarget(releases, bundledAddOn, '1.34.1', '2026-03-01').kind).toBe('not-applicable');
    expect(smallestFixedSupportedTarget(releases, noData, '1.34.1', '2026-03-01').kind).toBe('not-applicable');
    expect(smallestFixedSupportedTarget(releases, seed, 'latest', '2026-03-01').kind).toBe('not-applicable');
  });
});

describe('matching', () => {
  test.each([
    [{ introduced: '1.33.0', fixed: '1.33.9' }, '1.33.8', true],
    [{ introduced: '1.33.0', fixed: '1.33.9' }, '1.33.9', false],
    [{ introduced: '1.33.0', lastAffected: '1.33.8' }, '1.33.8', true],
    [{ introduced: '1.33.0', lastAffected: '1.33.8' }, '1.33.9', false],
    [{ introduced: '0', limit: '1.35.0' }, '1.9.3', true],
    [{ introduced: '0', limit: '1.35.0' }, '1.35.0', false],
    [{ introduced: '1.3.0' }, '1.2.9', false],
    [{ introduced: '1.3.0' }, '1.36.4', true],
    [{ introduced: '1.34.0', fixed: '1.34.4' }, 'v1.34.3-gke.1200', true],
    [{ introduced: '1.34.0', fixed: '1.34.4' }, '1.34', true],
    [{ introduced: '1.34.0', fixed: '1.34.4' }, 'not-a-version', false],
  ])('%j contains %s → %s', (r, version, expected) => {
    expect(rangeContains(range(r), version)).toBe(expected);
  });

  test('advisoriesAffecting matches core components and never add-ons', () => {
    const ids = (component: string, version: string) => advisoriesAffecting(catalog, component, version).map((a) => a.id);
    expect(ids('kube-apiserver', '1.34.1')).toEqual(['CVE-2099-0001', 'CVE-2099-0002', 'CVE-2099-0006']);
    expect(ids('kubelet', '1.33.2')).toEqual(['CVE-2099-0001']);
    expect(ids('kube-proxy', '1.34.1')).toEqual(['CVE-2099-0003', 'CVE-2099-0006']);
    expect(ids('kube-scheduler', '1.34.3')).toEqual([]);
    // The add-on's own 1.34.1 is affected, but only when the add-on itself is asked about.
    for (const c of ['kube-apiserver', 'kubelet', 'kube-proxy', 'kubectl', 'kube-controller-manager', 'kube-scheduler']) {
      expect(ids(c, '1.34.1')).not.toContain('CVE-2099-0004');
      expect(ids(c, '1.34.1')).not.toContain('CVE-2099-0005');
    }
    expect(ids('ingress-nginx', '1.34.1')).toEqual(['CVE-2099-0004']);
    expect(ids('ingress-nginx', '1.34.4')).toEqual([]);
    expect(ids('kube-dns', '1.10.0')).toEqual([]);
  });

  test('isVersionAffected and findAdvisory', () => {
    expect(isVersionAffected(seed, '1.33.8')).toBe(true);
    expect(isVersionAffected(noData, '1.33.8')).toBe(false);
    expect(findAdvisory(catalog, 'ghsa-aaaa-bbbb-cccc')?.id).toBe('CVE-2099-0006');
    expect(findAdvisory(catalog, 'CVE-2099-0001')?.id).toBe('CVE-2099-0001');
    expect(findAdvisory(catalog, 'CVE-1999-0001')).toBeNull();
  });

  test('compareSeverity', () => {
    expect(compareSeverity('HIGH', 'MEDIUM')).toBeGreaterThan(0);
    expect(compareSeverity(null, 'LOW')).toBeLessThan(0);
    expect(compareSeverity('CRITICAL', 'CRITICAL')).toBe(0);
  });
});
