/**
 * The README's generated parts: the rules table comes from each rule's meta (src/rules/*.ts), and the action's
 * input and output tables from action.yml, so each is documented in one place. `npx tsx scripts/update-readme.ts`
 * rewrites them; tests fail when the README differs.
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

export const INPUTS_START = '<!-- action inputs: generated from action.yml by scripts/update-readme.ts; do not edit -->';
export const INPUTS_END = '<!-- end of action inputs -->';
export const OUTPUTS_START = '<!-- action outputs: generated from action.yml by scripts/update-readme.ts; do not edit -->';
export const OUTPUTS_END = '<!-- end of action outputs -->';

/** What the tables need from action.yml. */
export interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string | number | boolean; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

/** One line of table text: folded whitespace, pipes escaped. */
function tableText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** A default as the README shows it: in code, or a dash when there is none. */
function defaultCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  if (text === '') return '—';
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${tableText(text)}${fence}`;
}

export function actionInputsTable(action: ActionMetadata): string {
  const rows = Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${defaultCell(i.default)} | ${tableText(i.description)} |`);
  return [INPUTS_START, '| input | default | description |', '|---|---|---|', ...rows, INPUTS_END].join('\n');
}

export function actionOutputsTable(action: ActionMetadata): string {
  const rows = Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${tableText(o.description)} |`);
  return [OUTPUTS_START, '| output | description |', '|---|---|', ...rows, OUTPUTS_END].join('\n');
}

function replaceBetween(text: string, start: string, end: string, replacement: string, what: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${what} markers (${start} … ${end})`);
  return text.slice(0, a) + replacement + text.slice(b + end.length);
}

/**
 * The README with its generated parts replaced: the rules table, and (given action.yml's metadata) the action's
 * input and output tables. Throws when a marker is missing.
 */
export function updateReadme(readme: string, rules: readonly Rule[], action?: ActionMetadata): string {
  let out = replaceBetween(readme, RULES_START, RULES_END, rulesTable(rules), 'rules table');
  if (action !== undefined) {
    out = replaceBetween(out, INPUTS_START, INPUTS_END, actionInputsTable(action), 'action inputs table');
    out = replaceBetween(out, OUTPUTS_START, OUTPUTS_END, actionOutputsTable(action), 'action outputs table');
  }
  return out;
}

/** action.yml's inputs and outputs. */
export function parseActionMetadata(yamlText: string, parse: (text: string) => unknown): ActionMetadata {
  const doc = parse(yamlText) as Partial<ActionMetadata> | null;
  if (doc === null || typeof doc !== 'object' || doc.inputs === undefined || doc.outputs === undefined) throw new Error('action.yml has no inputs or outputs');
  return { inputs: doc.inputs, outputs: doc.outputs };
}
