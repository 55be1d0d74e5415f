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
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReleasesCatalog, collectReleaseInputs } from './lib/releases.js';
import { generatorArgs, jsonDifferences, openSource, stableJson, writeGenerated } from './lib/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const args = generatorArgs(process.argv.slice(2), {
    source: resolve(repoRoot, '../shared/data'),
    out: resolve(repoRoot, 'data/releases.json'),
  });
  const catalog = buildReleasesCatalog(await collectReleaseInputs(openSource(args.source)));
  const shownOut = relative(process.cwd(), args.out) || args.out;
  const released = catalog.minors.filter((m) => m.released);
  const summary = `${released.length} released minors (${released[0]?.minor}…${catalog.newestRelease}), ${released.reduce((n, m) => n + m.patches.length, 0)} patches, catalog ${catalog.catalogVersion}`;

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
