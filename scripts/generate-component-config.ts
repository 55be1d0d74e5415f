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
import { resolve } from 'node:path';
import { formatComponentConfigCatalog, generateComponentConfigCatalog, OVERLAY_PATHS, type ComponentConfigCatalog } from './lib/component-config.js';
import { repoRootOf, runGenerator } from './lib/generator.js';

const repoRoot = repoRootOf(import.meta.url);

function summary(c: ComponentConfigCatalog): string {
  return `${c.configApis.length} config API versions, ${c.flags.length} removed flags, ${c.admissionPlugins.length} admission plugins, ${c.kubeadmFeatureGates.length} kubeadm gates, catalog ${c.catalogVersion}`;
}

runGenerator({
  scriptUrl: import.meta.url,
  localInputs: Object.values(OVERLAY_PATHS),
  defaults: { source: resolve(repoRoot, '../shared/data/kubernetes'), out: resolve(repoRoot, 'data/component-config.json') },
  generate: async (source) => {
    const overlays = {
      flags: await readFile(resolve(repoRoot, OVERLAY_PATHS.flags), 'utf8'),
      configApis: await readFile(resolve(repoRoot, OVERLAY_PATHS.configApis), 'utf8'),
      kubeadmGates: await readFile(resolve(repoRoot, OVERLAY_PATHS.kubeadmGates), 'utf8'),
    };
    const { catalog, warnings } = await generateComponentConfigCatalog(source, overlays);
    for (const w of warnings) console.error(`note: ${w}`);
    return catalog;
  },
  format: formatComponentConfigCatalog,
  summary,
});
