/**
 * Where a chart's files come from: a workspace directory (walked through the WorkspaceBox: a link that leads out, a
 * dangling link and anything that is not a regular file are reported, never read), a subchart directory of its
 * parent's files, or a packaged subchart's entries; and the workspace file (or archive entry) each one is reported as.
 */
import { join } from 'node:path';
import type { Severity } from '../../findings/types.js';
import type { ChartMeta } from '../chart.js';
import type { ChartNode, FileOrigin } from '../source-map.js';
import type { State } from './types.js';

export interface SourceFile {
  /** Path inside the chart, POSIX. */
  path: string;
  read(): Promise<Uint8Array>;
}

export interface ChartSource {
  origin: ChartNode['origin'];
  /** Absolute directory in the workspace (null inside an archive). */
  abs: string | null;
  files(): Promise<SourceFile[]>;
}

export function repoSource(state: State, abs: string, rel: string): ChartSource {
  return {
    origin: { kind: 'repo', dir: rel },
    abs,
    files: () => walk(state, abs),
  };
}

/** Where a packaged subchart is, for findings: the workspace file (the outermost archive) and the entry path in it. */
export function archiveWhere(source: ChartSource, path: string): { file: string; entryPrefix: string; label: string } {
  if (source.origin.kind === 'repo') {
    const file = join2(source.origin.dir, path);
    return { file, entryPrefix: '', label: file };
  }
  const entry = `${source.origin.prefix}${path}`;
  return { file: source.origin.archive, entryPrefix: `${entry}/`, label: `${source.origin.archive} (entry ${entry})` };
}

export function subSource(parent: ChartSource, seg: string, list: SourceFile[]): ChartSource {
  const origin: ChartNode['origin'] = parent.origin.kind === 'repo'
    ? { kind: 'repo', dir: join2(parent.origin.dir, `charts/${seg}`) }
    : { kind: 'archive', archive: parent.origin.archive, prefix: `${parent.origin.prefix}charts/${seg}/` };
  return { origin, abs: parent.abs === null ? null : join(parent.abs, 'charts', seg), files: async () => list };
}

export function fileOrigin(source: ChartSource, path: string): FileOrigin {
  return source.origin.kind === 'repo'
    ? { kind: 'repo', file: join2(source.origin.dir, path) }
    : { kind: 'archive', archive: source.origin.archive, entry: `${source.origin.prefix}${path}` };
}

export function listingFile(source: ChartSource, meta: ChartMeta): string {
  return source.origin.kind === 'repo' ? join2(source.origin.dir, meta.dependenciesFile) : source.origin.archive;
}

export function describe(source: ChartSource): string {
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

export function join2(dir: string, rest: string): string {
  return dir === '.' || dir === '' ? rest : `${dir}/${rest}`;
}
