/**
 * The scan the mode asks for: `scan` (the repository's files, and the declared clusters), `advisories` (the same
 * with the live advisory feed, for a schedule: what matters is the clusters) or `merge` (the reports of every part
 * of a sharded scan). Inputs in, a result and the gate's thresholds out; a bad input marks the step failed.
 */
import { resolve } from 'node:path';
import type { Logger } from '../ports/index.js';
import type { ClusterSummary, ScanResult } from '../app/result.js';
import { summarize, type Finding } from '../findings/types.js';
import { mergeScan, runScan, type RunDeps } from '../app/run.js';
import { runPlan, type PlanRecord } from '../plan/index.js';
import { parseReport } from '../app/merge.js';
import { discover } from '../discovery/discover.js';
import { withCatalogs, type Catalogs } from '../catalog/index.js';
import { resolveFailOn, splitList, type GateThresholds, type ScanSettings } from '../settings/scan.js';
import type { RenderDeps } from '../render/index.js';
import { logLine } from '../reporters/text.js';
import { DiscoveryError, InputError, MergeError, SettingsError } from '../ports/errors.js';
import { INPUT, readActionSettings, type GitHubInputs, type PlanMode } from './inputs.js';
import type { ActionIo } from './io.js';
import { logRender } from './log.js';

export interface ScanOutcome {
  result: ScanResult;
  /** The change record of the declared clusters (mode scan with plan auto), or null. */
  plan: PlanOutcome | null;
  /** What fails the step: `fail-on` for the files, `fail-on-clusters` for the clusters (files never in mode advisories). */
  gates: GateThresholds;
  root: string;
}

export interface PlanOutcome {
  record: PlanRecord;
  /**
   * The files that declare the clusters, workspace-relative: the configuration file and the inventory files it
   * names. A pull request that changes one of them gets the record in its comment.
   */
  declaration: string[];
}

/** GITHUB_WORKSPACE (else the working directory), absolute. */
export function workspaceRoot(io: Pick<ActionIo, 'env' | 'cwd'>): string {
  const ws = io.env['GITHUB_WORKSPACE'];
  return resolve(io.cwd, ws && ws.trim() !== '' ? ws : '.');
}

export async function scanForMode(io: ActionIo, inputs: Pick<GitHubInputs, 'mode' | 'plan'>): Promise<ScanOutcome | null> {
  const mode = inputs.mode;
  const catalogs = withCatalogs(io.catalogs(), io.clusters);
  try {
    if (mode === 'merge') {
      const root = workspaceRoot(io);
      const gates = { files: resolveFailOn(io.getInput(INPUT.failOn), INPUT.failOn), clusters: resolveFailOn(io.getInput(INPUT.failOnClusters), INPUT.failOnClusters) };
      return { result: await mergeInAction(io, catalogs, root), plan: null, gates, root };
    }
    return await scanInAction(io, catalogs, mode, inputs.plan);
  } catch (err) {
    if (err instanceof DiscoveryError) {
      io.setFailed(`${mode === 'merge' ? INPUT.reports : INPUT.paths}: ${err.message}`);
      return null;
    }
    if (err instanceof InputError) {
      io.setFailed(err.message);
      return null;
    }
    throw err;
  } finally {
    await io.scanPool?.close();
  }
}

async function scanInAction(io: ActionIo, catalogs: Catalogs, mode: 'scan' | 'advisories', planMode: PlanMode): Promise<ScanOutcome> {
  const catalog = catalogs.api;
  const settings = await readActionSettings(
    { getInput: io.getInput, workspace: io.env['GITHUB_WORKSPACE'], cwd: io.cwd, liveAdvisories: mode === 'advisories' },
    catalog,
    io.fs,
  );
  if (mode === 'advisories' && settings.clusters === undefined) {
    throw new SettingsError(`${INPUT.mode}: advisories checks the declared clusters, and none are declared; set ${INPUT.config} (or add .github/kube-upgrade-gate.yaml) or ${INPUT.clusterVersion}`);
  }
  const part = settings.shard && settings.shard.count > 1 ? ` (part ${settings.shard.index} of ${settings.shard.count})` : '';
  io.info(
    logLine(
      `${io.tool.name} ${io.tool.version}: checking ${settings.paths.join(', ')}${part} against Kubernetes ${settings.target}` +
        (settings.current ? ` (current ${settings.current})` : '') + ` with API catalog ${catalog.version}`,
    ),
  );
  // Messages name files, charts and overlays of the repository.
  const logger: Logger = { info: (m) => io.info(logLine(m)), warn: (m) => io.warning(m) };
  const render: RenderDeps | undefined = io.render ? { ...io.render, observer: { rendered: (e) => logRender(io, e) } } : undefined;
  const deps: RunDeps = {
    fs: io.fs, catalogs, tool: io.tool, logger, clock: io.clusters?.clock ?? io.clock, ...(render ? { render } : {}),
    ...(io.clusters?.http ? { http: io.clusters.http } : {}), ...(io.clusters?.feed ? { feed: io.clusters.feed } : {}),
    ...(io.scanPool ? { scanPool: io.scanPool } : {}),
  };
  const result = await runScan(settings, deps);
  const wantPlan = mode === 'scan' && planMode === 'auto' && !(settings.shard && settings.shard.count > 1);
  const plan = wantPlan ? await planInAction(io, settings, result, deps) : null;
  const clusters = settings.failOnClusters ?? 'error';
  // A schedule watches the clusters; the files are the pull requests' business.
  return { result, plan, gates: mode === 'advisories' ? { files: 'never', clusters } : { files: settings.failOn, clusters }, root: settings.root };
}

/**
 * The change record of the declared clusters, made with the scan's own findings for the clusters whose target is the
 * scan's (other targets are scanned again, as `plan` does). A record that cannot be made is a warning, not a failure:
 * the gate's verdict does not depend on it.
 */
async function planInAction(io: ActionIo, settings: ScanSettings, result: ScanResult, deps: RunDeps): Promise<PlanOutcome | null> {
  const declared = settings.clusters;
  if (declared === undefined || declared.clusters.length === 0) return null;
  try {
    const record = await runPlan(
      { scan: settings, clusters: declared, only: null, ...(settings.current === null ? { scanned: { target: settings.target, findings: result.findings } } : {}) },
      deps,
    );
    const declaration = [declared.configFile, ...declared.clusters.flatMap((c) => c.inventory?.files ?? [])].filter((f): f is string => f !== null);
    return { record, declaration: [...new Set(declaration)] };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.warning(`${INPUT.plan}: no change record: ${err.message}`);
    return null;
  }
}

/** mode: merge — the JSON reports of every part of a sharded scan (files or globs in the workspace) into one. */
async function mergeInAction(io: ActionIo, catalogs: Catalogs, root: string): Promise<ScanResult> {
  const patterns = splitList(io.getInput(INPUT.reports));
  if (patterns.length === 0) throw new SettingsError(`${INPUT.reports} is required with ${INPUT.mode}: merge (the JSON reports of every part, e.g. reports/**/*.json)`);
  const found = await discover(io.fs, { root, paths: patterns, include: [], exclude: [], maxFileBytes: 256 * 1024 * 1024 });
  const files = found.files.filter((f) => f.rel.endsWith('.json'));
  if (files.length === 0) throw new MergeError(`${INPUT.reports}: no JSON reports match ${patterns.join(', ')}`);
  const reports = [];
  for (const f of files) reports.push({ name: f.rel, report: parseReport(new TextDecoder().decode(await io.fs.readFile(f.abs)), f.rel) });
  io.info(logLine(`${io.tool.name} ${io.tool.version}: merging ${files.length} report${files.length === 1 ? '' : 's'}: ${files.map((f) => f.rel).join(', ')}`));
  // One report of a whole scan (the pull request workflow's artifact, read by a workflow_run job) is the result itself.
  if (reports.length === 1 && reports[0]!.report.shard === undefined) return wholeReport(reports[0]!.report);
  return await mergeScan(reports, catalogs);
}

/**
 * A report of a whole scan read from a file, rebuilt from its well-typed parts: it may come from a workflow the
 * pull request itself changed, so nothing in it is trusted to have the shape the report's writer gives it, and the
 * counts are recomputed from its findings.
 */
export function wholeReport(r: ScanResult): ScanResult {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const pos = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : null);
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const findings: Finding[] = r.findings.map((raw) => {
    const f = record(raw);
    const o = record(f['object']);
    const severity = f['severity'] === 'error' || f['severity'] === 'warning' || f['severity'] === 'notice' ? f['severity'] : 'warning';
    return {
      ruleId: f['ruleId'] as Finding['ruleId'],
      severity,
      message: str(f['message']),
      file: strOrNull(f['file']),
      line: pos(f['line']),
      column: pos(f['column']),
      object: f['object'] !== null && typeof f['object'] === 'object' ? { apiVersion: str(o['apiVersion']), kind: str(o['kind']), name: strOrNull(o['name']), namespace: strOrNull(o['namespace']) } : null,
      data: record(f['data']),
    };
  });
  const clusters: ClusterSummary[] = r.clusters.map(record).filter((c) => typeof c['name'] === 'string').map((c) => ({
    name: str(c['name']),
    version: str(c['version']),
    target: str(c['target']),
    recommendedTarget: strOrNull(c['recommendedTarget']),
    supported: c['supported'] === true,
    endOfLife: strOrNull(c['endOfLife']),
    path: strings(c['path']),
    advisories: strings(c['advisories']),
    blockingAdvisories: strings(c['blockingAdvisories']),
    skew: strings(c['skew']),
    asOf: str(c['asOf']),
  }));
  const summary = record(r.summary);
  const tool = record(r.tool);
  const catalog = record(r.catalog);
  return {
    schemaVersion: 1,
    tool: { name: str(tool['name']), version: str(tool['version']) },
    catalog: { version: str(catalog['version']), newestRelease: str(catalog['newestRelease']) },
    target: str(r.target),
    current: strOrNull(r.current),
    summary: summarize(findings, pos(summary['files']) ?? 0, pos(summary['documents']) ?? 0),
    findings,
    clusters,
  };
}
