import type { ClusterSummary } from '../clusters/types.js';
import type { Finding, Summary } from '../findings/types.js';
import type { RenderCounts } from '../render/types.js';
import type { ScanObjectRecord } from './scan-objects.js';

export type { ClusterSummary, RenderCounts };

/** The result of one scan: exactly what the JSON report (schemaVersion 1) contains. */
export interface ScanResult {
  schemaVersion: 1;
  tool: { name: string; version: string };
  catalog: { version: string; newestRelease: string };
  target: string;
  current: string | null;
  summary: Summary;
  /** Charts and overlays found, rendered and failed, and the documents they gave (absent in reports of older versions). */
  renders?: RenderCounts;
  findings: Finding[];
  /** Declared clusters (config file or --cluster-version), in declaration order; [] when none are declared. */
  clusters: ClusterSummary[];
  /** Present only in the report of one part of a sharded scan; the merge of all parts drops it. */
  shard?: ShardInfo;
  /** Part reports only: the objects the scan-wide rules read, for the merge to run those rules over the whole. */
  scanObjects?: ScanObjectRecord[];
}

export interface ShardInfo {
  index: number;
  count: number;
  /** The scan's paths, for the run-level checks the merge makes. */
  paths: string[];
}
