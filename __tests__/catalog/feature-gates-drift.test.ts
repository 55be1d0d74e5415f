/**
 * Drift check: when the upstream data mirror is present next to the repository (../shared/data/kubernetes),
 * regenerating must reproduce the committed data/feature-gates.json, and the website front-matter JSON the
 * generator reads must match the website pages it was derived from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  diffCatalogs,
  formatFeatureGateCatalog,
  generateFeatureGateCatalog,
  parseWebsiteFrontMatter,
  parseWebsiteFrontMatterJson,
  PATHS,
  type WebsiteGate,
} from '../../scripts/lib/feature-gates.js';
import { openSource } from '../../scripts/lib/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mirror = resolve(repoRoot, '../shared/data/kubernetes');
const describeWithMirror = existsSync(mirror) ? describe : describe.skip;

describeWithMirror('feature-gate catalog against the upstream data mirror', () => {
  test('regenerating reproduces the committed file', async () => {
    const fresh = await generateFeatureGateCatalog(openSource(mirror));
    const committedText = readFileSync(resolve(repoRoot, 'data/feature-gates.json'), 'utf8');
    expect(diffCatalogs(JSON.parse(committedText), fresh)).toEqual([]);
    expect(formatFeatureGateCatalog(fresh)).toBe(committedText);
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
