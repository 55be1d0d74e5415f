/**
 * The closed list of rule ids. Every finding the engine emits carries one of these; reporters, SARIF rule
 * metadata, documentation and tests are all keyed on this list. Adding a rule means adding it here first.
 */
export const RULE_IDS = [
  'removed-api',
  'deprecated-api',
  'invalid-manifest',
  'no-manifests',
  'skipped-file',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
