/** What the component readers find: feature gates, flags, admission plugins and config API versions, each with its place. */
import type { Place } from './text.js';

/** The Kubernetes programs that read `--feature-gates` / `featureGates` from the Kubernetes gate set. */
export const KUBE_COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy'] as const;
export type KubeComponent = (typeof KUBE_COMPONENTS)[number];

/** Where a setting was read (reported as `data.source`). */
export type SettingSource =
  /** A container of a Pod or workload that runs a Kubernetes component (static pod manifests, kube-proxy DaemonSet). */
  | 'container'
  /** A kubeadm InitConfiguration / ClusterConfiguration / JoinConfiguration. */
  | 'kubeadm'
  /** A component config file (KubeletConfiguration, KubeProxyConfiguration, …). */
  | 'component-config'
  /** A kind Cluster config (`featureGates`, `kubeadmConfigPatches`). */
  | 'kind'
  /**
   * A Cluster API KubeadmControlPlane, KubeadmControlPlaneTemplate, KubeadmConfig or KubeadmConfigTemplate: its
   * kubeadm configuration (extraArgs, kubeletExtraArgs, kubeadm featureGates) and the files it writes.
   */
  | 'cluster-api'
  /** A ConfigMap whose data holds a component config or kubeadm config. */
  | 'configmap'
  /** A k3s or RKE2 config.yaml. */
  | 'k3s'
  /** A systemd unit or drop-in. */
  | 'systemd'
  /** An environment file (`/etc/default/kubelet`, `kubeadm-flags.env`). */
  | 'env-file'
  /** A kubeconfig file. */
  | 'kubeconfig'
  /** An AdmissionConfiguration file. */
  | 'admission-config'
  /** The document itself (a config file's own apiVersion). */
  | 'document';

interface Located {
  source: SettingSource;
  /** How the value was given, in the file's own terms (`--feature-gates`, `featureGates`, `apiServer.extraArgs`, `KUBELET_EXTRA_ARGS`). */
  via: string;
  place(): Place;
}

export interface GateSetting extends Located {
  gate: string;
  /** The gate's value, or null when it is not a boolean the component accepts. */
  value: boolean | null;
  /** The setting as written (`PodSecurity=true`, or `PodSecurity: true` for a map). */
  raw: string;
  /**
   * Whose gate it is: a Kubernetes component; null = every Kubernetes component (kind's `featureGates`);
   * 'kubeadm' = kubeadm's own gate set (ClusterConfiguration `featureGates`).
   */
  component: KubeComponent | 'kubeadm' | null;
}

export interface FlagSetting extends Located {
  component: KubeComponent;
  /** Without leading dashes. */
  flag: string;
  value: string | null;
}

export interface AdmissionPluginSetting extends Located {
  plugin: string;
  /** The flag that names it (`enable-admission-plugins`, `admission-control`). */
  flag: string;
}

/** A config-file apiVersion in use: a document's own, or one embedded in another document. */
export interface ConfigApiUse extends Located {
  apiVersion: string;
  kind: string | null;
}

/** Something that looks like a component setting but could not be read (reported as `invalid-manifest`). */
export interface SettingProblem {
  message: string;
  place(): Place;
}

export interface ComponentSettings {
  gates: GateSetting[];
  flags: FlagSetting[];
  admissionPlugins: AdmissionPluginSetting[];
  configApis: ConfigApiUse[];
  problems: SettingProblem[];
}

export function emptySettings(): ComponentSettings {
  return { gates: [], flags: [], admissionPlugins: [], configApis: [], problems: [] };
}
