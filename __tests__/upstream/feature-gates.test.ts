/**
 * Against the upstream data mirror (../shared/data/kubernetes; run by `npm run test:upstream`, which CI runs where
 * the mirror is, and which fails without it): regenerating must reproduce the committed data/feature-gates.json (with every source disagreement reviewed)
 * and the committed table-test fixture, and the website front-matter JSON the generator reads must match the
 * website pages it was derived from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  diffCatalogs,
  EXCEPTIONS_PATH,
  formatFeatureGateCatalog,
  generateFeatureGateCatalog,
  parseWebsiteFrontMatter,
  parseWebsiteFrontMatterJson,
  PATHS,
  type WebsiteGate,
} from '../../scripts/lib/feature-gates.js';
import { formatGateTable, loadGateTable } from '../../scripts/lib/feature-gate-table.js';
import { openSource } from '../../scripts/lib/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mirror = resolve(repoRoot, '../shared/data/kubernetes');

describe('feature-gate catalog against the upstream data mirror', () => {
  test('regenerating reproduces the committed file', async () => {
    const fresh = await generateFeatureGateCatalog(openSource(mirror), readFileSync(resolve(repoRoot, EXCEPTIONS_PATH), 'utf8'));
    const committedText = readFileSync(resolve(repoRoot, 'data/feature-gates.json'), 'utf8');
    expect(diffCatalogs(JSON.parse(committedText), fresh)).toEqual([]);
    expect(formatFeatureGateCatalog(fresh)).toBe(committedText);
  });

  test('an unreviewed disagreement fails the generator, and so does a stale exception', async () => {
    const reviewed = readFileSync(resolve(repoRoot, EXCEPTIONS_PATH), 'utf8');
    const withoutOne = reviewed.replace(/ {2}- gate: ServiceTrafficDistribution\n(?: {4}.*\n)+/, '');
    expect(withoutOne).not.toBe(reviewed);
    await expect(generateFeatureGateCatalog(openSource(mirror), withoutOne)).rejects.toThrow(
      /new, not reviewed: ServiceTrafficDistribution presence 1\.36 code=null website="ga"/,
    );
    const extra = `${reviewed}  - gate: NoSuchGate\n    field: presence\n    releases: "1.30"\n    source: website\n    code: null\n    other: "beta"\n    reason: "An entry that matches no disagreement."\n`;
    await expect(generateFeatureGateCatalog(openSource(mirror), extra)).rejects.toThrow(/reviewed but no longer found: NoSuchGate presence 1\.30/);
  });

  test('the table-test fixture is what the code of each release gives', async () => {
    const fresh = formatGateTable(await loadGateTable(openSource(mirror)));
    expect(fresh).toBe(readFileSync(resolve(repoRoot, '__tests__/fixtures/feature-gate-outcomes.json'), 'utf8'));
  });

  test('website-frontmatter.json holds the front matter of every website gate page', () => {
    const dir = resolve(mirror, 'feature-gates/website');
    const pages: Record<string, WebsiteGate> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const parsed = parseWebsiteFrontMatter(readFileSync(resolve(dir, file), 'utf8'));
      if (!parsed) continue; // index.md
      expect(pages[parsed.name]).toBeUndefined();
      pages[parsed.name] = parsed.gate;
    }
    const json = parseWebsiteFrontMatterJson(readFileSync(resolve(mirror, PATHS.website), 'utf8'));
    expect(Object.keys(pages).sort()).toEqual(Object.keys(json));
    for (const name of Object.keys(json)) expect([name, pages[name]]).toEqual([name, json[name]]);
  });
});
