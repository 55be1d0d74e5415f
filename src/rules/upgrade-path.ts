/** The upgrade-path rule: see its meta (what it reports, how to fix it). */
import type { ClusterRule } from './types.js';
import { describeStep, lineOf, plural } from './lib/clusters.js';

export const upgradePath: ClusterRule = {
  meta: {
    id: 'upgrade-path',
    description:
      'The target is more than one minor ahead: the ordered upgrade steps, each with the API removals it brings for the manifests mapped to the cluster (error when a removal is beyond the scan target and so not reported per file).',
    defaultSeverity: 'warning',
    severities: ['error', 'warning'],
    title: 'Upgrade path',
    details: 'The target of a declared cluster is more than one minor ahead: kube-apiserver must not skip minors, so the upgrade takes several steps, each of which may remove APIs that the manifests deployed to the cluster use.',
    help: 'Plan one upgrade per step in the order given, migrating the manifests each step lists before taking that step.',
    summary: 'the target is more than one minor ahead: the ordered steps, each with the API removals it brings for the cluster\'s manifests (error when a removal lies beyond the scan target, so no file-level finding reports it)',
    severityText: 'warning / error',
    gate: 'clusters',
    annotationRank: 2,
  },
  scope: 'cluster',
  check(c, ctx) {
    const from = c.spec.minor;
    const to = c.spec.target;
    const multi = c.path.length > 2;
    const unreported = c.steps.reduce((n, s) => n + s.unreported, 0);
    if (!multi && unreported === 0) return;
    const steps = c.path.length - 1;
    const head = multi
      ? `Cluster ${c.spec.name}: ${from} → ${to} takes ${plural(steps, 'upgrade')}, one minor at a time (kube-apiserver must not skip minors): ${c.path.join(' → ')}.`
      : `Cluster ${c.spec.name}: the upgrade ${from} → ${to} removes APIs its manifests use.`;
    const withRemovals = c.steps.filter((s) => s.removals.length > 0);
    const perStep =
      c.spec.paths.length === 0
        ? ' No paths are mapped to the cluster, so its manifests were not checked per step.'
        : withRemovals.length === 0
          ? ` No step removes an API used by the ${plural(c.documents, 'document')} mapped to the cluster (${c.spec.paths.join(', ')}).`
          : ` For the ${plural(c.documents, 'document')} mapped to the cluster (${c.spec.paths.join(', ')}): ${withRemovals.map(describeStep).join('. ')}.`;
    const tail =
      unreported > 0
        ? ` ${plural(unreported, 'removal')} lie beyond the scan target ${c.scanTarget} and are not reported per file: migrate them before the step that removes them.`
        : '';
    ctx.report({
      message: head + perStep + tail,
      severity: unreported > 0 ? 'error' : 'warning',
      line: lineOf(c, c.spec.lines['target'] !== undefined ? 'target' : 'version'),
      data: {
        cluster: c.spec.name,
        from,
        to,
        path: c.path,
        steps: c.steps.map((s) => ({ minor: s.minor, removals: s.removals.slice(0, 200) })),
        unreportedRemovals: unreported,
      },
    });
  },
};
