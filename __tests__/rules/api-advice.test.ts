/**
 * The replacement a removed-api or deprecated-api finding names is always one the target serves: the newest API of
 * the object's replacement line that the target serves (or, when none is served yet, the release that first serves
 * one), and with a current release, whether that release serves it already.
 */
import type { ApiEntry } from '../../src/catalog/api-catalog.js';
import { loadApiCatalog } from '../../src/platform/catalogs.js';
import type { Finding } from '../../src/findings/types.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { deprecatedApi } from '../../src/rules/deprecated-api.js';
import { removedApi } from '../../src/rules/removed-api.js';
import { testCatalog } from '../helpers/catalog.js';
import type { ApiCatalog } from '../../src/catalog/api-catalog.js';

function check(catalog: ApiCatalog, apiVersion: string, kind: string, target: string, current: string | null): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine([removedApi, deprecatedApi], { target, current, catalog }, (f) => out.push(f));
  for (const doc of parseManifestText(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: demo\n`).documents) engine.document(doc, 'x.yaml');
  return out;
}

const HPA = 'HorizontalPodAutoscaler';
const FS = 'FlowSchema';
const FC = 'flowcontrol.apiserver.k8s.io';

// apiVersion, kind, target, current, rule, replacement named (null: none), text the message must hold, text it must not
const rows: Array<[string, string, string, string | null, string, string | null, string, string | null]> = [
  ['autoscaling/v2beta1', HPA, '1.22', null, 'deprecated-api', 'autoscaling/v2beta2', 'Migrate to autoscaling/v2beta2; autoscaling/v2 is served from 1.23.', 'Migrate to autoscaling/v2.'],
  ['autoscaling/v2beta1', HPA, '1.22', '1.21', 'deprecated-api', 'autoscaling/v2beta2', 'The current release 1.21 already serves autoscaling/v2beta2: migrate before the upgrade.', 'upgrade window'],
  ['autoscaling/v2beta1', HPA, '1.25', '1.24', 'removed-api', 'autoscaling/v2', 'Migrate to autoscaling/v2. The current release 1.24 already serves autoscaling/v2', null],
  ['autoscaling/v2beta1', HPA, '1.25', '1.22', 'removed-api', 'autoscaling/v2', 'does not serve autoscaling/v2 yet: migrate during the upgrade window, or move to autoscaling/v2beta2 first, which both 1.22 and 1.25 serve.', null],
  ['autoscaling/v2beta2', HPA, '1.23', '1.22', 'deprecated-api', 'autoscaling/v2', 'The current release 1.22 does not serve autoscaling/v2 yet: migrate after the upgrade.', 'upgrade window'],
  [`${FC}/v1beta1`, FS, '1.24', null, 'deprecated-api', `${FC}/v1beta2`, `Migrate to ${FC}/v1beta2; ${FC}/v1 is served from 1.29.`, 'v1beta3'],
  [`${FC}/v1beta1`, FS, '1.23', null, 'deprecated-api', `${FC}/v1beta2`, `Migrate to ${FC}/v1beta2;`, 'v1beta3'],
  [`${FC}/v1beta1`, FS, '1.26', null, 'removed-api', `${FC}/v1beta3`, `Migrate to ${FC}/v1beta3; ${FC}/v1 is served from 1.29.`, null],
  [`${FC}/v1beta2`, FS, '1.29', '1.28', 'removed-api', `${FC}/v1`, `Migrate to ${FC}/v1. The current release 1.28 does not serve ${FC}/v1 yet: migrate during the upgrade window, or move to ${FC}/v1beta3 first, which both 1.28 and 1.29 serve.`, null],
  [`${FC}/v1beta3`, FS, '1.32', '1.28', 'removed-api', `${FC}/v1`, 'migrate during the upgrade window', 'move to'],
  ['extensions/v1beta1', 'Ingress', '1.22', '1.21', 'removed-api', 'networking.k8s.io/v1', 'Migrate to networking.k8s.io/v1. The current release 1.21 already serves', null],
  ['networking.k8s.io/v1beta1', 'Ingress', '1.19', null, 'deprecated-api', 'networking.k8s.io/v1', 'Migrate to networking.k8s.io/v1.', null],
  ['batch/v1beta1', 'CronJob', '1.21', '1.20', 'deprecated-api', 'batch/v1', 'The current release 1.20 does not serve batch/v1 yet: migrate after the upgrade.', 'upgrade window'],
  ['storage.k8s.io/v1alpha1', 'CSIStorageCapacity', '1.21', null, 'deprecated-api', 'storage.k8s.io/v1beta1', 'Migrate to storage.k8s.io/v1beta1; storage.k8s.io/v1 is served from 1.24.', null],
  ['policy/v1beta1', 'PodSecurityPolicy', '1.25', '1.24', 'removed-api', null, 'There is no replacement API. No longer served as of 1.25.', 'No replacement API: no'],
  ['extensions/v1beta1', 'PodSecurityPolicy', '1.26', null, 'removed-api', null, 'There is no replacement API. No longer served as of 1.25.', 'policy/v1beta1.'],
  ['v1', 'Endpoints', '1.33', '1.32', 'deprecated-api', 'discovery.k8s.io/v1', 'Migrate to discovery.k8s.io/v1 EndpointSlice. The current release 1.32 already serves discovery.k8s.io/v1: migrate before the upgrade.', 'There is no replacement'],
  ['v1', 'Endpoints', '1.36', null, 'deprecated-api', 'discovery.k8s.io/v1', 'uses v1, deprecated since Kubernetes 1.33. Migrate to discovery.k8s.io/v1 EndpointSlice.', null],
];

describe('the replacement named is served by the target (real catalog)', () => {
  it.each(rows)('%s %s at %s (current %s): %s names %s', (apiVersion, kind, target, current, rule, replacement, has, hasNot) => {
    const found = check(loadApiCatalog(), apiVersion, kind, target, current);
    expect(found.map((f) => f.ruleId)).toEqual([rule]);
    const f = found[0]!;
    expect(f.message).toContain(has);
    if (hasNot) expect(f.message).not.toContain(hasNot);
    expect(f.data['replacement']).toBe(replacement);
    if (replacement) {
      const entry = loadApiCatalog().lookup(replacement, String(f.data['replacementKind']));
      expect(entry && loadApiCatalog().isServed(entry, target)).toBe(true);
      if (current) expect(f.data['replacementServedByCurrent']).toBe(loadApiCatalog().isServed(entry!, current));
    }
  });
});

describe('when the target serves no replacement yet', () => {
  const v2beta1: ApiEntry = {
    apiVersion: 'autoscaling/v2beta1', group: 'autoscaling', version: 'v2beta1', kind: HPA, stability: 'beta',
    introducedIn: '1.8', deprecatedIn: '1.22', removedIn: '1.25', plannedRemovalIn: null, firstServed: '1.16', lastServed: '1.24',
    replacement: { apiVersion: 'autoscaling/v2', kind: HPA }, noReplacement: null,
  };
  const v2: ApiEntry = { ...v2beta1, apiVersion: 'autoscaling/v2', version: 'v2', stability: 'ga', introducedIn: '1.23', deprecatedIn: null, removedIn: null, firstServed: '1.23', lastServed: '1.36', replacement: null };
  const catalog = testCatalog([v2beta1, v2]);

  it.each([
    ['1.22', null],
    ['1.22', '1.21'],
  ])('at %s (current %s) it says so and names the release that first serves one', (target, current) => {
    const [f, ...rest] = check(catalog, 'autoscaling/v2beta1', HPA, target, current);
    expect(rest).toEqual([]);
    expect(f?.message).toContain('No replacement is served by 1.22 yet; autoscaling/v2 is served from 1.23.');
    expect(f?.message).not.toContain('Migrate to');
    expect(f?.message).not.toContain('upgrade window');
    expect(f?.data).toMatchObject({ replacement: null, upcomingReplacement: 'autoscaling/v2', upcomingReplacementServedFrom: '1.23' });
  });

  it('names the replacement once the target serves it', () => {
    const [f] = check(catalog, 'autoscaling/v2beta1', HPA, '1.23', '1.22');
    expect(f?.message).toContain('Migrate to autoscaling/v2. The current release 1.22 does not serve autoscaling/v2 yet: migrate after the upgrade.');
  });
});
