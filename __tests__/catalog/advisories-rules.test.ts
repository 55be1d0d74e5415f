/** Normalisation and reconciliation rules of the advisory generator (scripts/lib/advisories.ts), on hand-made inputs. */
import {
  buildAdvisoriesCatalog,
  buildAdvisory,
  compareCveIds,
  compareIntervals,
  compareSemver,
  cvssMetrics,
  cvssV3BaseScore,
  explainDifference,
  gaVersion,
  GHSA_SAMPLES,
  goRecordToIntervals,
  isPseudoVersion,
  mergeIntervals,
  minorState,
  nextGa,
  normaliseComponents,
  osvEventsToIntervals,
  parseConstraint,
  parseOsv,
  parseStackrox,
  severityOf,
  splitConditionsAndMitigation,
  stackroxRowToIntervals,
  stagingToKubernetes,
  tableRangesToIntervals,
  toAffectedRanges,
  FEED_OSV_SNAPSHOT_COMMIT,
  GO_VULNDB_COMMIT,
  STACKROX_COMMIT,
  type Interval,
  type TableEntry,
} from '../../scripts/lib/advisories.js';

const iv = (lo: string, hi: string | null, end: Interval['end'] = hi === null ? null : 'fixed', lastAffected: string | null = null): Interval => ({ lo, hi, end, lastAffected });
const spans = (list: Interval[]) => list.map((i) => `${i.lo}..${i.hi ?? '∞'}`);

describe('versions', () => {
  test.each([
    ['1.26.0-alpha.3', '1.26.0', -1],
    ['1.26.0-alpha.3', '1.26.0-beta.0', -1],
    ['1.26.0-rc.1', '1.26.0-rc.0', 1],
    ['1.9.3', '1.16.0', -1],
    ['0', '0.0.1', -1],
    ['v1.29.12', '1.29.12', 0],
  ])('compareSemver %s vs %s', (a, b, sign) => {
    expect(Math.sign(compareSemver(a, b))).toBe(sign);
  });

  test.each([
    ['v1.29.12', '1.29.12'],
    ['1.26.0-alpha.3', '1.26.0'],
    ['1.33.0-alpha.0', '1.33.0'],
    ['1.28', '1.28.0'],
    ['0', '0'],
    ['junk', null],
  ])('gaVersion %s → %s', (v, ga) => {
    expect(gaVersion(v)).toBe(ga);
  });

  test('nextGa, pseudo-versions, staging module versions', () => {
    expect(nextGa('1.31.14')).toBe('1.31.15');
    expect(nextGa('1.10.0-beta.3')).toBe('1.10.0');
    expect(isPseudoVersion('0.0.0-20190927203648-9ce6eca90e73')).toBe(true);
    expect(isPseudoVersion('0.18.7-rc.0')).toBe(false);
    expect(stagingToKubernetes('0.16.13')).toBe('1.16.13');
    expect(stagingToKubernetes('v0.20.0-alpha.2')).toBe('1.20.0-alpha.2');
    expect(stagingToKubernetes('0')).toBe('0');
    expect(stagingToKubernetes('1.2.3')).toBeNull();
    expect(compareCveIds('CVE-2019-9512', 'CVE-2019-11243')).toBeLessThan(0);
  });
});

describe('osvEventsToIntervals (rules osv-timeline, prerelease-bound-to-ga, last-affected-exclusive)', () => {
  test.each([
    ['sorted pairs', [{ introduced: '0' }, { fixed: '1.13.10' }, { introduced: '1.14.0' }, { fixed: '1.14.6' }], ['0..1.13.10', '1.14.0..1.14.6'], []],
    ['unsorted pairs are sorted first', [{ introduced: '1.17.0' }, { fixed: '1.17.3' }, { introduced: '1.16.0' }, { fixed: '1.16.7' }], ['1.16.0..1.16.7', '1.17.0..1.17.3'], ['osv-timeline']],
    [
      'dangling introduced (cve-feed-osv CVE-2025-13281) stays bounded',
      [{ introduced: '1.30.0' }, { introduced: '1.31.0' }, { last_affected: '1.31.14' }, { introduced: '1.32.0' }, { last_affected: '1.32.9' }],
      ['1.30.0..1.31.15', '1.32.0..1.32.10'],
      ['osv-timeline', 'last-affected-exclusive'],
    ],
    ['v prefix (cve-feed-osv CVE-2024-9042)', [{ introduced: 'v1.29.12' }, { fixed: 'v1.29.13' }], ['1.29.12..1.29.13'], ['strip-v-prefix']],
    ['pre-release fix → GA', [{ introduced: '0' }, { fixed: '1.26.0-alpha.3' }], ['0..1.26.0'], ['prerelease-bound-to-ga']],
    ['Go minor starts', [{ introduced: '0' }, { fixed: '1.32.10' }, { introduced: '1.33.0-alpha.0' }, { fixed: '1.33.6' }], ['0..1.32.10', '1.33.0..1.33.6'], ['prerelease-bound-to-ga']],
    ['introduced == fixed: only pre-releases', [{ introduced: '1.15.0' }, { fixed: '1.15.0' }], [], ['prerelease-only-range-dropped']],
    ['beta-only range', [{ introduced: '1.10.0' }, { fixed: '1.10.0-beta.3' }], [], ['prerelease-only-range-dropped']],
    ['open end', [{ introduced: '1.3.0' }], ['1.3.0..∞'], []],
    ['pseudo-versions skipped', [{ introduced: '0' }, { fixed: '0.0.0-20190927203648-9ce6eca90e73' }], [], ['go-module-versions']],
  ])('%s', (_label, events, expected, rules) => {
    const n = osvEventsToIntervals(events);
    expect(spans(n.intervals)).toEqual(expected);
    for (const r of rules) expect(n.rules).toContain(r);
  });

  test('fixes include those of dropped pre-release-only ranges', () => {
    expect(osvEventsToIntervals([{ introduced: '1.15.0' }, { fixed: '1.15.0' }]).fixes).toEqual(['1.15.0']);
  });
});

describe('stackrox rows (rule stackrox-fixedby-wins)', () => {
  test.each([
    ['"< X" with matching fixedBy', { range: '< 1.13.10', fixedBy: '1.13.10' }, ['0..1.13.10'], false],
    ['">= A, <= B" fixedBy B+1', { range: '>= 1.14.0, <= 1.14.6', fixedBy: '1.14.7' }, ['1.14.0..1.14.7'], false],
    ['minor-only bounds', { range: '>= 1.28, <= 1.28.8', fixedBy: '1.28.9' }, ['1.28.0..1.28.9'], false],
    ['exact version', { range: '1.13.6', fixedBy: '1.13.7' }, ['1.13.6..1.13.7'], false],
    ['inconsistent "< 1.13.10" vs fixedBy 1.13.11 (CVE-2019-11251)', { range: '< 1.13.10', fixedBy: '1.13.11' }, ['0..1.13.11'], true],
    ['contradictory typo row (CVE-2019-1002100)', { range: '< 1.11.0, <= 1.11.7', fixedBy: '1.11.8' }, ['0..1.11.8'], true],
    ['pre-release fixedBy (CVE-2020-8565)', { range: '>= 1.17.0, < 1.20.0-alpha.2', fixedBy: '1.20.0-alpha.2' }, ['1.17.0..1.20.0'], false],
    ['"fixed" key instead of fixedBy (CVE-2019-11244)', { range: '>= 1.8.0, <= 1.12.8', fixed: '1.12.9' }, ['1.8.0..1.12.9'], true],
    ['unbounded, no fix', { range: '>= 1.3' }, ['1.3.0..∞'], false],
    ['"<=" without fixedBy', { range: '<= 1.27.12' }, ['0..1.27.13'], false],
  ])('%s', (_label, row, expected, noted) => {
    const n = stackroxRowToIntervals(row);
    expect(spans(n.intervals)).toEqual(expected);
    expect(n.notes.length > 0).toBe(noted);
  });

  test('parseConstraint', () => {
    expect(parseConstraint('>= 1.14.0, <= 1.14.6')).toEqual([{ op: '>=', version: '1.14.0' }, { op: '<=', version: '1.14.6' }]);
    expect(parseConstraint('~> 1.2')).toBeNull();
    expect(parseConstraint('what')).toBeNull();
  });

  test('parseStackrox reads CVSS and rows', () => {
    const rec = parseStackrox(`cve: CVE-2024-3177
components:
  - kube-apiserver
cvss:
  kubernetes:
    scoreV3: 2.7
    vectorV3: CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:N/A:N
affected:
  - range: "<= 1.27.12"
    fixedBy: "1.27.13"
`);
    expect(rec).toMatchObject({ cve: 'CVE-2024-3177', components: ['kube-apiserver'], scoreKubernetes: 2.7, vectorNvd: null, rows: [{ range: '<= 1.27.12', fixedBy: '1.27.13' }] });
  });
});

describe('table rows', () => {
  test('fixed: null with last_affected means the rest of that line is unfixed (rule table-unfixed-line)', () => {
    const n = tableRangesToIntervals([
      { introduced: '0', last_affected: '1.31.14', fixed: null },
      { introduced: '1.32.0', last_affected: '1.32.9', fixed: '1.32.10' },
    ]);
    expect(spans(n.intervals)).toEqual(['0..1.32.0', '1.32.0..1.32.10']);
    expect(n.rules).toContain('table-unfixed-line');
  });

  test('non-adjacent last_affected / fixed is noted', () => {
    expect(tableRangesToIntervals([{ introduced: '1.1.0', last_affected: '1.1.3', fixed: '1.1.5' }]).notes).toEqual([
      'table row: last_affected 1.1.3 and fixed 1.1.5 are not adjacent patches',
    ]);
  });
});

describe('toAffectedRanges (rules split-per-minor, fixed-by-minor)', () => {
  test.each([
    [
      'open lower bound split at the fixed minor',
      [iv('0', '1.13.10'), iv('1.14.0', '1.14.6', 'fixed', '1.14.5')],
      [
        { minor: null, introduced: '0', lastAffected: null, fixed: null, limit: '1.13.0' },
        { minor: '1.13', introduced: '1.13.0', lastAffected: null, fixed: '1.13.10', limit: null },
        { minor: '1.14', introduced: '1.14.0', lastAffected: '1.14.5', fixed: '1.14.6', limit: null },
      ],
      { '1.13': '1.13.10', '1.14': '1.14.6' },
    ],
    [
      'X.Y.0 fix closes earlier lines only',
      [iv('0', '1.26.0')],
      [{ minor: null, introduced: '0', lastAffected: null, fixed: null, limit: '1.26.0' }],
      { '1.26': '1.26.0' },
    ],
    [
      'a range inside the previous minor keeps its minor',
      [iv('1.25.0', '1.26.0', 'limit')],
      [{ minor: '1.25', introduced: '1.25.0', lastAffected: null, fixed: null, limit: '1.26.0' }],
      {},
    ],
    [
      'last_affected only (no fix inferred)',
      [iv('1.33.0', '1.33.2', 'last-affected', '1.33.1')],
      [{ minor: '1.33', introduced: '1.33.0', lastAffected: '1.33.1', fixed: null, limit: null }],
      {},
    ],
    ['unbounded', [iv('0', null)], [{ minor: null, introduced: '0', lastAffected: null, fixed: null, limit: null }], {}],
  ])('%s', (_label, intervals, affected, fixedByMinor) => {
    const fixes = intervals.filter((i) => i.end === 'fixed' && i.hi !== null).map((i) => i.hi as string);
    const out = toAffectedRanges({ intervals, fixes, rules: [], notes: [] });
    expect(out.affected).toEqual(affected);
    expect(out.fixedByMinor).toEqual(fixedByMinor);
  });

  test('a pre-release-only range still records the GA fix of its minor', () => {
    const n = tableRangesToIntervals([
      { introduced: '1.14.0', last_affected: '1.14.2', fixed: '1.14.3' },
      { introduced: '1.15.0', last_affected: null, fixed: '1.15.0' },
    ]);
    expect(toAffectedRanges(n).fixedByMinor).toEqual({ '1.14': '1.14.3', '1.15': '1.15.0' });
  });

  test('mergeIntervals joins overlapping and touching ranges', () => {
    expect(spans(mergeIntervals([iv('1.2.0', '1.3.0', 'limit'), iv('0', '1.2.5'), iv('1.3.0', '1.3.4')]))).toEqual(['0..1.3.4']);
  });
});

describe('cross-check comparison (rule minor-comparison)', () => {
  test.each([
    [[iv('0', '1.16.8')], '1.16', '≥1.16.0 <1.16.8'],
    [[iv('0', '1.17.0')], '1.16', '≥1.16.0'],
    [[iv('0', '1.17.0')], '1.17', 'not affected'],
    [[iv('1.29.12', '1.29.13')], '1.29', '≥1.29.12 <1.29.13'],
  ])('minorState %j in %s', (intervals, minor, text) => {
    expect(minorState(intervals, minor)).toBe(text);
  });

  test('differences per minor and for the lower bound', () => {
    const table = [iv('0', '1.19.15'), iv('1.22.0', '1.22.2')];
    const feed = [iv('0', '1.19.16'), iv('1.22.0', '1.22.1')];
    expect(compareIntervals(table, feed, true)).toEqual([
      { kind: 'ranges', aspect: '1.19', catalog: '≥1.19.0 <1.19.15', source: '≥1.19.0 <1.19.16' },
      { kind: 'ranges', aspect: '1.22', catalog: '≥1.22.0 <1.22.2', source: '≥1.22.0 <1.22.1' },
    ]);
    expect(compareIntervals([iv('0', '1.13.4')], [iv('1.0.0', '1.13.4')], true)).toEqual([]);
    expect(compareIntervals([iv('0', '1.13.4')], [iv('1.1.0', '1.13.4')], true)).toEqual([{ kind: 'lower-bound', aspect: 'lower bound', catalog: '0', source: '1.1.0' }]);
    // Same affected set, different encodings: the 1.31 line ends with its last patch or with the minor.
    expect(compareIntervals([iv('0', '1.32.0', 'limit'), iv('1.32.0', '1.32.10')], [iv('0', '1.32.10')], true)).toEqual([]);
  });

  test('explanations (rule difference-explanations)', () => {
    const entry: Pick<TableEntry, 'cve' | 'cross_checks' | 'notes'> = {
      cve: 'CVE-2021-25741',
      cross_checks: { 'cve-feed-osv': "fixed versions differ: cve-feed-osv has ['1.19.16', '1.20.11', '1.21.5', '1.22.1']" },
      notes: ['GHSA vector differs: CVSS:3.1/AV:N/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H'],
    };
    const fixed = { '1.19': '1.19.15', '1.20': '1.20.11', '1.21': '1.21.5', '1.22': '1.22.2' };
    const d = (aspect: string, kind: 'ranges' | 'lower-bound' | 'cvss' = 'ranges', source = 'x', catalog = 'y') => ({ kind, aspect, catalog, source });
    expect(explainDifference('kubernetes-sigs/cve-feed-osv', d('1.19'), entry, fixed, null)).toMatch(/^README: cve-feed-osv: fixes 1.19.16/);
    expect(explainDifference('kubernetes-sigs/cve-feed-osv', d('1.22'), { ...entry, cve: 'CVE-2000-0001' }, fixed, null)).toMatch(/^table cross_checks: /);
    expect(explainDifference('kubernetes-sigs/cve-feed-osv', d('1.20'), { ...entry, cve: 'CVE-2000-0001' }, fixed, null)).toBeNull();
    expect(explainDifference('stackrox/k8s-cves', d('1.22'), { ...entry, cve: 'CVE-2000-0001' }, fixed, null)).toBeNull();
    expect(explainDifference('github/advisory-database', d('vector', 'cvss', 'CVSS:3.1/AV:N/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H'), entry, fixed, null)).toMatch(/^table notes: /);
    expect(explainDifference('golang/vulndb', d('lower bound', 'lower-bound', '1.22.0', '0'), entry, fixed, '1.22.0')).toMatch(/^rule lower-bound-coverage/);
    expect(explainDifference('golang/vulndb', d('lower bound', 'lower-bound', '0', '1.19.0'), entry, fixed, null)).toBeNull();
  });
});

describe('CVSS (rules cvss-score-from-vector, cvss-vector-metrics)', () => {
  test.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'CRITICAL'],
    ['CVSS:3.1/AV:N/AC:H/PR:H/UI:N/S:C/C:H/I:N/A:N', 5.8, 'MEDIUM'],
    ['CVSS:3.0/AV:L/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N', 3.3, 'LOW'],
    ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:N/A:N', 2.7, 'LOW'],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 8.8, 'HIGH'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5, 'HIGH'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0, 'NONE'],
  ])('%s → %s %s', (vector, score, severity) => {
    expect(cvssV3BaseScore(vector)).toBe(score);
    expect(severityOf(score)).toBe(severity);
  });

  test('incomplete or non-v3 vectors', () => {
    expect(cvssV3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:L/VA:N/SC:N/SI:N/SA:N')).toBeNull();
    expect(cvssV3BaseScore('CVSS:3.1/AV:N/AC:L')).toBeNull();
  });

  test('vectors compare by metrics', () => {
    expect(cvssMetrics('CVSS:3.1/av:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H')).toBe(cvssMetrics('CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H'));
    expect(cvssMetrics('CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H')).not.toBe(cvssMetrics('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H'));
  });
});

describe('components and text', () => {
  test.each([
    [['kube-apiserver', 'kube-proxy'], true, ['kube-apiserver', 'kube-proxy'], false],
    [['kubernetes'], true, ['kube-apiserver', 'kube-controller-manager', 'kube-proxy', 'kube-scheduler', 'kubectl', 'kubelet'], true],
    [['all Go components (HTTP/2)'], true, ['kube-apiserver', 'kube-controller-manager', 'kube-proxy', 'kube-scheduler', 'kubectl', 'kubelet'], true],
    [['kubelet (CNI bridge plugin)'], true, ['kubelet'], false],
    [['client-go', 'kubectl'], true, ['client-go', 'kubectl'], false],
    [['csi-proxy (Windows)'], false, ['csi-proxy'], false],
    [['kubernetes C# client'], false, ['kubernetes-csharp-client'], false],
    [['CNI portmap plugin (bundled with kubelet packages)'], false, ['cni-plugins'], false],
    [['kubernetes'], false, ['kubernetes'], false],
  ])('%j (core %s)', (published, core, components, wholeRelease) => {
    expect(normaliseComponents(published, core)).toEqual({ components, wholeRelease });
  });

  test.each([
    ['Only Windows nodes: users can escalate; upgrade kubelet or block subPath.', 'Only Windows nodes: users can escalate.', 'Upgrade kubelet or block subPath.'],
    ['A; B; c d', 'A; B.', 'C d'],
    ['No semicolon here.', 'No semicolon here.', null],
    ['', null, null],
  ])('splitConditionsAndMitigation %j', (text, conditions, mitigation) => {
    expect(splitConditionsAndMitigation(text)).toEqual({ conditions, mitigation });
  });
});

function entry(fields: Partial<TableEntry>): TableEntry {
  return {
    cve: 'CVE-2099-0001',
    ghsa: null,
    go_vuln_ids: null,
    title: 'Test advisory',
    title_source: 'curated',
    components: ['kubelet'],
    core: true,
    in_official_feed: true,
    issue_url: null,
    published: '2099-01-01',
    published_source: 'test',
    cvss: null,
    cvss_nvd: null,
    affected: null,
    affected_source: null,
    versions_refer_to: 'kubernetes',
    fixed_by_minor: null,
    unfixed: false,
    conditions_and_mitigation: 'Only X; upgrade.',
    cross_checks: null,
    notes: null,
    provenance: [],
    ...fields,
  };
}

const feedRecord = (id: string, events: unknown[], vector?: string) =>
  parseOsv(JSON.stringify({ id, published: '2099-02-01T00:00:00Z', modified: '2099-02-03T00:00:00Z', affected: [{ package: { ecosystem: 'kubernetes', name: 'k8s.io/kubelet' }, ...(vector ? { severity: [{ type: 'CVSS_V3', score: vector }] } : {}), ranges: [{ type: 'SEMVER', events }] }] }));

describe('buildAdvisory', () => {
  const noRaw = { stackrox: null, go: [], ghsa: [], feedOsv: null };

  test('table ranges win; a disagreeing source is recorded per minor', () => {
    const a = buildAdvisory(
      entry({ affected: [{ introduced: '0', last_affected: '1.33.8', fixed: '1.33.9' }, { introduced: '1.34.0', last_affected: '1.34.3', fixed: '1.34.4' }] }),
      { ...noRaw, feedOsv: { file: 'vulns/CVE-2099-0001.json', commit: null, rec: feedRecord('CVE-2099-0001', [{ introduced: '0' }, { fixed: '1.33.9' }, { introduced: '1.34.0' }, { fixed: '1.34.5' }]) } },
    );
    expect(a.provenance.ranges.rule).toBe('table-ranges');
    expect(a.fixedByMinor).toEqual({ '1.33': '1.33.9', '1.34': '1.34.4' });
    expect(a.fix).toBe('available');
    expect(a.crossChecks).toEqual([
      {
        source: 'kubernetes-sigs/cve-feed-osv',
        record: 'vulns/CVE-2099-0001.json',
        result: 'differ',
        notes: [],
        differences: [{ kind: 'ranges', aspect: '1.34', catalog: '≥1.34.0 <1.34.4', source: '≥1.34.0 <1.34.5', explanation: null }],
      },
    ]);
    expect(a.conditions).toBe('Only X.');
    expect(a.mitigation).toBe('Upgrade.');
  });

  test('without table ranges the first raw source with ranges is used (rule fallback-precedence)', () => {
    const a = buildAdvisory(entry({ affected: null }), {
      ...noRaw,
      go: [{ path: 'data/osv/GO-2099-0001.json', rec: parseOsv(JSON.stringify({ id: 'GO-2099-0001', aliases: ['CVE-2099-0001', 'GHSA-xxxx-yyyy-zzzz'], affected: [{ package: { ecosystem: 'Go', name: 'k8s.io/kubernetes' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.30.2' }] }] }] })) }],
      feedOsv: { file: 'vulns/CVE-2099-0001.json', commit: null, rec: feedRecord('CVE-2099-0001', [{ introduced: '0' }, { fixed: '1.30.3' }]) },
    });
    expect(a.provenance.ranges).toEqual({ from: 'golang/vulndb GO-2099-0001', rule: 'fallback-precedence' });
    expect(a.fixedByMinor).toEqual({ '1.30': '1.30.2' });
    expect(a.crossChecks.find((c) => c.source === 'golang/vulndb')?.differences).toEqual([
      { kind: 'aliases', aspect: 'aliases', catalog: 'CVE-2099-0001', source: 'GHSA-xxxx-yyyy-zzzz', explanation: null },
    ]);
  });

  test('the CNA vector from cve-feed-osv wins over a differing table vector (rule severity-cna-first)', () => {
    const a = buildAdvisory(
      entry({ cvss: { vector: 'CVSS:3.0/AV:L/AC:L/PR:L/UI:R/S:U/C:N/I:L/A:N', base_score: 2.8, severity: 'LOW', source: 'table source' }, affected: [{ introduced: '0', last_affected: null, fixed: '1.14.3' }] }),
      { ...noRaw, feedOsv: { file: 'vulns/CVE-2099-0001.json', commit: null, rec: feedRecord('CVE-2099-0001', [{ introduced: '0' }, { fixed: '1.14.3' }], 'CVSS:3.0/AV:L/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N') } },
    );
    expect(a.severity).toMatchObject({ baseScore: 3.3, severity: 'LOW', vector: 'CVSS:3.0/AV:L/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N' });
    expect(a.rulesApplied).toContain('severity-cna-first');
    expect(a.notes.join(' ')).toMatch(/the CNA vector is used/);
  });

  test('a same-metrics CNA vector keeps the table CVSS; a wrong stated score is noted', () => {
    const a = buildAdvisory(entry({ cvss: { vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', base_score: 9.1, severity: 'CRITICAL', source: 'table source' } }), {
      ...noRaw,
      feedOsv: { file: 'vulns/CVE-2099-0001.json', commit: null, rec: feedRecord('CVE-2099-0001', [], 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H') },
    });
    expect(a.severity).toMatchObject({ source: 'table source', baseScore: 9.1 });
    expect(a.notes).toContain('CVSS: stated base score 9.1 but the vector computes to 9.8; the stated score is kept');
  });

  test('add-ons never match a cluster version, whatever their numbering (rule add-on-never-cluster)', () => {
    const own = buildAdvisory(entry({ core: false, components: ['ingress-nginx'], versions_refer_to: 'ingress-nginx (own release numbering)', affected: [{ introduced: '0', last_affected: null, fixed: '1.11.2' }] }), noRaw);
    expect(own).toMatchObject({ kind: 'add-on', versionScheme: 'own', versionedProduct: 'ingress-nginx', matchesClusterVersion: false });
    const bundled = buildAdvisory(entry({ core: false, components: ['kube-dns (dnsmasq)'], versions_refer_to: 'kubernetes', affected: [{ introduced: '0', last_affected: null, fixed: '1.5.8' }] }), noRaw);
    expect(bundled).toMatchObject({ kind: 'add-on', versionScheme: 'kubernetes', matchesClusterVersion: false, components: ['kube-dns'] });
    expect(bundled.rulesApplied).toContain('add-on-never-cluster');
  });

  test('fix states', () => {
    expect(buildAdvisory(entry({ unfixed: true, affected: [{ introduced: '0', last_affected: null, fixed: null }] }), noRaw).fix).toBe('none');
    expect(buildAdvisory(entry({ unfixed: null, affected: null }), noRaw).fix).toBe('unknown');
  });

  test('Go records of staging modules map v0.N to 1.N (rule go-module-versions)', () => {
    const rec = parseOsv(JSON.stringify({ id: 'GO-2021-0064', aliases: ['CVE-2020-8565'], affected: [{ package: { ecosystem: 'Go', name: 'k8s.io/client-go' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.20.0-alpha.2' }] }] }] }));
    const n = goRecordToIntervals(rec);
    expect(spans(n.intervals)).toEqual(['0..1.20.0']);
    expect(n.rules).toContain('go-module-versions');
  });
});

describe('buildAdvisoriesCatalog', () => {
  const readme = [STACKROX_COMMIT, GO_VULNDB_COMMIT, FEED_OSV_SNAPSHOT_COMMIT, ...GHSA_SAMPLES.map((g) => g.commit)].join('\n');
  const table = {
    schema_version: '1.0',
    generated_at: '2099-01-01',
    sources: [{ name: 'stackrox/k8s-cves', repo: 'stackrox/k8s-cves', path: 'cves/*.yaml', commit: STACKROX_COMMIT }],
    entries: [
      entry({ cve: 'CVE-2099-0002', affected: [{ introduced: '0', last_affected: null, fixed: '1.30.3' }] }),
      entry({ cve: 'CVE-2099-0001', core: false, components: ['ingress-nginx'], versions_refer_to: null }),
    ],
  };

  test('sorted advisories, counts, header; no machine paths', () => {
    const c = buildAdvisoriesCatalog({
      readme,
      tableJson: JSON.stringify(table),
      feedOsvProvenanceJson: JSON.stringify([{ file: 'vulns/CVE-2099-0002.json', repo: 'kubernetes-sigs/cve-feed-osv', commit: 'a'.repeat(40), how: 'test' }]),
      feedOsv: { 'vulns/CVE-2099-0002.json': JSON.stringify({ id: 'CVE-2099-0002', published: '2099-03-01T00:00:00Z', modified: '2099-03-02T00:00:00Z', affected: [] }) },
      stackrox: {},
      goVulndb: {},
      ghsa: {},
    });
    expect(c._generated).toBe('Generated by scripts/generate-advisories.ts from upstream data (see sources). Do not edit; run `npm run generate`.');
    expect(c.catalogVersion).toBe('20990302');
    expect(c.advisories.map((a) => a.id)).toEqual(['CVE-2099-0001', 'CVE-2099-0002']);
    expect(c.counts).toMatchObject({ total: 2, core: 1, addOn: 1, fixAvailable: 1, fixUnknown: 1 });
    expect(c.advisories[1]?.crossChecks[0]).toMatchObject({ source: 'kubernetes-sigs/cve-feed-osv', result: 'no-version-data' });
    expect(JSON.stringify(c)).not.toMatch(/\/work\/|\/home\/|\/tmp\//);
  });

  test('refuses a mirror whose README no longer names the recorded commits', () => {
    expect(() =>
      buildAdvisoriesCatalog({ readme: 'nothing', tableJson: JSON.stringify(table), feedOsvProvenanceJson: '[]', feedOsv: {}, stackrox: {}, goVulndb: {}, ghsa: {} }),
    ).toThrow(/no longer lists commit/);
  });
});
