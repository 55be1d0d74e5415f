/**
 * Generates data/advisories.json: every Kubernetes CVE in the advisory snapshot with aliases,
 * title, components (core Kubernetes component vs. add-on versioned by itself), CVSS, affected
 * ranges and fixed versions per minor, whether a fix exists, conditions and mitigation, provenance
 * per fact, and cross-checks of the reconciled table against stackrox/k8s-cves, golang/vulndb,
 * GHSA and kubernetes-sigs/cve-feed-osv.
 *
 *   npx tsx scripts/generate-advisories.ts [--source DIR|URL] [--out FILE] [--check]
 *
 * --source  data mirror root (directory or URL base); default ../shared/data next to the repo.
 *           Files are read by mirror-relative path (advisories/…), so a URL base works the same.
 * --out     output file; default data/advisories.json in the repo
 * --check   regenerate in memory and exit 1 (naming what differs) if --out differs; 0 if identical
 *
 * The reconciliation rules live in scripts/lib/advisories.ts (ADVISORY_RULES).
 */
import { resolve } from 'node:path';
import { buildAdvisoriesCatalog, collectAdvisoryInputs } from './lib/advisories.js';
import { repoRootOf, runGenerator } from './lib/generator.js';

const repoRoot = repoRootOf(import.meta.url);

runGenerator({
  scriptUrl: import.meta.url,
  defaults: { source: resolve(repoRoot, '../shared/data'), out: resolve(repoRoot, 'data/advisories.json') },
  generate: async (source) => buildAdvisoriesCatalog(await collectAdvisoryInputs(source)),
  summary: (catalog) => {
    const c = catalog.counts;
    return (
      `${c.total} advisories (${c.core} core, ${c.addOn} add-on; ${c.fixNone} without a fix), ` +
      `${c.crossChecks} cross-checks (${c.crossChecksAgreeing} agree; ${c.differencesExplained} explained and ${c.differencesUnexplained} unexplained differences), ` +
      `catalog ${catalog.catalogVersion}`
    );
  },
});
