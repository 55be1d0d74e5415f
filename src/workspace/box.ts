/**
 * The one place that decides what the scan may read. The scanned repository is untrusted input: a path it names
 * (a values file, a Chart.yaml, a dependency, a kustomize resource, the configuration file …) is resolved here with
 * symbolic links followed, and is allowed only when its real path stays inside the workspace and, for files, is a
 * regular file (never a FIFO, device or socket, which could block a read for ever). A refusal names the path
 * relative to the workspace and why, never the content of what it points at.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileSystem } from '../ports/index.js';

export type BoxRefusal = 'outside' | 'missing' | 'not-regular' | 'directory' | 'not-directory';

export type BoxCheck =
  | { ok: true; /** Absolute path as named (inside the workspace). */ abs: string; /** Real path, links followed. */ real: string; rel: string }
  | { ok: false; reason: BoxRefusal; rel: string; /** One sentence for a finding or a usage error. */ message: string };

export class BoxError extends Error {
  constructor(
    readonly reason: BoxRefusal,
    readonly rel: string,
    message: string,
  ) {
    super(message);
    this.name = 'BoxError';
  }
}

const REASONS: Record<BoxRefusal, string> = {
  outside: 'leads outside the workspace (not read)',
  missing: 'does not exist or cannot be resolved (a dangling link or a loop)',
  'not-regular': 'is not a regular file (a FIFO, device or socket is never read)',
  directory: 'is a directory, not a file',
  'not-directory': 'is not a directory',
};

/** Whether a name is one path segment: no separator, not `.` or `..`, no NUL. Dependency names must be. */
export function isSingleSegment(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

/** Whether `path` (POSIX or native) is relative and never climbs above its start (`a/../b` is fine, `../b` is not). */
export function staysBelow(path: string): boolean {
  if (path === '' || isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.includes('\0')) return false;
  let depth = 0;
  for (const part of path.split(/[/\\]+/)) {
    if (part === '' || part === '.') continue;
    depth += part === '..' ? -1 : 1;
    if (depth < 0) return false;
  }
  return true;
}

export class WorkspaceBox {
  private constructor(
    private readonly fs: FileSystem,
    /** Absolute workspace root as given. */
    readonly root: string,
    /** Its real path. */
    readonly realRoot: string,
  ) {}

  static async open(fs: FileSystem, root: string): Promise<WorkspaceBox> {
    const abs = resolve(root);
    return new WorkspaceBox(fs, abs, await fs.realpath(abs));
  }

  /** Whether a real (links followed) path is the workspace or inside it. */
  containsReal(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot.endsWith(sep) ? this.realRoot : this.realRoot + sep);
  }

  /** Workspace-relative POSIX form of an absolute path (`.` for the root); lexical, links not followed. */
  rel(abs: string): string {
    const r = relative(this.root, abs);
    return r.split(sep).join('/') || '.';
  }

  /**
   * Resolves `path` (absolute, or relative to `from`, default the workspace root) and checks it: inside the
   * workspace both as named and with every link followed, existing, and of the kind wanted.
   */
  async check(path: string, want: 'file' | 'directory' | 'any', from: string = this.root): Promise<BoxCheck> {
    const abs = resolve(from, path);
    const rel = this.rel(abs);
    const refuse = (reason: BoxRefusal): BoxCheck => ({ ok: false, reason, rel, message: `${rel} ${REASONS[reason]}` });
    const lexical = relative(this.root, abs);
    if (lexical.startsWith('..') || isAbsolute(lexical)) {
      // Named outside the workspace: it may still be the workspace reached by another name (a link to it).
      let real: string;
      try {
        real = await this.fs.realpath(abs);
      } catch {
        return refuse('outside');
      }
      if (!this.containsReal(real)) return refuse('outside');
    }
    let real: string;
    try {
      real = await this.fs.realpath(abs);
    } catch {
      return refuse('missing');
    }
    if (!this.containsReal(real)) return refuse('outside');
    if (want === 'any') return { ok: true, abs, real, rel };
    let st;
    try {
      st = await this.fs.stat(real);
    } catch {
      return refuse('missing');
    }
    if (want === 'directory') return st.isDirectory ? { ok: true, abs, real, rel } : refuse('not-directory');
    if (st.isDirectory) return refuse('directory');
    if (!st.isFile) return refuse('not-regular');
    return { ok: true, abs, real, rel };
  }

  /** Reads a file the box allows; throws a BoxError naming the path (never its content) otherwise. */
  async readFile(path: string, from: string = this.root): Promise<Uint8Array> {
    const c = await this.check(path, 'file', from);
    if (!c.ok) throw new BoxError(c.reason, c.rel, c.message);
    return this.fs.readFile(c.real);
  }
}
