/** The removed-addon-api rule: see its meta (what it reports, how to fix it). */
import { objectRef, type DocumentRule } from './types.js';
import { describe } from './lib/api.js';
import { addonAdvice, addonData, addonStatus } from './lib/addons.js';

export const removedAddonApi: DocumentRule = {
  meta: {
    id: 'removed-addon-api',
    description: 'The object uses an API version of a cluster add-on (cert-manager, Istio) that a release of the add-on no longer serves.',
    defaultSeverity: 'error',
    severities: ['error', 'warning'],
    title: 'Removed add-on API',
    details: 'The object uses an API version that a release of its add-on (cert-manager, Istio) stopped serving: once the add-on runs that release, applying the object fails. With the add-on release declared in the configuration file (`addons:`), an error when that release no longer serves it; without one, a warning naming the add-on release that removed it.',
    help: 'Change the apiVersion (and the kind, when the message names another) to the replacement the message names and review the object against the add-on\'s documentation (the message links it). Declare the add-on releases the clusters run under `addons:` in the configuration file, so that the check is made against them.',
    summary: 'an object uses an add-on API version (cert-manager, Istio) that the add-on release declared under `addons:` no longer serves (error), or that some add-on release removed when none is declared (warning)',
    severityText: 'error / warning',
    gate: 'files',
    annotationRank: 0,
  },
  scope: 'document',
  check(doc, ctx) {
    const st = addonStatus(doc, ctx);
    if (!st || (st.state !== 'removed' && st.state !== 'removed-undeclared')) return;
    const e = st.entry;
    const deprecated = e.deprecatedIn && e.deprecatedIn !== e.removedIn ? `deprecated in ${e.addon} ${e.deprecatedIn}, ` : '';
    const source = ` Source: ${e.source}`;
    if (st.state === 'removed') {
      ctx.report({
        message: `${describe(doc)} uses ${doc.apiVersion}, which ${e.addon} ${st.release} no longer serves (${deprecated}removed in ${e.addon} ${e.removedIn}). ${addonAdvice(e)}${source}`,
        object: objectRef(doc),
        data: addonData(e, st.release),
      });
      return;
    }
    ctx.report({
      message:
        `${describe(doc)} uses ${doc.apiVersion}, which ${e.addon} ${e.removedIn} and later no longer serve (${deprecated}removed in ${e.addon} ${e.removedIn}). ${addonAdvice(e)}` +
        ` Declare the ${e.addon} release under addons: in the configuration file to check against it.${source}`,
      severity: 'warning',
      object: objectRef(doc),
      data: addonData(e, null),
    });
  },
};
