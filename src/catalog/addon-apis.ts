/**
 * The add-on API catalog: API versions of cluster add-ons (cert-manager, Istio) that an add-on release deprecated
 * or stopped serving, with the replacement and the add-on's own words. Generated (scripts/generate-addon-apis.ts)
 * and committed in data/addon-apis.json; this module only types and queries it.
 */
import { compareVersions, versionTuple } from '../version/index.js';

export interface AddonApiEntry {
  apiVersion: string;
  group: string;
  version: string;
  kind: string;
  addon: string;
  deprecatedIn: string | null;
  removedIn: string | null;
  replacement: { apiVersion: string; kind: string } | null;
  source: string;
  quote: string;
  peer: { repository: string; commit: string; file: string; agrees: boolean; corrects: string | null } | null;
}

export interface AddonApiCatalogData {
  _generated: string;
  schemaVersion: number;
  addons: string[];
  apis: AddonApiEntry[];
}

/** What a declared add-on release (or none) does with an add-on API. */
export type AddonApiStatus =
  | { state: 'served' }
  | { state: 'deprecated'; entry: AddonApiEntry; release: string }
  | { state: 'removed'; entry: AddonApiEntry; release: string }
  /** No release of the add-on is declared: the API is reported as removed by the release that removed it. */
  | { state: 'removed-undeclared'; entry: AddonApiEntry };

export class AddonApiCatalog {
  private readonly byKey = new Map<string, AddonApiEntry>();

  constructor(readonly data: AddonApiCatalogData) {
    for (const e of data.apis) this.byKey.set(`${e.apiVersion}\u0000${e.kind}`, e);
  }

  get addons(): readonly string[] {
    return this.data.addons;
  }

  lookup(apiVersion: string, kind: string): AddonApiEntry | undefined {
    return this.byKey.get(`${apiVersion}\u0000${kind}`);
  }

  /**
   * `declared`: the add-on releases of the configuration file (`addons:`), by add-on name. A release that is not
   * MAJOR.MINOR[.PATCH] counts as undeclared.
   */
  status(apiVersion: string, kind: string, declared: Readonly<Record<string, string>>): AddonApiStatus | null {
    const entry = this.lookup(apiVersion, kind);
    if (!entry) return null;
    const raw = Object.prototype.hasOwnProperty.call(declared, entry.addon) ? declared[entry.addon] : undefined;
    const release = raw !== undefined && versionTuple(raw) ? raw.replace(/^v/, '') : null;
    if (release === null) return entry.removedIn !== null ? { state: 'removed-undeclared', entry } : null;
    if (entry.removedIn !== null && compareVersions(release, entry.removedIn) >= 0) return { state: 'removed', entry, release };
    if (entry.deprecatedIn !== null && compareVersions(release, entry.deprecatedIn) >= 0) return { state: 'deprecated', entry, release };
    return { state: 'served' };
  }
}
