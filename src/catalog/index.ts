/**
 * The catalogs a scan works with, as the entry point hands them to the pipeline: the API catalog at once, the others
 * on first use (most scans have no feature gate, config file or declared cluster, and never parse those).
 */
import type { AddonApiCatalog } from './addon-apis.js';
import type { AdvisoriesCatalog } from './advisories.js';
import type { ApiCatalog } from './api-catalog.js';
import type { ComponentConfigCatalog } from './component-config.js';
import type { FeatureGateCatalog } from './feature-gates.js';
import type { ReleasesCatalog } from './releases.js';

export interface Catalogs {
  readonly api: ApiCatalog;
  featureGates(): FeatureGateCatalog;
  componentConfig(): ComponentConfigCatalog;
  releases(): ReleasesCatalog;
  advisories(): AdvisoriesCatalog;
  addonApis(): AddonApiCatalog;
}

/** The catalogs with the releases or advisories replaced by given ones (a caller that brings its own data). */
export function withCatalogs(base: Catalogs, given: { releases?: ReleasesCatalog | undefined; advisories?: AdvisoriesCatalog | undefined } | undefined): Catalogs {
  const releases = given?.releases;
  const advisories = given?.advisories;
  return {
    api: base.api,
    featureGates: base.featureGates,
    componentConfig: base.componentConfig,
    releases: releases ? () => releases : base.releases,
    advisories: advisories ? () => advisories : base.advisories,
    addonApis: base.addonApis,
  };
}
