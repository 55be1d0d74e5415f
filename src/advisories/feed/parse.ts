/**
 * Validating the official CVE feed (a JSON Feed 1.x document) into feed items. Pure: the document is taken as
 * untrusted JSON; the feed is refused as a whole only when its shape is wrong, single items that are not usable are
 * counted and skipped, and every string kept is cut to a bounded length.
 */
import { isRecord, type FeedItem, type FeedStatus } from './model.js';

const CVE_RE = /CVE-\d{4}-\d{4,7}/g;
const STATUSES: readonly FeedStatus[] = ['open', 'fixed', 'unfixed', 'unknown'];
const MAX_ITEMS = 10_000;

/** Validates a JSON Feed 1.x document of CVE items; returns the reason it is unusable as a string. */
export function parseFeed(value: unknown): { items: FeedItem[]; skipped: number; updatedAt: string | null } | string {
  if (!isRecord(value)) return 'the feed is not a JSON object';
  if (typeof value['version'] !== 'string' || !/^https:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/.test(value['version'])) {
    return 'the feed is not a JSON Feed 1.x document (version)';
  }
  const items = value['items'];
  if (!Array.isArray(items)) return 'the feed has no items list';
  if (items.length > MAX_ITEMS) return `the feed has more than ${MAX_ITEMS} items`;
  const meta = value['_kubernetes_io'];
  const updatedAt = isRecord(meta) && typeof meta['updated_at'] === 'string' ? meta['updated_at'].slice(0, 40) : null;
  const out: FeedItem[] = [];
  let skipped = 0;
  for (const raw of items) {
    if (!isRecord(raw) || typeof raw['id'] !== 'string') {
      skipped++;
      continue;
    }
    const cves = [...new Set(raw['id'].toUpperCase().match(CVE_RE) ?? [])];
    const str = (k: string, max: number): string | null | undefined => {
      const v = raw[k];
      if (v === undefined || v === null) return null;
      return typeof v === 'string' ? v.slice(0, max) : undefined;
    };
    const summary = str('summary', 300);
    const url = str('url', 500);
    const published = str('date_published', 40);
    const status = str('status', 40);
    if (cves.length === 0 || summary === undefined || url === undefined || published === undefined || status === undefined) {
      skipped++;
      continue;
    }
    out.push({
      cves,
      status: status !== null && (STATUSES as readonly string[]).includes(status) ? (status as FeedStatus) : 'unknown',
      summary: summary?.trim() || null,
      url: url !== null && /^https:\/\//.test(url) ? url : null,
      published: published !== null && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    });
  }
  return { items: out, skipped, updatedAt };
}
