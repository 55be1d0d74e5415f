/** removed-api and deprecated-api: what the target release does with each object's apiVersion/kind.  *
 * Shared by the rule files that use it (one rule per file in src/rules/).
 */
import type { ApiCatalog, ApiEntry, ReplacementAt } from '../../catalog/api-catalog.js';
import type { RuleContext } from '../types.js';
import type { ManifestDocument } from '../../parse/manifest.js';

export function describe(doc: ManifestDocument): string {
  const ns = doc.namespace ? `${doc.namespace}/` : '';
  return doc.name ? `${doc.kind} "${ns}${doc.name}"` : `${doc.kind} (unnamed)`;
}

/** The catalog's reason there is no replacement, without a leading "No replacement API:" of its own. */
function noReplacementText(text: string | null): string | null {
  if (text === null) return null;
  const rest = text.replace(/^\s*no replacement api\s*[:.]?\s*/i, '');
  return rest ? rest[0]!.toUpperCase() + rest.slice(1) : null;
}

function name(r: ApiEntry, e: ApiEntry): string {
  return r.kind === e.kind ? r.apiVersion : `${r.apiVersion} ${r.kind}`;
}

function replacementOf(e: ApiEntry, ctx: RuleContext): ReplacementAt {
  return ctx.catalog.replacementAt(e, ctx.target);
}

/**
 * What to migrate to: the newest API of the entry's replacement line that the target serves, never one it does
 * not serve; with a current release, whether that release serves it already.
 */
export function advice(e: ApiEntry, ctx: RuleContext): string {
  const { served, upcoming, noReplacement } = replacementOf(e, ctx);
  if (!served) {
    if (upcoming) {
      return `No replacement is served by ${ctx.target} yet; ${name(upcoming, e)} is served from ${upcoming.firstServed}.`;
    }
    const why = noReplacementText(noReplacement);
    return why ? `There is no replacement API. ${why}` : 'There is no replacement API.';
  }
  const then = upcoming ? `; ${name(upcoming, e)} is served from ${upcoming.firstServed}` : '';
  let text = `Migrate to ${name(served, e)}${then}.`;
  if (ctx.current) {
    const cur = ctx.current;
    if (ctx.catalog.isServed(served, cur)) {
      text += ` The current release ${cur} already serves ${served.apiVersion}: migrate before the upgrade.`;
    } else if (ctx.catalog.isServed(e, ctx.target)) {
      text += ` The current release ${cur} does not serve ${served.apiVersion} yet: migrate after the upgrade.`;
    } else {
      const bridge = ctx.catalog
        .successors(e)
        .filter((s) => ctx.catalog.isServed(s, cur) && ctx.catalog.isServed(s, ctx.target))
        .pop();
      text += ` The current release ${cur} does not serve ${served.apiVersion} yet: migrate during the upgrade window`;
      text += bridge ? `, or move to ${name(bridge, e)} first, which both ${cur} and ${ctx.target} serve.` : '.';
    }
  }
  return text;
}

export function facts(e: ApiEntry, ctx: RuleContext): Record<string, unknown> {
  const { served, upcoming, noReplacement } = replacementOf(e, ctx);
  const data: Record<string, unknown> = {
    deprecatedIn: e.deprecatedIn,
    removedIn: e.removedIn,
    replacement: served?.apiVersion ?? null,
    replacementKind: served?.kind ?? null,
    target: ctx.target,
  };
  // The replacement the deprecation names (the Deprecated API Migration Guide's), whatever the target serves.
  if (e.replacement) data['catalogReplacement'] = e.replacement.apiVersion;
  if (e.plannedRemovalIn) data['plannedRemovalIn'] = e.plannedRemovalIn;
  if (upcoming) {
    data['upcomingReplacement'] = upcoming.apiVersion;
    data['upcomingReplacementKind'] = upcoming.kind;
    data['upcomingReplacementServedFrom'] = upcoming.firstServed;
  }
  const why = noReplacementText(noReplacement);
  if (why) data['noReplacement'] = why;
  if (ctx.current && served) data['replacementServedByCurrent'] = ctx.catalog.isServed(served, ctx.current);
  return data;
}

export type { ApiCatalog };
