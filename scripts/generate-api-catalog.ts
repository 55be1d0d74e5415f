/**
 * Generates data/api-catalog.json: every built-in Kubernetes API kind with the releases that
 * served it, its deprecation and removal, and its replacement.
 *
 *   npx tsx scripts/generate-api-catalog.ts [--source DIR|URL] [--out FILE] [--check]
 *
 * --source  upstream data mirror (directory or URL base); default ../shared/data/kubernetes next to the repo
 * --out     output file; default data/api-catalog.json in the repo
 * --check   regenerate in memory and exit 1 (listing the differing entries) if --out differs
 *
 * The reconciliation rules live in scripts/lib/api-catalog.ts.
 */
import { resolve } from 'node:path';
import { diffCatalogs, generateApiCatalog } from './lib/api-catalog.js';
import { repoRootOf, runGenerator } from './lib/generator.js';

const repoRoot = repoRootOf(import.meta.url);

runGenerator({
  scriptUrl: import.meta.url,
  defaults: { source: resolve(repoRoot, '../shared/data/kubernetes'), out: resolve(repoRoot, 'data/api-catalog.json') },
  generate: generateApiCatalog,
  summary: (c) =>
    `${c.apis.length} APIs (${c.apis.filter((a) => a.removedIn !== null).length} removed), releases ${c.releases[0]}…${c.newestRelease}, catalog ${c.catalogVersion}`,
  diff: diffCatalogs,
});
