/**
 * The closed list of rule ids. Every finding the engine emits carries one of these; reporters, SARIF rule
 * metadata, documentation and tests are all keyed on this list. Adding a rule means adding it here first.
 */
export const RULE_IDS = [
  'removed-api',
  'deprecated-api',
  'removed-addon-api',
  'deprecated-addon-api',
  'invalid-manifest',
  'no-manifests',
  'skipped-file',
  'render-failed',
  'renderer-missing',
  'chart-kube-version',
  'capabilities-removed-api',
  'removed-feature-gate',
  'locked-feature-gate',
  'deprecated-feature-gate',
  'unknown-feature-gate',
  'removed-config-api',
  'deprecated-config-api',
  'removed-flag',
  'cluster-advisory',
  'unsupported-version',
  'version-skew',
  'upgrade-path',
  'advisory-feed',
  'expired-suppression',
  'unused-suppression',
  'invalid-suppression',
  'pre-release-target',
  'drain-blocker',
  'webhook-upgrade-risk',
  'psp-without-psa',
  'inventory-mismatch',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
