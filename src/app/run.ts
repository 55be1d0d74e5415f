/**
 * The pipeline, and the one place the rule engine is made: discovery → parse (plain files, here or in the scan
 * workers) and render (charts, overlays, pre-rendered output) → the engine, which sees every document, problem, render
 * event, skipped file and declared cluster of the scan → findings. Pure orchestration over the ports it is given.
 */
import { targetPreRelease, type Catalogs } from '../catalog/index.js';
import { discover } from '../discovery/discover.js';
import { atOrAbove, compareFindings, summarize, type Finding, type InlineDirective } from '../findings/types.js';
import { parseManifestText } from '../parse/manifest.js';
import { decodeText } from '../parse/decode.js';
import { createEngine, type Engine } from '../rules/engine.js';
import { RULES, ruleMeta } from '../rules/index.js';
import { emptyRenderCounts, mergeFindings, renderAll, startHelmDetection, type RenderCounts, type RenderDeps } from '../render/index.js';
import type { RenderedItem } from '../render/types.js';
import { checkClusters, clusterDocument, clusterFileFilter } from '../clusters/check.js';
import type { ClusterDocument } from '../clusters/evaluate.js';
import { shardFilter } from '../shard/shard.js';
import type { Clock, FileScanOutcome, FileScanPool, FileSystem, HttpClient, Logger } from '../ports/index.js';
import type { FeedOptions } from '../advisories/feed.js';
import { combineReports } from './merge.js';
import { readOrError, scanFile } from './scan-file.js';
import { checkInPool } from './pool.js';
import { keepUnusedInEveryPart, otherFileReader, partSuppressions, suppress, suppressMerged } from './suppression-stage.js';
import { objectOf, recordOf } from './scan-objects.js';
import type { ScanResult } from './result.js';
import { type FailOn, type GateThresholds, type ScanSettings } from '../settings/scan.js';
import { isoDay } from '../catalog/releases.js';

export interface RunDeps {
  fs: FileSystem;
  /** The catalogs, as the entry point loaded them (the API catalog at once, the others on first use). */
  catalogs: Catalogs;
  tool: { name: string; version: string };
  logger: Logger;
  /** Running helm/kubectl; without it, charts and overlays are reported as not rendered. */
  render?: RenderDeps;
  /** Today, for declared clusters evaluated without an as-of date. */
  clock?: Clock;
  /** For `--advisories live`: the HTTP client (without it live mode falls back to the embedded catalog) and feed options. */
  http?: HttpClient;
  feed?: Partial<FeedOptions>;
  /** Worker threads for the plain scan of large repositories; without it, every file is checked on this thread. */
  scanPool?: FileScanPool;
}

const READ_AHEAD = 8;

/** The one engine of a scan (or of a merge, or of a scan worker's batches), with the catalogs the rules ask for. */
function engineFor(
  job: { target: string; current: string | null; addons?: Readonly<Record<string, string>> | undefined },
  catalogs: Catalogs,
  emit: (f: Finding) => void,
  scanObjects: 'keep' | 'note' = 'keep',
): Engine {
  return createEngine(
    RULES,
    {
      target: job.target, current: job.current, catalog: catalogs.api, featureGates: catalogs.featureGates, componentConfig: catalogs.componentConfig,
      addonApis: catalogs.addonApis, addonVersions: job.addons ?? {}, scanObjects,
    },
    emit,
  );
}

export async function runScan(settings: ScanSettings, deps: RunDeps): Promise<ScanResult> {
  const findings: Finding[] = [];
  // Where the engine's findings go: this list while scanning, the merged list for the suppression stage's own.
  let sink = findings;
  const catalog = deps.catalogs.api;
  const engine = engineFor(settings, deps.catalogs, (f) => sink.push(f));
  // Inline suppression comments of the files read, by file.
  const inline = new Map<string, InlineDirective[]>();
  const found = await discover(deps.fs, {
    root: settings.root,
    paths: settings.paths,
    include: settings.include,
    exclude: settings.exclude,
    maxFileBytes: settings.maxFileBytes,
  });
  // A sharded run checks only its part of the paths; run-level checks are left to the merge of all parts, and the
  // first part evaluates the declared clusters (reading every file mapped to a cluster for the upgrade path).
  const shard = settings.shard && settings.shard.count > 1 ? settings.shard : null;
  const inShard = shardFilter(shard);
  const first = !shard || shard.index === 1;
  for (const s of found.skipped) if (inShard(s.rel)) engine.skipped({ reason: s.reason, severity: s.severity }, s.rel);
  const helm = startHelmDetection(found, settings, deps.render, inShard);

  let documents = 0;
  // Documents in files mapped to a declared cluster, for its upgrade-path check.
  const forCluster = clusterFileFilter(settings.clusters);
  const clusterDocs: ClusterDocument[] = [];
  const work = found.files
    .map((file) => ({ file, scan: inShard(file.rel) }))
    .filter((w) => w.scan || (first && settings.clusters !== undefined && forCluster?.(w.file.rel)));
  const scanned = work.filter((w) => w.scan).length;
  // Files whose objects nobody else needs can be checked by the scan pool, when there is enough of them.
  const pooled = deps.scanPool ? work.filter((w) => w.scan && !forCluster?.(w.file.rel)) : [];
  const pool = deps.scanPool && pooled.reduce((n, w) => n + w.file.size, 0) >= deps.scanPool.minBytes ? deps.scanPool : null;
  const onThread = pool ? work.filter((w) => !w.scan || forCluster?.(w.file.rel)) : work;
  // Reads run a few files ahead of parsing so the disk and the parser overlap; files are still handled in order,
  // and only that window of files is held in memory.
  const read = (i: number): Promise<Uint8Array | Error> | undefined => {
    const f = onThread[i]?.file;
    return f ? readOrError(deps.fs, f.abs) : undefined;
  };
  const checkOnThread = async (): Promise<void> => {
    const window: Array<Promise<Uint8Array | Error> | undefined> = [];
    for (let i = 0; i < READ_AHEAD; i++) window.push(read(i));
    for (let i = 0; i < onThread.length; i++) {
      const { file, scan } = onThread[i]!;
      const bytes = await window.shift()!;
      window.push(read(i + READ_AHEAD));
      if (!scan) {
        // Another part checks this file; the cluster's upgrade path still needs its objects.
        const decoded = bytes instanceof Error ? null : decodeText(bytes);
        if (decoded?.ok) for (const doc of parseManifestText(decoded.text).documents) clusterDocs.push(clusterDocument(doc, file.rel));
        continue;
      }
      documents += scanFile(file.rel, bytes, engine, forCluster?.(file.rel) ? (doc) => clusterDocs.push(clusterDocument(doc, file.rel)) : undefined, inline);
    }
  };
  await checkOnThread();
  if (pool) documents += await checkInPool(pool, pooled.map((w) => w.file), { target: settings.target, current: settings.current, addons: settings.addons ?? {} }, deps.fs, engine, findings, inline, deps.logger);
  // Helm charts, Kustomize overlays and pre-rendered output: rendered, then checked by the same rules.
  const plainFiles = new Set(found.files.map((f) => f.rel));
  const rendered = await renderAll({ found, settings, catalog, fs: deps.fs, logger: deps.logger, plainFiles, inShard, first, helm }, deps.render);
  checkRendered(rendered.items, engine);
  documents += rendered.documents;
  // Rules over the whole scan (a disruption budget and the workload it selects may be in different files); one part of
  // a sharded scan hands its objects to the merge instead.
  const scanObjects = shard ? engine.takeScanObjects().map(recordOf) : null;
  if (!shard) engine.finish();
  if (!shard) engine.run({ files: scanned, documents, paths: settings.paths, preRelease: targetPreRelease(deps.catalogs, settings.target) });
  let clusters: ScanResult['clusters'] = [];
  if (first && settings.clusters) {
    if (!deps.clock) throw new Error('declared clusters need a clock (RunDeps.clock)');
    const checked = await checkClusters(
      { settings: settings.clusters, documents: clusterDocs, scanTarget: settings.target, api: catalog, logger: deps.logger },
      { releases: deps.catalogs.releases(), advisories: deps.catalogs.advisories(), clock: deps.clock, ...(deps.http ? { http: deps.http } : {}), ...(deps.feed ? { feed: deps.feed } : {}) },
    );
    if (checked.source) engine.advisorySource(checked.source);
    for (const c of checked.clusters) engine.cluster(c.evaluation, c.place);
    clusters = checked.summaries;
  }

  const merged = mergeFindings(findings);
  // Every finding of the run, whatever made it, passes the suppression stage; what it reports about the
  // suppressions themselves is added by the same engine.
  const ignore = settings.clusters?.ignore ?? [];
  const needsDate = ignore.some((e) => e.expires !== null);
  if (needsDate && !settings.clusters?.asOf && !deps.clock) throw new Error('suppressions with an expiry date need a clock (RunDeps.clock)');
  const scannedHere = new Set(work.filter((w) => w.scan).map((w) => w.file.rel));
  sink = merged;
  const asOf = settings.clusters?.asOf ?? (needsDate ? isoDay(deps.clock!.now()) : null);
  const readOther = otherFileReader(deps.fs, settings.root, settings.maxFileBytes);
  const suppression = await suppress(merged, engine, { ignore, asOf, inline, scanned: (file) => scannedHere.has(file), readOther });
  // One part: the merge makes the scan-wide rules' findings, and suppresses them with what the part hands it.
  const suppressions = scanObjects ? await partSuppressions(scanObjects, { ignore, asOf, inline, readOther }) : null;
  merged.sort(compareFindings);
  return {
    schemaVersion: 1,
    tool: deps.tool,
    catalog: { version: catalog.version, newestRelease: catalog.newestRelease },
    target: settings.target,
    current: settings.current,
    summary: summarize(merged, scanned, documents, suppression.active),
    renders: rendered.counts,
    findings: merged,
    clusters,
    ...(shard ? { shard: { index: shard.index, count: shard.count, paths: settings.paths } } : {}),
    ...(scanObjects ? { scanObjects } : {}),
    ...(suppressions ? { suppressions } : {}),
  };
}

/**
 * The reports of every part of a sharded scan merged into the report the whole scan would have made: the parts'
 * findings, the run-level checks no single part can make (a scan that found nothing; renderers missing for charts
 * spread over several parts) made once over the whole, and the clusters the first part evaluated.
 */
export async function mergeScan(reports: ReadonlyArray<{ name: string; report: ScanResult }>, catalogs: Catalogs): Promise<ScanResult> {
  const { base, findings: fromParts, missingRenderers, files, documents, clusters, suppressions } = combineReports(reports);
  // What only the merge can make: the run-level checks over the whole, and the scan-wide rules' findings.
  const made: Finding[] = [];
  const engine = engineFor(base, catalogs, (f) => made.push(f));
  for (const [renderer, m] of missingRenderers) {
    engine.render({ type: 'renderer-missing', renderer, count: m.count, reason: m.reason, subjects: [...m.subjects].sort() }, { file: null, line: null, column: null });
  }
  engine.run({ files, documents, paths: base.shard!.paths, preRelease: targetPreRelease(catalogs, base.target) });
  for (const { report } of [...reports].sort((a, b) => (a.report.shard?.index ?? 0) - (b.report.shard?.index ?? 0))) {
    for (const r of Array.isArray(report.scanObjects) ? report.scanObjects : []) {
      const o = objectOf(r);
      if (o) engine.collect(o.doc, o.file, o.at ?? undefined, o.data);
    }
  }
  engine.finish();
  // The parts suppressed their own findings; the merge's are suppressed with what the parts handed over, and a
  // suppression one of them used is no longer unused (each part reported it so, not seeing the merge's findings).
  const usedByMerge = suppressions ? await suppressMerged(made, suppressions) : () => false;
  const findings = [...fromParts.filter((f) => !usedByMerge(f)), ...made];
  const merged = mergeFindings(keepUnusedInEveryPart(findings, reports.length));
  merged.sort(compareFindings);
  return {
    schemaVersion: 1,
    tool: base.tool,
    catalog: base.catalog,
    target: base.target,
    current: base.current,
    summary: summarize(merged, files, documents, reports.some((r) => r.report.summary.suppressed !== undefined)),
    renders: sumRenders(reports.map((r) => r.report.renders)),
    findings: merged,
    clusters,
  };
}

/** The render counts of every part of a sharded scan, added up (a part's report without them counts nothing). */
function sumRenders(parts: ReadonlyArray<RenderCounts | undefined>): RenderCounts {
  const total = emptyRenderCounts();
  for (const p of parts) {
    if (!p) continue;
    for (const k of ['found', 'rendered', 'renderedWithoutDependency', 'failed'] as const) total.charts[k] += Number(p.charts?.[k] ?? 0);
    for (const k of ['found', 'rendered', 'failed'] as const) total.overlays[k] += Number(p.overlays?.[k] ?? 0);
    total.renderedDocuments += Number(p.renderedDocuments ?? 0);
  }
  return total;
}

/** Rendered items, each reported at its place in the workspace (the template line). */
function checkRendered(items: readonly RenderedItem[], engine: Engine): void {
  for (const item of items) {
    if (item.kind === 'skipped') {
      engine.skipped(item.skipped, item.file);
      continue;
    }
    const { file, line, column } = item.place;
    const at = { line, column: line === null ? null : column, ...(item.place.locate ? { locate: item.place.locate } : {}) };
    if (item.kind === 'document') engine.document(item.doc, file, item.data, at);
    else if (item.kind === 'problem') engine.problem(item.problem, file, item.data, at);
    else engine.render(item.event, item.place);
  }
}

/**
 * How a scan worker checks a batch of files: the same scanFile and one engine per target, on the worker's own
 * thread. The entry point hands this to the worker (src/platform/scan-worker.ts), which knows nothing of the rules.
 */
export function createBatchChecker(catalogs: Catalogs): (job: { target: string; current: string | null; addons?: Readonly<Record<string, string>> }, files: ReadonlyArray<{ rel: string; bytes: Uint8Array | Error }>) => FileScanOutcome {
  let sink: Finding[] = [];
  const engines = new Map<string, Engine>();
  return (job, files) => {
    const key = `${job.target}\0${job.current ?? ''}\0${JSON.stringify(job.addons ?? {})}`;
    let engine = engines.get(key);
    if (!engine) {
      // The worker's engine notes which files hold objects the scan rules read; the main thread keeps those.
      engine = engineFor(job, catalogs, (f) => sink.push(f), 'note');
      engines.set(key, engine);
    }
    sink = [];
    const inline = new Map<string, InlineDirective[]>();
    let documents = 0;
    for (const f of files) documents += scanFile(f.rel, f.bytes, engine, undefined, inline);
    const scanFiles = engine.takeNotedFiles();
    return {
      findings: sink,
      documents,
      ...(inline.size > 0 ? { inline: [...inline].map(([file, directives]) => ({ file, directives })) } : {}),
      ...(scanFiles.length > 0 ? { scanFiles } : {}),
    };
  };
}

/**
 * The findings that fail the run. A rule's meta says which gate its findings count toward: those about the
 * repository's files (`gate: 'files'`) against `fail-on`, those about the declared clusters (`gate: 'clusters'`:
 * advisories, support window, skew, upgrade path) against `fail-on-clusters`, and those about the advisory source
 * (`gate: 'never'`) never; a suppressed finding never. One threshold given alone applies to both. `counts` narrows what is gated further (e.g. to
 * the files a pull request changed).
 */
export function blockingFindings(result: ScanResult, gates: FailOn | GateThresholds, counts: (f: Finding) => boolean = () => true): Finding[] {
  const t: GateThresholds = typeof gates === 'string' ? { files: gates, clusters: gates } : gates;
  return result.findings.filter((f) => {
    const gate = ruleMeta(f.ruleId)?.gate ?? 'files';
    const threshold = gate === 'files' ? t.files : gate === 'clusters' ? t.clusters : 'never';
    return !f.suppressed && threshold !== 'never' && atOrAbove(f.severity, threshold) && counts(f);
  });
}

/** Whether the run should fail: some finding is at or above the threshold of its gate (see blockingFindings). */
export function shouldFail(result: ScanResult, gates: FailOn | GateThresholds, counts?: (f: Finding) => boolean): boolean {
  return blockingFindings(result, gates, counts).length > 0;
}
