/**
 * Generates data/component-config.json: config-file API versions (kubeadm, kubelet, kube-proxy, kube-scheduler,
 * kube-apiserver config files, kubeconfig exec plugins) with the releases that introduced, deprecated and removed
 * them; flags the components no longer accept; admission plugins kube-apiserver no longer knows; kubeadm's own
 * feature gates.
 *
 *   npx tsx scripts/generate-component-config.ts [--source DIR|URL] [--out FILE] [--check]
 *
 * --source  upstream data mirror (directory or URL base); default ../shared/data/kubernetes next to the repo
 * --out     output file; default data/component-config.json in the repo
 * --check   regenerate in memory and exit 1 (naming the differences) if --out differs
 *
 * The hand-kept overlays (scripts/overlays/*.yaml) are read from this repository; every entry must be supported
 * by the release note it cites, or the run fails (exit 2) naming each unsupported fact. The rules live in
 * scripts/lib/component-config.ts.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CitationError, formatComponentConfigCatalog, generateComponentConfigCatalog, OVERLAY_PATHS, type ComponentConfigCatalog } from './lib/component-config.js';
import { generatorArgs, jsonDifferences, openSource, writeGeneratedText } from './lib/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function summary(c: ComponentConfigCatalog): string {
  return `${c.configApis.length} config API versions, ${c.flags.length} removed flags, ${c.admissionPlugins.length} admission plugins, ${c.kubeadmFeatureGates.length} kubeadm gates, catalog ${c.catalogVersion}`;
}

async function main(): Promise<number> {
  const args = generatorArgs(process.argv.slice(2), {
    source: resolve(repoRoot, '../shared/data/kubernetes'),
    out: resolve(repoRoot, 'data/component-config.json'),
  });
  const overlays = {
    flags: await readFile(resolve(repoRoot, OVERLAY_PATHS.flags), 'utf8'),
    configApis: await readFile(resolve(repoRoot, OVERLAY_PATHS.configApis), 'utf8'),
    kubeadmGates: await readFile(resolve(repoRoot, OVERLAY_PATHS.kubeadmGates), 'utf8'),
  };
  const { catalog, warnings } = await generateComponentConfigCatalog(openSource(args.source), overlays);
  for (const w of warnings) console.error(`note: ${w}`);
  const text = formatComponentConfigCatalog(catalog);
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
    const diffs = jsonDifferences(committed, catalog);
    console.error(`${shownOut} is out of date with the upstream data or the overlays:`);
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
    console.error(err instanceof CitationError || err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
