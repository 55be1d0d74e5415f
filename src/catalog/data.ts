/** The committed, generated catalogs, bundled into the action and CLI. */
import apiCatalogJson from '../../data/api-catalog.json' with { type: 'json' };
import componentConfigJson from '../../data/component-config.json' with { type: 'json' };
import featureGatesJson from '../../data/feature-gates.json' with { type: 'json' };
import releasesJson from '../../data/releases.json' with { type: 'json' };
import advisoriesJson from '../../data/advisories.json' with { type: 'json' };
import { ApiCatalog, type ApiCatalogData } from './api-catalog.js';
import type { AdvisoriesCatalog } from './advisories.js';
import type { ReleasesCatalog } from './releases.js';
import { parseComponentConfigCatalog, type ComponentConfigCatalog } from './component-config.js';
import { parseFeatureGateCatalog, type FeatureGateCatalog } from './feature-gates.js';

let api: ApiCatalog | undefined;

export function loadApiCatalog(): ApiCatalog {
  api ??= new ApiCatalog(apiCatalogJson as ApiCatalogData);
  return api;
}

let gates: FeatureGateCatalog | undefined;

export function loadFeatureGateCatalog(): FeatureGateCatalog {
  gates ??= parseFeatureGateCatalog(featureGatesJson);
  return gates;
}

let componentConfig: ComponentConfigCatalog | undefined;

export function loadComponentConfigCatalog(): ComponentConfigCatalog {
  componentConfig ??= parseComponentConfigCatalog(componentConfigJson);
  return componentConfig;
}

let releases: ReleasesCatalog | undefined;

/** Minor releases, support windows, patches and the version-skew policy (data/releases.json). */
export function loadReleasesCatalog(): ReleasesCatalog {
  releases ??= releasesJson as unknown as ReleasesCatalog;
  return releases;
}

let advisories: AdvisoriesCatalog | undefined;

/** The embedded security advisories (data/advisories.json). */
export function loadAdvisoriesCatalog(): AdvisoriesCatalog {
  advisories ??= advisoriesJson as unknown as AdvisoriesCatalog;
  return advisories;
}
