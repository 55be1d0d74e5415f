/** removed-addon-api and deprecated-addon-api: what an add-on release (cert-manager, Istio) does with an object's API. */
import type { AddonApiEntry, AddonApiStatus } from '../../catalog/addon-apis.js';
import type { ManifestDocument } from '../../parse/manifest.js';
import type { RuleContext } from '../types.js';

/**
 * The API groups of the add-on catalog, by their last labels. A document of another group never loads the catalog;
 * a test holds every group of data/addon-apis.json to this list.
 */
export const ADDON_GROUP_SUFFIXES: readonly string[] = ['cert-manager.io', 'certmanager.k8s.io', 'istio.io'];

function mayBeAddon(apiVersion: string): boolean {
  const slash = apiVersion.indexOf('/');
  if (slash <= 0) return false;
  const group = apiVersion.slice(0, slash);
  return ADDON_GROUP_SUFFIXES.some((s) => group === s || group.endsWith(`.${s}`));
}

export function addonStatus(doc: ManifestDocument, ctx: RuleContext): AddonApiStatus | null {
  if (!mayBeAddon(doc.apiVersion)) return null;
  return ctx.addonApis.status(doc.apiVersion, doc.kind, ctx.addonVersions);
}

export function addonAdvice(e: AddonApiEntry): string {
  if (!e.replacement) return 'There is no replacement API.';
  const kind = e.replacement.kind === e.kind ? '' : ` ${e.replacement.kind}`;
  return `Migrate to ${e.replacement.apiVersion}${kind}.`;
}

export function addonData(e: AddonApiEntry, declared: string | null): Record<string, unknown> {
  return {
    addon: e.addon,
    addonRelease: declared,
    deprecatedIn: e.deprecatedIn,
    removedIn: e.removedIn,
    replacement: e.replacement?.apiVersion ?? null,
    replacementKind: e.replacement?.kind ?? null,
    source: e.source,
    citation: e.quote,
  };
}
