/**
 * Renders Helm charts with the real `helm template`, for the target release, and maps what it produced back to the
 * template lines. Works with helm 3 and 4: only flags both accept are used.
 *
 * For each chart: its kubeVersion is checked against the target (and dropped from the temporary copy so the chart
 * still renders), the copy is prepared (prepare.ts), and it is rendered once with its default values, once per
 * `ci/*-values.yaml` and once per configured values file. Capabilities are those of the target: `--kube-version`
 * and `--api-versions` with every group/version and group/version/Kind the target serves.
 *
 * Helm opens only files of the temporary copy: values files are checked through the WorkspaceBox and copied in
 * beside the chart, so a values file that is a link out of the workspace is reported by name and never read.
 *
 * This module is the entry the rest of the scan imports; the work is in helm/:
 * - render-chart.ts: one chart's renders, from its Chart.yaml to the rendered items (renderChart);
 * - tool.ts: which helm, its version and offline API list (detectHelm);
 * - capabilities.ts: the target's served APIs and `.Capabilities` answers; notices for checks it could not rewrite;
 * - values.ts: the values files, checked and copied into the scratch directory;
 * - template.ts: one `helm template` run and its command line;
 * - output.ts: a successful render's documents and YAML problems mapped back to template lines;
 * - error-place.ts: the template and line helm's error text names;
 * - types.ts: the options, context and results the modules share.
 */
export { targetApiVersions, targetCapabilities } from './helm/capabilities.js';
export { renderChart } from './helm/render-chart.js';
export { templateArgs } from './helm/template.js';
export { detectHelm, type HelmRunner, type HelmTool } from './helm/tool.js';
export type { ChartOutcome, ChartRender, HelmContext, HelmOptions } from './helm/types.js';
