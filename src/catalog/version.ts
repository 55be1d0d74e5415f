/** Kubernetes release ("minor") strings such as "1.25". */
export interface Release {
  major: number;
  minor: number;
}

const RELEASE_RE = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;

/** Parses "1.25", "v1.25" or "1.25.3" (the patch is ignored). Returns null when the text is not a version. */
export function parseRelease(text: string): Release | null {
  const m = RELEASE_RE.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export function formatRelease(r: Release): string {
  return `${r.major}.${r.minor}`;
}

/**
 * Releases as one number each, by text. The rules compare the target with catalog releases for every document, and
 * only a few dozen release texts exist in a scan.
 */
const ordinals = new Map<string, number>();

function ordinal(text: string): number {
  let o = ordinals.get(text);
  if (o === undefined) {
    const r = parseRelease(text);
    if (!r) throw new Error(`not a release: ${text}`);
    o = r.major * 1_000_000 + r.minor;
    if (ordinals.size >= 512) ordinals.clear();
    ordinals.set(text, o);
  }
  return o;
}

/** Negative, zero or positive as release `a` is before, the same as or after `b`; throws for a text that is not one. */
export function compareReleases(a: string, b: string): number {
  return ordinal(a) - ordinal(b);
}

/** The release `steps` minors after `r` (negative steps go back). */
export function addMinors(r: string, steps: number): string {
  const p = parseRelease(r);
  if (!p) throw new Error(`not a release: ${r}`);
  return formatRelease({ major: p.major, minor: p.minor + steps });
}
