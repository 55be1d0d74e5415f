/**
 * removed-addon-api and deprecated-addon-api on the committed add-on catalog: judged against the add-on release
 * declared in the configuration file (`addons:`), else a warning naming the add-on release that removed the API.
 */
import { loadAddonApiCatalog, loadComponentConfigCatalog, loadFeatureGateCatalog } from '../../src/platform/catalogs.js';
import type { Finding } from '../../src/findings/types.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';
import { ADDON_GROUP_SUFFIXES } from '../../src/rules/lib/addons.js';
import { testCatalog } from '../helpers/catalog.js';

function check(apiVersion: string, kind: string, addons: Record<string, string>): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine(RULES, { target: '1.30', current: null, catalog: testCatalog(), addonApis: loadAddonApiCatalog, componentConfig: loadComponentConfigCatalog, featureGates: loadFeatureGateCatalog, addonVersions: addons }, (f) => out.push(f));
  for (const d of parseManifestText(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`).documents) engine.document(d, 'a.yaml');
  return out;
}

const CM = 'cert-manager';

describe('add-on API rules', () => {
  // apiVersion, kind, declared add-on releases, expected [rule, severity] (none: []), text the message holds
  it.each<[string, string, Record<string, string>, Array<[string, string]>, string | null]>([
    ['certmanager.k8s.io/v1alpha1', 'Certificate', {}, [['removed-addon-api', 'warning']], 'which cert-manager 0.11 and later no longer serve (removed in cert-manager 0.11). Migrate to cert-manager.io/v1. Declare the cert-manager release under addons:'],
    ['certmanager.k8s.io/v1alpha1', 'Certificate', { [CM]: '1.14' }, [['removed-addon-api', 'error']], 'which cert-manager 1.14 no longer serves (removed in cert-manager 0.11). Migrate to cert-manager.io/v1.'],
    ['certmanager.k8s.io/v1alpha1', 'Order', { [CM]: '1.14' }, [['removed-addon-api', 'error']], 'Migrate to acme.cert-manager.io/v1.'],
    ['certmanager.k8s.io/v1alpha1', 'Certificate', { [CM]: '0.10' }, [], null],
    ['cert-manager.io/v1alpha2', 'Issuer', {}, [['removed-addon-api', 'warning']], 'which cert-manager 1.6 and later no longer serve (deprecated in cert-manager 1.4, removed in cert-manager 1.6)'],
    ['cert-manager.io/v1alpha2', 'Issuer', { [CM]: '1.3' }, [], null],
    ['cert-manager.io/v1alpha2', 'Issuer', { [CM]: '1.4' }, [['deprecated-addon-api', 'warning']], 'deprecated since cert-manager 1.4; cert-manager 1.6 removes it. Migrate to cert-manager.io/v1.'],
    ['cert-manager.io/v1beta1', 'ClusterIssuer', { [CM]: '1.5.3' }, [['deprecated-addon-api', 'warning']], 'deprecated since cert-manager 1.4'],
    ['cert-manager.io/v1alpha3', 'Certificate', { [CM]: 'v1.6.0' }, [['removed-addon-api', 'error']], 'which cert-manager 1.6.0 no longer serves'],
    ['acme.cert-manager.io/v1beta1', 'Challenge', { [CM]: '1.14' }, [['removed-addon-api', 'error']], 'Migrate to acme.cert-manager.io/v1.'],
    ['cert-manager.io/v1', 'Certificate', { [CM]: '1.14' }, [], null],
    ['cert-manager.io/v1', 'Certificate', {}, [], null],
    ['rbac.istio.io/v1alpha1', 'ServiceRole', { istio: '1.20' }, [['removed-addon-api', 'error']], 'which istio 1.20 no longer serves (deprecated in istio 1.4, removed in istio 1.6). Migrate to security.istio.io/v1beta1 AuthorizationPolicy.'],
    ['rbac.istio.io/v1alpha1', 'ServiceRole', { istio: '1.5' }, [['deprecated-addon-api', 'warning']], 'deprecated since istio 1.4'],
    ['authentication.istio.io/v1alpha1', 'MeshPolicy', {}, [['removed-addon-api', 'warning']], 'Migrate to security.istio.io/v1beta1 PeerAuthentication.'],
    ['authentication.istio.io/v1alpha1', 'Policy', { [CM]: '1.14' }, [['removed-addon-api', 'warning']], 'Declare the istio release under addons:'],
    ['networking.istio.io/v1beta1', 'VirtualService', { istio: '1.20' }, [], null],
    ['example.com/v1', 'Certificate', {}, [], null],
  ])('%s %s with %j', (apiVersion, kind, addons, want, text) => {
    const found = check(apiVersion, kind, addons);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual(want);
    if (text) expect(found[0]?.message).toContain(text);
    for (const f of found) {
      expect(f.message).toMatch(/Source: https:\/\/\S+$/);
      expect(f).toMatchObject({ file: 'a.yaml', line: 1, object: { apiVersion, kind, name: 'x' } });
      expect(typeof f.data['citation']).toBe('string');
    }
  });

  it('the cheap group check covers every group of the add-on catalog', () => {
    for (const e of loadAddonApiCatalog().data.apis) {
      expect(ADDON_GROUP_SUFFIXES.some((s) => e.group === s || e.group.endsWith(`.${s}`))).toBe(true);
    }
  });

  it('every catalog entry cites an https source and a quote, and names its add-on release numbers', () => {
    const data = loadAddonApiCatalog().data;
    expect(data.apis.length).toBeGreaterThan(20);
    for (const e of data.apis) {
      expect(e.source).toMatch(/^https:\/\//);
      expect(e.quote.length).toBeGreaterThan(10);
      expect(e.removedIn ?? '').toMatch(/^\d+\.\d+$/);
    }
  });
});
