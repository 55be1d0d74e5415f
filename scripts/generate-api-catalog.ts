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
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffCatalogs, generateApiCatalog } from './lib/api-catalog.js';
import { generatorArgs, openSource, stableJson, writeGenerated } from './lib/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const args = generatorArgs(process.argv.slice(2), {
    source: resolve(repoRoot, '../shared/data/kubernetes'),
    out: resolve(repoRoot, 'data/api-catalog.json'),
  });
  const catalog = await generateApiCatalog(openSource(args.source));
  const shownOut = relative(process.cwd(), args.out) || args.out;

  if (args.check) {
    let committedText: string;
    try {
      committedText = await readFile(args.out, 'utf8');
    } catch {
      console.error(`${shownOut} does not exist; run \`npm run generate\`.`);
      return 1;
    }
    if (committedText === stableJson(catalog)) {
      console.log(`${shownOut} is up to date (${catalog.apis.length} APIs, catalog ${catalog.catalogVersion}).`);
      return 0;
    }
    let committed: unknown;
    try {
      committed = JSON.parse(committedText);
    } catch (e) {
      console.error(`${shownOut} is not valid JSON (${(e as Error).message}); run \`npm run generate\`.`);
      return 1;
    }
    const diffs = diffCatalogs(committed, catalog);
    console.error(`${shownOut} is out of date with the upstream data (${diffs.length} difference${diffs.length === 1 ? '' : 's'}):`);
    for (const d of diffs.length ? diffs : ['formatting differs']) console.error(`  - ${d}`);
    console.error('Run `npm run generate` and commit the result.');
    return 1;
  }

  await writeGenerated(args.out, catalog);
  const removed = catalog.apis.filter((a) => a.removedIn !== null).length;
  console.log(`wrote ${shownOut}: ${catalog.apis.length} APIs (${removed} removed), releases ${catalog.releases[0]}…${catalog.newestRelease}, catalog ${catalog.catalogVersion}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
