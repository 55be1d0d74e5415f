/**
 * One scan: discovery → parse → rules → findings. Pure orchestration over the ports it is given.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { discover } from '../discovery/discover.js';
import { atOrAbove, compareFindings, summarize, type Finding } from '../findings/types.js';
import { parseManifestText } from '../parse/manifest.js';
import { decodeText } from '../parse/decode.js';
import { componentInputs } from '../components/index.js';
import { createEngine } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import { mergeFindings, renderAll, type RenderDeps } from '../render/index.js';
import { checkClusters, clusterDocument, clusterFileFilter, type ClusterDeps } from '../clusters/check.js';
import type { ClusterDocument } from '../clusters/evaluate.js';
import { shardFilter } from '../shard/shard.js';
import type { FileSystem, Logger } from './ports.js';
import type { ScanResult } from './result.js';
import type { FailOn, ScanSettings } from './settings.js';

export interface RunDeps {
  fs: FileSystem;
  catalog: ApiCatalog;
  tool: { name: string; version: string };
  logger: Logger;
  /** Running helm/kubectl; without it, charts and overlays are reported as not rendered. */
  render?: RenderDeps;
  /** Catalogs, clock and HTTP client for declared clusters (settings.clusters); defaults: embedded data, system time. */
  clusters?: ClusterDeps;
}

const READ_AHEAD = 8;

export async function runScan(settings: ScanSettings, deps: RunDeps): Promise<ScanResult> {
  const findings: Finding[] = [];
  const engine = createEngine(RULES, { target: settings.target, current: settings.current, catalog: deps.catalog }, (f) => findings.push(f));
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

  let documents = 0;
  // Documents in files mapped to a declared cluster, for its upgrade-path check.
  const forCluster = clusterFileFilter(settings.clusters);
  const clusterDocs: ClusterDocument[] = [];
  const work = found.files
    .map((file) => ({ file, scan: inShard(file.rel) }))
    .filter((w) => w.scan || (first && settings.clusters !== undefined && forCluster?.(w.file.rel)));
  const scanned = work.filter((w) => w.scan).length;
  // Reads run a few files ahead of parsing so the disk and the parser overlap; files are still handled in order,
  // and only that window of files is held in memory.
  const read = (i: number): Promise<Uint8Array | Error> | undefined => {
    const f = work[i]?.file;
    return f ? deps.fs.readFile(f.abs).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))) : undefined;
  };
  const window: Array<Promise<Uint8Array | Error> | undefined> = [];
  for (let i = 0; i < READ_AHEAD; i++) window.push(read(i));
  for (let i = 0; i < work.length; i++) {
    const { file, scan } = work[i]!;
    const bytes = await window.shift()!;
    window.push(read(i + READ_AHEAD));
    if (!scan) {
      // Another part checks this file; the cluster's upgrade path still needs its objects.
      const decoded = bytes instanceof Error ? null : decodeText(bytes);
      if (decoded?.ok) for (const doc of parseManifestText(decoded.text).documents) clusterDocs.push(clusterDocument(doc, file.rel));
      continue;
    }
    if (bytes instanceof Error) {
      engine.skipped({ reason: `cannot be read (${bytes.message})`, severity: 'warning' }, file.rel);
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      engine.skipped({ reason: decoded.reason, severity: 'warning' }, file.rel);
      continue;
    }
    const parsed = parseManifestText(decoded.text);
    for (const p of parsed.problems) engine.problem(p, file.rel);
    for (const doc of parsed.documents) {
      documents++;
      engine.document(doc, file.rel);
      if (forCluster?.(file.rel)) clusterDocs.push(clusterDocument(doc, file.rel));
    }
    // Host files (k3s/RKE2 configs, systemd units, env files) and component settings that cannot be read.
    const host = componentInputs(file.rel, decoded.text, parsed.documents);
    for (const p of host.problems) engine.problem(p, file.rel);
    for (const doc of host.documents) {
      documents++;
      engine.document(doc, file.rel);
    }
  }
  // Helm charts, Kustomize overlays and pre-rendered output: rendered, then checked by the same rules.
  const plainFiles = new Set(found.files.map((f) => f.rel));
  const rendered = await renderAll({ found, settings, catalog: deps.catalog, fs: deps.fs, logger: deps.logger, plainFiles, inShard, first }, deps.render);
  findings.push(...rendered.findings);
  documents += rendered.documents;
  if (!shard) engine.run({ files: scanned, documents, paths: settings.paths });
  const clusters = first && settings.clusters
    ? await checkClusters({ settings: settings.clusters, documents: clusterDocs, scanTarget: settings.target, api: deps.catalog, logger: deps.logger }, deps.clusters, engine)
    : [];

  const merged = mergeFindings(findings);
  merged.sort(compareFindings);
  return {
    schemaVersion: 1,
    tool: deps.tool,
    catalog: { version: deps.catalog.version, newestRelease: deps.catalog.newestRelease },
    target: settings.target,
    current: settings.current,
    summary: summarize(merged, scanned, documents),
    findings: merged,
    clusters,
    ...(shard ? { shard: { index: shard.index, count: shard.count, paths: settings.paths } } : {}),
  };
}

/**
 * Whether the run should fail under `failOn`. Findings about the advisory source (a live feed that is down, an old
 * embedded catalog) are shown but never fail a run: they say nothing about the repository or its clusters.
 */
export function shouldFail(result: ScanResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return result.findings.some((f) => f.ruleId !== 'advisory-feed' && atOrAbove(f.severity, failOn));
}
