/**
 * Unit tests of the reconciliation rules behind data/api-catalog.json, on small hand-made inputs.
 * Nothing here reads the upstream data mirror.
 */
import {
  GENERATED_HEADER,
  PINNED_SOURCES,
  PRE_RELEASE_TAGS,
  apiVersionOf,
  buildApiCatalog,
  catalogKinds,
  catalogVersionFor,
  commitDateFromReadme,
  compareVersionPriority,
  deprecatedInFor,
  deprecationVersionFromText,
  diffCatalogs,
  generateApiCatalog,
  gvkKey,
  lifecycleAsOf,
  namedReplacements,
  newestDate,
  newestServedVersion,
  noReplacementReason,
  orderedReleases,
  parseApiVersion,
  parseDeprecationGuide,
  parseGvkKey,
  preReleaseKinds,
  preReleaseServedSet,
  preReleaseTagFor,
  preReleaseTags,
  removedInFor,
  resolveReplacement,
  servedSet,
  servedWindow,
  stabilityOf,
  type CatalogInputs,
  type GuideRemoval,
  type LifecycleEntry,
  type ReplacementContext,
  type ServedRecord,
} from '../../scripts/lib/api-catalog.js';
import type { Source } from '../../scripts/lib/source.js';

function rec(group: string, version: string, kind: string, extra: Partial<ServedRecord> = {}): ServedRecord {
  return { group, version, kind, ...extra };
}

function setsOf(byRelease: Record<string, string[]>): Map<string, Set<string>> {
  return new Map(Object.entries(byRelease).map(([r, keys]) => [r, new Set(keys)]));
}

describe('keys and versions', () => {
  test.each([
    ['', 'v1', 'Pod', '/v1/Pod', 'v1'],
    ['apps', 'v1', 'Deployment', 'apps/v1/Deployment', 'apps/v1'],
    ['networking.k8s.io', 'v1beta1', 'Ingress', 'networking.k8s.io/v1beta1/Ingress', 'networking.k8s.io/v1beta1'],
  ])('gvkKey/apiVersionOf(%j, %j, %j)', (group, version, kind, key, apiVersion) => {
    expect(gvkKey(group, version, kind)).toBe(key);
    expect(apiVersionOf(group, version)).toBe(apiVersion);
    expect(parseGvkKey(key)).toEqual({ group, version, kind });
    expect(parseApiVersion(apiVersion)).toEqual({ group, version });
  });

  test.each(['apps/v1', 'Pod', 'a/b/c/d', '/v1/'])('parseGvkKey rejects %j', (key) => {
    expect(parseGvkKey(key)).toBeNull();
  });

  test.each([
    ['v1', 'ga'],
    ['v2', 'ga'],
    ['v1beta1', 'beta'],
    ['v2beta2', 'beta'],
    ['v1alpha1', 'alpha'],
    ['v2alpha1', 'alpha'],
  ])('rule 5: stabilityOf(%j) = %j', (version, stability) => {
    expect(stabilityOf(version)).toBe(stability);
  });

  test('stabilityOf rejects a non-version', () => {
    expect(() => stabilityOf('beta1')).toThrow(/not a Kubernetes API version/);
  });

  test.each([
    ['v1', 'v1beta1', 1],
    ['v2', 'v1', 1],
    ['v1beta2', 'v1beta1', 1],
    ['v1beta1', 'v1alpha3', 1],
    ['v2beta1', 'v1beta2', 1],
    ['v1alpha1', 'v1alpha2', -1],
    ['v1', 'v1', 0],
  ])('compareVersionPriority(%j, %j) has sign %d', (a, b, sign) => {
    expect(Math.sign(compareVersionPriority(a, b))).toBe(sign);
  });
});

describe('orderedReleases', () => {
  test('sorts numerically', () => {
    expect(orderedReleases(['1.10', '1.9', '1.11'])).toEqual(['1.9', '1.10', '1.11']);
  });
  test.each([[['1.16', '1.18']], [[]]])('throws on a gap or an empty list: %j', (list) => {
    expect(() => orderedReleases(list)).toThrow();
  });
});

describe('rule 1: servedSet', () => {
  test('drops records marked removedPerLifecycle', () => {
    const set = servedSet([
      rec('apps', 'v1', 'Deployment'),
      rec('extensions', 'v1beta1', 'Deployment', { removedPerLifecycle: true, deprecated: true }),
      rec('', 'v1', 'Pod'),
    ]);
    expect([...set].sort()).toEqual(['/v1/Pod', 'apps/v1/Deployment']);
  });

  test('servedWindow gives first and last serving release', () => {
    const sets = setsOf({ '1.1': [], '1.2': ['g/v1/K'], '1.3': ['g/v1/K'], '1.4': [] });
    expect(servedWindow('g/v1/K', ['1.1', '1.2', '1.3', '1.4'], sets)).toEqual({ firstServed: '1.2', lastServed: '1.3' });
    expect(servedWindow('g/v2/K', ['1.1', '1.2', '1.3', '1.4'], sets)).toEqual({ firstServed: null, lastServed: null });
  });
});

describe('lifecycleAsOf', () => {
  const withHistory: LifecycleEntry = {
    introduced: '1.35',
    deprecated: '1.37',
    removed: '1.40',
    replacement: 'g/v1/K',
    firstTag: '1.35',
    lastTag: '1.37.0-beta.0',
    history: [
      { fromTag: '1.35', introduced: '1.35', deprecated: '1.38', removed: '1.41' },
      { fromTag: '1.37.0-beta.0', introduced: '1.35', deprecated: '1.37', removed: '1.40' },
    ],
  };

  test.each([
    ['1.36', { introduced: '1.35', deprecated: '1.38', removed: '1.41', replacement: 'g/v1/K' }],
    ['1.37', { introduced: '1.35', deprecated: '1.37', removed: '1.40', replacement: 'g/v1/K' }],
    ['1.34', null],
  ])('values at the %s tag (pre-release tags newer than the release ignored)', (release, expected) => {
    expect(lifecycleAsOf(withHistory, release)).toEqual(expected);
  });

  test('without history: constant values, null before firstTag, missing fields null', () => {
    const entry: LifecycleEntry = { introduced: '1.20', firstTag: '1.31', lastTag: '1.36' };
    expect(lifecycleAsOf(entry, '1.36')).toEqual({ introduced: '1.20', deprecated: null, removed: null, replacement: null });
    expect(lifecycleAsOf(entry, '1.30')).toBeNull();
    expect(lifecycleAsOf(undefined, '1.36')).toBeNull();
  });

  test('a kind deleted from code before the release keeps its last values', () => {
    const entry: LifecycleEntry = {
      deprecated: '1.21',
      removed: '1.25',
      firstTag: '1.19',
      lastTag: '1.28',
      history: [
        { fromTag: '1.19', deprecated: '1.22', removed: '1.25' },
        { fromTag: '1.21', deprecated: '1.21', removed: '1.25' },
      ],
    };
    expect(lifecycleAsOf(entry, '1.36')?.deprecated).toBe('1.21');
  });
});

describe('rule 2: removedInFor', () => {
  const releases = ['1.16', '1.17', '1.18', '1.19'];
  const base = { key: 'g/v1beta1/K', releases, lifecycleRemoved: null, guideRemoved: null };

  test.each([
    ['served in the newest release', { lastServed: '1.19' }, null],
    ['the release after the last one serving it', { lastServed: '1.17' }, '1.18'],
    ['served truth wins over an alpha removal schedule', { lastServed: '1.16', lifecycleRemoved: '1.19' }, '1.17'],
    ['never served: lifecycle removal at the first release', { lastServed: null, lifecycleRemoved: '1.16' }, '1.16'],
    ['never served: guide removal', { lastServed: null, guideRemoved: '1.16' }, '1.16'],
    ['never served: removal before the range', { lastServed: null, lifecycleRemoved: '1.10' }, '1.10'],
  ])('%s', (_name, over, expected) => {
    expect(removedInFor({ ...base, ...over })).toBe(expected);
  });

  test.each([
    [{ lastServed: null }],
    [{ lastServed: null, lifecycleRemoved: '1.18' }],
  ])('throws for a never-served kind without a removal by the first release: %j', (over) => {
    expect(() => removedInFor({ ...base, ...over })).toThrow(/never served/);
  });
});

describe('rule 3: deprecatedIn', () => {
  test.each([
    ['Deprecated in 1.7, please use the bindings subresource of pods instead.', '1.7'],
    ['Deprecated: This API is deprecated in v1.19+', '1.19'],
    ['DEPRECATED 1.9 - This group version of NetworkPolicy is deprecated by networking/v1/NetworkPolicy.', '1.9'],
    ['Deprecated in v1.16, planned for removal in v1.19.', '1.16'],
    ['Deprecated in v1.17 in favor of rbac.authorization.k8s.io/v1 ClusterRole, and will no longer be served in v1.20.', '1.17'],
    ['DEPRECATED - This group version of Deployment is deprecated by apps/v1beta2/Deployment.', null],
    ['Deprecated: use PodSecurityPolicy from policy API Group instead.', null],
    [undefined, null],
  ])('deprecationVersionFromText(%j) = %j', (text, expected) => {
    expect(deprecationVersionFromText(text)).toBe(expected);
  });

  const flagged = (release: string, extra: Partial<ServedRecord> = {}) => ({ release, record: rec('g', 'v1', 'K', { deprecated: true, ...extra }) });
  const plain = (release: string) => ({ release, record: rec('g', 'v1', 'K') });

  test.each([
    ['lifecycle marker first', { lifecycleDeprecated: '1.14', records: [flagged('1.16')], removedIn: '1.22' }, '1.14'],
    ['else the version the deprecation text states (GA Binding)', { lifecycleDeprecated: null, records: [flagged('1.16', { deprecationText: 'Deprecated in 1.7.' })], removedIn: null }, '1.7'],
    ['else the first flagged release', { lifecycleDeprecated: null, records: [plain('1.18'), flagged('1.19'), flagged('1.20')], removedIn: null }, '1.19'],
    ['no deprecation at all (alpha removed outright)', { lifecycleDeprecated: null, records: [plain('1.16')], removedIn: '1.17' }, null],
    ['a deprecation scheduled after the actual removal never took effect', { lifecycleDeprecated: '1.34', records: [plain('1.31')], removedIn: '1.32' }, null],
    ['deprecated and removed in the same release is kept', { lifecycleDeprecated: '1.34', records: [plain('1.33')], removedIn: '1.34' }, '1.34'],
    ['a future deprecation of a served kind is kept', { lifecycleDeprecated: '1.37', records: [plain('1.36')], removedIn: null }, '1.37'],
  ])('%s', (_name, args, expected) => {
    expect(deprecatedInFor(args)).toBe(expected);
  });
});

const GUIDE = `---
title: "Deprecated API Migration Guide"
---

## Removed APIs by release

### v1.26

The **v1.26** release stopped serving the following deprecated API versions:

#### Flow control resources {#flowcontrol-resources-v126}

The **flowcontrol.apiserver.k8s.io/v1beta1** API version of FlowSchema and PriorityLevelConfiguration is no longer served as of v1.26.

* Migrate manifests and API clients to use the **flowcontrol.apiserver.k8s.io/v1beta2** API version.
* All existing persisted objects are accessible via the new API

### v1.25

#### PodSecurityPolicy {#psp-v125}

PodSecurityPolicy in the **policy/v1beta1** API version is no longer served as of v1.25,
and the PodSecurityPolicy admission controller will be removed.

Migrate to [Pod Security Admission](/docs/concepts/security/pod-security-admission/)
or a [3rd party admission webhook](/docs/reference/access-authn-authz/extensible-admission-controllers/).
For a migration guide, see [Migrate from PodSecurityPolicy](/docs/tasks/migrate-from-psp/).

#### RuntimeClass {#runtimeclass-v125}

RuntimeClass in the **node.k8s.io/v1beta1** API version is no longer served as of v1.25.

* Migrate manifests and API clients to use the **node.k8s.io/v1** API version, available since v1.20.

### v1.22

#### SubjectAccessReview resources {#subjectaccessreview-resources-v122}

The **authorization.k8s.io/v1beta1** API version of LocalSubjectAccessReview,
SelfSubjectAccessReview, SubjectAccessReview, and SelfSubjectRulesReview is no longer served as of v1.22.

* Migrate manifests and API clients to use the **authorization.k8s.io/v1** API version, available since v1.6.

#### Ingress {#ingress-v122}

The **extensions/v1beta1** and **networking.k8s.io/v1beta1** API versions of Ingress is no longer served as of v1.22.

* Migrate manifests and API clients to use the **networking.k8s.io/v1** API version, available since v1.19.

### v1.16

#### PodSecurityPolicy {#psp-v116}

The **extensions/v1beta1** API version of PodSecurityPolicy is no longer served as of v1.16.

* Migrate manifests and API client to use the **policy/v1beta1** API version, available since v1.10.

#### Deployment {#deployment-v116}

The **extensions/v1beta1**, **apps/v1beta1**, and **apps/v1beta2** API versions of Deployment are no longer served as of v1.16.

* Migrate manifests and API clients to use the **apps/v1** API version, available since v1.9, or the **apps/v1beta9** API version.

## What to do

### Test with deprecated APIs disabled

The **foo/v1** API version of Bar is no longer served as of v1.99.
`;

describe('parseDeprecationGuide', () => {
  const parsed = parseDeprecationGuide(GUIDE);
  const find = (apiVersion: string, kind: string): GuideRemoval | undefined => parsed.find((g) => g.apiVersion === apiVersion && g.kind === kind);

  test.each([
    ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema', '1.26', ['flowcontrol.apiserver.k8s.io/v1beta2']],
    ['flowcontrol.apiserver.k8s.io/v1beta1', 'PriorityLevelConfiguration', '1.26', ['flowcontrol.apiserver.k8s.io/v1beta2']],
    ['node.k8s.io/v1beta1', 'RuntimeClass', '1.25', ['node.k8s.io/v1']],
    ['authorization.k8s.io/v1beta1', 'LocalSubjectAccessReview', '1.22', ['authorization.k8s.io/v1']],
    ['authorization.k8s.io/v1beta1', 'SelfSubjectRulesReview', '1.22', ['authorization.k8s.io/v1']],
    ['extensions/v1beta1', 'Ingress', '1.22', ['networking.k8s.io/v1']],
    ['networking.k8s.io/v1beta1', 'Ingress', '1.22', ['networking.k8s.io/v1']],
    ['extensions/v1beta1', 'PodSecurityPolicy', '1.16', ['policy/v1beta1']],
    ['apps/v1beta1', 'Deployment', '1.16', ['apps/v1', 'apps/v1beta9']],
  ])('%s %s removed in %s → %j', (apiVersion, kind, removedIn, replacements) => {
    const g = find(apiVersion, kind);
    expect(g).toBeDefined();
    expect(g?.removedIn).toBe(removedIn);
    expect(g?.replacementApiVersions).toEqual(replacements);
    expect(g?.note).toBeNull();
  });

  test('a section without a replacement API keeps its advice', () => {
    const psp = find('policy/v1beta1', 'PodSecurityPolicy');
    expect(psp?.replacementApiVersions).toEqual([]);
    expect(psp?.note).toBe('Migrate to Pod Security Admission or a 3rd party admission webhook.');
  });

  test('only the "Removed APIs by release" part is read', () => {
    expect(find('foo/v1', 'Bar')).toBeUndefined();
    expect(parsed).toHaveLength(14);
  });
});

describe('rule 4: replacement', () => {
  const releases = ['1.20', '1.21', '1.22'];
  const sets = setsOf({
    '1.20': ['fc/v1alpha1/FlowSchema', 'fc/v1beta1/FlowSchema', 'extensions/v1beta1/Ingress', 'net/v1beta1/Ingress', 'net/v1beta1/IngressClass', 'x/v2alpha1/CronJob', 'x/v1beta1/CronJob'],
    '1.21': ['fc/v1beta1/FlowSchema', 'extensions/v1beta1/Ingress', 'net/v1beta1/Ingress', 'net/v1beta1/IngressClass', 'x/v1beta1/CronJob', 'x/v1/CronJob'],
    '1.22': ['fc/v1beta1/FlowSchema', 'net/v1/Ingress', 'net/v1/IngressClass', 'x/v1/CronJob', 'solo/v1alpha2/Thing'],
  });
  const known = new Set([...sets.values()].flatMap((s) => [...s]).concat(['fc/v1beta3/FlowSchema', 'fc/v1/FlowSchema', 'solo/v1alpha1/Thing']));
  const lifecycle: Record<string, string> = {
    // names a successor that only arrives later (flowcontrol v1alpha1 → v1beta3 upstream)
    'fc/v1alpha1/FlowSchema': 'fc/v1beta3/FlowSchema',
    'fc/v1beta3/FlowSchema': 'fc/v1/FlowSchema',
    // names the intermediate version, itself removed at the same release
    'extensions/v1beta1/Ingress': 'net/v1beta1/Ingress',
    'net/v1beta1/Ingress': 'net/v1/Ingress',
    // upstream marker naming a list type
    'net/v1beta1/IngressClass': 'net/v1/IngressClassList',
  };
  const guide: GuideRemoval[] = [{ removedIn: '1.22', apiVersion: 'net/v1beta1', kind: 'IngressClass', replacementApiVersions: ['net/v1'], note: null }];
  const ctx: ReplacementContext = { releases, sets, knownKinds: known, lifecycleReplacement: (k) => lifecycle[k] ?? null, guide };

  test('namedReplacements ignores a marker naming a non-resource and falls back to the guide', () => {
    expect(namedReplacements('net/v1beta1/IngressClass', ctx)).toEqual(['net/v1/IngressClass']);
  });

  test('namedReplacements takes a hand-kept successor that upstream names only in prose', () => {
    const withEndpoints: ReplacementContext = { ...ctx, knownKinds: new Set([...known, '/v1/Endpoints', 'discovery.k8s.io/v1/EndpointSlice']) };
    expect(namedReplacements('/v1/Endpoints', withEndpoints)).toEqual(['discovery.k8s.io/v1/EndpointSlice']);
    // never a kind the served data does not know
    expect(namedReplacements('/v1/Endpoints', ctx)).toEqual([]);
  });

  test('newestServedVersion picks the highest-priority version', () => {
    expect(newestServedVersion('x', 'CronJob', '1.21', sets)).toBe('v1');
    expect(newestServedVersion('x', 'CronJob', '1.21', sets, 'v1')).toBe('v1beta1');
    expect(newestServedVersion('x', 'Nope', '1.21', sets)).toBeNull();
  });

  test.each([
    ['follows the chain past a successor removed at the same release', 'extensions/v1beta1/Ingress', '1.22', true, 'net/v1/Ingress'],
    ['uses the served version of the named kind when the named one is not out yet', 'fc/v1alpha1/FlowSchema', '1.21', true, 'fc/v1beta1/FlowSchema'],
    ['uses the guide when the marker is unusable', 'net/v1beta1/IngressClass', '1.22', true, 'net/v1/IngressClass'],
    ['falls back to the newest served version of the same kind', 'x/v2alpha1/CronJob', '1.21', true, 'x/v1/CronJob'],
    ['same-kind fallback only when allowed', 'x/v2alpha1/CronJob', '1.21', false, null],
    ['null when nothing is served', 'solo/v1alpha1/Thing', '1.21', true, null],
  ])('%s', (_name, key, at, allow, expected) => {
    expect(resolveReplacement(key, at, ctx, allow)).toBe(expected);
  });

  test('noReplacementReason: guide advice, then curated text, then a generic reason', () => {
    expect(noReplacementReason({ key: 'policy/v1beta1/PodSecurityPolicy', removedIn: '1.25', guideNote: 'Migrate to Pod Security Admission.' })).toMatch(
      /^No replacement API: no longer served as of 1\.25\. Deprecated API Migration Guide: "Migrate to Pod Security Admission\."$/,
    );
    expect(noReplacementReason({ key: 'a/v1alpha1/B', removedIn: '1.20', guideNote: null, reasons: { 'a/v1alpha1/B': 'gone' } })).toBe('gone');
    expect(noReplacementReason({ key: 'a/v1alpha1/B', removedIn: '1.20', guideNote: null, reasons: {} })).toBe(
      'No longer served as of 1.20; upstream names no successor and no other version of a B is served in 1.20.',
    );
  });
});

describe('catalogKinds', () => {
  test('adds guide removals before the range only when lifecycle data confirms the kind', () => {
    const guide: GuideRemoval[] = [
      { removedIn: '1.16', apiVersion: 'apps/v1beta1', kind: 'ReplicaSet', replacementApiVersions: ['apps/v1'], note: null },
      { removedIn: '1.16', apiVersion: 'apps/v1beta1', kind: 'Deployment', replacementApiVersions: ['apps/v1'], note: null },
      { removedIn: '1.22', apiVersion: 'extensions/v1beta1', kind: 'Ingress', replacementApiVersions: ['networking.k8s.io/v1'], note: null },
    ];
    const keys = catalogKinds({
      knownKinds: new Set(['apps/v1/Deployment']),
      guide,
      lifecycle: { 'apps/v1beta1/Deployment': { removed: '1.16' }, 'extensions/v1beta1/Ingress': { removed: '1.22' } },
      firstRelease: '1.16',
    });
    expect([...keys].sort()).toEqual(['apps/v1/Deployment', 'apps/v1beta1/Deployment']);
  });
});

describe('provenance and catalog version', () => {
  const readme = [
    '| repository | commit | date | used for |',
    '|---|---|---|---|',
    '| owner/site | aaaa1111 | 2026-08-21 | guide |',
    '| owner/api | tags …; HEAD bbbb2222 | | markers |',
    'Plain text mentioning cccc3333 on 2020-01-01.',
  ].join('\n');

  test.each([
    ['aaaa1111', '2026-08-21'],
    ['bbbb2222', null],
    ['cccc3333', null],
    ['dddd4444', null],
  ])('commitDateFromReadme(%j) = %j', (commit, date) => {
    expect(commitDateFromReadme(readme, commit)).toBe(date);
  });

  test('newestDate and catalogVersionFor', () => {
    expect(newestDate(['2026-01-05', null, '2026-08-21', '2026-07-01'])).toBe('2026-08-21');
    expect(newestDate([null])).toBeNull();
    expect(catalogVersionFor('1.36', '2026-08-21')).toBe('1.36.20260821');
    expect(() => catalogVersionFor('1.36', '20260821')).toThrow();
  });
});

/** A three-release world exercising every rule at once. */
function miniInputs(): CatalogInputs {
  return {
    served: {
      '1.16': [
        rec('', 'v1', 'Binding', { deprecated: true, deprecationText: 'Deprecated in 1.7, please use the bindings subresource of pods instead.' }),
        rec('apps', 'v1', 'Deployment'),
        rec('extensions', 'v1beta1', 'Deployment', { deprecated: true, removedPerLifecycle: true }),
        rec('extensions', 'v1beta1', 'Ingress', { deprecated: true }),
        rec('networking.k8s.io', 'v1beta1', 'Ingress'),
        rec('policy', 'v1beta1', 'PodSecurityPolicy'),
        rec('settings.k8s.io', 'v1alpha1', 'PodPreset'),
      ],
      '1.17': [
        rec('', 'v1', 'Binding', { deprecated: true, deprecationText: 'Deprecated in 1.7, please use the bindings subresource of pods instead.' }),
        rec('apps', 'v1', 'Deployment'),
        rec('extensions', 'v1beta1', 'Ingress', { deprecated: true }),
        rec('networking.k8s.io', 'v1', 'Ingress'),
        rec('networking.k8s.io', 'v1beta1', 'Ingress', { deprecated: true }),
        rec('policy', 'v1beta1', 'PodSecurityPolicy', { deprecated: true }),
        rec('settings.k8s.io', 'v1alpha1', 'PodPreset'),
      ],
      '1.18': [
        rec('', 'v1', 'Binding'),
        rec('apps', 'v1', 'Deployment'),
        rec('networking.k8s.io', 'v1', 'Ingress'),
        rec('scheduling.k8s.io', 'v1alpha1', 'Workload'),
      ],
    },
    lifecycle: {
      'extensions/v1beta1/Deployment': { introduced: '1.1', deprecated: '1.8', removed: '1.16', replacement: 'apps/v1/Deployment' },
      'extensions/v1beta1/Ingress': { introduced: '1.1', deprecated: '1.14', removed: '1.18', replacement: 'networking.k8s.io/v1beta1/Ingress' },
      'networking.k8s.io/v1beta1/Ingress': { introduced: '1.14', deprecated: '1.17', removed: '1.18', replacement: 'networking.k8s.io/v1/Ingress' },
      'policy/v1beta1/PodSecurityPolicy': { introduced: '1.10', deprecated: '1.17', removed: '1.18' },
      'scheduling.k8s.io/v1alpha1/Workload': { introduced: '1.18', deprecated: '1.21', removed: '1.24' },
    },
    guide: [
      { removedIn: '1.18', apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', replacementApiVersions: [], note: 'Migrate to Pod Security Admission.' },
    ],
    sources: [
      { name: 'b source', repository: 'o/b', commit: 'b'.repeat(40), path: 'b' },
      { name: 'a source', repository: 'o/a', commit: 'a'.repeat(40), path: 'a' },
    ],
    newestSourceDate: '2026-08-21',
  };
}

describe('buildApiCatalog', () => {
  const catalog = buildApiCatalog(miniInputs());
  const entry = (apiVersion: string, kind: string) => catalog.apis.find((a) => a.apiVersion === apiVersion && a.kind === kind);

  test('header, versions, releases and sorted sources', () => {
    expect(Object.keys(catalog)).toEqual(['_generated', 'schemaVersion', 'catalogVersion', 'newestRelease', 'releases', 'preRelease', 'sources', 'apis']);
    expect(catalog._generated).toBe(GENERATED_HEADER);
    expect(catalog.catalogVersion).toBe('1.18.20260821');
    expect(catalog.newestRelease).toBe('1.18');
    expect(catalog.releases).toEqual(['1.16', '1.17', '1.18']);
    expect(catalog.preRelease).toBeNull(); // no pre-release tag in the inputs
    expect(catalog.sources.map((s) => s.name)).toEqual(['a source', 'b source']);
  });

  test('apis sorted by group, version, kind with keys in the documented order', () => {
    expect(catalog.apis.map((a) => `${a.group}|${a.version}|${a.kind}`)).toEqual([
      '|v1|Binding',
      'apps|v1|Deployment',
      'extensions|v1beta1|Deployment',
      'extensions|v1beta1|Ingress',
      'networking.k8s.io|v1|Ingress',
      'networking.k8s.io|v1beta1|Ingress',
      'policy|v1beta1|PodSecurityPolicy',
      'scheduling.k8s.io|v1alpha1|Workload',
      'settings.k8s.io|v1alpha1|PodPreset',
    ]);
    expect(Object.keys(catalog.apis[0] ?? {})).toEqual([
      'apiVersion', 'group', 'version', 'kind', 'stability', 'introducedIn', 'deprecatedIn', 'removedIn',
      'plannedRemovalIn', 'firstServed', 'lastServed', 'replacement', 'noReplacement',
    ]);
  });

  test('a kind only listed as removedPerLifecycle is removed at the first release', () => {
    expect(entry('extensions/v1beta1', 'Deployment')).toEqual({
      apiVersion: 'extensions/v1beta1', group: 'extensions', version: 'v1beta1', kind: 'Deployment', stability: 'beta',
      introducedIn: '1.1', deprecatedIn: '1.8', removedIn: '1.16', plannedRemovalIn: null, firstServed: null, lastServed: null,
      replacement: { apiVersion: 'apps/v1', kind: 'Deployment' }, noReplacement: null,
    });
  });

  test('replacement chain skips a successor removed at the same release', () => {
    expect(entry('extensions/v1beta1', 'Ingress')).toMatchObject({ removedIn: '1.18', lastServed: '1.17', replacement: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' } });
  });

  test('GA kind deprecated by its description, still served', () => {
    expect(entry('v1', 'Binding')).toMatchObject({ stability: 'ga', deprecatedIn: '1.7', removedIn: null, replacement: null, noReplacement: null });
  });

  test('removed without a successor: guide advice or curated reason', () => {
    expect(entry('policy/v1beta1', 'PodSecurityPolicy')).toMatchObject({ removedIn: '1.18', replacement: null, noReplacement: expect.stringContaining('Pod Security Admission') });
    expect(entry('settings.k8s.io/v1alpha1', 'PodPreset')).toMatchObject({ removedIn: '1.18', deprecatedIn: null, replacement: null, noReplacement: expect.stringContaining('no built-in replacement') });
  });

  test('planned removal only for kinds served in the newest release; introducedIn inferred from first serving release', () => {
    expect(entry('scheduling.k8s.io/v1alpha1', 'Workload')).toMatchObject({ removedIn: null, plannedRemovalIn: '1.24', deprecatedIn: '1.21', introducedIn: '1.18' });
    expect(entry('networking.k8s.io/v1', 'Ingress')).toMatchObject({ introducedIn: '1.17', plannedRemovalIn: null, replacement: null });
    expect(entry('apps/v1', 'Deployment')).toMatchObject({ introducedIn: null, firstServed: '1.16', lastServed: '1.18' });
  });

  test('is deterministic', () => {
    expect(JSON.stringify(buildApiCatalog(miniInputs()))).toBe(JSON.stringify(catalog));
  });

  test('diffCatalogs names the entries and fields that differ', () => {
    expect(diffCatalogs(JSON.parse(JSON.stringify(catalog)), catalog)).toEqual([]);
    const edited = JSON.parse(JSON.stringify(catalog));
    edited.catalogVersion = '1.18.20200101';
    edited.apis = edited.apis.filter((a: { kind: string }) => a.kind !== 'PodPreset');
    edited.apis.find((a: { apiVersion: string; kind: string }) => a.apiVersion === 'extensions/v1beta1' && a.kind === 'Ingress').removedIn = '1.99';
    const diffs = diffCatalogs(edited, catalog);
    expect(diffs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^catalogVersion: /),
        'apis: settings.k8s.io/v1alpha1 PodPreset missing from committed file',
        'apis: extensions/v1beta1 Ingress: removedIn committed "1.99" ≠ generated "1.18"',
      ]),
    );
    expect(diffs).toHaveLength(3);
  });
});

describe('generateApiCatalog over an in-memory source', () => {
  function memorySource(files: Record<string, string>): Source {
    return {
      describe: 'memory',
      async read(rel) {
        const text = files[rel];
        if (text === undefined) throw new Error(`no such file ${rel}`);
        return text;
      },
    };
  }

  const inputs = miniInputs();
  const index = Object.fromEntries(
    Object.keys(inputs.served).map((r) => [r, { repo: 'kubernetes-client/python', ref: `v${r}`, commit: r.replace('.', '').padEnd(40, '0'), path: 'swagger.json' }]),
  );
  const readmeRows = PINNED_SOURCES.map((s, i) => `| ${s.repository} | ${s.commit} | 2026-0${i + 1}-01 | x |`);
  const files: Record<string, string> = {
    'served-apis/index.json': JSON.stringify(index),
    'served-apis/api-lifecycle.json': JSON.stringify(inputs.lifecycle),
    'deprecation-guide.md': GUIDE,
    'README.md': ['| repository | commit | date | used for |', ...readmeRows].join('\n'),
  };
  for (const [r, recs] of Object.entries(inputs.served)) files[`served-apis/v${r}.json`] = JSON.stringify(recs);

  test('reads the relative paths, derives sources and the newest source date', async () => {
    const catalog = await generateApiCatalog(memorySource(files));
    expect(catalog.catalogVersion).toBe(`1.18.2026${String(PINNED_SOURCES.length).padStart(2, '0')}01`);
    expect(catalog.sources).toHaveLength(PINNED_SOURCES.length + 3);
    expect(catalog.sources.map((s) => s.commit)).toContain('1160000000000000000000000000000000000000');
  });

  test('fails when a pinned commit is not in the README', async () => {
    await expect(generateApiCatalog(memorySource({ ...files, 'README.md': 'nothing' }))).rejects.toThrow(/PINNED_SOURCES/);
  });
});

describe('the pre-release minor (rule 6)', () => {
  // The mini inputs plus a 1.19 beta tag: it deprecates and removes the v1alpha1 Workload (markers 1.19) and
  // introduces a v1 Workload, an options payload and a kind of a group no release serves.
  function preInputs(): CatalogInputs {
    const base = miniInputs();
    return {
      ...base,
      lifecycle: {
        ...base.lifecycle,
        'scheduling.k8s.io/v1alpha1/Workload': {
          introduced: '1.18', deprecated: '1.19', removed: '1.19', firstTag: '1.18', lastTag: '1.19.0-beta.0',
          history: [{ fromTag: '1.18', introduced: '1.18', deprecated: '1.21', removed: '1.24' }, { fromTag: '1.19.0-beta.0', introduced: '1.18', deprecated: '1.19', removed: '1.19' }],
        },
        'scheduling.k8s.io/v1/Workload': { introduced: '1.19', firstTag: '1.19.0-beta.0', lastTag: '1.19.0-beta.0' },
        'scheduling.k8s.io/v1/WorkloadOptions': { introduced: '1.19', firstTag: '1.19.0-beta.0', lastTag: '1.19.0-beta.0' },
        'brandnew.k8s.io/v1/Thing': { introduced: '1.19', firstTag: '1.19.0-beta.0', lastTag: '1.19.0-beta.0' },
      },
      preReleaseTag: { release: '1.19', tag: '1.19.0-beta.0', source: 'k8s.io/api v0.19.0-beta.0 (test)' },
    };
  }
  const catalog = buildApiCatalog(preInputs());
  const entry = (apiVersion: string, kind: string) => catalog.apis.find((a) => a.apiVersion === apiVersion && a.kind === kind);

  test('preReleaseTags lists the pre-release tags of the lifecycle data', () => {
    expect(preReleaseTags(preInputs().lifecycle)).toEqual(['1.19.0-beta.0']);
    expect(preReleaseTags(miniInputs().lifecycle)).toEqual([]);
  });

  test('newestRelease and releases stay GA; preRelease names the minor and its source', () => {
    expect(catalog.newestRelease).toBe('1.18');
    expect(catalog.releases).toEqual(['1.16', '1.17', '1.18']);
    expect(catalog.preRelease).toEqual({ release: '1.19', source: 'k8s.io/api v0.19.0-beta.0 (test)' });
  });

  test('values are read at the pre-release tag: a removal there is planned for the pre-release minor', () => {
    expect(entry('scheduling.k8s.io/v1alpha1', 'Workload')).toMatchObject({ removedIn: null, lastServed: '1.18', deprecatedIn: '1.19', plannedRemovalIn: '1.19' });
    expect(entry('scheduling.k8s.io/v1alpha1', 'Workload')?.replacement).toEqual({ apiVersion: 'scheduling.k8s.io/v1', kind: 'Workload' });
  });

  test('a kind the tag introduces is served from the pre-release minor on, only if another version of it is a served kind', () => {
    expect(entry('scheduling.k8s.io/v1', 'Workload')).toMatchObject({ stability: 'ga', introducedIn: '1.19', firstServed: '1.19', lastServed: '1.19', removedIn: null });
    expect(entry('scheduling.k8s.io/v1', 'WorkloadOptions')).toBeUndefined();
    expect(entry('brandnew.k8s.io/v1', 'Thing')).toBeUndefined();
    expect(preReleaseKinds({ lifecycle: preInputs().lifecycle, preRelease: '1.19', knownKinds: new Set(['scheduling.k8s.io/v1alpha1/Workload']) })).toEqual(['scheduling.k8s.io/v1/Workload']);
  });

  test('the pre-release served set: the newest set minus removals at the tag, plus introduced kinds; missing markers remove nothing', () => {
    const set = preReleaseServedSet({
      newestSet: new Set(['scheduling.k8s.io/v1alpha1/Workload', 'apps/v1/Deployment', 'no.markers/v1/Kind']),
      lifecycle: preInputs().lifecycle,
      preRelease: '1.19',
      introduced: ['scheduling.k8s.io/v1/Workload'],
    });
    expect([...set].sort()).toEqual(['apps/v1/Deployment', 'no.markers/v1/Kind', 'scheduling.k8s.io/v1/Workload']);
  });

  test('a pre-release tag must be of the minor after the newest release', () => {
    expect(() => buildApiCatalog({ ...preInputs(), preReleaseTag: { release: '1.20', tag: '1.20.0-beta.0', source: 'x' } })).toThrow(/not of the minor after 1\.18/);
  });

  test('preReleaseTagFor: the tag of the next minor, pinned and named by the data README', () => {
    const lifecycle = { 'g/v1/K': { introduced: '1.37', firstTag: '1.37.0-beta.0', lastTag: '1.37.0-beta.0' } };
    const readme = `| kubernetes/api | v0.37.0-beta.0 (${PRE_RELEASE_TAGS['1.37.0-beta.0']?.commit}) |`;
    expect(preReleaseTagFor(lifecycle, '1.36', readme)).toMatchObject({ release: '1.37', tag: '1.37.0-beta.0', source: expect.stringMatching(/^k8s\.io\/api v0\.37\.0-beta\.0 \(kubernetes\/api 1c293eaf/) });
    expect(preReleaseTagFor(lifecycle, '1.35', readme)).toBeNull();
    expect(() => preReleaseTagFor(lifecycle, '1.36', 'no commit here')).toThrow(/not mentioned by the data README/);
    expect(() => preReleaseTagFor({ 'g/v1/K': { firstTag: '1.37.0-rc.1' } }, '1.36', readme)).toThrow(/PRE_RELEASE_TAGS/);
  });
});
