/**
 * Builds the temporary copy of a chart that Helm renders: templates marked (markers.ts), packaged subcharts
 * unpacked so their templates can be marked too, and dependencies that are not vendored resolved offline from the
 * repository — `file://` paths and charts of the same name (and a matching version) elsewhere in the workspace.
 * What cannot be resolved is dropped from the copy's dependency list and reported; nothing is ever downloaded.
 */
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { FileSystem, TempFileSystem } from '../app/ports.js';
import { ChartError, readChartMeta, rewriteChartYaml, type ChartDependency, type ChartMeta } from './chart.js';
import { markTemplate } from './markers.js';
import { compareSemver, ConstraintError, parseSemver, satisfies } from './semver.js';
import type { ChartNode, FileOrigin, MarkedFile } from './source-map.js';
import { readTgz, TarError } from './tar.js';

export interface RepoChart {
  /** Workspace-relative directory. */
  dir: string;
  name: string;
  version: string | null;
}

export interface PrepareContext {
  fs: FileSystem;
  temp: TempFileSystem;
  /** Absolute workspace root, and its real path. */
  root: string;
  realRoot: string;
  token: string;
  /** Charts of the workspace with this Chart.yaml name. */
  chartsNamed(name: string): Promise<RepoChart[]>;
}

export interface MissingDependency {
  /** Workspace-relative file listing the dependency (Chart.yaml or requirements.yaml), or the archive holding it. */
  file: string;
  line: number | null;
  dependency: ChartDependency;
  /** Name of the chart that needs it. */
  chart: string;
}

export interface ResolvedDependency {
  chart: string;
  dependency: string;
  /** Workspace-relative directory it was taken from. */
  from: string;
}

export interface PreparedChart {
  /** Temporary directory to remove when done. */
  scratch: string;
  /** The chart copy to hand to Helm. */
  chartDir: string;
  meta: ChartMeta;
  files: MarkedFile[];
  tree: ChartNode;
  missing: MissingDependency[];
  resolved: ResolvedDependency[];
  /** Things worth a log line (an unreadable archive, a symbolic link not followed). */
  notes: string[];
}

const MAX_DEPTH = 8;

interface SourceFile {
  /** Path inside the chart, POSIX. */
  path: string;
  read(): Promise<Uint8Array>;
}

interface ChartSource {
  origin: ChartNode['origin'];
  /** Absolute directory in the workspace (null inside an archive). */
  abs: string | null;
  files(): Promise<SourceFile[]>;
}

/** Reads a workspace chart's metadata. */
export async function readRepoChart(fs: FileSystem, absDir: string): Promise<ChartMeta> {
  const text = async (name: string): Promise<string | null> => {
    try {
      return new TextDecoder().decode(await fs.readFile(join(absDir, name)));
    } catch {
      return null;
    }
  };
  const chartYaml = (await text('Chart.yaml')) ?? (await text('Chart.yml'));
  if (chartYaml === null) throw new ChartError('Chart.yaml cannot be read');
  return readChartMeta(chartYaml, await text('requirements.yaml'));
}

/** Copies the chart at `chartRel` into a new temporary directory, ready to render. The caller removes `scratch`. */
export async function prepareChart(chartRel: string, opts: { dropKubeVersion: boolean }, ctx: PrepareContext): Promise<PreparedChart> {
  const scratch = await ctx.temp.mkdtemp('kug-helm-');
  try {
    const state: State = { ctx, files: [], missing: [], resolved: [], notes: [], made: new Set() };
    const chartDir = join(scratch, 'chart');
    const abs = resolve(ctx.root, chartRel);
    const source = repoSource(ctx, abs, chartRel);
    const { node, meta } = await copyChart(state, source, chartDir, 0, [await ctx.fs.realpath(abs)], opts.dropKubeVersion);
    return { scratch, chartDir, meta, files: state.files, tree: node, missing: state.missing, resolved: state.resolved, notes: state.notes };
  } catch (err) {
    await ctx.temp.rm(scratch);
    throw err;
  }
}

interface State {
  ctx: PrepareContext;
  files: MarkedFile[];
  missing: MissingDependency[];
  resolved: ResolvedDependency[];
  notes: string[];
  made: Set<string>;
}

async function write(state: State, path: string, data: string | Uint8Array): Promise<void> {
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
  const meta = readChartMeta(chartYaml, requirements);
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
    const markable = f.path.startsWith('templates/') || (f.path.startsWith('crds/') && /\.ya?ml$/i.test(f.path));
    const text = markable ? utf8(data) : null;
    if (text === null) {
      await write(state, join(dest, f.path), data);
      continue;
    }
    const index = state.files.length;
    state.files.push({ origin: fileOrigin(source, f.path), text });
    node.files.set(f.path, index);
    await write(state, join(dest, f.path), markTemplate(text, state.ctx.token, index).text);
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
    const name = posix.basename(a.path);
    const archiveRel = source.origin.kind === 'repo' ? join2(source.origin.dir, a.path) : null;
    let entries;
    try {
      entries = readTgz(await a.read());
    } catch (err) {
      if (!(err instanceof TarError)) throw err;
      state.notes.push(`${archiveRel ?? name}: ${err.message}; left for Helm to read`);
      await write(state, join(dest, a.path), await a.read());
      continue;
    }
    const top = entries[0]?.path.split('/')[0] ?? '';
    const inner: SourceFile[] = entries
      .filter((e) => e.path.startsWith(`${top}/`))
      .map((e) => ({ path: e.path.slice(top.length + 1), read: async () => e.data }));
    if (archiveRel === null || !inner.some((f) => f.path === 'Chart.yaml')) {
      // A package inside a package, or not a chart: Helm reads it as it is.
      await write(state, join(dest, a.path), await a.read());
      continue;
    }
    const sub: ChartSource = {
      origin: { kind: 'archive', archive: archiveRel, prefix: `${top}/` },
      abs: null,
      files: async () => inner,
    };
    const child = await copyChart(state, sub, join(dest, 'charts', `${name.replace(/\.tgz$/, '')}-unpacked`), depth + 1, chain, false);
    node.children.push(child.node);
  }

  // Dependencies: present (vendored), resolvable in the workspace, or missing.
  const dropped: number[] = [];
  for (const dep of meta.dependencies) {
    let child = node.children.find((c) => c.names[0] === dep.name);
    if (!child) {
      const found = depth < MAX_DEPTH ? await resolveDependency(state, source, dep, chain) : null;
      if (found) {
        const real = await state.ctx.fs.realpath(resolve(state.ctx.root, found));
        const copied = await copyChart(state, repoSource(state.ctx, resolve(state.ctx.root, found), found), join(dest, 'charts', dep.name), depth + 1, [...chain, real], false);
        child = copied.node;
        node.children.push(child);
        state.resolved.push({ chart: meta.name, dependency: dep.name, from: found });
      } else {
        dropped.push(dep.index);
        state.missing.push({ file: listingFile(source, meta), line: dep.line, dependency: dep, chart: meta.name });
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

async function resolveDependency(state: State, source: ChartSource, dep: ChartDependency, chain: string[]): Promise<string | null> {
  const { ctx } = state;
  const repo = dep.repository ?? '';
  if (repo.startsWith('file://')) {
    if (source.abs === null) return null;
    const abs = resolve(source.abs, repo.slice('file://'.length));
    let real: string;
    try {
      real = await ctx.fs.realpath(abs);
    } catch {
      return null;
    }
    if (real !== ctx.realRoot && !real.startsWith(ctx.realRoot + sep)) return null;
    if (chain.includes(real)) return null;
    try {
      const meta = await readRepoChart(ctx.fs, abs);
      if (meta.name !== dep.name) return null;
    } catch {
      return null;
    }
    return toRel(ctx.root, abs);
  }
  // By name (and version) among the workspace's charts: sibling charts published from the same repository.
  const candidates: Array<RepoChart & { v: ReturnType<typeof parseSemver> }> = [];
  for (const c of await ctx.chartsNamed(dep.name)) {
    const real = await ctx.fs.realpath(resolve(ctx.root, c.dir)).catch(() => null);
    if (real === null || chain.includes(real)) continue;
    if (dep.version !== null && !versionMatches(c.version, dep.version)) continue;
    candidates.push({ ...c, v: c.version === null ? null : parseSemver(c.version) });
  }
  candidates.sort((a, b) => (a.v && b.v ? compareSemver(b.v, a.v) : a.v ? -1 : b.v ? 1 : 0) || (a.dir < b.dir ? -1 : 1));
  return candidates[0]?.dir ?? null;
}

function versionMatches(version: string | null, constraint: string): boolean {
  if (version === null) return false;
  try {
    return satisfies(version, constraint);
  } catch (err) {
    if (err instanceof ConstraintError) return version === constraint;
    throw err;
  }
}

function repoSource(ctx: PrepareContext, abs: string, rel: string): ChartSource {
  return {
    origin: { kind: 'repo', dir: rel },
    abs,
    files: () => walk(ctx, abs),
  };
}

function subSource(parent: ChartSource, seg: string, list: SourceFile[]): ChartSource {
  const origin: ChartNode['origin'] = parent.origin.kind === 'repo'
    ? { kind: 'repo', dir: join2(parent.origin.dir, `charts/${seg}`) }
    : { kind: 'archive', archive: parent.origin.archive, prefix: `${parent.origin.prefix}charts/${seg}/` };
  return { origin, abs: parent.abs === null ? null : join(parent.abs, 'charts', seg), files: async () => list };
}

function fileOrigin(source: ChartSource, path: string): FileOrigin {
  return source.origin.kind === 'repo'
    ? { kind: 'repo', file: join2(source.origin.dir, path) }
    : { kind: 'archive', archive: source.origin.archive, entry: `${source.origin.prefix}${path}` };
}

function listingFile(source: ChartSource, meta: ChartMeta): string {
  return source.origin.kind === 'repo' ? join2(source.origin.dir, meta.dependenciesFile) : source.origin.archive;
}

function describe(source: ChartSource): string {
  return source.origin.kind === 'repo' ? source.origin.dir : `${source.origin.archive} (${source.origin.prefix})`;
}

/** Every file under a workspace chart directory, following symbolic links that stay inside the workspace. */
async function walk(ctx: PrepareContext, absDir: string): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string, prefix: string): Promise<void> => {
    const real = await ctx.fs.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await ctx.fs.readdir(dir);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name === '.git') continue;
      const abs = join(dir, e.name);
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      let isDir = e.isDirectory;
      let isFile = e.isFile;
      if (e.isSymbolicLink) {
        const target = await ctx.fs.realpath(abs).catch(() => null);
        if (target === null || (target !== ctx.realRoot && !target.startsWith(ctx.realRoot + sep))) continue;
        const st = await ctx.fs.stat(abs);
        isDir = st.isDirectory;
        isFile = st.isFile;
      }
      if (isDir) await visit(abs, path);
      else if (isFile) out.push({ path, read: () => ctx.fs.readFile(abs) });
    }
  };
  await visit(absDir, '');
  return out;
}

function utf8(data: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

function join2(dir: string, rest: string): string {
  return dir === '.' || dir === '' ? rest : `${dir}/${rest}`;
}

function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/') || '.';
}
