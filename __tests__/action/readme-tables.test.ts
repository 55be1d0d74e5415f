/** The README's action input and output tables are generated from action.yml: a stale table fails here. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  actionInputsTable,
  actionOutputsTable,
  INPUTS_END,
  INPUTS_START,
  OUTPUTS_END,
  OUTPUTS_START,
  parseActionMetadata,
  updateReadme,
} from '../../scripts/lib/readme.js';
import { RULES } from '../../src/rules/index.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const action = parseActionMetadata(readFileSync(join(repo, 'action.yml'), 'utf8'), parse);

const between = (start: string, end: string): string => readme.slice(readme.indexOf(start), readme.indexOf(end) + end.length);
const firstCells = (table: string): string[] => table.split('\n').filter((l) => l.startsWith('| `')).map((l) => /^\| `([^`]+)`/.exec(l)![1]!);

describe('README action tables', () => {
  it('are the tables generated from action.yml (run `npx tsx scripts/update-readme.ts`)', () => {
    expect(updateReadme(readme, RULES, action)).toBe(readme);
    expect(between(INPUTS_START, INPUTS_END)).toBe(actionInputsTable(action));
    expect(between(OUTPUTS_START, OUTPUTS_END)).toBe(actionOutputsTable(action));
  });

  it('list every input and output of action.yml, in its order', () => {
    expect(firstCells(between(INPUTS_START, INPUTS_END))).toEqual(Object.keys(action.inputs));
    expect(firstCells(between(OUTPUTS_START, OUTPUTS_END))).toEqual(Object.keys(action.outputs));
  });

  it('change when action.yml does (the check can fail)', () => {
    const changed = { ...action, inputs: { ...action.inputs, 'new-input': { description: 'Something new.', default: 'x' } } };
    expect(updateReadme(readme, RULES, changed)).not.toBe(readme);
    const renamed = { ...action, outputs: { ...action.outputs, 'comment-url': { description: 'Another text | with a pipe.' } } };
    expect(actionOutputsTable(renamed)).toContain('| `comment-url` | Another text \\| with a pipe. |');
  });

  it('show defaults in code and no default as a dash', () => {
    const table = actionInputsTable({ inputs: { a: { description: 'A.', default: '' }, b: { description: 'B.', default: '${{ github.token }}' } }, outputs: {} });
    expect(table.split('\n').slice(3, 5)).toEqual(['| `a` | — | A. |', '| `b` | `${{ github.token }}` | B. |']);
  });
});
