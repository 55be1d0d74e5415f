/** The renderer-missing rule: see its meta (what it reports, how to fix it). */
import type { RenderRule } from './types.js';

export const rendererMissing: RenderRule = {
  meta: {
    id: 'renderer-missing',
    description: 'Helm charts or Kustomize overlays were found but the program that renders them (helm, kubectl or kustomize) is not available, so they were not checked.',
    defaultSeverity: 'warning',
    title: 'Renderer missing',
    details: 'Helm charts or Kustomize overlays were found, but helm, kubectl or kustomize is not available to render them, so the objects they produce were not checked.',
    help: 'Install the renderer before the scan, or tell the scan where it is. Alternatively, render the manifests in an earlier step and scan the output.',
    summary: 'charts or overlays were found but `helm` (or `kubectl`/`kustomize`) is not available; says how many were not checked',
    severityText: 'warning',
    gate: 'files',
    annotationRank: 1,
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
