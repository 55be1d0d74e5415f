/**
 * Finds the files to scan under the workspace, and the Helm charts and Kustomize overlays beside them.
 * Never leaves the workspace: symbolic links that point outside it or back into a directory already walked are
 * reported as skipped, not followed.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { FileSystem } from '../ports/index.js';
import { isHostConfigPath } from '../components/host-files.js';
import { DiscoveryError } from '../ports/errors.js';

export interface DiscoveryOptions {
  /** Absolute path of the workspace; reported paths are relative to it. */
  root: string;
  /** Files, directories or globs (relative to root). */
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  /** Files larger than this are skipped with a notice. */
  maxFileBytes: number;
}

export interface DiscoveredFile {
  abs: string;
  /** Workspace-relative POSIX path. */
  rel: string;
  size: number;
}

export interface SkippedPath {
  rel: string;
  reason: string;
  severity: 'warning' | 'notice';
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Workspace-relative directories holding a Chart.yaml. */
  charts: string[];
  /** Workspace-relative directories holding a kustomization file. */
  kustomizations: string[];
  skipped: SkippedPath[];
}

/** Directories never walked: version control, dependencies and vendored code. */
export const DEFAULT_EXCLUDED_DIRS: ReadonlySet<string> = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'vendor', 'third_party', 'bower_components', '.terraform', '.venv', '__pycache__',
]);

const MANIFEST_EXT = /\.(ya?ml|json)$/i;
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Files of a chart that are not plain manifests (templates are rendered by Helm, the rest is chart metadata). */
const CHART_META = /^(Chart\.ya?ml|Chart\.lock|requirements\.ya?ml|requirements\.lock|values[^/]*\.(ya?ml|json)|values\.schema\.json)$/;
const CHART_NON_MANIFEST_DIRS = new Set(['templates', 'ci']);
const GLOB_CHARS = /[*?[\]{}!]/;
/** How many file sizes are asked for at once. */
const STAT_BATCH = 64;
/** How many directories are read at once. */
const DIR_CONCURRENCY = 16;

export async function discover(fs: FileSystem, opts: DiscoveryOptions): Promise<Discovery> {
  const realRoot = await fs.realpath(opts.root);
  const result: Discovery = { files: [], charts: [], kustomizations: [], skipped: [] };
  const include = opts.include.length > 0 ? picomatch(opts.include as string[], { dot: true }) : null;
  const exclude = opts.exclude.length > 0 ? picomatch(opts.exclude as string[], { dot: true }) : null;
  const seenFiles = new Set<string>();
  const seenCharts = new Set<string>();
  const seenKustomizations = new Set<string>();
  const visitedDirs = new Set<string>();

  const toRel = (abs: string): string => relative(opts.root, abs).split(sep).join('/') || '.';
  const inside = (real: string): boolean => real === realRoot || real.startsWith(realRoot + sep);
  const excluded = (rel: string): boolean => exclude !== null && (exclude(rel) || exclude(`${rel}/`));

  /** Whether a file at `rel` is one to scan (its size is checked afterwards, by addFile). */
  const wanted = (rel: string, pathFilter: ((rel: string) => boolean) | null): boolean => {
    if (seenFiles.has(rel)) return false;
    if (!MANIFEST_EXT.test(rel) && !isHostConfigPath(rel)) return false; // host files: systemd units, env files of the components
    if (pathFilter && !pathFilter(rel)) return false;
    if (include && !include(rel)) return false;
    return !excluded(rel);
  };
  const addFile = (abs: string, rel: string, size: number, pathFilter: ((rel: string) => boolean) | null): void => {
    if (!wanted(rel, pathFilter)) return;
    seenFiles.add(rel);
    if (size > opts.maxFileBytes) {
      result.skipped.push({ rel, severity: 'notice', reason: `larger than the size limit (${size} bytes > ${opts.maxFileBytes})` });
      return;
    }
    result.files.push({ abs, rel, size });
  };

  interface DirTask {
    dir: string;
    /** The directory's real path, when known without asking (a plain subdirectory of a directory whose real path is known). */
    real: string | null;
    pathFilter: ((rel: string) => boolean) | null;
    inChart: boolean;
  }
  /** Symbolic links to directories, followed after the plain tree so that "already scanned" does not depend on timing. */
  let linkedDirs: Array<DirTask & { rel: string; target: string }> = [];

  const visit = async (task: DirTask, more: (t: DirTask) => void): Promise<void> => {
    const { dir, pathFilter, inChart } = task;
    let real = task.real;
    if (real === null) {
      try {
        real = await fs.realpath(dir);
      } catch (err) {
        result.skipped.push({ rel: toRel(dir), severity: 'warning', reason: `cannot be read (${(err as Error).message})` });
        return;
      }
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir);
    } catch (err) {
      result.skipped.push({ rel: toRel(dir), severity: 'warning', reason: `cannot be read (${(err as Error).message})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Set(entries.map((e) => e.name));
    const relDir = toRel(dir);
    const isChart = names.has('Chart.yaml') || names.has('Chart.yml');
    if (isChart && !seenCharts.has(relDir)) {
      seenCharts.add(relDir);
      result.charts.push(relDir);
    }
    if (KUSTOMIZATION_FILES.some((k) => names.has(k)) && !seenKustomizations.has(relDir)) {
      seenKustomizations.add(relDir);
      result.kustomizations.push(relDir);
    }
    // Sizes of this directory's plain files are asked for together (one stat each, overlapping).
    const files: Array<{ abs: string; rel: string }> = [];
    for (const e of entries) {
      const abs = join(dir, e.name);
      // The entry's path from its directory's (path.relative for every entry costs more than the listing).
      const rel = relDir === '.' ? e.name : `${relDir}/${e.name}`;
      let isDir = e.isDirectory;
      let isFile = e.isFile;
      let size = -1;
      if (e.isSymbolicLink) {
        let target: string;
        try {
          target = await fs.realpath(abs);
        } catch {
          result.skipped.push({ rel, severity: 'notice', reason: 'symbolic link that cannot be resolved (dangling or a loop)' });
          continue;
        }
        if (!inside(target)) {
          result.skipped.push({ rel, severity: 'warning', reason: 'symbolic link to a path outside the workspace (not followed)' });
          continue;
        }
        const st = await fs.stat(abs);
        if (st.isDirectory) {
          if (!(DEFAULT_EXCLUDED_DIRS.has(e.name) || excluded(rel) || (isChart && CHART_NON_MANIFEST_DIRS.has(e.name)))) {
            linkedDirs.push({ dir: abs, real: target, pathFilter, inChart: inChart || isChart, rel, target });
          }
          continue;
        }
        isDir = false;
        isFile = st.isFile;
        size = st.size;
      }
      if (isDir) {
        if (DEFAULT_EXCLUDED_DIRS.has(e.name) || excluded(rel)) continue;
        if (isChart && CHART_NON_MANIFEST_DIRS.has(e.name)) continue; // rendered by Helm, not read as YAML
        more({ dir: abs, real: join(real, e.name), pathFilter, inChart: inChart || isChart });
      } else if (isFile) {
        if (isChart && CHART_META.test(e.name)) continue;
        if (size >= 0) addFile(abs, rel, size, pathFilter);
        else if (wanted(rel, pathFilter)) files.push({ abs, rel });
      }
    }
    for (let i = 0; i < files.length; i += STAT_BATCH) {
      const batch = files.slice(i, i + STAT_BATCH);
      const sizes = await Promise.all(batch.map(async (f) => (await fs.lstat(f.abs)).size));
      batch.forEach((f, k) => addFile(f.abs, f.rel, sizes[k]!, pathFilter));
    }
  };

  /**
   * Walks a tree, several directories at a time (a repository of many small directories is otherwise bound by one
   * round trip per directory). Results are sorted afterwards, so the order of visits does not show.
   */
  const walkTree = async (root: DirTask): Promise<void> => {
    const queue: DirTask[] = [root];
    let active = 0;
    await new Promise<void>((done, fail) => {
      const pump = (): void => {
        while (active < DIR_CONCURRENCY && queue.length > 0) {
          const task = queue.shift()!;
          active++;
          visit(task, (t) => queue.push(t)).then(
            () => {
              active--;
              if (active === 0 && queue.length === 0) done();
              else pump();
            },
            fail,
          );
        }
      };
      pump();
    });
    // Then the linked directories, in name order: a link to a directory already walked is reported, not walked again.
    while (linkedDirs.length > 0) {
      const links = linkedDirs.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
      linkedDirs = [];
      for (const link of links) {
        if (visitedDirs.has(link.target)) {
          result.skipped.push({ rel: link.rel, severity: 'notice', reason: 'symbolic link to a directory already scanned (loop or duplicate)' });
          continue;
        }
        await walkTree({ dir: link.dir, real: link.target, pathFilter: link.pathFilter, inChart: link.inChart });
      }
    }
  };

  for (const p of opts.paths) {
    if (GLOB_CHARS.test(p) && !isAbsolute(p)) {
      const match = picomatch(p.replace(/^\.\//, ''), { dot: true });
      await walkTree({ dir: opts.root, real: realRoot, pathFilter: (rel) => match(rel), inChart: false });
      continue;
    }
    const abs = resolve(opts.root, p);
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch {
      throw new DiscoveryError(`path "${p}" does not exist`);
    }
    if (!inside(real)) throw new DiscoveryError(`path "${p}" is outside the workspace ${opts.root}; refusing to scan it`);
    const st = await fs.stat(abs);
    if (st.isDirectory) await walkTree({ dir: abs, real, pathFilter: null, inChart: await isInChart(fs, abs, opts.root) });
    else if (st.isFile) addFile(abs, toRel(abs), st.size, null);
  }
  result.files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  result.charts.sort();
  result.kustomizations.sort();
  result.skipped.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return result;
}

/** Whether `dir` sits inside a chart (some ancestor up to the root has a Chart.yaml). */
async function isInChart(fs: FileSystem, dir: string, root: string): Promise<boolean> {
  let d = dir;
  while (d.startsWith(root) && d !== root) {
    d = resolve(d, '..');
    try {
      const st = await fs.stat(join(d, 'Chart.yaml'));
      if (st.isFile) return true;
    } catch {
      // no chart here
    }
  }
  return false;
}
