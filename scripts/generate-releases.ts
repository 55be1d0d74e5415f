/**
 * Generates data/releases.json: every Kubernetes minor with its release, maintenance-mode and
 * end-of-life dates, every patch with its tag date, the latest patch, an announced upcoming minor,
 * and the version-skew policy as data.
 *
 *   npx tsx scripts/generate-releases.ts [--source DIR|URL] [--out FILE] [--check]
 *
 * --source  data mirror root (directory or URL base); default ../shared/data next to the repo.
 *           Files are read by mirror-relative path (kubernetes/releases/…), so a URL base works the same.
 * --out     output file; default data/releases.json in the repo
 * --check   regenerate in memory and exit 1 (naming what differs) if --out differs; 0 if identical
 *
 * The reconciliation rules live in scripts/lib/releases.ts (RELEASE_RULES).
 */
import { resolve } from 'node:path';
import { repoRootOf, runGenerator } from './lib/generator.js';
import { buildReleasesCatalog, collectReleaseInputs } from './lib/releases.js';

const repoRoot = repoRootOf(import.meta.url);

runGenerator({
  scriptUrl: import.meta.url,
  defaults: { source: resolve(repoRoot, '../shared/data'), out: resolve(repoRoot, 'data/releases.json') },
  generate: async (source) => buildReleasesCatalog(await collectReleaseInputs(source)),
  summary: (catalog) => {
    const released = catalog.minors.filter((m) => m.released);
    return `${released.length} released minors (${released[0]?.minor}…${catalog.newestRelease}), ${released.reduce((n, m) => n + m.patches.length, 0)} patches, catalog ${catalog.catalogVersion}`;
  },
});
