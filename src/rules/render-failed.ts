/** The render-failed rule: see its meta (what it reports, how to fix it). */
import type { RenderRule } from './types.js';

export const renderFailed: RenderRule = {
  meta: {
    id: 'render-failed',
    description: 'A Helm chart or Kustomize overlay could not be rendered offline (template error, missing dependency, remote base, timeout), so what it would produce was not checked.',
    defaultSeverity: 'warning',
    severities: ['warning', 'notice'],
    title: 'Render failed',
    details: 'A Helm chart or Kustomize overlay could not be rendered without network access (a template error, a chart dependency that is not vendored, a remote base, or a timeout), so the objects it would produce were not checked.',
    help: 'Render it the same way locally (helm template, kubectl kustomize) to see the error. Vendor chart dependencies into the chart (helm dependency build), replace remote Kustomize bases with local copies, or raise the render timeout. If the chart or overlay does not need checking, exclude it.',
    summary: 'a Helm chart or Kustomize overlay could not be rendered offline: a template error, a dependency that is not in the repository or whose name is not a plain name, a remote location, a path outside the workspace, a cycle of kustomizations, a timeout (notice when other values files of the same chart rendered, or when a schema reference was removed)',
    severityText: 'warning / notice',
    gate: 'files',
    annotationRank: 2,
  },
  scope: 'render',
  check(e, ctx) {
    if (e.type !== 'render-failed') return;
    const what = e.renderer === 'helm' ? `Helm chart ${e.subject}` : `Kustomize overlay ${e.subject}`;
    const values = e.values === undefined ? '' : e.values === null ? ' with its default values' : ` with values ${e.values}`;
    let message: string;
    if (e.dependency && e.substitute) {
      const d = e.dependency;
      const needed = /needed by the subchart "([^"]+)"/.exec(e.reason)?.[1];
      message = `${what}: dependency "${d.name}" ${d.version ?? ''} is not vendored in charts/, and the chart "${d.name}" in the repository (${e.substitute.dir}, version ${e.substitute.version ?? 'unknown'}) ` +
        `does not satisfy ${d.version ?? 'its version'}; the chart was rendered with it instead, so the objects the dependency renders may differ from those of ${d.name} ${d.version ?? ''}` +
        (needed ? `; it is needed by the subchart "${needed}".` : '.');
    } else if (e.dependency) {
      const d = e.dependency;
      message = `${what}: dependency "${d.name}"${d.version ? ` ${d.version}` : ''}${d.repository ? ` from ${d.repository}` : ''} is not vendored in charts/ ` +
        `and no chart of that name${d.version ? ' and version' : ''} is in the repository; it is never downloaded, so its templates were not checked ` +
        (e.data?.['outcome'] === 'not-rendered' ? '(the chart did not render without it either)' : '(the chart was rendered without it)') + (/needed by the subchart "([^"]+)"/.exec(e.reason) ? `; it is needed by the subchart "${/needed by the subchart "([^"]+)"/.exec(e.reason)?.[1]}".` : '.');
    } else if (e.leftOut) {
      message = `${what}: ${e.reason}.`;
    } else if (e.timedOut) {
      message = `${what} did not render${values} within the time limit (${e.reason}); its objects were not checked.`;
    } else {
      message = `${what} could not be rendered${values}: ${e.reason}` + (e.partial ? ' Other values files of the chart rendered and were checked.' : ' Its objects were not checked.');
    }
    ctx.report({
      message: message.trim(),
      severity: e.substitute ? 'notice' : e.leftOut ?? (e.partial ? 'notice' : 'warning'),
      data: {
        source: e.renderer,
        [e.renderer === 'helm' ? 'chart' : 'kustomization']: e.subject,
        ...(e.values !== undefined ? { values: e.values } : {}),
        reason: e.reason,
        ...(e.dependency ? { dependency: e.dependency.name, dependencyVersion: e.dependency.version, dependencyRepository: e.dependency.repository } : {}),
        ...(e.substitute ? { substituteChart: e.substitute.dir, substituteVersion: e.substitute.version } : {}),
        ...(e.timedOut ? { timedOut: true } : {}),
        ...(e.leftOut ? { leftOut: true } : {}),
        ...(e.data ?? {}),
      },
    });
  },
};
