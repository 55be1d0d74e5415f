/**
 * Versions, in one place: Kubernetes releases ("1.25"), plain versions ("1.25.3"), the version strings clusters and
 * providers report ("v1.30.5-gke.1014001"), SemVer 2.0 precedence (Helm charts, advisory ranges) and the order of
 * Kubernetes API versions ("v1beta1" < "v1"). Everything else (catalogs, rules, generators) compares through these.
 */

// Releases

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
 * A release as one number (major × 1,000,000 + minor). The rules compare the target with catalog releases for every
 * document, so the usual forms ("1.25", "v1.25", "1.25.3") are read by one pass over the characters with no
 * allocation; anything else goes through parseRelease, which decides what is a release.
 */
function ordinal(text: string): number {
  let i = text.charCodeAt(0) === 118 /* v */ ? 1 : 0;
  let major = 0;
  let minor = 0;
  let digits = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    major = major * 10 + c;
    digits++;
  }
  if (digits > 0 && digits < 7 && text.charCodeAt(i) === 46 /* . */) {
    const start = ++i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      minor = minor * 10 + c;
    }
    if (i > start && i - start < 7 && (i === text.length || (text.charCodeAt(i) === 46 && /^\.\d+$/.test(text.slice(i))))) return major * 1_000_000 + minor;
  }
  const r = parseRelease(text);
  if (!r) throw new Error(`not a release: ${text}`);
  return r.major * 1_000_000 + r.minor;
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

// Plain and reported versions

export interface ParsedVersion {
  major: number;
  minor: number;
  /** null when the input named only a minor ("1.34"). */
  patch: number | null;
  /** Upstream pre-release ("rc.1", "beta.0", "alpha.3"), null for GA builds. */
  prerelease: string | null;
  /** Distribution that built the binary ("eks", "gke", "k3s", "rke2", "do", …), null for upstream. */
  provider: string | null;
  /** The provider part as written ("eks-113cf36", "gke.1014001", "k3s1"). */
  providerBuild: string | null;
  /** "1.34" */
  release: string;
  /** "1.34.2" (patch 0 assumed when absent); pre-release and provider parts dropped. */
  normalized: string;
  raw: string;
}

const VERSION_RE = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
const UPSTREAM_PRERELEASE_RE = /^(alpha|beta|rc)(\.\d+)?$/;

/**
 * Parses Kubernetes version strings as reported by clusters and providers:
 * `1.34.2`, `v1.34.2`, `1.34.2-eks-113cf36` (EKS), `v1.30.5-gke.1014001` (GKE),
 * `1.29.7+k3s1` / `v1.29.7+rke2r1` (build metadata), `v1.35.0-rc.1` (upstream pre-release), `1.34`.
 * Provider suffixes are not SemVer pre-releases: `1.30.5-gke.N` is a build of 1.30.5, not older
 * than it (see the version notes in the advisories data README). Returns null for anything else.
 */
export function parseVersion(text: string): ParsedVersion | null {
  const raw = text.trim();
  const m = VERSION_RE.exec(raw);
  if (!m) return null;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const patch = m[3] === undefined ? null : Number(m[3]);
  const dash = m[4] ?? null;
  const plus = m[5] ?? null;
  let prerelease: string | null = null;
  let providerBuild: string | null = null;
  if (dash !== null) {
    if (UPSTREAM_PRERELEASE_RE.test(dash) || /^(alpha|beta|rc)\.\d+\./.test(dash)) prerelease = dash;
    else providerBuild = dash;
  }
  if (plus !== null) providerBuild = providerBuild === null ? plus : `${providerBuild}+${plus}`;
  const provider = providerBuild === null ? null : providerOf(providerBuild);
  return {
    major,
    minor,
    patch,
    prerelease,
    provider,
    providerBuild,
    release: `${major}.${minor}`,
    normalized: `${major}.${minor}.${patch ?? 0}`,
    raw,
  };
}

const KNOWN_PROVIDERS = ['rke2', 'k3s', 'eks', 'gke', 'aks'];

function providerOf(build: string): string {
  const token = (build.split(/[-.+]/)[0] ?? '').toLowerCase();
  const known = KNOWN_PROVIDERS.find((p) => token.startsWith(p));
  if (known) return known;
  return token.replace(/\d+$/, '') || 'unknown';
}

/** Numeric [major, minor, patch] of a plain "x.y.z" / "x.y" / "0" string; null if not numeric. */
export function versionTuple(v: string): [number, number, number] | null {
  if (v === '0') return [0, 0, 0];
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(v.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/** Compares plain versions ("1.9.3" < "1.16.0"; "0" is lowest). Throws on non-numeric input. */
export function compareVersions(a: string, b: string): number {
  const ta = versionTuple(a);
  const tb = versionTuple(b);
  if (!ta || !tb) throw new Error(`not a plain version: ${ta ? b : a}`);
  return ta[0] - tb[0] || ta[1] - tb[1] || ta[2] - tb[2];
}

/** "1.34.2" → "1.34". */
export function minorOf(version: string): string {
  const t = versionTuple(version);
  if (!t) throw new Error(`not a plain version: ${version}`);
  return `${t[0]}.${t[1]}`;
}

// SemVer 2.0

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const SEMVER_RE = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses `1.2.3`, `v1.2`, `1.25.0-0`, `1.2.3+build` (SemVer 2.0 with partial versions); missing minor/patch count as 0. */
export function parseSemver(text: string): SemVer | null {
  const m = SEMVER_RE.exec(text.trim());
  if (!m) return null;
  return {
    major: Number(m[1]),
    minor: m[2] === undefined ? 0 : Number(m[2]),
    patch: m[3] === undefined ? 0 : Number(m[3]),
    prerelease: m[4] === undefined ? [] : m[4].split('.'),
  };
}

/** SemVer 2.0 precedence (§11): a release sorts after its pre-releases; numeric identifiers numerically. */
export function compareSemver(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  // A release sorts after its pre-releases: 1.25.0-0 < 1.25.0.
  if (a.prerelease.length === 0) return b.prerelease.length === 0 ? 0 : 1;
  if (b.prerelease.length === 0) return -1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Math.sign(Number(x) - Number(y));
    if (nx) return -1;
    if (ny) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Kubernetes API version order: v1alpha1 < v1beta1 < v1 < v2alpha1 … (an unknown form sorts first). */
export function compareApiVersions(a: string, b: string): number {
  const parse = (v: string): [number, number, number] => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [0, 0, 0];
    return [Number(m[1]), m[2] === 'alpha' ? 0 : m[2] === 'beta' ? 1 : 2, Number(m[3] ?? 0)];
  };
  const [x, y] = [parse(a), parse(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
