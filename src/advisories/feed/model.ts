/**
 * What the live-advisory modules share: the options of a run (with their defaults: the official feed, the OSV
 * records of kubernetes-sigs/cve-feed-osv, the deadline and size limits), the result handed to the caller, a feed
 * item as validated, and the object check every JSON reader uses. Types, constants and one pure helper.
 */
import type { AdvisoriesCatalog, Advisory } from '../../catalog/advisories.js';

const OFFICIAL_CVE_FEED_URL = 'https://kubernetes.io/docs/reference/issues-security/official-cve-feed/index.json';
const CVE_FEED_OSV_BASE_URL = 'https://raw.githubusercontent.com/kubernetes-sigs/cve-feed-osv/main/vulns/';

export interface FeedOptions {
  feedUrl: string;
  /** OSV records are read from `${osvBaseUrl}${CVE}.json`; null = do not read OSV records. */
  osvBaseUrl: string | null;
  timeoutMs: number;
  maxFeedBytes: number;
  maxRecordBytes: number;
  /** OSV records read per run at most (new CVEs beyond it are reported as unmatched). */
  maxRecords: number;
  /** OSV requests in flight at once. */
  concurrency: number;
  userAgent?: string;
}

export const DEFAULT_FEED_OPTIONS: FeedOptions = {
  feedUrl: OFFICIAL_CVE_FEED_URL,
  osvBaseUrl: CVE_FEED_OSV_BASE_URL,
  timeoutMs: 10_000,
  maxFeedBytes: 8 * 1024 * 1024,
  maxRecordBytes: 1024 * 1024,
  maxRecords: 25,
  concurrency: 4,
};

export type FeedStatus = 'open' | 'fixed' | 'unfixed' | 'unknown';

/** A CVE the feed lists that is not matched against clusters, and why. */
export interface UnmatchedCve {
  cve: string;
  status: FeedStatus;
  summary: string | null;
  url: string | null;
  published: string | null;
  reason: 'no-versioned-record' | 'record-unusable' | 'not-fetched' | 'add-on';
  detail: string | null;
}

export interface FeedFailure {
  source: 'official-cve-feed' | 'osv';
  url: string;
  reason: string;
}

export interface LiveAdvisories {
  /** The embedded catalog plus the advisories built from live OSV records. */
  catalog: AdvisoriesCatalog;
  /** Whether the feed was read and validated (false = embedded catalog only). */
  feedOk: boolean;
  feedUpdatedAt: string | null;
  feedCves: number;
  /** Feed items that were not usable (no CVE id, wrong types) and were skipped. */
  skippedItems: number;
  /** Advisories added from live OSV records (matched like embedded ones). */
  added: Advisory[];
  unmatched: UnmatchedCve[];
  failures: FeedFailure[];
}

export interface FeedItem {
  cves: string[];
  status: FeedStatus;
  summary: string | null;
  url: string | null;
  published: string | null;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
