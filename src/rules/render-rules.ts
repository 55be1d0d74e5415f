/**
 * Rules about rendering Helm charts and Kustomize overlays: renders that failed, renderers that are missing, a
 * chart's kubeVersion that excludes the target, and templates whose Capabilities branch cannot be decided offline.
 * The renderers report what happened as events; these rules turn the events into findings.
 */
import type { RenderRule } from './types.js';

export type { RenderEvent } from './types.js';

export const renderFailed: RenderRule = {
  meta: {
    id: 'render-failed',
    description: 'A Helm chart or Kustomize overlay could not be rendered offline (template error, missing dependency, remote base, timeout), so what it would produce was not checked.',
    defaultSeverity: 'warning',
    severities: ['warning', 'notice'],
  },
  scope: 'render',
  check(e, ctx) {
    if (e.type !== 'render-failed') return;
    const what = e.renderer === 'helm' ? `Helm chart ${e.subject}` : `Kustomize overlay ${e.subject}`;
    const values = e.values === undefined ? '' : e.values === null ? ' with its default values' : ` with values ${e.values}`;
    let message: string;
    if (e.dependency) {
      const d = e.dependency;
      message = `${what}: dependency "${d.name}"${d.version ? ` ${d.version}` : ''}${d.repository ? ` from ${d.repository}` : ''} is not vendored in charts/ ` +
        `and no chart of that name${d.version ? ' and version' : ''} is in the repository; it is never downloaded, so its templates were not checked ` +
        `(the chart was rendered without it)` + (/needed by the subchart "([^"]+)"/.exec(e.reason) ? `; it is needed by the subchart "${/needed by the subchart "([^"]+)"/.exec(e.reason)?.[1]}".` : '.');
    } else if (e.leftOut) {
      message = `${what}: ${e.reason}.`;
    } else if (e.timedOut) {
      message = `${what} did not render${values} within the time limit (${e.reason}); its objects were not checked.`;
    } else {
      message = `${what} could not be rendered${values}: ${e.reason}` + (e.partial ? ' Other values files of the chart rendered and were checked.' : ' Its objects were not checked.');
    }
    ctx.report({
      message: message.trim(),
      severity: e.leftOut ?? (e.partial ? 'notice' : 'warning'),
      data: {
        source: e.renderer,
        [e.renderer === 'helm' ? 'chart' : 'kustomization']: e.subject,
        ...(e.values !== undefined ? { values: e.values } : {}),
        reason: e.reason,
        ...(e.dependency ? { dependency: e.dependency.name, dependencyVersion: e.dependency.version, dependencyRepository: e.dependency.repository } : {}),
        ...(e.timedOut ? { timedOut: true } : {}),
        ...(e.leftOut ? { leftOut: true } : {}),
        ...(e.data ?? {}),
      },
    });
  },
};

export const rendererMissing: RenderRule = {
  meta: {
    id: 'renderer-missing',
    description: 'Helm charts or Kustomize overlays were found but the program that renders them (helm, kubectl or kustomize) is not available, so they were not checked.',
    defaultSeverity: 'warning',
  },
  scope: 'render',
  check(e, ctx) {
    if (e.type !== 'renderer-missing') return;
    const things = e.renderer === 'helm' ? (e.count === 1 ? 'Helm chart' : 'Helm charts') : e.count === 1 ? 'Kustomize overlay' : 'Kustomize overlays';
    const how = e.renderer === 'helm' ? 'install helm 3 or 4 or point --helm-path (action input helm-path) at it' : 'install kubectl or kustomize or point --kubectl-path (action input kubectl-path) at it';
    ctx.report({
      message: `${e.count} ${things} not rendered and not checked: ${e.reason}. To check them, ${how}.`,
      data: { renderer: e.renderer, count: e.count, reason: e.reason, [e.renderer === 'helm' ? 'charts' : 'kustomizations']: e.subjects },
    });
  },
};

export const chartKubeVersion: RenderRule = {
  meta: {
    id: 'chart-kube-version',
    description: "A chart's Chart.yaml kubeVersion constraint excludes the target release, so Helm refuses to install it there.",
    defaultSeverity: 'error',
  },
  scope: 'render',
  check(e, ctx) {
    if (e.type !== 'chart-kube-version') return;
    const message = e.error
      ? `Chart "${e.chartName}" has a kubeVersion constraint "${e.constraint}" that cannot be read (${e.error}); Helm refuses to install it.`
      : `Chart "${e.chartName}" requires kubeVersion "${e.constraint}", which excludes Kubernetes ${e.target}: Helm refuses to install or upgrade it there. ` +
        `Widen the constraint once the chart works on ${e.target} (its templates were still rendered and checked).`;
    ctx.report({ message, data: { source: 'helm', chart: e.chart, constraint: e.constraint, target: e.target } });
  },
};

export const capabilitiesRemovedApi: RenderRule = {
  meta: {
    id: 'capabilities-removed-api',
    description: "A template branches on .Capabilities.APIVersions.Has of an API the target no longer serves; Helm's built-in API list still contains it offline, so the branch was taken in the render although a real cluster would not take it.",
    defaultSeverity: 'notice',
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
