/**
 * Live advisories: the official Kubernetes CVE feed (JSON Feed 1.1) and, for CVEs the embedded catalog does not
 * know, their OSV records from kubernetes-sigs/cve-feed-osv. Everything goes through the HttpClient port with a
 * deadline and a size limit, and every response is validated before it is used.
 *
 * Nothing here throws: whatever fails (network, timeout, HTTP status, oversize, truncated or malformed bodies) is
 * returned as a failure, and the caller keeps the embedded catalog. The feed itself has no structured versions: a
 * new CVE is only matched against clusters when its OSV record gives Kubernetes-versioned ranges; otherwise it is
 * returned as unmatched, to be reported by name and status.
 *
 * This module is the entry the rest of the tool imports; the work is in feed/:
 * - load.ts: one run (loadLiveAdvisories): the feed, the new CVEs' OSV records, the merge into the catalog;
 * - fetch.ts: JSON over the HttpClient port with a deadline and a size limit, requests in flight bounded;
 * - parse.ts: the feed document validated into items (parseFeed);
 * - osv.ts: an OSV record turned into an advisory with Kubernetes-versioned ranges (advisoryFromOsv);
 * - model.ts: the options with their defaults, the result types, a feed item.
 */
export { loadLiveAdvisories } from './feed/load.js';
export type { FeedFailure, FeedOptions, FeedStatus, LiveAdvisories, UnmatchedCve } from './feed/model.js';
export { advisoryFromOsv } from './feed/osv.js';
export { parseFeed } from './feed/parse.js';
