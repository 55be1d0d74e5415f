/**
 * Rewrites the generated parts of README.md (the rules table, from each rule's meta; the action's input and output
 * tables, from action.yml).
 *
 *   npx tsx scripts/update-readme.ts [--check]
 *
 * --check  exit 1 when README.md differs from what would be written
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '../src/rules/index.js';
import { repoRootOf } from './lib/generator.js';
import { parse } from 'yaml';
import { parseActionMetadata, updateReadme } from './lib/readme.js';

const path = resolve(repoRootOf(import.meta.url), 'README.md');
const before = readFileSync(path, 'utf8');
const action = parseActionMetadata(readFileSync(resolve(repoRootOf(import.meta.url), 'action.yml'), 'utf8'), parse);
const after = updateReadme(before, RULES, action);
if (process.argv.includes('--check')) {
  if (before !== after) {
    console.error('README.md: a generated table differs from the rules\' meta or action.yml; run `npx tsx scripts/update-readme.ts`.');
    process.exit(1);
  }
  console.log('README.md is up to date.');
} else if (before !== after) {
  writeFileSync(path, after);
  console.log('wrote README.md');
} else console.log('README.md is up to date.');
