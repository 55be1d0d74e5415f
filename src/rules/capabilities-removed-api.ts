/** The capabilities-removed-api rule: see its meta (what it reports, how to fix it). */
import type { RenderRule } from './types.js';

export const capabilitiesRemovedApi: RenderRule = {
  meta: {
    id: 'capabilities-removed-api',
    description: "A template that rendered checks .Capabilities.APIVersions.Has in a form the scan could not make answer as the target would; offline, Helm answers from its built-in API list, which still contains APIs later releases removed.",
    defaultSeverity: 'notice',
    title: 'Capabilities check on a removed API',
    details:
      'Helm answers .Capabilities.APIVersions.Has offline from its built-in API list, which still contains group/versions that later releases removed. ' +
      'The scan rewrites each such check in its temporary copy of the chart so that it answers as a cluster on the target would (an API the target does not serve is false). ' +
      'This notice names a check it could not rewrite, in a template that rendered: the branch taken may be one a cluster on the target would not take.',
    help: 'Read the findings for objects this template renders as describing the offline render. Write the check as .Capabilities.APIVersions.Has "group/version" (or with a variable or field as its only argument), or use the served API directly once every supported cluster serves it.',
    summary: 'a template branches on `.Capabilities.APIVersions.Has` of an API the target no longer serves, which an offline render cannot answer correctly (see below)',
    severityText: 'notice',
    gate: 'files',
    annotationRank: 4,
  },
  scope: 'render',
  check(e, ctx) {
    if (e.type !== 'capabilities-removed-api') return;
    const check = e.apiVersion !== null ? `.Capabilities.APIVersions.Has "${e.apiVersion}"` : `${e.expression ?? '.Capabilities.APIVersions.Has'}`;
    ctx.report({
      message:
        `The template checks ${check} in a form the scan could not rewrite to ask Kubernetes ${e.target}'s API list, so the offline render answered it from Helm's built-in list, ` +
        `which still holds APIs that ${e.target} no longer serves; a ${e.target} cluster may take the other branch. Findings from objects this template renders describe the offline render.`,
      data: { source: 'helm', chart: e.chart, apiVersion: e.apiVersion, target: e.target, ...(e.expression !== undefined ? { expression: e.expression } : {}) },
    });
  },
};
