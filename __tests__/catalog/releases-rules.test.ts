/** Reconciliation rules of the release catalog generator (scripts/lib/releases.ts), on hand-made inputs. */
import {
  buildReleasesCatalog,
  deriveSkewPolicy,
  nextMinor,
  parseEndoflifeProduct,
  parseEolBranches,
  parsePatchList,
  parsePlannedReleaseDate,
  parseSchedule,
  pickByPrecedence,
  reconcileMinor,
  RELEASE_SOURCES,
  CALENDAR_SOURCE,
  verifySourceCommits,
  type MinorInputs,
  type ReleaseInputs,
} from '../../scripts/lib/releases.js';
import { jsonDifferences, openSource, readOptional } from '../../scripts/lib/source.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCHEDULE = `---
schedules:
- endOfLifeDate: "2027-06-28"
  maintenanceModeStartDate: "2027-04-28"
  next:
    cherryPickDeadline: "2026-07-10"
    release: 1.36.2
    targetDate: "2026-07-14"
  previousPatches:
  - cherryPickDeadline: "2026-05-08"
    release: 1.36.1
    targetDate: "2026-05-13"
  release: "1.36"
  releaseDate: "2026-04-22"
upcoming_releases:
- targetDate: "2026-07-14"
`;

const EOL = `---
branches:
- endOfLifeDate: "2024-02-28"
  finalPatchRelease: 1.26.15
  note: released after the end of life
  release: "1.26"
- endOfLifeDate: "2025-02-28"
  finalPatchRelease: 1.29.14
  release: "1.29"
`;

const ENDOFLIFE = `---
title: Kubernetes
releases:
  - releaseCycle: "1.36"
    releaseDate: 2026-04-22
    eoas: 2027-04-28
    eol: 2027-06-28
    latest: "1.36.2"
    latestReleaseDate: 2026-07-22

  - releaseCycle: "1.29"
    releaseDate: 2023-12-13
    eoas: 2024-12-28
    eol: 2025-02-28
    latest: "1.29.14"
    latestReleaseDate: 2025-02-12

  - releaseCycle: "1.17"
    releaseDate: 2019-12-07
    eoas: true
    eol: 2020-12-25
    latest: "1.17.1"
    latestReleaseDate: 2020-01-14
---

Body text.
`;

function patchList(versions: Record<string, string>): string {
  return JSON.stringify({ releases: {}, versions: Object.fromEntries(Object.entries(versions).map(([v, d]) => [v, { name: v, date: d }])) });
}

describe('parsers', () => {
  test('parseSchedule reads branches, next and scheduled patches', () => {
    expect(parseSchedule(SCHEDULE)).toEqual([
      {
        release: '1.36',
        releaseDate: '2026-04-22',
        maintenanceModeStartDate: '2027-04-28',
        endOfLifeDate: '2027-06-28',
        next: { release: '1.36.2', targetDate: '2026-07-14' },
        previousPatches: [{ release: '1.36.1', targetDate: '2026-05-13' }],
      },
    ]);
  });

  test('parseEolBranches', () => {
    expect(parseEolBranches(EOL)).toEqual([
      { release: '1.26', endOfLifeDate: '2024-02-28', finalPatchRelease: '1.26.15' },
      { release: '1.29', endOfLifeDate: '2025-02-28', finalPatchRelease: '1.29.14' },
    ]);
  });

  test('parseEndoflifeProduct reads unquoted dates and ignores eoas: true', () => {
    const cycles = parseEndoflifeProduct(ENDOFLIFE);
    expect(cycles.map((c) => c.releaseCycle)).toEqual(['1.36', '1.29', '1.17']);
    expect(cycles[2]).toEqual({ releaseCycle: '1.17', releaseDate: '2019-12-07', eoas: null, eol: '2020-12-25', latest: '1.17.1', latestReleaseDate: '2020-01-14' });
    expect(() => parseEndoflifeProduct('no front matter')).toThrow(/front matter/);
  });

  test('parsePatchList keeps GA X.Y.Z only, sorted numerically', () => {
    const list = parsePatchList(patchList({ '1.10.0': '2018-03-26', '1.9.11': '2018-09-28', '1.36.0-rc.1': '2026-04-01', '1.9.0': '2017-12-15' }));
    expect(list.map((p) => p.version)).toEqual(['1.9.0', '1.9.11', '1.10.0']);
  });

  test.each([
    ['bullet', '- **Wednesday 26th August 2026**: Week 15 — Kubernetes v1.37.0 released\n', '2026-08-26'],
    ['table row', '| **v1.37.0 released** | Branch Manager | Wednesday 26th August 2026 | week 15 | |\n', '2026-08-26'],
    ['single-digit day', '- **Tuesday 1st December 2026**: Week 15 — Kubernetes v1.37.0 released\n', '2026-12-01'],
    ['another minor only', '- **Wednesday 26th August 2026**: Week 15 — Kubernetes v1.38.0 released\n', null],
    ['no date', 'Kubernetes v1.37.0 released some day\n', null],
  ])('parsePlannedReleaseDate (%s)', (_label, md, expected) => {
    expect(parsePlannedReleaseDate(md, '1.37')).toBe(expected);
  });

  test('nextMinor', () => {
    expect(nextMinor('1.36')).toBe('1.37');
    expect(nextMinor('1.9')).toBe('1.10');
  });
});

describe('pickByPrecedence', () => {
  test.each([
    ['first non-null wins, others recorded', [{ value: 'a', from: 's1' }, { value: 'b', from: 's2' }, { value: null, from: 's3' }], 'a', 's1', [['b', 's2']]],
    ['skips nulls', [{ value: null, from: 's1' }, { value: 'b', from: 's2' }, { value: 'b', from: 's3' }], 'b', 's2', []],
    ['all null', [{ value: null, from: 's1' }], null, null, []],
  ])('%s', (_label, candidates, value, from, others) => {
    const r = pickByPrecedence('field', 'rule-x', candidates as Array<{ value: string | null; from: string }>);
    expect(r.value).toBe(value);
    expect(r.from).toBe(from);
    expect(r.disagreements.map((d) => [d.other, d.otherFrom])).toEqual(others);
    for (const d of r.disagreements) expect(d).toMatchObject({ field: 'field', rule: 'rule-x', chosen: value, chosenFrom: from });
  });
});

describe('reconcileMinor', () => {
  const base: MinorInputs = { minor: '1.36', schedule: null, eol: null, endoflife: null, patches: [] };
  const p = (version: string, date: string) => ({ version, date });

  test('active branch: schedule dates win; tag list gives patches and latest; stale next and target dates recorded', () => {
    const m = reconcileMinor({
      ...base,
      schedule: parseSchedule(SCHEDULE)[0] ?? null,
      endoflife: parseEndoflifeProduct(ENDOFLIFE)[0] ?? null,
      patches: [p('1.36.0', '2026-04-22'), p('1.36.1', '2026-05-12'), p('1.36.2', '2026-06-11'), p('1.36.3', '2026-07-22')],
    });
    expect(m).toMatchObject({
      released: true,
      releaseDate: '2026-04-22',
      maintenanceModeStart: '2027-04-28',
      endOfLife: '2027-06-28',
      latestPatch: '1.36.3',
      latestPatchDate: '2026-07-22',
      provenance: { releaseDate: 'schedule', maintenanceModeStart: 'schedule', endOfLife: 'schedule', patches: 'tags' },
    });
    expect(m.disagreements).toEqual([
      { field: 'patch 1.36.1 date', chosen: '2026-05-12', chosenFrom: 'tags', other: '2026-05-13', otherFrom: 'schedule', rule: 'patch-date-is-tag-date' },
      { field: 'next patch', chosen: '1.36.3', chosenFrom: 'tags', other: '1.36.2 (target 2026-07-14)', otherFrom: 'schedule', rule: 'schedule-next-is-a-plan' },
      { field: 'latestPatch', chosen: '1.36.3', chosenFrom: 'tags', other: '1.36.2', otherFrom: 'endoflife-date', rule: 'latest-patch-cross-check' },
    ]);
  });

  test('next patch in the future is not stale', () => {
    const schedule = parseSchedule(SCHEDULE)[0] ?? null;
    const m = reconcileMinor({ ...base, schedule, patches: [p('1.36.0', '2026-04-22'), p('1.36.1', '2026-05-13')] });
    expect(m.disagreements.filter((d) => d.rule === 'schedule-next-is-a-plan')).toEqual([]);
  });

  test('a scheduled patch without a tag is recorded, not listed', () => {
    const schedule = { ...(parseSchedule(SCHEDULE)[0] as NonNullable<MinorInputs['schedule']>), next: null };
    const m = reconcileMinor({ ...base, schedule, patches: [p('1.36.0', '2026-04-22')] });
    expect(m.patches.map((x) => x.version)).toEqual(['1.36.0']);
    expect(m.disagreements).toContainEqual({ field: 'patch 1.36.1', chosen: null, chosenFrom: 'tags', other: '2026-05-13', otherFrom: 'schedule', rule: 'patch-date-is-tag-date' });
  });

  test('closed branch: eol.yaml end of life, X.Y.0 tag date, endoflife.date maintenance; final patch and patches after EOL', () => {
    const m = reconcileMinor({
      minor: '1.29',
      schedule: null,
      eol: parseEolBranches(EOL)[1] ?? null,
      endoflife: { ...(parseEndoflifeProduct(ENDOFLIFE)[1] as NonNullable<MinorInputs['endoflife']>), eol: '2025-02-27', releaseDate: '2023-12-14' },
      patches: [p('1.29.0', '2023-12-13'), p('1.29.14', '2025-02-12'), p('1.29.15', '2025-03-11')],
    });
    expect(m).toMatchObject({
      releaseDate: '2023-12-13',
      maintenanceModeStart: '2024-12-28',
      endOfLife: '2025-02-28',
      latestPatch: '1.29.15',
      patchesAfterEndOfLife: ['1.29.15'],
      provenance: { releaseDate: 'tags', maintenanceModeStart: 'endoflife-date', endOfLife: 'eol' },
    });
    expect(m.disagreements).toEqual([
      { field: 'releaseDate', chosen: '2023-12-13', chosenFrom: 'tags', other: '2023-12-14', otherFrom: 'endoflife-date', rule: 'release-date' },
      { field: 'endOfLife', chosen: '2025-02-28', chosenFrom: 'eol', other: '2025-02-27', otherFrom: 'endoflife-date', rule: 'end-of-life' },
      { field: 'latestPatch', chosen: '1.29.15', chosenFrom: 'tags', other: '1.29.14', otherFrom: 'eol', rule: 'latest-patch-cross-check' },
      { field: 'latestPatch', chosen: '1.29.15', chosenFrom: 'tags', other: '1.29.14', otherFrom: 'endoflife-date', rule: 'latest-patch-cross-check' },
    ]);
  });

  test('endoflife.date is the last resort for release date and end of life', () => {
    const m = reconcileMinor({ ...base, minor: '1.17', endoflife: parseEndoflifeProduct(ENDOFLIFE)[2] ?? null });
    expect(m).toMatchObject({ releaseDate: '2019-12-07', endOfLife: '2020-12-25', maintenanceModeStart: null, latestPatch: null });
    expect(m.provenance).toMatchObject({ releaseDate: 'endoflife-date', endOfLife: 'endoflife-date', patches: null });
  });
});

const SKEW_TEXT = `
### kube-apiserver
In highly-available clusters,
the newest and oldest \`kube-apiserver\` instances must be within one minor version.
The Kubernetes project maintains release branches for the most recent three minor releases
### kubelet
* \`kubelet\` must not be newer than \`kube-apiserver\`.
* \`kubelet\` may be up to three minor versions older than \`kube-apiserver\` (\`kubelet\` < 1.25 may only be up to two minor versions older than \`kube-apiserver\`).
### kube-proxy
* \`kube-proxy\` must not be newer than \`kube-apiserver\`.
* \`kube-proxy\` may be up to three minor versions older than \`kube-apiserver\`
  (\`kube-proxy\` < 1.25 may only be up to two minor versions older than \`kube-apiserver\`).
* \`kube-proxy\` may be up to three minor versions older or newer than the \`kubelet\` instance
  it runs alongside (\`kube-proxy\` < 1.25 may only be up to two minor versions older or newer
  than the \`kubelet\` instance it runs alongside).
\`kube-controller-manager\`, \`kube-scheduler\`, and \`cloud-controller-manager\` must not be newer than the
\`kube-apiserver\` instances they communicate with. They are expected to match the \`kube-apiserver\` minor version,
but may be up to one minor version older (to allow live upgrades).
\`kubectl\` is supported within one minor version (older or newer) of \`kube-apiserver\`.
* \`kubelet\` instances on all nodes are at version **X** or **Y**
  (this ensures they are not newer than the existing API server version, and are within 2 minor versions of the new API server version)
require \`kube-apiserver\` to not skip minor versions when upgrading, even in single-instance clusters.
`;

describe('deriveSkewPolicy', () => {
  test('reads every limit from the text', () => {
    const policy = deriveSkewPolicy(SKEW_TEXT);
    const byId = Object.fromEntries(policy.rules.map((r) => [r.id, [r.components.join('+'), r.relativeTo, r.maxNewerMinors, r.maxOlderMinors, r.exceptions]]));
    expect(byId).toEqual({
      'kube-apiserver-ha': ['kube-apiserver', 'kube-apiserver', 1, 1, []],
      'kubelet-vs-kube-apiserver': ['kubelet', 'kube-apiserver', 0, 3, [{ componentBelow: '1.25', maxNewerMinors: 0, maxOlderMinors: 2 }]],
      'kube-proxy-vs-kube-apiserver': ['kube-proxy', 'kube-apiserver', 0, 3, [{ componentBelow: '1.25', maxNewerMinors: 0, maxOlderMinors: 2 }]],
      'kube-proxy-vs-kubelet': ['kube-proxy', 'kubelet', 3, 3, [{ componentBelow: '1.25', maxNewerMinors: 2, maxOlderMinors: 2 }]],
      'control-plane-vs-kube-apiserver': ['kube-controller-manager+kube-scheduler+cloud-controller-manager', 'kube-apiserver', 0, 1, []],
      'kubectl-vs-kube-apiserver': ['kubectl', 'kube-apiserver', 1, 1, []],
    });
    expect(policy.maintainedMinorCount).toBe(3);
    expect(policy.apiserverMaxMinorStep).toBe(1);
    expect(policy.notes).toEqual([
      'The 3-minor kubelet/kube-proxy skew first applies with kube-apiserver 1.28 (kubelet 1.25); kubelets older than 1.25 keep the 2-minor limit.',
      "The page's kube-apiserver upgrade prerequisites still ask for kubelets within 2 minor versions of the new kube-apiserver, while its skew section allows 3; this catalog uses the skew section.",
    ]);
  });

  test('numbers follow the text', () => {
    const policy = deriveSkewPolicy(SKEW_TEXT.replace('`kubectl` is supported within one minor', '`kubectl` is supported within two minor'));
    expect(policy.rules.find((r) => r.id === 'kubectl-vs-kube-apiserver')).toMatchObject({ maxNewerMinors: 2, maxOlderMinors: 2 });
  });

  test('a sentence that no longer matches stops the generator', () => {
    expect(() => deriveSkewPolicy(SKEW_TEXT.replace('may be up to three minor versions older than `kube-apiserver` (`kubelet`', 'may lag behind `kube-apiserver` (`kubelet`'))).toThrow(
      /skew rule "kubelet-vs-apiserver"/,
    );
  });
});

describe('buildReleasesCatalog', () => {
  const readme = [...new Set([...RELEASE_SOURCES.map((s) => s.commit), CALENDAR_SOURCE.commit])].join('\n');
  const inputs: ReleaseInputs = {
    readme,
    scheduleYaml: SCHEDULE,
    eolYaml: EOL,
    endoflifeMd: ENDOFLIFE,
    patchListJson: patchList({ '1.36.0': '2026-04-22', '1.36.1': '2026-05-12', '1.29.0': '2023-12-13', '1.29.14': '2025-02-12', '1.26.0': '2022-12-08', '1.26.15': '2024-03-14' }),
    skewPolicyMd: SKEW_TEXT,
    upcoming: { minor: '1.37', calendarMd: '- **Wednesday 26th August 2026**: Week 15 — Kubernetes v1.37.0 released\n' },
  };

  test('assembles minors ascending, the upcoming minor last, version from the newest tag', () => {
    const c = buildReleasesCatalog(inputs);
    expect(c._generated).toBe('Generated by scripts/generate-releases.ts from upstream data (see sources). Do not edit; run `npm run generate`.');
    expect(c.catalogVersion).toBe('1.36.20260512');
    expect(c.newestRelease).toBe('1.36');
    expect(c.minors.map((m) => [m.minor, m.released])).toEqual([['1.17', true], ['1.26', true], ['1.29', true], ['1.36', true], ['1.37', false]]);
    expect(c.minors.at(-1)).toMatchObject({ plannedReleaseDate: '2026-08-26', releaseDate: null, patches: [], provenance: { plannedReleaseDate: 'calendar' } });
    expect(c.minors.find((m) => m.minor === '1.26')?.patchesAfterEndOfLife).toEqual(['1.26.15']);
    expect(c.sources.map((s) => s.id)).toEqual(['schedule', 'eol', 'endoflife-date', 'tags', 'skew-policy', 'calendar']);
    expect(c.sources.at(-1)).toMatchObject({ repository: 'kubernetes/sig-release', path: 'releases/release-1.37/README.md' });
    expect(JSON.stringify(c)).not.toMatch(/\/work\/|\/home\/|\/tmp\//);
  });

  test('is deterministic', () => {
    expect(JSON.stringify(buildReleasesCatalog(inputs))).toBe(JSON.stringify(buildReleasesCatalog(inputs)));
  });

  test('without a calendar there is no upcoming minor', () => {
    const c = buildReleasesCatalog({ ...inputs, upcoming: null });
    expect(c.minors.at(-1)?.minor).toBe('1.36');
    expect(c.sources.map((s) => s.id)).not.toContain('calendar');
  });

  test('refuses a mirror whose README no longer names the recorded commits', () => {
    expect(() => verifySourceCommits('nothing here', null)).toThrow(/no longer lists commit/);
    expect(() => buildReleasesCatalog({ ...inputs, readme: readme.replace(CALENDAR_SOURCE.commit, '') })).toThrow(/no longer lists commit/);
  });
});

describe('generator helpers in scripts/lib/source.ts', () => {
  test('jsonDifferences names the paths that differ', () => {
    expect(jsonDifferences({ a: 1, b: [1, 2], c: { d: 'x' } }, { a: 1, b: [1, 3, 4], c: {}, e: true })).toEqual([
      'b[1]: 2 → 3',
      'b[2] added',
      'c.d removed',
      'e added',
    ]);
    expect(jsonDifferences({ a: [1, 2, 3] }, { a: [] }, 2)).toEqual(['a[0] removed', 'a[1] removed']);
    expect(jsonDifferences({ same: [1] }, { same: [1] })).toEqual([]);
  });

  test('readOptional: null for a missing file, the text otherwise, other errors rethrown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kug-source-'));
    try {
      writeFileSync(join(dir, 'present.txt'), 'hello');
      const source = openSource(dir);
      await expect(readOptional(source, 'present.txt')).resolves.toBe('hello');
      await expect(readOptional(source, 'missing.txt')).resolves.toBeNull();
      await expect(readOptional(source, '.')).rejects.toThrow();
      await expect(readOptional({ describe: 'url', read: () => Promise.reject(new Error('GET http://x/y answered 404 Not Found')) }, 'y')).resolves.toBeNull();
      await expect(readOptional({ describe: 'url', read: () => Promise.reject(new Error('GET http://x/y answered 500 Oops')) }, 'y')).rejects.toThrow(/500/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
