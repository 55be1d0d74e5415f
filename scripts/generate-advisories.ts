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
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdvisoriesCatalog, collectAdvisoryInputs } from './lib/advisories.js';
import { generatorArgs, jsonDifferences, openSource, stableJson, writeGenerated } from './lib/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const args = generatorArgs(process.argv.slice(2), {
    source: resolve(repoRoot, '../shared/data'),
    out: resolve(repoRoot, 'data/advisories.json'),
  });
  const catalog = buildAdvisoriesCatalog(await collectAdvisoryInputs(openSource(args.source)));
  const shownOut = relative(process.cwd(), args.out) || args.out;
  const c = catalog.counts;
  const summary =
    `${c.total} advisories (${c.core} core, ${c.addOn} add-on; ${c.fixNone} without a fix), ` +
    `${c.crossChecks} cross-checks (${c.crossChecksAgreeing} agree; ${c.differencesExplained} explained and ${c.differencesUnexplained} unexplained differences), ` +
    `catalog ${catalog.catalogVersion}`;

  if (args.check) {
    let committedText: string;
    try {
      committedText = await readFile(args.out, 'utf8');
    } catch {
      console.error(`${shownOut} does not exist; run \`npm run generate\`.`);
      return 1;
    }
    if (committedText === stableJson(catalog)) {
      console.log(`${shownOut} is up to date: ${summary}.`);
      return 0;
    }
    let committed: unknown;
    try {
      committed = JSON.parse(committedText);
    } catch (e) {
      console.error(`${shownOut} is not valid JSON (${(e as Error).message}); run \`npm run generate\`.`);
      return 1;
    }
    const diffs = jsonDifferences(committed, catalog);
    console.error(`${shownOut} differs from a fresh generation:`);
    for (const d of diffs.length ? diffs : ['formatting differs']) console.error(`  - ${d}`);
    console.error('Run `npm run generate` and commit the result.');
    return 1;
  }

  await writeGenerated(args.out, catalog);
  console.log(`wrote ${shownOut}: ${summary}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
