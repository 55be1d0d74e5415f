/**
 * Generates data/addon-apis.json: API versions of cluster add-ons (cert-manager, Istio) that an add-on release
 * deprecated or stopped serving, each with its source URL and the add-on's own words.
 *
 *   npx tsx scripts/generate-addon-apis.ts [--source DIR|URL] [--out FILE] [--check]
 *
 * --source  the shared data root holding peers/pluto/versions.yaml; default ../shared next to the repo
 * --out     output file; default data/addon-apis.json in the repo
 * --check   regenerate in memory and exit 1 (naming what differs) if --out differs
 *
 * The facts are hand-kept in scripts/overlays/addon-apis.yaml; the rules live in scripts/lib/addon-apis.ts.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ADDON_OVERLAY_PATH, generateAddonCatalog } from './lib/addon-apis.js';
import { repoRootOf, runGenerator } from './lib/generator.js';

const repoRoot = repoRootOf(import.meta.url);

runGenerator({
  scriptUrl: import.meta.url,
  defaults: { source: resolve(repoRoot, '../shared'), out: resolve(repoRoot, 'data/addon-apis.json') },
  generate: async (source) => generateAddonCatalog(source, await readFile(resolve(repoRoot, ADDON_OVERLAY_PATH), 'utf8')),
  summary: (c) => `${c.apis.length} add-on APIs of ${c.addons.join(', ')} (${c.apis.filter((a) => a.peer?.agrees).length} confirmed by the peer data)`,
  localInputs: [ADDON_OVERLAY_PATH],
});
