/**
 * Builds the temporary copy of a chart that Helm renders: templates marked (markers.ts), packaged subcharts
 * unpacked so their templates can be marked too, and dependencies that are not vendored resolved offline from the
 * repository — `file://` paths and charts of the same name (and a matching version) elsewhere in the workspace.
 * What cannot be resolved is dropped from the copy's dependency list and reported; nothing is ever downloaded.
 *
 * The copy is all Helm reads, so it holds only what may be read: every file comes from the workspace through the
 * WorkspaceBox (a link that leads out is reported, not followed), is written as a plain file (never a link), and
 * lands below the copy's directory. A dependency whose name or alias is not one path segment is left out; packaged
 * subcharts are always unpacked here (never handed to Helm as archives); each chart's values.schema.json loses the
 * references Helm would fetch or read from elsewhere (values-schema.ts).
 */
import { dirname, join, posix, relative, sep } from 'node:path';
import type { FileSystem, TempFileSystem } from '../ports/index.js';
import type { Severity } from '../findings/types.js';
import { BoxError, isSingleSegment, staysBelow, WorkspaceBox } from '../workspace/box.js';
import { ChartError, readChartMeta, rewriteChartYaml, type ChartDependency, type ChartMeta, type ChartMetaMemo } from './chart.js';
import { markTemplate, rewriteCapabilityChecks, type CapabilityAnswer, type CapabilityCheck } from './markers.js';
import { ConstraintError, satisfies } from './semver.js';
import type { ChartNode, FileOrigin, MarkedFile } from './source-map.js';
import { readTgz, TarError } from './tar.js';
import { neutraliseSchema } from './values-schema.js';
import { compareSemver, parseSemver } from '../version/index.js';

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
  /** What may be read; opened on the root when not given. */
  box?: WorkspaceBox;
  /** The run's chart metadata read so far (one read per Chart.yaml text). */
  charts?: ChartMetaMemo;
}

/**
 * Something left out of the copy. `skipped`: a file not read (a link that leads out, a FIFO), reported as skipped
 * files are. `left-out`: part of the chart the render goes without (a dependency with an unsafe name, an archive that
 * cannot be unpacked, a schema reference); `severity` is a notice when leaving it out cannot change what renders.
 */
export type PrepareProblem =
  | { kind: 'skipped'; file: string; reason: string; severity: Severity }
  | { kind: 'left-out'; file: string; line: number | null; reason: string; severity: 'warning' | 'notice' };

export interface MissingDependency {
  /** Workspace-relative file listing the dependency (Chart.yaml or requirements.yaml), or the archive holding it. */
  file: string;
  line: number | null;
  dependency: ChartDependency;
  /** Name of the chart that needs it. */
  chart: string;
  /** Why a `file://` path named for it was not read (it leads outside the workspace, or is no chart there). */
  refused?: string;
}

export interface ResolvedDependency {
  chart: string;
  dependency: string;
  /** Workspace-relative directory it was taken from. */
  from: string;
}

/**
 * A dependency rendered from the workspace's chart of that name although that chart's version does not satisfy the
 * dependency's constraint (a sibling chart that moved on, e.g. `16.x.x` wanted and 17.1.0 in the repository).
 */
export interface SubstitutedDependency {
  /** Workspace-relative file listing the dependency, and the entry's line. */
  file: string;
  line: number | null;
  dependency: ChartDependency;
  /** Name of the chart that needs it. */
  chart: string;
  /** The chart used instead: its directory and version. */
  used: { dir: string; version: string | null };
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
  substituted: SubstitutedDependency[];
  problems: PrepareProblem[];
  /** Capabilities checks the copy could not make answer as the target would, by index in `files`. */
  unanswered: Array<CapabilityCheck & { file: number }>;
  /** Capabilities checks the copy answers as the target would (see markers.ts rewriteCapabilityChecks). */
  answered: number;
}

export interface PrepareOptions {
  dropKubeVersion: boolean;
  /** How the target answers `.Capabilities.APIVersions.Has`; absent: templates are copied as they are. */
  capabilities?: CapabilityAnswer;
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

/**
 * Reads a workspace chart's metadata through the box: a Chart.yaml that leads outside the workspace (or is not a
 * regular file) is refused by name; a requirements.yaml the box refuses is not read (the copy reports it).
 */
export async function readRepoChart(box: WorkspaceBox, absDir: string, memo?: ChartMetaMemo): Promise<ChartMeta> {
  const text = async (name: string): Promise<{ text: string } | { refused: string } | null> => {
    try {
      return { text: new TextDecoder().decode(await box.readFile(name, absDir)) };
    } catch (err) {
      return err instanceof BoxError && err.reason !== 'missing' ? { refused: err.message } : null;
    }
  };
  let chart = await text('Chart.yaml');
  if (chart === null) chart = await text('Chart.yml');
  if (chart === null) throw new ChartError('Chart.yaml cannot be read');
  if ('refused' in chart) throw new ChartError(chart.refused);
  const requirements = await text('requirements.yaml');
  const req = requirements !== null && 'text' in requirements ? requirements.text : null;
  return memo ? memo.read(chart.text, req) : readChartMeta(chart.text, req);
}

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

interface State {
  ctx: PrepareContext;
  box: WorkspaceBox;
  /** The copy's temporary directory: nothing is written outside it. */
  scratch: string;
  files: MarkedFile[];
  missing: MissingDependency[];
  resolved: ResolvedDependency[];
  substituted: SubstitutedDependency[];
  problems: PrepareProblem[];
  made: Set<string>;
  capabilities: CapabilityAnswer | null;
  unanswered: Array<CapabilityCheck & { file: number }>;
  answered: number;
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

/** `version` is set when the chart found does not satisfy the dependency's version constraint (a substitute). */
type Resolution = { dir: string; abs: string; real: string; version?: string | null } | { refused: string | null };

async function resolveDependency(state: State, source: ChartSource, dep: ChartDependency, chain: string[]): Promise<Resolution> {
  const { ctx, box } = state;
  const repo = dep.repository ?? '';
  if (repo.startsWith('file://')) {
    if (source.abs === null) return { refused: null };
    // Resolved through the box: inside the workspace with every link followed, and a directory.
    const c = await box.check(repo.slice('file://'.length), 'directory', source.abs);
    if (!c.ok) return { refused: c.reason === 'missing' ? null : `${repo}: ${c.message}` };
    if (chain.includes(c.real)) return { refused: null };
    try {
      const meta = await readRepoChart(box, c.abs, state.ctx.charts);
      if (meta.name !== dep.name) return { refused: null };
    } catch (err) {
      if (err instanceof ChartError) return { refused: `${repo}: ${err.message}` };
      throw err;
    }
    // Named by its path in the workspace (by its real path when it was reached through a link from outside).
    const dir = c.rel.startsWith('..') ? toRel(box.realRoot, c.real) : c.rel;
    return { dir, abs: c.abs, real: c.real };
  }
  // By name (and version) among the workspace's charts: sibling charts published from the same repository. When none
  // satisfies the version constraint, the newest chart of that name stands in (and is reported): a sibling chart that
  // moved on renders closer to the truth than no dependency at all.
  const candidates: Array<RepoChart & { v: ReturnType<typeof parseSemver>; abs: string; real: string; matches: boolean }> = [];
  for (const c of await ctx.chartsNamed(dep.name)) {
    const checked = await box.check(c.dir, 'directory');
    if (!checked.ok || chain.includes(checked.real)) continue;
    const matches = dep.version === null || versionMatches(c.version, dep.version);
    candidates.push({ ...c, v: c.version === null ? null : parseSemver(c.version), abs: checked.abs, real: checked.real, matches });
  }
  candidates.sort((a, b) => Number(b.matches) - Number(a.matches) || (a.v && b.v ? compareSemver(b.v, a.v) : a.v ? -1 : b.v ? 1 : 0) || (a.dir < b.dir ? -1 : 1));
  const best = candidates[0];
  if (!best) return { refused: null };
  return { dir: best.dir, abs: best.abs, real: best.real, ...(best.matches ? {} : { version: best.version }) };
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

function repoSource(state: State, abs: string, rel: string): ChartSource {
  return {
    origin: { kind: 'repo', dir: rel },
    abs,
    files: () => walk(state, abs),
  };
}

/** Where a packaged subchart is, for findings: the workspace file (the outermost archive) and the entry path in it. */
function archiveWhere(source: ChartSource, path: string): { file: string; entryPrefix: string; label: string } {
  if (source.origin.kind === 'repo') {
    const file = join2(source.origin.dir, path);
    return { file, entryPrefix: '', label: file };
  }
  const entry = `${source.origin.prefix}${path}`;
  return { file: source.origin.archive, entryPrefix: `${entry}/`, label: `${source.origin.archive} (entry ${entry})` };
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

/**
 * Every file under a workspace chart directory, following symbolic links the box allows (inside the workspace).
 * A link that leads out, a dangling link and anything that is not a regular file are reported, not read.
 */
async function walk(state: State, absDir: string): Promise<SourceFile[]> {
  const { ctx, box } = state;
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  const skip = (abs: string, reason: string, severity: Severity): void => {
    state.problems.push({ kind: 'skipped', file: box.rel(abs), reason, severity });
  };
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
      let from = abs; // read by its real path once the box has allowed the link
      if (e.isSymbolicLink) {
        const c = await box.check(abs, 'any');
        if (!c.ok) {
          if (c.reason === 'outside') skip(abs, 'symbolic link to a path outside the workspace (not followed)', 'warning');
          else skip(abs, 'symbolic link that cannot be resolved (dangling or a loop)', 'notice');
          continue;
        }
        const st = await ctx.fs.stat(c.real);
        isDir = st.isDirectory;
        isFile = st.isFile;
        from = c.real;
      }
      if (isDir) await visit(abs, path);
      else if (isFile) out.push({ path, read: () => ctx.fs.readFile(from) });
      else skip(abs, 'not a regular file (a FIFO, device or socket is never read)', 'warning');
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
