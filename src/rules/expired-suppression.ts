/** The expired-suppression rule: see its meta (what it reports, how to fix it). */
import type { SuppressionRule } from './types.js';

export const expiredSuppression: SuppressionRule = {
  meta: {
    id: 'expired-suppression',
    description: 'A suppression in the configuration file is past its expiry date, so the findings it covered count again.',
    defaultSeverity: 'warning',
    title: 'Suppression expired',
    details:
      'An `ignore:` entry of the configuration file carries an `expires:` date that the run date (--as-of, or today) has passed. ' +
      'The entry no longer applies: the findings it matched are reported and count toward fail-on again.',
    help: 'Fix what the entry suppressed (and delete the entry), or, if the reason still holds, give it a new `expires:` date and an up-to-date `reason:`.',
    summary: 'an `ignore:` entry of the configuration file is past its `expires:` date (judged on `--as-of` or today); it no longer suppresses anything',
    severityText: 'warning',
    gate: 'files',
    annotationRank: 1,
  },
  scope: 'suppression',
  check(e, ctx) {
    if (e.type !== 'expired') return;
    ctx.report({
      message: `The suppression of ${e.selects} expired on ${e.expires} (run date ${e.asOf}); the findings it matched count again. Fix them, or renew the entry with a new expires date.`,
      data: { origin: e.source, selects: e.selects, reason: e.reason, expires: e.expires, asOf: e.asOf },
    });
  },
};
