/**
 * The kubeadm configuration Cluster API objects carry (KubeadmControlPlane, KubeadmControlPlaneTemplate,
 * KubeadmConfig, KubeadmConfigTemplate): the KubeadmConfigSpec's extraArgs and kubeletExtraArgs, kubeadm's own
 * featureGates, and the files it writes (cluster-api-files.ts). Every setting has the source `cluster-api`. Never
 * throws (see fields.ts and cluster-api-files.ts).
 */
import type { ComponentSettings, KubeComponent } from '../types.js';
import { readClusterApiFiles } from './cluster-api-files.js';
import { readExtraArgs, readGateMap } from './fields.js';
import { getIn, isRecord, type DocView, type ReadInto } from './view.js';

/** Cluster API kinds that carry a KubeadmConfigSpec, and where it sits in them. */
export const CLUSTER_API_KINDS: ReadonlyMap<string, { group: string; spec: string[] }> = new Map([
  ['KubeadmControlPlane', { group: 'controlplane.cluster.x-k8s.io', spec: ['spec', 'kubeadmConfigSpec'] }],
  ['KubeadmControlPlaneTemplate', { group: 'controlplane.cluster.x-k8s.io', spec: ['spec', 'template', 'spec', 'kubeadmConfigSpec'] }],
  ['KubeadmConfig', { group: 'bootstrap.cluster.x-k8s.io', spec: ['spec'] }],
  ['KubeadmConfigTemplate', { group: 'bootstrap.cluster.x-k8s.io', spec: ['spec', 'template', 'spec'] }],
]);

/**
 * extraArgs fields of a KubeadmConfigSpec → component. Cluster API turns them into the kubeadm configuration of the
 * machine (in the kubeadm API version its Kubernetes version needs), so they reach the components unchanged.
 * `clusterConfiguration.etcd.local.extraArgs` is not read: etcd is not a Kubernetes component, and its
 * `--feature-gates` are etcd's own.
 */
const CLUSTER_API_ARGS: ReadonlyArray<{ path: string[]; component: KubeComponent }> = [
  { path: ['clusterConfiguration', 'apiServer', 'extraArgs'], component: 'kube-apiserver' },
  { path: ['clusterConfiguration', 'controllerManager', 'extraArgs'], component: 'kube-controller-manager' },
  { path: ['clusterConfiguration', 'scheduler', 'extraArgs'], component: 'kube-scheduler' },
  { path: ['initConfiguration', 'nodeRegistration', 'kubeletExtraArgs'], component: 'kubelet' },
  { path: ['joinConfiguration', 'nodeRegistration', 'kubeletExtraArgs'], component: 'kubelet' },
];

/** Reads the KubeadmConfigSpec at `spec`; the config files it writes are read by `readInto`. */
export function readClusterApi(out: ComponentSettings, view: DocView, spec: string[], readInto: ReadInto): void {
  if (!isRecord(getIn(view.body, spec))) return;
  for (const { path, component } of CLUSTER_API_ARGS) readExtraArgs(out, view, [...spec, ...path], component, 'cluster-api');
  const gates = [...spec, 'clusterConfiguration', 'featureGates'];
  readGateMap(out, view, gates, 'kubeadm', 'cluster-api', gates.join('.'));
  readClusterApiFiles(out, view, [...spec, 'files'], readInto);
}
