/**
 * Renders what the plain scan cannot read — Helm charts, Kustomize overlays, pre-rendered `helm template` output —
 * into items (documents, parse problems and render events, each with its place in the workspace) that the pipeline
 * checks with the same rules as the plain files. Renders run in parallel (bounded), each with a time limit; one failing
 * or slow chart never stops the others. Everything a render leaves behind is removed.
 */
import { join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { FileSystem, Logger } from '../ports/index.js';
import { DEFAULT_RENDER_SETTINGS, type RenderSettings } from './types.js';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { discover, type Discovery } from '../discovery/discover.js';
import { WorkspaceBox } from '../workspace/box.js';
import { detectHelm, renderChart, type HelmRunner } from './helm.js';
import { planKustomizations, renderOverlay, type KustomizationInfo, type KustomizePlan, type KustomizeTool } from './kustomize.js';
import { createLimiter, runPool, type Settled } from './pool.js';
import { readRepoChart, type RepoChart } from './prepare.js';
import { loadRenderedInput, mapRenderedInput } from './rendered-input.js';
import { cpuShare, emptyRenderCounts, networkMeasures, type RenderCounts, type RenderDeps, type RenderedItem, type RenderEvent, type RenderScope, type ReportPlace } from './types.js';
import type { ChartOutcome } from './helm.js';
import { ChartMetaMemo } from './chart.js';

export { mergeFindings } from './dedupe.js';
export type { RenderCounts, RenderDeps, RenderObserver, RenderLogEntry } from './types.js';
export { emptyRenderCounts } from './types.js';

export interface RenderInput {
  found: Discovery;
  settings: RenderScope;
  catalog: ApiCatalog;
  fs: FileSystem;
  logger: Logger;
  /** Files the plain scan read. */
  plainFiles: ReadonlySet<string>;
  /** Whether a chart or overlay directory belongs to this part of a sharded scan (default: all do). */
  inShard?: (dir: string) => boolean;
  /** Whether this is the first part (or the only one): it reads the pre-rendered input. */
  first?: boolean;
  /** helm, looked for (and its probe started) while the plain scan ran (startHelmDetection); looked for here when absent. */
  helm?: Promise<HelmRunner | { missing: string }> | null;
}

/**
 * Starts looking for helm and probing it (one probe render, about 50 ms) when the scan has charts to render, so that
 * the probe runs beside the plain scan and the first renders instead of before the first chart.
 */
export function startHelmDetection(found: Discovery, settings: RenderScope, deps: RenderDeps | undefined, inShard: (dir: string) => boolean = () => true): Promise<HelmRunner | { missing: string }> | null {
  if (!topLevelCharts(found.charts).some(inShard)) return null;
  const rs = settings.render ?? DEFAULT_RENDER_SETTINGS;
  return findHelm(rs.helmPath, deps);
}

export interface RenderOutcome {
  /** What the renders gave, in order, each at its place in the workspace (the template line). */
  items: RenderedItem[];
  /** Rendered documents. */
  documents: number;
  /** Charts and overlays found, rendered and failed. */
  counts: RenderCounts;
}

export async function renderAll(input: RenderInput, deps: RenderDeps | undefined): Promise<RenderOutcome> {
  const { found, settings, fs, logger } = input;
  const rs = settings.render ?? DEFAULT_RENDER_SETTINGS;
  const root = settings.root;
  const box = await WorkspaceBox.open(fs, root);
  const realRoot = box.realRoot;
  // Chart metadata read in this run, once per Chart.yaml text.
  const chartMeta = new ChartMetaMemo();
  const exclude = settings.exclude.length > 0 ? picomatch(settings.exclude, { dot: true }) : null;
  const ctx: Context = {
    input,
    deps,
    rs,
    box,
    chartMeta,
    realRoot,
    excluded: (file) => exclude !== null && exclude(file),
    chartsNamed: chartIndex(box, chartMeta, fs, root, found, settings),
  };
  const items: RenderedItem[] = [];
  let documents = 0;
  const counts = emptyRenderCounts();

  // Pre-rendered input first: the charts it covers are not rendered again.
  const inShard = input.inShard ?? (() => true);
  const pre = rs.rendered !== null && input.first !== false ? await readPreRendered(rs.rendered, ctx) : null;
  if (pre) {
    for (const item of pre.items) items.push(item);
    documents += pre.documents;
  }
  const charts: string[] = [];
  for (const c of topLevelCharts(found.charts)) if (inShard(c) && !pre?.charts.has(c) && !(await isLibraryChart(box, chartMeta, root, c))) charts.push(c);
  for (const v of rs.valuesFiles) {
    if (!charts.includes(v.chart) && inShard(v.chart)) logger.warn(`values file ${v.file} is for ${v.chart}, which is not a chart rendered in this scan`);
  }
  // Overlays and bases are planned over the whole repository, then each part renders its own overlays.
  const fullPlan = found.kustomizations.length > 0 ? await planKustomizations(fs, root, found.kustomizations) : null;
  const plan = fullPlan ? { ...fullPlan, roots: fullPlan.roots.filter(inShard) } : null;
  const overlays = plan?.roots ?? [];

  const helm = charts.length > 0 ? await (input.helm ?? findHelm(rs.helmPath, deps)) : null;
  const kustomize = overlays.length > 0 ? await findKustomize(rs.kubectlPath, deps) : null;
  counts.charts.found = charts.length;
  counts.overlays.found = overlays.length;
  if (helm && 'missing' in helm) items.push(missingItem('helm', helm.missing, charts));
  if (kustomize && 'missing' in kustomize) items.push(missingItem('kustomize', kustomize.missing, overlays));
  const helmTool = helm && !('missing' in helm) ? helm : null;
  const kustomizeTool = kustomize && !('missing' in kustomize) ? kustomize : null;
  if (deps && (helmTool || kustomizeTool)) {
    const r = await renderJobs(helmTool ? charts : [], kustomizeTool && plan ? { plan, tool: kustomizeTool } : null, helmTool, deps, ctx);
    for (const item of r.items) items.push(item);
    documents += r.documents;
    if (r.helmMissing !== null) items.push(missingItem('helm', r.helmMissing, charts));
    counts.charts.rendered = r.charts.rendered;
    counts.charts.renderedWithoutDependency = r.charts['rendered-without'];
    counts.overlays.rendered = r.overlaysRendered;
  }
  counts.charts.failed = counts.charts.found - counts.charts.rendered - counts.charts.renderedWithoutDependency;
  counts.overlays.failed = counts.overlays.found - counts.overlays.rendered;
  counts.renderedDocuments = documents;
  return { items, documents, counts };
}

interface Context {
  input: RenderInput;
  deps: RenderDeps | undefined;
  rs: RenderSettings;
  box: WorkspaceBox;
  realRoot: string;
  excluded(file: string): boolean;
  chartsNamed(name: string): Promise<RepoChart[]>;
  chartMeta: ChartMetaMemo;
}

type Job = { kind: 'chart'; dir: string } | { kind: 'overlay'; info: KustomizationInfo };
type JobResult = { items: RenderedItem[]; documents: number; ok: boolean; outcome?: ChartOutcome };

/** Renders charts and overlays in parallel, then the bases of overlays that failed (see kustomize/plan.ts). */
async function renderJobs(
  charts: readonly string[],
  kustomize: { plan: KustomizePlan; tool: KustomizeTool } | null,
  helm: HelmRunner | null,
  deps: RenderDeps,
  ctx: Context,
): Promise<{ items: RenderedItem[]; documents: number; helmMissing: string | null; charts: Record<ChartOutcome, number>; overlaysRendered: number }> {
  const { input, rs, box, chartMeta, realRoot, excluded, chartsNamed } = ctx;
  const { settings, fs, logger } = input;
  const root = settings.root;
  const workers = rs.renderWorkers ?? deps.workers;
  const limit = createLimiter(workers);
  const goMaxProcs = cpuShare(deps.cpus ?? deps.workers, workers);
  const timeoutMs = rs.renderTimeoutSec * 1000;
  const jobs: Job[] = [
    ...charts.map((dir) => ({ kind: 'chart' as const, dir })),
    ...(kustomize ? kustomize.plan.roots.map((d) => ({ kind: 'overlay' as const, info: kustomize.plan.infos.get(d) as KustomizationInfo })) : []),
  ];
  let done = 0;
  let total = jobs.length;
  const started = deps.now();

  const runJob = async (job: Job): Promise<JobResult> => {
    try {
      if (job.kind === 'overlay') {
        return await limit(() => renderOverlay(job.info, (kustomize as { tool: KustomizeTool }).tool, { timeoutMs, excluded, goMaxProcs, loadRestrictor: rs.loadRestrictor ?? 'rootOnly' }, deps, fs, root));
      }
      const r = await renderChart(
        job.dir,
        {
          target: settings.target,
          releaseName: rs.releaseName,
          namespace: rs.namespace,
          timeoutMs,
          values: rs.valuesFiles.filter((v) => v.chart === job.dir).map((v) => v.file),
          plainFiles: input.plainFiles,
          excluded,
          goMaxProcs,
        },
        { deps, fs, catalog: input.catalog, tool: helm as HelmRunner, prepare: { fs, temp: deps.temp, root, realRoot, chartsNamed, box, charts: chartMeta }, limit },
      );
      return { items: r.items, documents: r.documents, ok: r.failures === 0, outcome: r.outcome };
    } finally {
      done++;
      deps.observer?.progress?.(done, total, job.kind === 'chart' ? job.dir : job.info.dir);
    }
  };
  // One job more than processes: the next chart is copied and marked while the others render, so no helm slot waits
  // for that preparation (the limiter, not the pool, bounds the processes).
  const run = async (list: Job[]): Promise<JobResult[]> => (await runPool(list, workers + 1, runJob)).map((r, i) => settle(list[i] as Job, r));

  const results = await run(jobs);
  if (kustomize) {
    // A base is rendered on its own only when every overlay of the scan that uses it failed.
    const okOverlays = new Set(jobs.flatMap((j, i) => (j.kind === 'overlay' && results[i]?.ok ? [j.info.dir] : [])));
    const tried = new Set(kustomize.plan.roots);
    let failed = jobs.flatMap((j, i) => (j.kind === 'overlay' && !results[i]?.ok ? [j.info] : []));
    while (failed.length > 0) {
      const next: Job[] = [];
      for (const b of new Set(failed.flatMap((f) => f.bases))) {
        const info = kustomize.plan.infos.get(b);
        if (!info || info.isComponent || tried.has(b)) continue;
        const users = [...kustomize.plan.infos.values()].filter((u) => u.bases.includes(b));
        if (users.some((u) => okOverlays.has(u.dir))) continue;
        tried.add(b);
        next.push({ kind: 'overlay', info });
      }
      total += next.length;
      const more = await run(next);
      for (const j of next) jobs.push(j);
      for (const r of more) results.push(r);
      next.forEach((j, i) => {
        if (j.kind === 'overlay' && more[i]?.ok) okOverlays.add(j.info.dir);
      });
      failed = next.flatMap((j, i) => (j.kind === 'overlay' && !more[i]?.ok ? [j.info] : []));
    }
  }

  // The renders did not wait for helm's probe. When it found helm unusable (too old, or no version), what the charts
  // gave is dropped and the charts are reported as not rendered, as if the probe had come first.
  const tool = helm ? await helm.probe : null;
  const helmMissing = tool && 'missing' in tool ? tool.missing : null;
  const kept = helmMissing === null ? results : results.filter((_, i) => jobs[i]?.kind !== 'chart');
  const items = kept.flatMap((r) => r.items);
  const documents = kept.reduce((n, r) => n + r.documents, 0);
  const chartJobs = jobs.filter((j) => j.kind === 'chart').length;
  const outcomes: Record<ChartOutcome, number> = { rendered: 0, 'rendered-without': 0, 'not-rendered': 0 };
  let overlaysRendered = 0;
  const roots = new Set(kustomize?.plan.roots ?? []);
  jobs.forEach((j, i) => {
    const r = results[i];
    if (j.kind === 'chart') outcomes[helmMissing === null ? (r?.outcome ?? 'not-rendered') : 'not-rendered']++;
    else if (roots.has(j.info.dir) && r?.ok) overlaysRendered++;
  });
  logger.info(
    `Rendered ${helmMissing === null ? chartJobs : 0} Helm chart(s)${tool && !('missing' in tool) ? ` with helm ${tool.version}` : ''} and ${jobs.length - chartJobs} Kustomize overlay(s) ` +
      `in ${((deps.now() - started) / 1000).toFixed(1)} s; ${documents} rendered document(s) checked.`,
  );
  logger.info(`Renderers ran without network: ${networkMeasures(deps.process.networkIsolation?.() ?? null)}.`);
  return { items, documents, helmMissing, charts: outcomes, overlaysRendered };
}

/** A job that threw (a bug or an unexpected I/O error) is reported on its chart or overlay; the others go on. */
function settle(job: Job, r: Settled<JobResult>): JobResult {
  if (r.ok) return r.value;
  const subject = job.kind === 'chart' ? job.dir : job.info.dir;
  const reason = `internal error while rendering (${r.error instanceof Error ? r.error.message : String(r.error)}).`;
  const event: RenderEvent = { type: 'render-failed', renderer: job.kind === 'chart' ? 'helm' : 'kustomize', subject, reason, data: { outcome: 'not-rendered' } };
  const file = job.kind === 'chart' ? join2(job.dir, 'Chart.yaml') : job.info.file;
  return { items: [{ kind: 'event', event, place: { file, line: null, column: null } }], documents: 0, ok: false };
}

/** `--rendered FILE|-`: helm template output made elsewhere. */
async function readPreRendered(rendered: string, ctx: Context): Promise<{ items: RenderedItem[]; documents: number; charts: Set<string> } | null> {
  const { fs, logger, settings } = ctx.input;
  const loaded = await loadRenderedInput(rendered, ctx.box, fs, ctx.deps?.readStdin);
  if (!loaded.ok) {
    if (loaded.item === null) {
      logger.warn(loaded.message);
      return null;
    }
    return { items: [loaded.item], documents: 0, charts: new Set() };
  }
  return await mapRenderedInput(loaded.text, loaded.inputFile, loaded.label, { fs, root: settings.root, realRoot: ctx.realRoot, chartsNamed: ctx.chartsNamed, box: ctx.box }, ctx.excluded);
}

function missingItem(renderer: 'helm' | 'kustomize', reason: string, subjects: string[]): RenderedItem {
  return { kind: 'event', event: { type: 'renderer-missing', renderer, count: subjects.length, reason, subjects }, place: { file: null, line: null, column: null } };
}

/** Looks for helm and starts its probe; renders need only the path, the probe's result is awaited after them. */
async function findHelm(setting: string | null, deps: RenderDeps | undefined): Promise<HelmRunner | { missing: string }> {
  if (!deps) return { missing: 'this run cannot start programs, so helm was not looked for' };
  let path: string | null;
  try {
    path = await deps.findExecutable(setting ?? 'helm');
  } catch (err) {
    return { missing: `helm could not be looked for (${err instanceof Error ? err.message : String(err)})` };
  }
  if (path === null) return { missing: setting === null ? 'helm was not found on PATH' : `the helm path "${setting}" is not an executable file` };
  const probe = detectHelm(path, deps).then(
    (tool) => ('error' in tool ? { missing: tool.error } : tool),
    (err: unknown) => ({ missing: `helm could not be probed (${err instanceof Error ? err.message : String(err)})` }),
  );
  return { path, probe };
}

async function findKustomize(setting: string | null, deps: RenderDeps | undefined): Promise<KustomizeTool | { missing: string }> {
  if (!deps) return { missing: 'this run cannot start programs, so kubectl and kustomize were not looked for' };
  const mode = (p: string): KustomizeTool['mode'] => (/kustomize[^/\\]*$/i.test(p) ? 'kustomize' : 'kubectl');
  if (setting !== null) {
    const path = await deps.findExecutable(setting);
    return path === null ? { missing: `the kubectl path "${setting}" is not an executable file` } : { path, mode: mode(path) };
  }
  const kustomize = await deps.findExecutable('kustomize');
  if (kustomize) return { path: kustomize, mode: 'kustomize' };
  const kubectl = await deps.findExecutable('kubectl');
  if (kubectl) return { path: kubectl, mode: 'kubectl' };
  return { missing: 'neither kustomize nor kubectl was found on PATH' };
}

/** Library charts are not installable: they render as part of the charts that use them. */
async function isLibraryChart(box: WorkspaceBox, charts: ChartMetaMemo, root: string, dir: string): Promise<boolean> {
  try {
    return (await readRepoChart(box, resolve(root, dir), charts)).type === 'library';
  } catch {
    return false; // reported when rendered
  }
}

/** Charts that are not inside another discovered chart's charts/ directory (those render with their parent). */
export function topLevelCharts(charts: readonly string[]): string[] {
  return charts.filter((c) => !charts.some((p) => p !== c && c.startsWith(p === '.' ? 'charts/' : `${p}/charts/`)));
}

/**
 * Charts of the workspace by Chart.yaml name, for dependencies resolved by name and for `# Source:` headers: the
 * charts of the scan first; the whole workspace is searched only when a name is not among them.
 */
function chartIndex(box: WorkspaceBox, charts: ChartMetaMemo, fs: FileSystem, root: string, found: Discovery, settings: RenderScope): (name: string) => Promise<RepoChart[]> {
  let scanned: Promise<RepoChart[]> | null = null;
  let everywhere: Promise<RepoChart[]> | null = null;
  const load = async (dirs: readonly string[]): Promise<RepoChart[]> => {
    const out: RepoChart[] = [];
    for (const dir of dirs) {
      try {
        const meta = await readRepoChart(box, resolve(root, dir), charts);
        out.push({ dir, name: meta.name, version: meta.version });
      } catch {
        // unreadable charts are reported when rendered
      }
    }
    return out;
  };
  return async (name) => {
    scanned ??= load(found.charts);
    const hits = (await scanned).filter((c) => c.name === name);
    if (hits.length > 0) return hits;
    everywhere ??= discover(fs, { root, paths: ['.'], include: [], exclude: settings.exclude, maxFileBytes: settings.maxFileBytes })
      .then((d) => load(d.charts))
      .catch(() => []);
    return (await everywhere).filter((c) => c.name === name);
  };
}

function join2(dir: string, name: string): string {
  return dir === '.' ? name : join(dir, name).split(sep).join('/');
}
