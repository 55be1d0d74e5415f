/** The deprecated-addon-api rule: see its meta (what it reports, how to fix it). */
import { objectRef, type DocumentRule } from './types.js';
import { describe } from './lib/api.js';
import { addonAdvice, addonData, addonStatus } from './lib/addons.js';

export const deprecatedAddonApi: DocumentRule = {
  meta: {
    id: 'deprecated-addon-api',
    description: 'The object uses an API version of a cluster add-on (cert-manager, Istio) that the declared add-on release still serves but has deprecated.',
    defaultSeverity: 'warning',
    title: 'Deprecated add-on API',
    details: 'The object uses an API version that the add-on release declared in the configuration file (`addons:`) still serves but has deprecated; a later release of the add-on removes it.',
    help: 'Nothing breaks at the declared add-on release, but move the object to the replacement the message names before upgrading the add-on to the release that removes it.',
    summary: 'an object uses an add-on API version that the add-on release declared under `addons:` has deprecated but still serves',
    severityText: 'warning',
    gate: 'files',
    annotationRank: 3,
  },
  scope: 'document',
  check(doc, ctx) {
    const st = addonStatus(doc, ctx);
    if (!st || st.state !== 'deprecated') return;
    const e = st.entry;
    const removal = e.removedIn ? `; ${e.addon} ${e.removedIn} removes it` : '';
    ctx.report({
      message: `${describe(doc)} uses ${doc.apiVersion}, deprecated since ${e.addon} ${e.deprecatedIn}${removal}. ${addonAdvice(e)} Source: ${e.source}`,
      object: objectRef(doc),
      data: addonData(e, st.release),
    });
  },
};
