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
 * same as a directory. The website gate pages are read from `feature-gates/website-frontmatter.json`
 * (their front matter in one file, keyed by gate name) because a URL base cannot be listed.
 * The reconciliation rules live in scripts/lib/feature-gates.ts.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffCatalogs, formatFeatureGateCatalog, generateFeatureGateCatalog, type FeatureGateCatalog } from './lib/feature-gates.js';
import { generatorArgs, openSource, writeGeneratedText } from './lib/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function summary(catalog: FeatureGateCatalog): string {
  const gates = Object.values(catalog.gates);
  const removed = gates.filter((g) => g.removedIn !== null).length;
  const planned = gates.filter((g) => g.plannedRemovalIn !== null).length;
  return `${gates.length} gates (${removed} removed, ${planned} with planned removal), releases ${catalog.releases[0]}…${catalog.newestRelease}, catalog ${catalog.catalogVersion}`;
}

async function main(): Promise<number> {
  const args = generatorArgs(process.argv.slice(2), {
    source: resolve(repoRoot, '../shared/data/kubernetes'),
    out: resolve(repoRoot, 'data/feature-gates.json'),
  });
  const catalog = await generateFeatureGateCatalog(openSource(args.source));
  const text = formatFeatureGateCatalog(catalog);
  const shownOut = relative(process.cwd(), args.out) || args.out;

  if (args.check) {
    let committedText: string;
    try {
      committedText = await readFile(args.out, 'utf8');
    } catch {
      console.error(`${shownOut} does not exist; run \`npm run generate\`.`);
      return 1;
    }
    if (committedText === text) {
      console.log(`${shownOut} is up to date: ${summary(catalog)}.`);
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

  await writeGeneratedText(args.out, text);
  console.log(`wrote ${shownOut}: ${summary(catalog)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
