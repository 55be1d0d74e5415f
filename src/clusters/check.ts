/**
 * The declared-cluster part of a scan: picks the advisory source (embedded, or live with fallback), evaluates each
 * cluster on the date, and returns the facts (for the cluster rules, which the pipeline runs) and the per-cluster
 * summaries for the report.
 */
import picomatch from 'picomatch';
import { loadLiveAdvisories, type FeedOptions, type LiveAdvisories } from '../advisories/feed.js';
import type { Clock, HttpClient, Logger } from '../ports/index.js';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import type { AdvisoriesCatalog } from '../catalog/advisories.js';
import { isoDay, receivesPatches, type ReleasesCatalog } from '../catalog/releases.js';
import type { ManifestDocument } from '../parse/manifest.js';
import { daysBetween, evaluateCluster, type AdvisorySourceFacts, type ClusterDocument, type ClusterEvaluation } from './evaluate.js';
import type { ClusterSettings, ClusterSummary } from './types.js';

const STALE_CATALOG_DAYS = 30;

/** What the cluster checks need besides settings. */
export interface ClusterDeps {
  releases: ReleasesCatalog;
  advisories: AdvisoriesCatalog;
  /** Today, when no as-of date is set. */
  clock: Clock;
  /** For --advisories live; without it live mode falls back to the embedded catalog with a warning. */
  http?: HttpClient;
  feed?: Partial<FeedOptions>;
}

export interface ClusterCheckInput {
  settings: ClusterSettings;
  documents: readonly ClusterDocument[];
  scanTarget: string;
  api: ApiCatalog;
  logger: Logger;
}

/** What the path check keeps of a scanned document; its line is only computed when a removal is reported. */
export function clusterDocument(doc: ManifestDocument, file: string): ClusterDocument {
  return { file, apiVersion: doc.apiVersion, kind: doc.kind, name: doc.name, namespace: doc.namespace, line: () => doc.position.line };
}

/** Whether a scanned file is mapped to any declared cluster (only those documents are kept for the path check). */
export function clusterFileFilter(settings: ClusterSettings | undefined): ((file: string) => boolean) | null {
  if (!settings || settings.clusters.every((c) => c.paths.length === 0)) return null;
  const matchers = settings.clusters.filter((c) => c.paths.length > 0).map((c) => pathMatcher(c.paths));
  return (file) => matchers.some((m) => m(file));
}

/** A glob matches the file; a plain directory path matches everything below it. */
export function pathMatcher(paths: readonly string[]): (file: string) => boolean {
  const globs = paths.flatMap((p) => {
    const clean = p.replace(/\/+$/, '');
    return picomatch.scan(clean).isGlob ? [clean] : [clean, `${clean}/**`];
  });
  return picomatch(globs, { dot: true });
}

/** What checkClusters found: the advisory source (null when no cluster is declared) and each cluster's evaluation. */
export interface ClusterCheck {
  source: AdvisorySourceFacts | null;
  clusters: Array<{ evaluation: ClusterEvaluation; place: { file: string; line: number | null } | null }>;
  summaries: ClusterSummary[];
}

export async function checkClusters(input: ClusterCheckInput, deps: ClusterDeps): Promise<ClusterCheck> {
  const { settings } = input;
  const releases = deps.releases;
  const embedded = deps.advisories;
  const asOf = settings.asOf ?? isoDay(deps.clock.now());

  let live: LiveAdvisories | null = null;
  if (settings.advisories === 'live') {
    if (deps.http) {
      live = await loadLiveAdvisories(deps.http, embedded, releases, deps.feed ?? {});
    } else {
      live = {
        catalog: embedded, feedOk: false, feedUpdatedAt: null, feedCves: 0, skippedItems: 0, added: [], unmatched: [],
        failures: [{ source: 'official-cve-feed', url: deps.feed?.feedUrl ?? '', reason: 'no HTTP client is available in this environment' }],
      };
    }
    for (const f of live.failures) input.logger.warn(`live advisories: ${f.url}: ${f.reason}`);
  }
  const catalog = live?.catalog ?? embedded;
  const catalogDate = dateOfCatalogVersion(embedded.catalogVersion);
  const facts: AdvisorySourceFacts = {
    mode: settings.advisories,
    asOf,
    catalogVersion: embedded.catalogVersion,
    catalogDate,
    ageDays: catalogDate === null ? null : daysBetween(catalogDate, asOf),
    staleAfterDays: STALE_CATALOG_DAYS,
    live,
  };

  const liveIds = new Set((live?.added ?? []).map((a) => a.id));
  const summaries: ClusterSummary[] = [];
  const clusters: ClusterCheck['clusters'] = [];
  for (const spec of settings.clusters) {
    const match = spec.paths.length > 0 ? pathMatcher(spec.paths) : null;
    const evaluation = evaluateCluster({
      spec,
      asOf,
      eolWarningDays: settings.eolWarningDays,
      releases,
      advisories: catalog,
      api: input.api,
      scanTarget: input.scanTarget,
      documents: match ? input.documents.filter((d) => match(d.file)) : [],
      liveIds,
    });
    clusters.push({ evaluation, place: spec.file === null ? null : { file: spec.file, line: spec.lines['name'] ?? spec.lines[''] ?? null } });
    summaries.push(summarizeCluster(evaluation, releases));
  }
  return { source: settings.clusters.length > 0 ? facts : null, clusters, summaries };
}

function summarizeCluster(e: ClusterEvaluation, releases: ReleasesCatalog): ClusterSummary {
  const ids = (list: ClusterEvaluation['hits']): string[] => [...new Set(list.map((h) => h.advisory.id))].sort();
  return {
    name: e.spec.name,
    version: e.spec.version,
    target: e.spec.target,
    recommendedTarget: e.recommendedTarget,
    supported: receivesPatches(releases, e.spec.minor, e.asOf),
    endOfLife: e.support.endOfLife,
    path: e.path,
    advisories: ids(e.hits),
    blockingAdvisories: ids(e.hits.filter((h) => h.severity === 'error')),
    skew: e.skew.filter((p) => p.kind !== 'limit').map((p) => `${p.kind === 'current' ? 'now' : 'plan'}: ${p.message}`),
    asOf: e.asOf,
  };
}

/** "20260319" → "2026-03-19"; catalog versions with a release prefix ("1.36.20260820") use their date part. */
function dateOfCatalogVersion(version: string): string | null {
  const m = /(\d{4})(\d{2})(\d{2})$/.exec(version);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

