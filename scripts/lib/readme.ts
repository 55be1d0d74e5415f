/**
 * The README's generated parts: the rules table comes from each rule's meta (src/rules/*.ts), so a rule is documented
 * in one place. `npx tsx scripts/update-readme.ts` rewrites them; a test fails when the README differs.
 */
import type { Rule } from '../../src/rules/types.js';

export const RULES_START = '<!-- rules table: generated from src/rules by scripts/update-readme.ts; do not edit -->';
export const RULES_END = '<!-- end of rules table -->';

/** The anchor of a rule's row, which SARIF's helpUri and the job summary link to. */
export function ruleAnchor(id: string): string {
  return `rule-${id}`;
}

export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| <a id="${ruleAnchor(r.meta.id)}"></a>\`${r.meta.id}\` | ${r.meta.severityText} | ${r.meta.summary} |`);
  return [RULES_START, '| rule | severity | reported when |', '|---|---|---|', ...rows, RULES_END].join('\n');
}

/** The README with its generated parts replaced; throws when a marker is missing. */
export function updateReadme(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the rules table markers (${RULES_START} … ${RULES_END})`);
  return readme.slice(0, start) + rulesTable(rules) + readme.slice(end + RULES_END.length);
}
