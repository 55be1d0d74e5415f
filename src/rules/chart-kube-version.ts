/** The chart-kube-version rule: see its meta (what it reports, how to fix it). */
import type { RenderRule } from './types.js';

export const chartKubeVersion: RenderRule = {
  meta: {
    id: 'chart-kube-version',
    description: "A chart's Chart.yaml kubeVersion constraint excludes the target release, so Helm refuses to install it there.",
    defaultSeverity: 'error',
    title: 'Chart kubeVersion excludes the target',
    details: 'The kubeVersion constraint in a chart\'s Chart.yaml excludes the target release, so Helm refuses to install or upgrade the chart on a cluster running it.',
    help: 'Check that the chart works on the target release, then widen the kubeVersion constraint in Chart.yaml so it includes that release.',
    summary: 'a chart\'s `Chart.yaml` `kubeVersion` excludes the target release, so Helm refuses to install it there',
    severityText: 'error',
    gate: 'files',
    annotationRank: 0,
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
