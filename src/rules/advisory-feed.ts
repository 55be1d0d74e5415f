/** The advisory-feed rule: see its meta (what it reports, how to fix it). */
import type { AdvisorySourceRule } from './types.js';
import { plural } from './lib/clusters.js';

export const advisoryFeed: AdvisorySourceRule = {
  meta: {
    id: 'advisory-feed',
    description:
      'Where advisories came from: a live feed that failed (warning; the embedded catalog is used), new CVEs from the live feed that could not be matched, or an embedded catalog older than 30 days (notice).',
    defaultSeverity: 'notice',
    severities: ['warning', 'notice'],
    title: 'Advisory source',
    details: 'About the advisories themselves: the live feed could not be used (the embedded catalog was), a CVE from the feed could not be matched against versions, or the embedded catalog is more than 30 days old and may miss recent advisories.',
    help: 'Check the named CVEs by hand, retry the live feed later, or update kube-upgrade-gate for a newer embedded catalog.',
    summary: 'live advisories could not be read (warning, the embedded catalog is used), a new CVE from the feed could not be matched (notice), or the embedded catalog is more than 30 days old (notice); never fails a run',
    severityText: 'warning / notice',
    gate: 'never',
    annotationRank: 4,
  },
  scope: 'advisory-source',
  check(src, ctx) {
    const live = src.live;
    for (const f of live?.failures ?? []) {
      ctx.report({
        message:
          f.source === 'official-cve-feed'
            ? `Live advisories: the official Kubernetes CVE feed could not be used (${f.reason}; ${f.url}). Falling back to the embedded catalog ${src.catalogVersion}.`
            : `Live advisories: an OSV record could not be used (${f.reason}; ${f.url}); its CVE is listed without version matching.`,
        severity: 'warning',
        data: { source: f.source, url: f.url, reason: f.reason, fallback: f.source === 'official-cve-feed' ? 'embedded' : 'unmatched' },
      });
    }
    for (const u of live?.unmatched ?? []) {
      ctx.report({
        message:
          `${u.cve} (feed status: ${u.status}) is in the official Kubernetes CVE feed but not in the embedded catalog${u.summary ? `: ${u.summary}` : ''}. ` +
          `It was not matched against cluster versions (${u.detail ?? u.reason}); check it by hand${u.url ? `: ${u.url}` : ''}.`,
        severity: 'notice',
        data: { cve: u.cve, status: u.status, reason: u.reason, url: u.url, published: u.published },
      });
    }
    if (live?.feedOk && live.added.length > 0) {
      ctx.report({
        message: `Live advisories: ${plural(live.added.length, 'CVE')} not in the embedded catalog matched from their OSV records: ${live.added.map((a) => a.id).join(', ')}.`,
        severity: 'notice',
        data: { source: 'osv', added: live.added.map((a) => a.id), feedUpdatedAt: live.feedUpdatedAt },
      });
    }
    const liveOk = src.mode === 'live' && live?.feedOk === true;
    if (!liveOk && src.ageDays !== null && src.ageDays > src.staleAfterDays) {
      ctx.report({
        message:
          `The embedded advisory catalog ${src.catalogVersion} (data up to ${src.catalogDate}) is ${plural(src.ageDays, 'day')} old on ${src.asOf}: ` +
          `advisories published since may be missing. Run with --advisories live (action input advisories: live) or update kube-upgrade-gate.`,
        severity: 'notice',
        data: { source: 'embedded', catalogVersion: src.catalogVersion, catalogDate: src.catalogDate, ageDays: src.ageDays, asOf: src.asOf },
      });
    }
  },
};
