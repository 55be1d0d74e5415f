/**
 * The catalogs a scan works with, as the entry point hands them to the pipeline: the API catalog at once, the others
 * on first use (most scans have no feature gate, config file or declared cluster, and never parse those).
 */
import type { AddonApiCatalog } from './addon-apis.js';
import type { AdvisoriesCatalog } from './advisories.js';
import type { ApiCatalog } from './api-catalog.js';
import type { ComponentConfigCatalog } from './component-config.js';
import type { FeatureGateCatalog } from './feature-gates.js';
import { findMinor, type ReleasesCatalog } from './releases.js';
import { preReleaseAt, type PreReleaseTargetFacts } from './pre-release.js';

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

/**
 * When `target` is the API catalog's pre-release minor: the source each catalog answers for it from, and its planned
 * GA day; null for a GA target (the other catalogs are then not even parsed).
 */
export function targetPreRelease(catalogs: Catalogs, target: string): PreReleaseTargetFacts | null {
  const api = preReleaseAt(catalogs.api, target);
  if (!api) return null;
  const sources: PreReleaseTargetFacts['sources'] = [{ catalog: 'api', source: api.source }];
  const gates = preReleaseAt(catalogs.featureGates(), target);
  if (gates) sources.push({ catalog: 'feature-gates', source: gates.source });
  const config = preReleaseAt(catalogs.componentConfig(), target);
  if (config) sources.push({ catalog: 'component-config', source: config.source });
  const releases = catalogs.releases();
  const calendar = preReleaseAt(releases, target);
  if (calendar) sources.push({ catalog: 'releases', source: calendar.source });
  return { release: api.release, newestRelease: catalogs.api.newestRelease, plannedReleaseDate: findMinor(releases, target)?.plannedReleaseDate ?? null, sources };
}
