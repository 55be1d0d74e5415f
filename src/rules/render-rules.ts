/**
 * Rules about rendering Helm charts and Kustomize overlays: renders that failed, renderers that are missing, a
 * chart's kubeVersion that excludes the target, and templates whose Capabilities branch cannot be decided offline.
 *
 * The engine has no scope for render events, so they reach these rules as documents: `renderEventDocument` wraps an
 * event in a document that only these rules recognise (by identity, through a WeakMap — nothing parsed from a file
 * can be one) and that the API rules ignore (it has no apiVersion or kind).
 */
import type { ManifestDocument, Position } from '../parse/manifest.js';
import type { DocumentRule } from './types.js';

export type RenderEvent =
  | {
      type: 'render-failed';
      renderer: 'helm' | 'kustomize';
      /** The chart or kustomization directory. */
      subject: string;
      /** Why, in one line (Helm's or kustomize's own error where there is one). */
      reason: string;
      /** The values file of a failed Helm render (null: the chart's defaults). */
      values?: string | null;
      /** A dependency that could not be resolved offline. */
      dependency?: { name: string; version: string | null; repository: string | null };
      /** The render was cut off by the timeout. */
      timedOut?: boolean;
      /** Other renders of the same chart succeeded, so the chart was still checked. */
      partial?: boolean;
      data?: Record<string, unknown>;
    }
  | { type: 'renderer-missing'; renderer: 'helm' | 'kustomize'; count: number; reason: string; subjects: string[] }
  | { type: 'chart-kube-version'; chart: string; chartName: string; constraint: string; target: string; error?: string }
  | { type: 'capabilities-removed-api'; chart: string; apiVersion: string; target: string };

const events = new WeakMap<ManifestDocument, RenderEvent>();

/** A document carrying a render event to the rules below. */
export function renderEventDocument(event: RenderEvent, position: Position = { line: 0, column: 0 }): ManifestDocument {
  const doc: ManifestDocument = {
    docIndex: 0,
    itemIndex: null,
    apiVersion: '',
    kind: '',
    name: null,
    namespace: null,
    position,
    body: {},
    locate: () => null,
  };
  events.set(doc, event);
  return doc;
}

function eventOf<T extends RenderEvent['type']>(doc: ManifestDocument, type: T): Extract<RenderEvent, { type: T }> | null {
  const e = events.get(doc);
  return e && e.type === type ? (e as Extract<RenderEvent, { type: T }>) : null;
}

export const renderFailed: DocumentRule = {
  meta: {
    id: 'render-failed',
    description: 'A Helm chart or Kustomize overlay could not be rendered offline (template error, missing dependency, remote base, timeout), so what it would produce was not checked.',
    defaultSeverity: 'warning',
    severities: ['warning', 'notice'],
  },
  scope: 'document',
  check(doc, ctx) {
    const e = eventOf(doc, 'render-failed');
    if (!e) return;
    const what = e.renderer === 'helm' ? `Helm chart ${e.subject}` : `Kustomize overlay ${e.subject}`;
    const values = e.values === undefined ? '' : e.values === null ? ' with its default values' : ` with values ${e.values}`;
    let message: string;
    if (e.dependency) {
      const d = e.dependency;
      message = `${what}: dependency "${d.name}"${d.version ? ` ${d.version}` : ''}${d.repository ? ` from ${d.repository}` : ''} is not vendored in charts/ ` +
        `and no chart of that name${d.version ? ' and version' : ''} is in the repository; it is never downloaded, so its templates were not checked ` +
        `(the chart was rendered without it)` + (/needed by the subchart "([^"]+)"/.exec(e.reason) ? `; it is needed by the subchart "${/needed by the subchart "([^"]+)"/.exec(e.reason)?.[1]}".` : '.');
    } else if (e.timedOut) {
      message = `${what} did not render${values} within the time limit (${e.reason}); its objects were not checked.`;
    } else {
      message = `${what} could not be rendered${values}: ${e.reason}` + (e.partial ? ' Other values files of the chart rendered and were checked.' : ' Its objects were not checked.');
    }
    ctx.report({
      message: message.trim(),
      severity: e.partial ? 'notice' : 'warning',
      data: {
        source: e.renderer,
        [e.renderer === 'helm' ? 'chart' : 'kustomization']: e.subject,
        ...(e.values !== undefined ? { values: e.values } : {}),
        reason: e.reason,
        ...(e.dependency ? { dependency: e.dependency.name, dependencyVersion: e.dependency.version, dependencyRepository: e.dependency.repository } : {}),
        ...(e.timedOut ? { timedOut: true } : {}),
        ...(e.data ?? {}),
      },
    });
  },
};

export const rendererMissing: DocumentRule = {
  meta: {
    id: 'renderer-missing',
    description: 'Helm charts or Kustomize overlays were found but the program that renders them (helm, kubectl or kustomize) is not available, so they were not checked.',
    defaultSeverity: 'warning',
  },
  scope: 'document',
  check(doc, ctx) {
    const e = eventOf(doc, 'renderer-missing');
    if (!e) return;
    const things = e.renderer === 'helm' ? (e.count === 1 ? 'Helm chart' : 'Helm charts') : e.count === 1 ? 'Kustomize overlay' : 'Kustomize overlays';
    const how = e.renderer === 'helm' ? 'install helm 3 or 4 or point --helm-path (action input helm-path) at it' : 'install kubectl or kustomize or point --kubectl-path (action input kubectl-path) at it';
    ctx.report({
      message: `${e.count} ${things} not rendered and not checked: ${e.reason}. To check them, ${how}.`,
      data: { renderer: e.renderer, count: e.count, reason: e.reason, [e.renderer === 'helm' ? 'charts' : 'kustomizations']: e.subjects },
    });
  },
};

export const chartKubeVersion: DocumentRule = {
  meta: {
    id: 'chart-kube-version',
    description: "A chart's Chart.yaml kubeVersion constraint excludes the target release, so Helm refuses to install it there.",
    defaultSeverity: 'error',
  },
  scope: 'document',
  check(doc, ctx) {
    const e = eventOf(doc, 'chart-kube-version');
    if (!e) return;
    const message = e.error
      ? `Chart "${e.chartName}" has a kubeVersion constraint "${e.constraint}" that cannot be read (${e.error}); Helm refuses to install it.`
      : `Chart "${e.chartName}" requires kubeVersion "${e.constraint}", which excludes Kubernetes ${e.target}: Helm refuses to install or upgrade it there. ` +
        `Widen the constraint once the chart works on ${e.target} (its templates were still rendered and checked).`;
    ctx.report({ message, data: { source: 'helm', chart: e.chart, constraint: e.constraint, target: e.target } });
  },
};

export const capabilitiesRemovedApi: DocumentRule = {
  meta: {
    id: 'capabilities-removed-api',
    description: "A template branches on .Capabilities.APIVersions.Has of an API the target no longer serves; Helm's built-in API list still contains it offline, so the branch was taken in the render although a real cluster would not take it.",
    defaultSeverity: 'notice',
  },
  scope: 'document',
  check(doc, ctx) {
    const e = eventOf(doc, 'capabilities-removed-api');
    if (!e) return;
    ctx.report({
      message:
        `The template checks .Capabilities.APIVersions.Has "${e.apiVersion}". Kubernetes ${e.target} does not serve ${e.apiVersion}, ` +
        `but Helm's built-in API list contains it and an offline render cannot remove it, so this condition was true here and would be false on a ${e.target} cluster. ` +
        `Findings from objects this branch renders describe the offline render.`,
      data: { source: 'helm', chart: e.chart, apiVersion: e.apiVersion, target: e.target },
    });
  },
};
