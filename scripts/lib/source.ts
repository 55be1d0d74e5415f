/**
 * Where generators read upstream data from: a local mirror directory or a URL base.
 * The same relative paths are used for both, so a generator run against a mirror and one run
 * against the upstream host produce the same catalog.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export interface Source {
  /** Human-readable description recorded in the generated file's provenance. */
  readonly describe: string;
  read(relativePath: string): Promise<string>;
}

export function isUrl(base: string): boolean {
  return /^https?:\/\//i.test(base);
}

export function openSource(base: string, opts: { timeoutMs?: number } = {}): Source {
  if (isUrl(base)) {
    const root = base.endsWith('/') ? base : `${base}/`;
    return {
      describe: root,
      async read(rel) {
        const url = new URL(rel, root);
        const res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
        if (!res.ok) throw new Error(`GET ${url.href} answered ${res.status} ${res.statusText}`);
        return await res.text();
      },
    };
  }
  const root = resolve(base);
  return {
    describe: 'local mirror',
    async read(rel) {
      return await readFile(resolve(root, rel), 'utf8');
    },
  };
}

/** Deterministic JSON: two-space indent, trailing newline. Callers sort arrays and build objects in a fixed key order. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function writeGenerated(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, stableJson(value));
}

/** Parses `--source DIR|URL --out FILE --check` style arguments shared by every generator. */
export function generatorArgs(argv: readonly string[], defaults: { source: string; out: string }): { source: string; out: string; check: boolean } {
  let source = defaults.source;
  let out = defaults.out;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--source') source = argv[++i] ?? source;
    else if (a === '--out') out = argv[++i] ?? out;
    else if (a === '--check') check = true;
    else throw new Error(`unknown argument ${a}; expected --source DIR|URL, --out FILE, --check`);
  }
  return { source, out, check };
}

/**
 * Reads a file that may legitimately be absent from the mirror: resolves to null for a missing
 * local file (ENOENT) or an HTTP 404 from a URL base; every other failure is rethrown.
 */
export async function readOptional(source: Source, relativePath: string): Promise<string | null> {
  try {
    return await source.read(relativePath);
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    if (err.code === 'ENOENT') return null;
    if (typeof err.message === 'string' && /\banswered 404\b/.test(err.message)) return null;
    throw e;
  }
}

/**
 * JSON paths (`a.b[3].c`) at which two JSON values differ, at most `limit` of them, in document
 * order. Used by `--check` to name what changed.
 */
export function jsonDifferences(before: unknown, after: unknown, limit = 20): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (i >= a.length) out.push(`${path}[${i}] added`);
        else if (i >= b.length) out.push(`${path}[${i}] removed`);
        else walk(a[i], b[i], `${path}[${i}]`);
        if (out.length >= limit) return;
      }
      return;
    }
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const ao = a as Record<string, unknown>;
      const bo = b as Record<string, unknown>;
      for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
        const p = path ? `${path}.${k}` : k;
        if (!(k in bo)) out.push(`${p} removed`);
        else if (!(k in ao)) out.push(`${p} added`);
        else walk(ao[k], bo[k], p);
        if (out.length >= limit) return;
      }
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path || '(root)'}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`.slice(0, 300));
  };
  walk(before, after, '');
  return out;
}

/**
 * Deterministic JSON like `stableJson`, but containers nested `expandDepth` levels or deeper are written on
 * one line (e.g. one line per record), which keeps large generated files small and their diffs readable.
 */
export function compactJson(value: unknown, expandDepth: number): string {
  const write = (v: unknown, depth: number): string => {
    if (v === null || typeof v !== 'object' || depth >= expandDepth) return JSON.stringify(v);
    const pad = '  '.repeat(depth + 1);
    const close = '  '.repeat(depth);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((x) => pad + write(x === undefined ? null : x, depth + 1)).join(',\n')}\n${close}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${pad}${JSON.stringify(k)}: ${write(x, depth + 1)}`).join(',\n')}\n${close}}`;
  };
  return `${write(value, 0)}\n`;
}

/** Writes already-formatted generated text, creating the directory. */
export async function writeGeneratedText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
