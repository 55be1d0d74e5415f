/**
 * The committed, generated catalogs, read from disk: an adapter, used only by the entry points (and tests), which
 * hand the catalogs to the pipeline. They ship as JSON files beside the bundle (the bundler copies each file that a
 * `new URL(..., import.meta.url)` below names) and are read and parsed on first use, so a run pays only for the
 * catalogs it needs: an empty scan never parses the advisories, and no start-up compiles 800 KB of JSON as source.
 */
import { readFileSync } from 'node:fs';
import { ApiCatalog, type ApiCatalogData } from '../catalog/api-catalog.js';
import type { AdvisoriesCatalog } from '../catalog/advisories.js';
import type { ReleasesCatalog } from '../catalog/releases.js';
import { parseComponentConfigCatalog, type ComponentConfigCatalog } from '../catalog/component-config.js';
import { parseFeatureGateCatalog, type FeatureGateCatalog } from '../catalog/feature-gates.js';
import type { Catalogs } from '../catalog/index.js';
import { AddonApiCatalog, type AddonApiCatalogData } from '../catalog/addon-apis.js';

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

let api: ApiCatalog | undefined;

export function loadApiCatalog(): ApiCatalog {
  api ??= new ApiCatalog(readJson(new URL('../../data/api-catalog.json', import.meta.url)) as ApiCatalogData);
  return api;
}

let gates: FeatureGateCatalog | undefined;

export function loadFeatureGateCatalog(): FeatureGateCatalog {
  gates ??= parseFeatureGateCatalog(readJson(new URL('../../data/feature-gates.json', import.meta.url)));
  return gates;
}

let componentConfig: ComponentConfigCatalog | undefined;

export function loadComponentConfigCatalog(): ComponentConfigCatalog {
  componentConfig ??= parseComponentConfigCatalog(readJson(new URL('../../data/component-config.json', import.meta.url)));
  return componentConfig;
}

let releases: ReleasesCatalog | undefined;

/** Minor releases, support windows, patches and the version-skew policy (data/releases.json). */
export function loadReleasesCatalog(): ReleasesCatalog {
  releases ??= readJson(new URL('../../data/releases.json', import.meta.url)) as ReleasesCatalog;
  return releases;
}

let advisories: AdvisoriesCatalog | undefined;

/** The embedded security advisories (data/advisories.json). */
export function loadAdvisoriesCatalog(): AdvisoriesCatalog {
  advisories ??= readJson(new URL('../../data/advisories.json', import.meta.url)) as AdvisoriesCatalog;
  return advisories;
}

let addonApis: AddonApiCatalog | undefined;

/** Add-on API versions (cert-manager, Istio) and the add-on releases that deprecated or removed them (data/addon-apis.json). */
export function loadAddonApiCatalog(): AddonApiCatalog {
  addonApis ??= new AddonApiCatalog(readJson(new URL('../../data/addon-apis.json', import.meta.url)) as AddonApiCatalogData);
  return addonApis;
}

/** The embedded catalogs, each read on first use: what the entry points hand to the pipeline. */
export function embeddedCatalogs(): Catalogs {
  return {
    api: loadApiCatalog(),
    featureGates: loadFeatureGateCatalog,
    componentConfig: loadComponentConfigCatalog,
    releases: loadReleasesCatalog,
    advisories: loadAdvisoriesCatalog,
    addonApis: loadAddonApiCatalog,
  };
}
