/** The invalid-suppression rule: see its meta (what it reports, how to fix it). */
import type { SuppressionRule } from './types.js';

export const invalidSuppression: SuppressionRule = {
  meta: {
    id: 'invalid-suppression',
    description: 'An inline `kube-upgrade-gate:` comment in a manifest is not a valid suppression, so it suppresses nothing.',
    defaultSeverity: 'warning',
    title: 'Inline suppression not valid',
    details:
      'An inline comment starting `kube-upgrade-gate:` has no reason, names no rule or an unknown rule, or is not of the form ' +
      '`# kube-upgrade-gate: ignore RULE[,RULE…] -- REASON`. It suppresses nothing; the findings it was meant for are reported as usual.',
    help: 'Write the comment as `# kube-upgrade-gate: ignore removed-api -- why this is accepted`, naming rule ids from the rules table and giving a reason after ` -- `.',
    summary: 'an inline `# kube-upgrade-gate:` comment lacks a reason, names an unknown rule or is malformed; it suppresses nothing',
    severityText: 'warning',
    gate: 'files',
    annotationRank: 2,
  },
  scope: 'suppression',
  check(e, ctx) {
    if (e.type !== 'invalid') return;
    ctx.report({
      message: `This kube-upgrade-gate comment suppresses nothing: ${e.problem ?? 'it is not valid'}. Expected # kube-upgrade-gate: ignore RULE -- REASON.`,
      data: { origin: e.source, problem: e.problem ?? null },
    });
  },
};
