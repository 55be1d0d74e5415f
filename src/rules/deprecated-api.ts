/** The deprecated-api rule: see its meta (what it reports, how to fix it). */
import { objectRef, type DocumentRule } from './types.js';
import { advice, describe, facts } from './lib/api.js';

export const deprecatedApi: DocumentRule = {
  meta: {
    id: 'deprecated-api',
    description: 'The object uses an apiVersion/kind that the target Kubernetes release still serves but has deprecated.',
    defaultSeverity: 'warning',
    title: 'Deprecated API',
    details: 'The object uses an apiVersion/kind that the target Kubernetes release still serves but has deprecated; a later release removes it.',
    help: 'Nothing breaks at the target release, but plan the migration now: move the object to the replacement API the message names before the release that removes the deprecated one.',
    summary: 'the target still serves it but it is deprecated (deprecation ≤ target < removal)',
    severityText: 'warning',
    gate: 'files',
    annotationRank: 3,
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
