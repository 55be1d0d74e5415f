/** The unused-suppression rule: see its meta (what it reports, how to fix it). */
import type { SuppressionRule } from './types.js';

export const unusedSuppression: SuppressionRule = {
  meta: {
    id: 'unused-suppression',
    description: 'A suppression matched no finding of the run.',
    defaultSeverity: 'notice',
    title: 'Suppression matched nothing',
    details:
      'An `ignore:` entry of the configuration file, or an inline `kube-upgrade-gate: ignore` comment, matched no finding. ' +
      'What it was written for is fixed, or it never matched (a misspelt path, kind or name); left in place, it could hide a later finding nobody meant to accept.',
    help: 'Delete the entry or comment if what it covered is fixed; otherwise correct its selectors so that it matches the finding it was written for.',
    summary: 'an `ignore:` entry or an inline ignore comment matched no finding',
    severityText: 'notice',
    gate: 'files',
    annotationRank: 4,
  },
  scope: 'suppression',
  check(e, ctx) {
    if (e.type !== 'unused') return;
    const what = e.source === 'config' ? 'The suppression' : 'The inline suppression';
    ctx.report({
      message: `${what} of ${e.selects} matched no finding; delete it if what it covered is fixed.`,
      data: { origin: e.source, selects: e.selects, reason: e.reason, expires: e.expires },
    });
  },
};
