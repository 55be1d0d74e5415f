/** removed-api and deprecated-api: what the target release does with each object's apiVersion/kind. */
import type { ApiCatalog, ApiEntry } from '../catalog/api-catalog.js';
import { objectRef, type DocumentRule, type RuleContext } from './types.js';
import type { ManifestDocument } from '../parse/manifest.js';

export const removedApi: DocumentRule = {
  meta: {
    id: 'removed-api',
    description: 'The object uses an apiVersion/kind that the target Kubernetes release no longer serves.',
    defaultSeverity: 'error',
  },
  scope: 'document',
  check(doc, ctx) {
    const status = ctx.catalog.status(doc.apiVersion, doc.kind, ctx.target);
    if (status.state !== 'removed') return;
    const e = status.entry;
    const when = [e.deprecatedIn ? `deprecated in ${e.deprecatedIn}` : null, `removed in ${e.removedIn}`].filter(Boolean).join(', ');
    ctx.report({
      message: `${describe(doc)} uses ${doc.apiVersion}, which Kubernetes ${ctx.target} no longer serves (${when}). ${advice(e, ctx)}`,
      object: objectRef(doc),
      data: facts(e, ctx),
    });
  },
};

export const deprecatedApi: DocumentRule = {
  meta: {
    id: 'deprecated-api',
    description: 'The object uses an apiVersion/kind that the target Kubernetes release still serves but has deprecated.',
    defaultSeverity: 'warning',
  },
  scope: 'document',
  check(doc, ctx) {
    const status = ctx.catalog.status(doc.apiVersion, doc.kind, ctx.target);
    if (status.state !== 'deprecated') return;
    const e = status.entry;
    const removal = e.plannedRemovalIn ? `; removal is planned for ${e.plannedRemovalIn}` : '';
    ctx.report({
      message: `${describe(doc)} uses ${doc.apiVersion}, deprecated since Kubernetes ${e.deprecatedIn}${removal}. ${advice(e, ctx)}`,
      object: objectRef(doc),
      data: facts(e, ctx),
    });
  },
};

function describe(doc: ManifestDocument): string {
  const ns = doc.namespace ? `${doc.namespace}/` : '';
  return doc.name ? `${doc.kind} "${ns}${doc.name}"` : `${doc.kind} (unnamed)`;
}

function advice(e: ApiEntry, ctx: RuleContext): string {
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

function facts(e: ApiEntry, ctx: RuleContext): Record<string, unknown> {
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
