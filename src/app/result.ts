import type { ClusterSummary } from '../clusters/types.js';
import type { IgnoreEntry } from '../clusters/types.js';
import type { Finding, InlineDirective, Summary } from '../findings/types.js';
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
  /** Part reports only: the suppressions, for the findings only the merge makes (those of the scan-wide rules). */
  suppressions?: PartSuppressions;
}

/** What a part of a sharded scan hands the merge so that the findings only the merge makes are suppressed as well. */
export interface PartSuppressions {
  /** The configuration file's `ignore:` entries (the same in every part). */
  ignore: IgnoreEntry[];
  /** The run's date the entries' expiry was judged on. */
  asOf: string | null;
  /** The inline comments of the files the part's scan objects are in. */
  inline: Array<{ file: string; directives: InlineDirective[] }>;
}

export interface ShardInfo {
  index: number;
  count: number;
  /** The scan's paths, for the run-level checks the merge makes. */
  paths: string[];
}
