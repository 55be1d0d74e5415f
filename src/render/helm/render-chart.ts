/**
 * One chart's renders, start to end: its Chart.yaml read through the WorkspaceBox (duplicate keys reported), a library
 * chart skipped, its kubeVersion checked against the target (and dropped from the temporary copy so the chart still
 * renders), the copy prepared (prepare.ts) and its gaps reported, then one render per values file (values.ts,
 * template.ts) and the capability notices of what rendered. Never throws for a chart problem (those become items);
 * the scratch copy is removed in every case.
 */
import { join } from 'node:path';
import { WorkspaceBox } from '../../workspace/box.js';
import { ChartError, type ChartMeta } from '../chart.js';
import { prepareChart, readRepoChart, type PreparedChart } from '../prepare.js';
import { ConstraintError, satisfies } from '../semver.js';
import { capabilityNotices, targetApiVersions, targetCapabilities } from './capabilities.js';
import { renderOnce } from './template.js';
import type { ChartRender, HelmContext, HelmOptions } from './types.js';
import { copyValuesFiles } from './values.js';

/** Renders one chart with each of its values files. Never throws for a chart problem: those become items. */
export async function renderChart(chart: string, opts: HelmOptions, ctx: HelmContext): Promise<ChartRender> {
  const result = await renderChartItems(chart, opts, ctx);
  // Each render-failed event says whether the chart was checked without the part it names, or not at all.
  const rendered = result.renders > result.failures;
  let without = false;
  for (const item of result.items) {
    if (item.kind !== 'event' || item.event.type !== 'render-failed') continue;
    const e = item.event;
    if (e.substitute !== undefined) {
      e.data = { ...e.data, outcome: rendered ? 'rendered-with-substitute' : 'not-rendered' };
      continue;
    }
    const leftOut = e.dependency !== undefined || e.leftOut !== undefined;
    if (rendered && (e.dependency !== undefined || e.leftOut === 'warning')) without = true;
    e.data = { ...e.data, outcome: leftOut && rendered ? 'rendered-without' : 'not-rendered' };
  }
  result.outcome = !rendered ? 'not-rendered' : without ? 'rendered-without' : 'rendered';
  return result;
}

async function renderChartItems(chart: string, opts: HelmOptions, ctx: HelmContext): Promise<ChartRender> {
  const result: ChartRender = { items: [], documents: 0, renders: 0, failures: 0, outcome: 'not-rendered' };
  const chartFile = `${chart === '.' ? '' : `${chart}/`}Chart.yaml`;
  const abs = join(ctx.prepare.root, chart);
  const fail = (reason: string, place = { file: chartFile, line: null as number | null }): void => {
    result.failures++;
    result.items.push({ kind: 'event', event: { type: 'render-failed', renderer: 'helm', subject: chart, reason }, place: { ...place, column: null } });
  };
  const box = ctx.prepare.box ?? (await WorkspaceBox.open(ctx.fs, ctx.prepare.root));
  let meta: ChartMeta;
  try {
    meta = await readRepoChart(box, abs, ctx.prepare.charts);
  } catch (err) {
    fail(`${(err as Error).message}.`);
    return result;
  }
  // Helm reads a duplicated Chart.yaml key as its last value, and so does the copy rendered here; each repeat is reported.
  for (const d of meta.duplicateKeys) {
    result.items.push({
      kind: 'problem',
      problem: { docIndex: 0, position: { line: d.line, column: d.column }, message: `has duplicate key ${JSON.stringify(d.key)} (line ${d.line}); Helm keeps the last value` },
      place: { file: chartFile, line: d.line, column: d.column },
      data: { source: 'helm', chart },
    });
  }
  if (meta.type === 'library') return result; // not installable: rendered as part of the charts that use it

  let dropKubeVersion = false;
  if (meta.kubeVersion !== null) {
    let excludes = false;
    let error: string | undefined;
    try {
      excludes = !satisfies(`${opts.target}.0`, meta.kubeVersion);
    } catch (err) {
      if (!(err instanceof ConstraintError)) throw err;
      excludes = true;
      error = err.message;
    }
    if (excludes) {
      dropKubeVersion = true;
      result.items.push({
        kind: 'event',
        event: { type: 'chart-kube-version', chart, chartName: meta.name, constraint: meta.kubeVersion, target: opts.target, ...(error ? { error } : {}) },
        place: { file: chartFile, line: meta.kubeVersionLine, column: meta.kubeVersionLine === null ? null : 1 },
      });
    }
  }

  const token = Buffer.from(crypto.getRandomValues(new Uint8Array(6))).toString('hex');
  let prepared: PreparedChart;
  try {
    prepared = await prepareChart(chart, { dropKubeVersion, capabilities: targetCapabilities(ctx.catalog, opts.target) }, { ...ctx.prepare, box, token });
  } catch (err) {
    if (err instanceof ChartError) {
      fail(`${err.message}.`);
      return result;
    }
    throw err;
  }
  try {
    for (const m of prepared.missing) {
      result.items.push({
        kind: 'event',
        event: {
          type: 'render-failed',
          renderer: 'helm',
          subject: chart,
          reason: `dependency "${m.dependency.name}" is neither vendored nor in the workspace` + (m.chart === meta.name ? '' : ` (needed by the subchart "${m.chart}")`) + (m.refused ? ` (${m.refused})` : ''),
          dependency: { name: m.dependency.name, version: m.dependency.version, repository: m.dependency.repository },
        },
        place: { file: m.file, line: m.file.endsWith('.tgz') ? null : m.line, column: m.line === null || m.file.endsWith('.tgz') ? null : 1 },
      });
    }
    for (const s of prepared.substituted) {
      const d = s.dependency;
      result.items.push({
        kind: 'event',
        event: {
          type: 'render-failed',
          renderer: 'helm',
          subject: chart,
          reason:
            `dependency "${d.name}" ${d.version ?? ''} is not vendored, and the chart "${d.name}" in the workspace (${s.used.dir}, version ${s.used.version ?? 'unknown'}) does not satisfy ${d.version ?? 'its version'}; ` +
            `it was rendered with that chart instead` + (s.chart === meta.name ? '' : ` (needed by the subchart "${s.chart}")`),
          dependency: { name: d.name, version: d.version, repository: d.repository },
          substitute: { dir: s.used.dir, version: s.used.version },
        },
        place: { file: s.file, line: s.line, column: s.line === null ? null : 1 },
      });
    }
    for (const p of prepared.problems) {
      if (p.kind === 'skipped') {
        result.items.push({ kind: 'skipped', skipped: { reason: p.reason, severity: p.severity }, file: p.file });
        continue;
      }
      result.items.push({
        kind: 'event',
        event: { type: 'render-failed', renderer: 'helm', subject: chart, reason: p.reason, leftOut: p.severity },
        place: { file: p.file, line: p.line, column: p.line === null ? null : 1 },
      });
    }
    // Values files: the chart's ci/*-values.yaml, then the configured ones, each checked and copied into the scratch
    // directory (Helm is given the copy).
    const copies = await copyValuesFiles(
      { box, fs: ctx.fs, temp: ctx.deps.temp, chart, abs, chartFile, configured: opts.values, scratch: prepared.scratch },
      (item) => result.items.push(item),
    );
    const valuesList: Array<string | null> = [null, ...copies.keys()];
    const apiVersions = targetApiVersions(ctx.catalog, opts.target).join(',');
    const runs = await Promise.all(valuesList.map((values) => ctx.limit(() => renderOnce(chart, values, values === null ? null : (copies.get(values) as string), prepared, token, apiVersions, opts, ctx))));
    const ok = runs.filter((r) => r.ok).length;
    result.renders = runs.length;
    for (const r of runs) {
      if (r.ok) {
        for (const item of r.items) result.items.push(item);
        result.documents += r.documents;
      } else {
        result.failures++;
        for (const item of r.items) {
          if (item.kind === 'event' && item.event.type === 'render-failed' && ok > 0) item.event.partial = true;
          result.items.push(item);
        }
      }
    }
    if (ok > 0) {
      const sources = new Set(runs.flatMap((r) => [...r.sources]));
      for (const item of capabilityNotices(chart, prepared, opts.target, sources)) result.items.push(item);
    }
  } finally {
    await ctx.deps.temp.rm(prepared.scratch);
  }
  return result;
}
