/**
 * The copy itself (prepareChart): each chart's files written below the copy's directory as plain files (never a link,
 * and never outside it), templates marked and their capability checks rewritten (markers.ts), packaged subcharts
 * unpacked, each values.schema.json neutralised, dependencies resolved (dependencies.ts) or dropped from the copy's
 * Chart.yaml / requirements.yaml, and the kubeVersion dropped when asked. The scratch directory is removed when the
 * copy fails; otherwise the caller removes it.
 */
import { dirname, join, posix, relative } from 'node:path';
import { isSingleSegment, staysBelow, WorkspaceBox } from '../../workspace/box.js';
import { ChartError, readChartMeta, rewriteChartYaml, type ChartMeta } from '../chart.js';
import { markTemplate, rewriteCapabilityChecks } from '../markers.js';
import type { ChartNode } from '../source-map.js';
import { readTgz, TarError } from '../tar.js';
import { neutraliseSchema } from '../values-schema.js';
import { resolveDependency } from './dependencies.js';
import { archiveWhere, describe, fileOrigin, listingFile, repoSource, subSource, type ChartSource, type SourceFile } from './sources.js';
import type { PrepareContext, PreparedChart, PrepareOptions, State } from './types.js';

const MAX_DEPTH = 8;

/** Copies the chart at `chartRel` into a new temporary directory, ready to render. The caller removes `scratch`. */
export async function prepareChart(chartRel: string, opts: PrepareOptions, ctx: PrepareContext): Promise<PreparedChart> {
  const box = ctx.box ?? (await WorkspaceBox.open(ctx.fs, ctx.root));
  const scratch = await ctx.temp.mkdtemp('kug-helm-');
  try {
    const state: State = { ctx, box, scratch, files: [], missing: [], resolved: [], substituted: [], problems: [], made: new Set(), capabilities: opts.capabilities ?? null, unanswered: [], answered: 0 };
    const chartDir = join(scratch, 'chart');
    const dir = await box.check(chartRel, 'directory');
    if (!dir.ok) throw new ChartError(dir.message);
    const source = repoSource(state, dir.abs, chartRel);
    const { node, meta } = await copyChart(state, source, chartDir, 0, [dir.real], opts.dropKubeVersion);
    return { scratch, chartDir, meta, files: state.files, tree: node, missing: state.missing, resolved: state.resolved, substituted: state.substituted, problems: state.problems, unanswered: state.unanswered, answered: state.answered };
  } catch (err) {
    await ctx.temp.rm(scratch);
    throw err;
  }
}

async function write(state: State, path: string, data: string | Uint8Array): Promise<void> {
  // Every name below the copy comes from checked names (one segment each) or archive entries without `..`; this
  // is the last guard that no name from the repository places a file elsewhere.
  if (!staysBelow(relative(state.scratch, path))) throw new Error(`refusing to write ${path} outside the chart copy`);
  const dir = dirname(path);
  if (!state.made.has(dir)) {
    await state.ctx.temp.mkdir(dir);
    state.made.add(dir);
  }
  await state.ctx.temp.writeFile(path, data);
}

async function copyChart(
  state: State,
  source: ChartSource,
  dest: string,
  depth: number,
  chain: string[],
  dropKubeVersion: boolean,
): Promise<{ node: ChartNode; meta: ChartMeta }> {
  const files = await source.files();
  const byPath = new Map(files.map((f) => [f.path, f]));
  const textOf = async (p: string): Promise<string | null> => {
    const f = byPath.get(p);
    return f ? new TextDecoder().decode(await f.read()) : null;
  };
  const chartYaml = await textOf('Chart.yaml');
  if (chartYaml === null) throw new ChartError(`${describe(source)} has no Chart.yaml`);
  const requirements = await textOf('requirements.yaml');
  const meta = state.ctx.charts ? state.ctx.charts.read(chartYaml, requirements) : readChartMeta(chartYaml, requirements);
  const node: ChartNode = { names: [meta.name], origin: source.origin, files: new Map(), children: [] };

  const subDirs = new Map<string, SourceFile[]>();
  const archives: SourceFile[] = [];
  for (const f of files) {
    if (f.path === 'Chart.yaml' || f.path === 'requirements.yaml') continue; // written last, maybe rewritten
    if (f.path.startsWith('charts/')) {
      const rest = f.path.slice('charts/'.length);
      const slash = rest.indexOf('/');
      if (slash < 0) {
        if (/\.tgz$/.test(rest)) archives.push(f);
        else await write(state, join(dest, f.path), await f.read());
      } else {
        const seg = rest.slice(0, slash);
        const list = subDirs.get(seg) ?? [];
        list.push({ path: rest.slice(slash + 1), read: f.read });
        subDirs.set(seg, list);
      }
      continue;
    }
    const data = await f.read();
    if (f.path === 'values.schema.json') {
      await copySchema(state, source, dest, data);
      continue;
    }
    const markable = f.path.startsWith('templates/') || (f.path.startsWith('crds/') && /\.ya?ml$/i.test(f.path));
    const text = markable ? utf8(data) : null;
    if (text === null) {
      await write(state, join(dest, f.path), data);
      continue;
    }
    const index = state.files.length;
    state.files.push({ origin: fileOrigin(source, f.path), text });
    node.files.set(f.path, index);
    let copy = text;
    if (state.capabilities !== null && f.path.startsWith('templates/')) {
      const r = rewriteCapabilityChecks(text, state.capabilities);
      copy = r.text;
      state.answered += r.answered.length + r.computed.length;
      for (const u of r.unanswered) state.unanswered.push({ ...u, file: index });
    }
    await write(state, join(dest, f.path), markTemplate(copy, state.ctx.token, index).text);
  }

  for (const [seg, list] of subDirs) {
    const subDest = join(dest, 'charts', seg);
    if (!list.some((f) => f.path === 'Chart.yaml')) {
      for (const f of list) await write(state, join(subDest, f.path), await f.read());
      continue;
    }
    const sub = subSource(source, seg, list);
    const child = await copyChart(state, sub, subDest, depth + 1, chain, false);
    node.children.push(child.node);
  }
  for (const a of archives) {
    // Every packaged subchart is unpacked (and so checked) here; none is handed to Helm as an archive, whose reader
    // takes entries this one would not.
    const name = posix.basename(a.path);
    const where = archiveWhere(source, a.path);
    const leaveOut = (why: string): void => {
      state.problems.push({ kind: 'left-out', file: where.file, line: null, reason: `${where.label} ${why}; it was left out of the render`, severity: 'warning' });
    };
    let entries;
    try {
      entries = readTgz(await a.read());
    } catch (err) {
      if (!(err instanceof TarError)) throw err;
      leaveOut(`cannot be unpacked (${err.message})`);
      continue;
    }
    const top = entries[0]?.path.split('/')[0] ?? '';
    const inner: SourceFile[] = entries
      .filter((e) => top !== '' && e.path.startsWith(`${top}/`) && staysBelow(e.path.slice(top.length + 1)))
      .map((e) => ({ path: e.path.slice(top.length + 1), read: async () => e.data }));
    if (!inner.some((f) => f.path === 'Chart.yaml')) {
      leaveOut('is not a packaged chart (no Chart.yaml in its top directory)');
      continue;
    }
    const sub: ChartSource = { origin: { kind: 'archive', archive: where.file, prefix: `${where.entryPrefix}${top}/` }, abs: null, files: async () => inner };
    const child = await copyChart(state, sub, join(dest, 'charts', `${name.replace(/\.tgz$/, '')}-unpacked`), depth + 1, chain, false);
    node.children.push(child.node);
  }

  // Dependencies: present (vendored), resolvable in the workspace, or missing.
  const dropped: number[] = [];
  for (const dep of meta.dependencies) {
    // A name or alias becomes a directory name in the copy (and a chart name in Helm's output): one segment only.
    const unsafe = !isSingleSegment(dep.name) ? `name ${JSON.stringify(dep.name)}` : dep.alias !== null && !isSingleSegment(dep.alias) ? `alias ${JSON.stringify(dep.alias)}` : null;
    if (unsafe !== null) {
      dropped.push(dep.index);
      const file = listingFile(source, meta);
      const entry = source.origin.kind === 'archive' ? ` in ${source.origin.prefix}${meta.dependenciesFile}` : null;
      state.problems.push({
        kind: 'left-out',
        file,
        line: entry === null ? dep.line : null,
        reason: `the dependency ${unsafe}${entry ?? ''} is not a single path segment (it contains "/" or "\\", or is "." or ".."); the dependency was left out of the render`,
        severity: 'warning',
      });
      continue;
    }
    let child = node.children.find((c) => c.names[0] === dep.name);
    if (!child) {
      const found = depth < MAX_DEPTH ? await resolveDependency(state, source, dep, chain) : { refused: null };
      if ('dir' in found) {
        const copied = await copyChart(state, repoSource(state, found.abs, found.dir), join(dest, 'charts', dep.name), depth + 1, [...chain, found.real], false);
        child = copied.node;
        node.children.push(child);
        state.resolved.push({ chart: meta.name, dependency: dep.name, from: found.dir });
        if (found.version !== undefined) {
          state.substituted.push({ file: listingFile(source, meta), line: source.origin.kind === 'repo' ? dep.line : null, dependency: dep, chart: meta.name, used: { dir: found.dir, version: found.version } });
        }
      } else {
        dropped.push(dep.index);
        state.missing.push({ file: listingFile(source, meta), line: dep.line, dependency: dep, chart: meta.name, ...(found.refused !== null ? { refused: found.refused } : {}) });
        continue;
      }
    }
    if (dep.alias && !child.names.includes(dep.alias)) child.names.push(dep.alias);
  }
  const depsInRequirements = meta.dependenciesFile === 'requirements.yaml';
  const dropKeys = dropKubeVersion && meta.kubeVersion !== null ? ['kubeVersion'] : [];
  const newChart = dropKeys.length > 0 || (dropped.length > 0 && !depsInRequirements)
    ? rewriteChartYaml(chartYaml, { dropKeys, dropDependencies: depsInRequirements ? [] : dropped })
    : chartYaml;
  await write(state, join(dest, 'Chart.yaml'), newChart);
  if (requirements !== null) {
    await write(state, join(dest, 'requirements.yaml'), depsInRequirements && dropped.length > 0 ? rewriteChartYaml(requirements, { dropDependencies: dropped }) : requirements);
  }
  return { node, meta };
}

/** Copies a chart's values.schema.json without the references Helm would resolve outside it, reporting each. */
async function copySchema(state: State, source: ChartSource, dest: string, data: Uint8Array): Promise<void> {
  const origin = fileOrigin(source, 'values.schema.json');
  const file = origin.kind === 'repo' ? origin.file : origin.archive;
  const label = origin.kind === 'repo' ? '' : ` (entry ${origin.entry})`;
  const result = neutraliseSchema(new TextDecoder().decode(data));
  if (!result.ok) {
    state.problems.push({ kind: 'left-out', file, line: null, reason: `values.schema.json${label} ${result.reason}; the chart was rendered without this schema`, severity: 'notice' });
    return;
  }
  for (const r of result.removed) {
    state.problems.push({
      kind: 'left-out',
      file,
      line: origin.kind === 'repo' ? r.line : null,
      reason: `values.schema.json${label}${origin.kind === 'repo' || r.line === null ? '' : ` line ${r.line}`}: "${r.keyword}": ${r.value} refers outside the schema file, which Helm would fetch or read; it was removed, so values were checked without it`,
      severity: 'notice',
    });
  }
  await write(state, join(dest, 'values.schema.json'), result.text);
}

function utf8(data: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return null;
  }
}
