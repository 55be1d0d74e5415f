/**
 * Cluster versions from evidence: the JSON output of `kubectl version -o json`, `kubectl get nodes -o json` and
 * `kubectl get pods -n kube-system -o json`. kube-apiserver, kube-controller-manager and kube-scheduler come from the
 * static pods' images on each control-plane node, etcd from its image, each node's kubelet and container runtime from
 * its status, kube-proxy from the kube-proxy pod on the node. Worker nodes are grouped into pools by a label. Pure:
 * text in, facts out; names that are not valid Kubernetes names are refused, so the facts are safe to show.
 */
import { compareVersions, parseVersion } from '../version/index.js';
import type { InventoryEvidence } from './types.js';

const DEFAULT_POOL_LABEL = 'node.kubernetes.io/instance-type';
const DNS_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const CONTROL_PLANE_LABELS = ['node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master'];

export interface InventoryTexts {
  version?: { file: string; text: string };
  nodes?: { file: string; text: string };
  pods?: { file: string; text: string };
}

export interface InventoryFacts {
  /** kube-apiserver version: `kubectl version`'s serverVersion, else the newest kube-apiserver static pod. */
  version: string | null;
  apiservers: string[];
  controlPlaneNodes: Array<{ name: string; apiserver: string | null; controllerManager: string | null; scheduler: string | null }>;
  pools: Array<{ name: string; kubelet: string; kubeProxy: string }>;
  evidence: InventoryEvidence;
  /** What could not be read, one sentence each, naming the file. */
  problems: string[];
}

type Obj = Record<string, unknown>;
const rec = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const norm = (v: string | null): string | null => (v === null ? null : (parseVersion(v)?.patch !== null ? (parseVersion(v)?.normalized ?? null) : null));

/** The tag of an image reference ("registry.k8s.io/kube-apiserver:v1.34.2@sha256:…" → "v1.34.2"). */
function imageTag(image: string): string | null {
  const noDigest = image.split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(colon + 1) : null;
}

export function readInventory(texts: InventoryTexts, poolLabel: string = DEFAULT_POOL_LABEL): InventoryFacts {
  const problems: string[] = [];
  const parse = (which: keyof InventoryTexts): Obj | null => {
    const t = texts[which];
    if (!t) return null;
    try {
      return rec(JSON.parse(t.text));
    } catch (err) {
      problems.push(`${t.file}: not the JSON output of kubectl (${(err as Error).message.split('\n')[0]})`);
      return null;
    }
  };
  const version = parse('version');
  const nodeList = parse('nodes');
  const podList = parse('pods');
  const evidence: InventoryEvidence = { source: 'inventory', files: [texts.version, texts.nodes, texts.pods].filter((t) => t !== undefined).map((t) => t.file), instances: [], nodes: [] };

  // Pods in kube-system: static control-plane pods, etcd, kube-proxy per node.
  const proxyOn = new Map<string, { version: string; pod: string }>();
  const cp = new Map<string, { apiserver: string | null; controllerManager: string | null; scheduler: string | null }>();
  for (const raw of arr(podList?.['items'])) {
    const pod = rec(raw);
    const meta = rec(pod['metadata']);
    const name = str(meta['name']);
    const node = str(rec(pod['spec'])['nodeName']);
    if (name === null || node === null || !DNS_NAME.test(name) || !DNS_NAME.test(node)) continue;
    const labels = rec(meta['labels']);
    const component = str(labels['component']) ?? (str(labels['k8s-app']) === 'kube-proxy' ? 'kube-proxy' : null);
    if (component === null) continue;
    const image = str(rec(arr(rec(pod['spec'])['containers'])[0])['image']);
    const tag = image === null ? null : imageTag(image);
    if (tag === null) continue;
    if (component === 'etcd') {
      if (/^v?\d+\.\d+\.\d+/.test(tag)) evidence.instances.push({ component: 'etcd', version: tag.replace(/^v/, '').replace(/-0$/, ''), node, pod: name, pool: null });
      continue;
    }
    const v = norm(tag);
    if (v === null) continue;
    if (component === 'kube-proxy') {
      proxyOn.set(node, { version: v, pod: name });
      continue;
    }
    const key = component === 'kube-apiserver' ? 'apiserver' : component === 'kube-controller-manager' ? 'controllerManager' : component === 'kube-scheduler' ? 'scheduler' : null;
    if (key === null) continue;
    const entry = cp.get(node) ?? { apiserver: null, controllerManager: null, scheduler: null };
    entry[key] = v;
    cp.set(node, entry);
    evidence.instances.push({ component, version: v, node, pod: name, pool: null });
  }

  // Nodes: kubelet and runtime, control-plane role, pool label.
  const pools = new Map<string, { kubelets: string[]; proxies: string[] }>();
  for (const raw of arr(nodeList?.['items'])) {
    const node = rec(raw);
    const meta = rec(node['metadata']);
    const name = str(meta['name']);
    if (name === null || !DNS_NAME.test(name)) {
      if (name !== null) problems.push(`${texts.nodes?.file}: node name "${name.slice(0, 60).replace(/[^\x20-\x7e]/g, '?')}" is not a valid Kubernetes name; the node is ignored`);
      continue;
    }
    const labels = rec(meta['labels']);
    const info = rec(rec(node['status'])['nodeInfo']);
    const kubelet = norm(str(info['kubeletVersion']));
    if (kubelet === null) continue;
    const controlPlane = CONTROL_PLANE_LABELS.some((l) => l in labels) || cp.has(name);
    const poolValue = str(labels[poolLabel]);
    const pool = controlPlane ? null : poolValue !== null && LABEL_VALUE.test(poolValue) ? poolValue : 'unlabelled';
    const proxy = proxyOn.get(name)?.version ?? norm(str(info['kubeProxyVersion'])) ?? null;
    const runtime = str(info['containerRuntimeVersion']);
    evidence.nodes.push({ name, pool, role: controlPlane ? 'control-plane' : 'worker', kubelet, kubeProxy: proxy, runtime: runtime !== null && /^[\x20-\x7e]{1,100}$/.test(runtime) && !/[|`<>]/.test(runtime) ? runtime : null });
    if (pool !== null) {
      const p = pools.get(pool) ?? { kubelets: [], proxies: [] };
      p.kubelets.push(kubelet);
      p.proxies.push(proxy ?? kubelet);
      pools.set(pool, p);
    }
    const proxyPod = proxyOn.get(name);
    if (proxyPod) evidence.instances.push({ component: 'kube-proxy', version: proxyPod.version, node: name, pod: proxyPod.pod, pool });
  }
  evidence.nodes.sort((a, b) => (a.name < b.name ? -1 : 1));
  evidence.instances.sort((a, b) => (a.component < b.component ? -1 : a.component > b.component ? 1 : a.node < b.node ? -1 : a.node > b.node ? 1 : 0));

  const controlPlaneNodes = [...cp.entries()].map(([name, v]) => ({ name, ...v })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const apiservers = [...new Set(controlPlaneNodes.map((n) => n.apiserver).filter((v): v is string => v !== null))].sort(compareVersions);
  const server = norm(str(rec(version?.['serverVersion'])['gitVersion']));
  const oldest = (vs: string[]): string => [...vs].sort(compareVersions)[0]!;
  return {
    version: server ?? apiservers.at(-1) ?? null,
    apiservers,
    controlPlaneNodes,
    // A pool is as old as its oldest node: that node decides the skew.
    pools: [...pools.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, p]) => ({ name, kubelet: oldest(p.kubelets), kubeProxy: oldest(p.proxies) })),
    evidence,
    problems,
  };
}

/** Where a component version runs, from the evidence: "pod kube-apiserver-cp-2 on cp-2", "nodes worker-3". */
export function evidenceOf(e: InventoryEvidence | undefined, component: string, version: string, pool: string | null): string | null {
  if (!e) return null;
  if (component === 'kubelet' || (component === 'kube-proxy' && pool !== null && !e.instances.some((i) => i.component === 'kube-proxy'))) {
    const nodes = e.nodes.filter((n) => n.pool === pool && (component === 'kubelet' ? n.kubelet : (n.kubeProxy ?? n.kubelet)) === version).map((n) => n.name);
    return nodes.length > 0 ? `node${nodes.length === 1 ? '' : 's'} ${nodes.join(', ')}` : null;
  }
  const pods = e.instances.filter((i) => i.component === component && i.version === version && (pool === null || i.pool === pool));
  return pods.length > 0 ? pods.map((p) => `pod ${p.pod} on ${p.node}`).join(', ') : null;
}
