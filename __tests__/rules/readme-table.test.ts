/** The README documents every rule from its meta: the rules table is generated, and a stale one fails here. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesTable, RULES_END, RULES_START, updateReadme } from '../../scripts/lib/readme.js';
import { RULE_IDS } from '../../src/findings/rule-ids.js';
import { RULES } from '../../src/rules/index.js';

const readme = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');

describe('README rules table', () => {
  it('is the table generated from the rules\' meta (run `npx tsx scripts/update-readme.ts`)', () => {
    expect(updateReadme(readme, RULES)).toBe(readme);
  });

  it('has one row per rule id of the closed list, each with its anchor', () => {
    const table = readme.slice(readme.indexOf(RULES_START), readme.indexOf(RULES_END));
    for (const id of RULE_IDS) expect(table).toContain(`<a id="rule-${id}"></a>\`${id}\``);
    expect(table.split('\n').filter((l) => l.startsWith('| <a id=')).length).toBe(RULE_IDS.length);
  });

  it('a changed meta changes the table (the check can fail)', () => {
    const changed = RULES.map((r, i) => (i === 0 ? { ...r, meta: { ...r.meta, summary: 'something else' } } : r));
    expect(rulesTable(changed)).not.toBe(rulesTable(RULES));
    expect(updateReadme(readme, changed)).not.toBe(readme);
  });

  it('every rule has its documentation in its meta', () => {
    for (const r of RULES) {
      for (const k of ['title', 'description', 'details', 'help', 'summary', 'severityText'] as const) expect([r.meta.id, k, r.meta[k].length > 0]).toEqual([r.meta.id, k, true]);
      expect(['files', 'clusters', 'never']).toContain(r.meta.gate);
    }
  });
});
