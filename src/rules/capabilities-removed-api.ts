/** The capabilities-removed-api rule: see its meta (what it reports, how to fix it). */
import type { RenderRule } from './types.js';

export const capabilitiesRemovedApi: RenderRule = {
  meta: {
    id: 'capabilities-removed-api',
    description: "A template branches on .Capabilities.APIVersions.Has of an API the target no longer serves; Helm's built-in API list still contains it offline, so the branch was taken in the render although a real cluster would not take it.",
    defaultSeverity: 'notice',
    title: 'Capabilities check on a removed API',
    details: 'A template tests .Capabilities.APIVersions.Has for an API the target release no longer serves. An offline render still sees the API, so it took a branch that a cluster on the target release would not take.',
    help: 'Read the findings for objects from that branch as describing the offline render. Prefer templates that use the served API directly once every supported cluster serves it, so the branch and the old API can be removed.',
    summary: 'a template branches on `.Capabilities.APIVersions.Has` of an API the target no longer serves, which an offline render cannot answer correctly (see below)',
    severityText: 'notice',
    gate: 'files',
  },
  scope: 'render',
  check(e, ctx) {
    if (e.type !== 'capabilities-removed-api') return;
    ctx.report({
      message:
        `The template checks .Capabilities.APIVersions.Has "${e.apiVersion}". Kubernetes ${e.target} does not serve ${e.apiVersion}, ` +
        `but Helm's built-in API list contains it and an offline render cannot remove it, so this condition was true here and would be false on a ${e.target} cluster. ` +
        `Findings from objects this branch renders describe the offline render.`,
      data: { source: 'helm', chart: e.chart, apiVersion: e.apiVersion, target: e.target },
    });
  },
};
