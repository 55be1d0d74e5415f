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

export function compareReleases(a: string, b: string): number {
  const ra = parseRelease(a);
  const rb = parseRelease(b);
  if (!ra || !rb) throw new Error(`not a release: ${ra ? b : a}`);
  return ra.major - rb.major || ra.minor - rb.minor;
}

/** The release `steps` minors after `r` (negative steps go back). */
export function addMinors(r: string, steps: number): string {
  const p = parseRelease(r);
  if (!p) throw new Error(`not a release: ${r}`);
  return formatRelease({ major: p.major, minor: p.minor + steps });
}
