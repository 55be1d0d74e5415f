/** The declared-cluster model the evaluation works on (built by src/settings/clusters.ts from the configuration). */
import type { IgnoreSelector, Provider } from './config.js';

export type AdvisorySource = 'embedded' | 'live';

export type ControlPlaneComponent = 'kube-controller-manager' | 'kube-scheduler' | 'cloud-controller-manager';

export interface NodePoolSpec {
  name: string;
  /** Normalised "x.y.z" (provider suffix dropped). */
  kubelet: string;
  kubeProxy: string;
  kubeProxyDeclared: boolean;
}

export interface ClusterSpec {
  name: string;
  provider: Provider | null;
  /** kube-apiserver version, normalised "x.y.z". */
  version: string;
  /** As written in the configuration or flag. */
  versionAsWritten: string;
  /** "1.34" */
  minor: string;
  /** Release the cluster is being upgraded to, "1.35" (may equal `minor`). */
  target: string;
  /** Every kube-apiserver instance (HA); at least `version`. */
  apiservers: string[];
  controlPlane: Array<{ component: ControlPlaneComponent; version: string; declared: boolean }>;
  nodePools: NodePoolSpec[];
  /**
   * Read from inventory evidence: each control-plane node with the versions of its static pods (null when the node
   * runs no such pod). Absent for declared clusters.
   */
  controlPlaneNodes?: Array<{ name: string; apiserver: string | null; controllerManager: string | null; scheduler: string | null }>;
  /** The inventory files the versions were read from, and what they showed (absent for declared versions). */
  inventory?: InventoryEvidence;
  /** Declared versions the inventory contradicts (the evidence wins). */
  mismatches?: Array<{ what: string; declared: string; observed: string; evidence: string; lineKey: string }>;
  /** Globs, workspace-relative, of the manifests deployed to the cluster. */
  paths: string[];
  /** Workspace-relative POSIX path of the configuration file it was declared in, or null (flags, or outside the workspace). */
  file: string | null;
  /** Line of each key of the cluster's declaration, relative path → line ("name", "version", "nodePools[0].kubelet", …). */
  lines: Record<string, number>;
}

/** What a cluster's inventory files (`kubectl version/get nodes/get pods -n kube-system -o json` output) showed. */
export interface InventoryEvidence {
  source: 'inventory';
  /** Workspace-relative paths of the files read. */
  files: string[];
  /** Each control-plane component instance, with the node and pod it was read from. */
  instances: Array<{ component: string; version: string; node: string; pod: string | null; pool: string | null }>;
  /** Each node: its pool, role, kubelet and kube-proxy versions and container runtime. */
  nodes: Array<{ name: string; pool: string | null; role: 'control-plane' | 'worker'; kubelet: string; kubeProxy: string | null; runtime: string | null }>;
}

export interface ClusterSettings {
  clusters: ClusterSpec[];
  /** Workspace-relative configuration file, or null. */
  configFile: string | null;
  /** YYYY-MM-DD, or null for today (from the Clock). */
  asOf: string | null;
  eolWarningDays: number;
  advisories: AdvisorySource;
  /** The configuration file's `ignore:` entries (suppressions), in file order; absent or [] when there are none. */
  ignore?: IgnoreEntry[];
}

/** An `ignore:` entry of the configuration file, with its place there. */
export interface IgnoreEntry {
  /** The selectors the entry gives (at least one); every one must match a finding. */
  selectors: Partial<Record<IgnoreSelector, string>>;
  reason: string;
  /** Last day the entry applies, YYYY-MM-DD, or null. */
  expires: string | null;
  /** Workspace-relative configuration file, or null (outside the workspace). */
  file: string | null;
  /** Line of the entry in that file, or null. */
  line: number | null;
}

/** One declared cluster in the JSON report. */
export interface ClusterSummary {
  name: string;
  /** kube-apiserver version, normalised (provider suffix dropped). */
  version: string;
  /** Release the cluster is being upgraded to. */
  target: string;
  /** Smallest release on a supported minor that fixes every advisory fixed by the evaluation date; null when there is none. */
  recommendedTarget: string | null;
  /** Whether upstream still patches the cluster's minor on the evaluation date. */
  supported: boolean;
  /** End of life of the cluster's minor, YYYY-MM-DD, when known. */
  endOfLife: string | null;
  /** Minors from the current one to the target, both included ("1.32", "1.33", …). */
  path: string[];
  /** CVE ids affecting any declared component. */
  advisories: string[];
  /** The subset reported as errors (CVSS critical or high). */
  blockingAdvisories: string[];
  /** Version-skew problems, one short line each: declared now ("now: …") or caused by the planned upgrade ("plan: …"). */
  skew: string[];
  /** The date the cluster was evaluated on. */
  asOf: string;
}
