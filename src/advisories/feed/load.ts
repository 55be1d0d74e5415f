/**
 * One live-advisory run: read and validate the feed, pick the CVEs the embedded catalog does not know, read their
 * OSV records (at most `maxRecords`, `concurrency` at a time, giving up on a source that does not answer), and merge
 * the usable advisories into the catalog. Never rejects: every failure is recorded in the result, each CVE not added
 * is reported as unmatched with its reason, and the embedded catalog is returned unchanged when nothing was added.
 */
import type { HttpClient } from '../../ports/index.js';
import { findAdvisory, type AdvisoriesCatalog, type Advisory } from '../../catalog/advisories.js';
import type { ReleasesCatalog } from '../../catalog/releases.js';
import { getJson, mapLimited } from './fetch.js';
import { DEFAULT_FEED_OPTIONS, type FeedItem, type FeedOptions, type LiveAdvisories, type UnmatchedCve } from './model.js';
import { advisoryFromOsv } from './osv.js';
import { parseFeed } from './parse.js';

const MAX_UNREACHABLE = 3;

/** Reads the feed and the OSV records of new CVEs, and merges them with `embedded`. Never rejects. */
export async function loadLiveAdvisories(
  http: HttpClient,
  embedded: AdvisoriesCatalog,
  releases: ReleasesCatalog,
  options: Partial<FeedOptions> = {},
): Promise<LiveAdvisories> {
  const opts: FeedOptions = { ...DEFAULT_FEED_OPTIONS, ...options };
  const out: LiveAdvisories = {
    catalog: embedded,
    feedOk: false,
    feedUpdatedAt: null,
    feedCves: 0,
    skippedItems: 0,
    added: [],
    unmatched: [],
    failures: [],
  };
  const feed = await getJson(http, opts.feedUrl, opts, opts.maxFeedBytes);
  if (!feed.ok) {
    out.failures.push({ source: 'official-cve-feed', url: opts.feedUrl, reason: feed.reason });
    return out;
  }
  const parsed = parseFeed(feed.value);
  if (typeof parsed === 'string') {
    out.failures.push({ source: 'official-cve-feed', url: opts.feedUrl, reason: parsed });
    return out;
  }
  out.feedOk = true;
  out.feedUpdatedAt = parsed.updatedAt;
  out.skippedItems = parsed.skipped;

  // CVEs the embedded catalog does not know, once each, in feed order.
  const fresh = new Map<string, FeedItem>();
  for (const item of parsed.items) {
    for (const cve of item.cves) {
      out.feedCves++;
      if (!findAdvisory(embedded, cve) && !fresh.has(cve)) fresh.set(cve, item);
    }
  }
  const queue = [...fresh.entries()];
  const toFetch = opts.osvBaseUrl === null ? [] : queue.slice(0, opts.maxRecords);
  for (const [cve, item] of queue.slice(toFetch.length)) {
    out.unmatched.push(unmatched(cve, item, 'not-fetched', opts.osvBaseUrl === null ? 'OSV records are not read' : `more than ${opts.maxRecords} new CVEs; not looked up`));
  }

  // After a few requests that got no response at all, the source is taken to be down: the rest are not tried, so a
  // dead host costs a few timeouts, not one per CVE.
  let unreachable = 0;
  const results = await mapLimited(toFetch, opts.concurrency, async ([cve, item]) => {
    const url = `${opts.osvBaseUrl}${encodeURIComponent(cve)}.json`;
    if (unreachable >= MAX_UNREACHABLE) {
      return { cve, item, url, res: { ok: false, reason: 'not tried: the OSV source did not respond to earlier requests', status: null, skipped: true } as const };
    }
    const res = await getJson(http, url, opts, opts.maxRecordBytes);
    if (!res.ok && res.status === null && res.network) unreachable++;
    return { cve, item, url, res };
  });
  const added: Advisory[] = [];
  let osvFailures = 0;
  for (const { cve, item, url, res } of results) {
    if (!res.ok) {
      if ('skipped' in res) {
        out.unmatched.push(unmatched(cve, item, 'not-fetched', res.reason));
        continue;
      }
      if (res.status === 404) {
        out.unmatched.push(unmatched(cve, item, 'no-versioned-record', 'no OSV record yet'));
      } else {
        osvFailures++;
        if (osvFailures <= 3) out.failures.push({ source: 'osv', url, reason: res.reason });
        out.unmatched.push(unmatched(cve, item, 'record-unusable', res.reason));
      }
      continue;
    }
    const advisory = advisoryFromOsv(res.value, cve, item, releases);
    if (typeof advisory === 'string') {
      osvFailures++;
      if (osvFailures <= 3) out.failures.push({ source: 'osv', url, reason: advisory });
      out.unmatched.push(unmatched(cve, item, 'record-unusable', advisory));
      continue;
    }
    if (!advisory.matchesClusterVersion) {
      out.unmatched.push(unmatched(cve, item, 'add-on', `not a cluster component (${advisory.componentsAsPublished.join(', ') || 'no package'})`));
      continue;
    }
    added.push(advisory);
  }
  if (osvFailures > 3) out.failures.push({ source: 'osv', url: opts.osvBaseUrl ?? '', reason: `${osvFailures - 3} more OSV records failed` });
  out.added = added;
  if (added.length > 0) out.catalog = { ...embedded, advisories: [...embedded.advisories, ...added] };
  return out;
}

function unmatched(cve: string, item: FeedItem, reason: UnmatchedCve['reason'], detail: string | null): UnmatchedCve {
  return { cve, status: item.status, summary: item.summary, url: item.url, published: item.published, reason, detail };
}
