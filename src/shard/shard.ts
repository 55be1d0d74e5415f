/**
 * Sharding: a deterministic partition of a repository's files, charts and overlays into N parts, so a matrix of
 * jobs can scan one part each. The part of a path depends only on the path (FNV-1a of its UTF-8 bytes), so it is
 * the same on every run and every machine.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

const SHARD_RE = /^(\d+)\/(\d+)$/;

/** Parses "I/N" (1 ≤ I ≤ N); null when the text is not of that form. */
export function parseShard(text: string): Shard | null {
  const m = SHARD_RE.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count || count > 1000) return null;
  return { index, count };
}

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The shard (1-based) a workspace-relative path belongs to. */
export function shardOf(path: string, count: number): number {
  return (fnv1a(path) % count) + 1;
}

/** A predicate for "this path is scanned by this shard"; everything belongs to the only shard of an unsharded run. */
export function shardFilter(shard: Shard | null | undefined): (path: string) => boolean {
  if (!shard || shard.count === 1) return () => true;
  return (path) => shardOf(path, shard.count) === shard.index;
}
