/** The pre-release-target rule: see its meta (what it reports, how to fix it). */
import type { RunRule } from './types.js';

const CATALOG_NAMES = {
  api: 'APIs',
  'feature-gates': 'feature gates',
  'component-config': 'config files and flags',
  releases: 'release dates',
} as const;

export const preReleaseTarget: RunRule = {
  meta: {
    id: 'pre-release-target',
    description: 'The target is the minor after the newest GA release the data covers; its results come from that minor\'s pre-release data.',
    defaultSeverity: 'notice',
    title: 'Pre-release target',
    details:
      'The target is one minor past the newest GA release in the catalogs. It is accepted because upstream published pre-release data for it (an API beta tag\'s lifecycle markers, the development branch\'s feature-gate list, draft release notes, the release calendar), and every finding for it rests on that data: removals, deprecations and gate stages can still change before the release, and APIs or gates that data does not mention are taken to stay as they are in the newest GA release.',
    help: 'Treat the results as a preview of the upgrade. Run the check again with a kube-upgrade-gate whose data covers the release as GA before relying on it; `--target latest` always means the newest GA release.',
    summary: 'the target is the minor after the newest GA release in the data, answered from its pre-release data (one notice per report; never fails a run)',
    severityText: 'notice',
    gate: 'never',
    annotationRank: 1,
  },
  scope: 'run',
  check(facts, ctx) {
    const p = facts.preRelease;
    if (!p) return;
    const from = p.sources.map((s) => `${CATALOG_NAMES[s.catalog]}: ${s.source}`).join('; ');
    const planned = p.plannedReleaseDate ? `, planned for ${p.plannedReleaseDate} by its release calendar` : '';
    ctx.report({
      message:
        `Kubernetes ${p.release} is not a GA release in this kube-upgrade-gate's data (newest GA: ${p.newestRelease}${planned}): the results for target ${ctx.target} ` +
        `come from pre-release data and can change before ${p.release}.0; check again with data that covers ${p.release} as GA before relying on them. Sources: ${from}.`,
      data: { target: ctx.target, release: p.release, newestRelease: p.newestRelease, plannedReleaseDate: p.plannedReleaseDate, sources: p.sources.map((s) => ({ ...s })) },
    });
  },
};
