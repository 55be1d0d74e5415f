/**
 * kubeadm's own configuration kinds (InitConfiguration, ClusterConfiguration, JoinConfiguration, … of
 * kubeadm.k8s.io, v1alpha to v1beta4): the components' extraArgs and kubeletExtraArgs, and kubeadm's featureGates.
 * Never throws (see fields.ts).
 */
import type { ComponentSettings, KubeComponent, SettingSource } from '../types.js';
import { readExtraArgs, readGateMap } from './fields.js';
import type { DocView } from './view.js';

/** The kubeadm kinds, also read without an apiVersion group in embedded YAML (a kind patch, ConfigMap data, a file
 * a Cluster API object writes). */
export const KUBEADM_KINDS = new Set(['InitConfiguration', 'ClusterConfiguration', 'JoinConfiguration', 'MasterConfiguration', 'NodeConfiguration', 'ResetConfiguration', 'UpgradeConfiguration']);

/** extraArgs fields of the kubeadm kinds (v1beta1+ nested, v1alpha flat) → component. */
const KUBEADM_EXTRA_ARGS: ReadonlyArray<{ path: string[]; component: KubeComponent }> = [
  { path: ['apiServer', 'extraArgs'], component: 'kube-apiserver' },
  { path: ['controllerManager', 'extraArgs'], component: 'kube-controller-manager' },
  { path: ['scheduler', 'extraArgs'], component: 'kube-scheduler' },
  { path: ['nodeRegistration', 'kubeletExtraArgs'], component: 'kubelet' },
  { path: ['apiServerExtraArgs'], component: 'kube-apiserver' },
  { path: ['controllerManagerExtraArgs'], component: 'kube-controller-manager' },
  { path: ['schedulerExtraArgs'], component: 'kube-scheduler' },
];

/** Reads one kubeadm config; `source` says what carries it (the file, a kind patch, a ConfigMap). */
export function readKubeadm(out: ComponentSettings, view: DocView, source: SettingSource): void {
  for (const { path, component } of KUBEADM_EXTRA_ARGS) readExtraArgs(out, view, path, component, source);
  if (view.body['featureGates'] !== undefined) readGateMap(out, view, ['featureGates'], 'kubeadm', source, 'featureGates');
}
