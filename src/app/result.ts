import type { Finding, Summary } from '../findings/types.js';

/** The result of one scan: exactly what the JSON report (schemaVersion 1) contains. */
export interface ScanResult {
  schemaVersion: 1;
  tool: { name: string; version: string };
  catalog: { version: string; newestRelease: string };
  target: string;
  current: string | null;
  summary: Summary;
  findings: Finding[];
  /** Declared clusters (config file or --cluster-version), in declaration order; [] when none are declared. */
  clusters: ClusterSummary[];
  /** Present only in the report of one part of a sharded scan; the merge of all parts drops it. */
  shard?: ShardInfo;
}

export interface ShardInfo {
  index: number;
  count: number;
  /** The scan's paths, for the run-level checks the merge makes. */
  paths: string[];
}

/** One declared cluster in the JSON report. */
export interface ClusterSummary {
  name: string;
  /** kube-apiserver version, normalised (provider suffix dropped). */
  version: string;
  /** Release the cluster is being upgraded to. */
  target: string;
  /** Smallest release on a supported minor that no known fixable advisory affects; null when there is none. */
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
