/**
 * A deterministic benchmark corpus: thousands of manifests in multi-document files, current and removed APIs,
 * large CRDs, List documents, non-Kubernetes YAML and a few MB-sized files. Same seed, same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CorpusOptions {
  dir: string;
  files: number;
  docsPerFile: number;
  bigFiles: number;
  bigFileBytes: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: Array<[string, string]> = [
  ['apps/v1', 'Deployment'], ['v1', 'Service'], ['v1', 'ConfigMap'], ['networking.k8s.io/v1', 'Ingress'],
  ['batch/v1', 'CronJob'], ['policy/v1', 'PodDisruptionBudget'], ['rbac.authorization.k8s.io/v1', 'ClusterRole'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler'], ['apps/v1', 'StatefulSet'], ['v1', 'Secret'],
];
const REMOVED: Array<[string, string]> = [
  ['extensions/v1beta1', 'Ingress'], ['batch/v1beta1', 'CronJob'], ['policy/v1beta1', 'PodDisruptionBudget'],
  ['rbac.authorization.k8s.io/v1beta1', 'ClusterRole'], ['autoscaling/v2beta2', 'HorizontalPodAutoscaler'],
  ['flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema'],
];

function manifest(r: () => number, i: number): string {
  const [apiVersion, kind] = r() < 0.1 ? REMOVED[Math.floor(r() * REMOVED.length)]! : KINDS[Math.floor(r() * KINDS.length)]!;
  const labels = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, k) => `    label-${k}: value-${Math.floor(r() * 1000)}`).join('\n');
  const containers = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) =>
    [`        - name: c${k}`, `          image: registry.example.com/app-${i}:${k}.${Math.floor(r() * 50)}`, '          args: ["--port=8080", "--verbose"]', '          resources: {requests: {cpu: 100m, memory: 128Mi}}', '          env:', ...Array.from({ length: 4 }, (_, e) => `            - {name: VAR_${e}, value: "${Math.floor(r() * 1e6)}"}`)].join('\n'),
  ).join('\n');
  return [`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', `  name: obj-${i}`, `  namespace: ns-${i % 17}`, '  labels:', labels, 'spec:', '  replicas: 2', '  template:', '    spec:', '      containers:', containers].join('\n');
}

function crd(i: number, props: number): string {
  const lines = ['apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata:', `  name: widgets${i}.example.com`, 'spec:', '  group: example.com', '  names: {kind: Widget, plural: widgets}', '  scope: Namespaced', '  versions:', '  - name: v1', '    served: true', '    storage: true', '    schema:', '      openAPIV3Schema:', '        type: object', '        properties:'];
  for (let p = 0; p < props; p++) lines.push(`          field${p}:`, '            type: string', `            description: "Field number ${p} of the widget, a long description that makes the CRD large like real ones."`);
  return lines.join('\n');
}

export async function generateCorpus(o: CorpusOptions): Promise<{ files: number; documents: number; bytes: number }> {
  const r = rng(42);
  let documents = 0;
  let bytes = 0;
  let n = 0;
  const put = async (rel: string, text: string): Promise<void> => {
    const p = join(o.dir, rel);
    await mkdir(join(p, '..'), { recursive: true });
    await writeFile(p, text);
    bytes += Buffer.byteLength(text);
  };
  for (let f = 0; f < o.files; f++) {
    const dir = `team-${f % 25}/app-${Math.floor(f / 25)}`;
    const kind = f % 10;
    if (kind === 0) {
      await put(`${dir}/crd-${f}.yaml`, crd(f, 150));
      documents++;
      continue;
    }
    if (kind === 1) {
      await put(`${dir}/values-${f}.yaml`, `replicaCount: ${f}\nimage: {repository: app, tag: "${f}"}\n`);
      continue;
    }
    if (kind === 2) {
      const items = Array.from({ length: o.docsPerFile }, () => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${n++}` }, data: { a: 'b' } }));
      await put(`${dir}/list-${f}.json`, JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 2));
      documents += items.length;
      continue;
    }
    const docs = Array.from({ length: o.docsPerFile }, () => manifest(r, n++));
    documents += docs.length;
    await put(`${dir}/manifests-${f}.yaml`, `${docs.join('\n---\n')}\n`);
  }
  for (let b = 0; b < o.bigFiles; b++) {
    const docs: string[] = [];
    let size = 0;
    while (size < o.bigFileBytes) {
      const d = manifest(r, n++);
      docs.push(d);
      size += d.length + 5;
    }
    documents += docs.length;
    await put(`big/bundle-${b}.yaml`, `${docs.join('\n---\n')}\n`);
  }
  return { files: o.files + o.bigFiles, documents, bytes };
}
