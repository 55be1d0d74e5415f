/**
 * Generates data/feature-gates.json: for every Kubernetes feature gate, its stage, default and lock per
 * release span, the release that removed it, and where the sources disagree.
 *
 *   npx tsx scripts/generate-feature-gates.ts [--source DIR|URL] [--out FILE] [--check]
 *
 * --source  upstream data mirror (directory or URL base); default ../shared/data/kubernetes next to the repo
 * --out     output file; default data/feature-gates.json in the repo
 * --check   regenerate in memory and exit 1 (naming the differing entries) if --out differs
 *
 * Inputs are read by relative path (see PATHS in scripts/lib/feature-gates.ts), so a URL base works the
 * same as a directory. The primary source is the code each release compiles in (feature-gates/per-release/,
 * files listed in its sources.tsv); the website gate pages are read from `feature-gates/website-frontmatter.json`
 * (their front matter in one file, keyed by gate name) because a URL base cannot be listed.
 * Every disagreement between the code and the other sources must be reviewed in
 * scripts/overlays/feature-gate-exceptions.yaml; the run fails (exit 2) on one that is not, naming it.
 * The reconciliation rules live in scripts/lib/feature-gates.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countDisagreements, diffCatalogs, EXCEPTIONS_PATH, formatFeatureGateCatalog, generateFeatureGateCatalog, type FeatureGateCatalog } from './lib/feature-gates.js';
import { repoRootOf, runGenerator } from './lib/generator.js';

const repoRoot = repoRootOf(import.meta.url);

function summary(catalog: FeatureGateCatalog): string {
  const gates = Object.values(catalog.gates);
  const removed = gates.filter((g) => g.removedIn !== null).length;
  const planned = gates.filter((g) => g.plannedRemovalIn !== null).length;
  return `${gates.length} gates (${removed} removed, ${planned} with planned removal), releases ${catalog.releases[0]}…${catalog.newestRelease}, ${countDisagreements(catalog)} reviewed source disagreements, catalog ${catalog.catalogVersion}`;
}

runGenerator({
  scriptUrl: import.meta.url,
  localInputs: [EXCEPTIONS_PATH],
  defaults: { source: resolve(repoRoot, '../shared/data/kubernetes'), out: resolve(repoRoot, 'data/feature-gates.json') },
  generate: (source) => generateFeatureGateCatalog(source, readFileSync(resolve(repoRoot, EXCEPTIONS_PATH), 'utf8')),
  format: formatFeatureGateCatalog,
  summary,
  diff: diffCatalogs,
});
