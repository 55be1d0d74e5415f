/** The removed-api rule: see its meta (what it reports, how to fix it). */
import { objectRef, type DocumentRule } from './types.js';
import { advice, describe, facts } from './lib/api.js';

export const removedApi: DocumentRule = {
  meta: {
    id: 'removed-api',
    description: 'The object uses an apiVersion/kind that the target Kubernetes release no longer serves.',
    defaultSeverity: 'error',
    title: 'Removed API',
    details: 'The object uses an apiVersion/kind that the target Kubernetes release no longer serves: applying it to a cluster running that release fails, and tools that render or diff it against the cluster break.',
    help: 'Change the apiVersion (and the kind, when the message names a different one) to the replacement API the message names, then review the object against the schema of the new version: replacement versions often rename, move or require fields. When the message says the current release already serves the replacement, migrate before the upgrade; otherwise migrate during the upgrade window. When there is no replacement API, remove the object and adopt the alternative the message describes.',
    summary: 'the target release no longer serves the object\'s `apiVersion`/`kind` (target ≥ removal release)',
    severityText: 'error',
    gate: 'files',
    annotationRank: 0,
  },
  scope: 'document',
  check(doc, ctx) {
    const status = ctx.catalog.status(doc.apiVersion, doc.kind, ctx.target);
    if (status.state !== 'removed') return;
    const e = status.entry;
    // A removal the pre-release data plans for the target (removedIn is null until that minor's GA).
    const removal = ctx.catalog.removalFor(e, ctx.target) ?? e.removedIn;
    const planned = e.removedIn === null;
    const when = [e.deprecatedIn ? `deprecated in ${e.deprecatedIn}` : null, `removed in ${removal}${planned ? ' per its pre-release data' : ''}`].filter(Boolean).join(', ');
    const data = facts(e, ctx);
    if (planned) data['removedIn'] = removal;
    ctx.report({
      message: `${describe(doc)} uses ${doc.apiVersion}, which Kubernetes ${ctx.target} no longer serves (${when}). ${advice(e, ctx)}`,
      object: objectRef(doc),
      data,
    });
  },
};
