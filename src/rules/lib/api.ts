/** removed-api and deprecated-api: what the target release does with each object's apiVersion/kind.  *
 * Shared by the rule files that use it (one rule per file in src/rules/).
 */
import type { ApiCatalog, ApiEntry } from '../../catalog/api-catalog.js';
import type { RuleContext } from '../types.js';
import type { ManifestDocument } from '../../parse/manifest.js';

export function describe(doc: ManifestDocument): string {
  const ns = doc.namespace ? `${doc.namespace}/` : '';
  return doc.name ? `${doc.kind} "${ns}${doc.name}"` : `${doc.kind} (unnamed)`;
}

export function advice(e: ApiEntry, ctx: RuleContext): string {
  const r = e.replacement;
  if (!r) return e.noReplacement ? `There is no replacement API: ${e.noReplacement}` : 'There is no replacement API.';
  const same = r.kind === e.kind ? '' : ` ${r.kind}`;
  let text = `Migrate to ${r.apiVersion}${same}.`;
  if (ctx.current) {
    const rep = ctx.catalog.lookup(r.apiVersion, r.kind);
    const servedNow = rep ? ctx.catalog.isServed(rep, ctx.current) : false;
    text += servedNow
      ? ` The current release ${ctx.current} already serves ${r.apiVersion}: migrate before the upgrade.`
      : ` The current release ${ctx.current} does not serve ${r.apiVersion} yet: migrate during the upgrade window.`;
  }
  return text;
}

export function facts(e: ApiEntry, ctx: RuleContext): Record<string, unknown> {
  const data: Record<string, unknown> = {
    deprecatedIn: e.deprecatedIn,
    removedIn: e.removedIn,
    replacement: e.replacement?.apiVersion ?? null,
    replacementKind: e.replacement?.kind ?? null,
    target: ctx.target,
  };
  if (e.plannedRemovalIn) data['plannedRemovalIn'] = e.plannedRemovalIn;
  if (e.noReplacement) data['noReplacement'] = e.noReplacement;
  if (ctx.current && e.replacement) {
    const rep = ctx.catalog.lookup(e.replacement.apiVersion, e.replacement.kind);
    data['replacementServedByCurrent'] = rep ? ctx.catalog.isServed(rep, ctx.current) : false;
  }
  return data;
}

export type { ApiCatalog };
