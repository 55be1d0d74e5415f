/**
 * Kubernetes release catalog (data/releases.json): minor releases with their support windows and
 * every patch release, plus the version-skew policy as data.
 *
 * Everything here is pure: functions take the parsed catalog object and, where time matters, the
 * date to evaluate at ("YYYY-MM-DD" or a Date, read as a UTC calendar day). No file system, no
 * clock.
 *
 * Upstream meaning of the dates (kubernetes/website data/releases/schedule.yaml, rendered on
 * https://kubernetes.io/releases/patch-releases/): a minor is fully supported from its release
 * date, enters maintenance mode (only critical/security fixes) on `maintenanceModeStart`, and
 * receives no more patches from `endOfLife`. A status changes on the listed day itself.
 */

/** One upstream file or record set the catalog was built from. */
export interface CatalogSource {
  id: string;
  name: string;
  /** owner/name on GitHub, or null for a file prepared alongside the mirror. */
  repository: string | null;
  commit: string | null;
  path: string;
  note?: string;
}

export interface PatchRelease {
  version: string;
  /** Tag date, YYYY-MM-DD. */
  date: string;
}

/** Two sources said different things about one fact; `chosen` is what the catalog uses. */
export interface Disagreement {
  field: string;
  chosen: string | null;
  chosenFrom: string;
  other: string | null;
  otherFrom: string;
  /** id of the rule in `rules` that decided. */
  rule: string;
}

export interface MinorRelease {
  /** "1.36" */
  minor: string;
  /** false for a minor that is only announced (release calendar), with no GA tag yet. */
  released: boolean;
  releaseDate: string | null;
  /** Only for a minor that is not released yet: the date its calendar plans for vX.Y.0. */
  plannedReleaseDate: string | null;
  maintenanceModeStart: string | null;
  endOfLife: string | null;
  latestPatch: string | null;
  latestPatchDate: string | null;
  /** Ascending by patch number. */
  patches: PatchRelease[];
  /** Patches tagged after `endOfLife` (out-of-band fixes after the branch closed). */
  patchesAfterEndOfLife: string[];
  /** Which source each date came from (source ids from `sources`). */
  provenance: {
    releaseDate: string | null;
    plannedReleaseDate: string | null;
    maintenanceModeStart: string | null;
    endOfLife: string | null;
    patches: string | null;
  };
  disagreements: Disagreement[];
}

/** How far a component may drift from the component it is measured against, in minor versions. */
export interface SkewRule {
  id: string;
  components: string[];
  relativeTo: string;
  maxNewerMinors: number;
  maxOlderMinors: number;
  /** Narrower limits when the constrained component is older than `componentBelow`. */
  exceptions: Array<{ componentBelow: string; maxNewerMinors: number; maxOlderMinors: number }>;
  /** Sentence of the policy the numbers were read from (whitespace collapsed). */
  evidence: string;
}

export interface SkewPolicy {
  source: string;
  /** How many of the newest minors upstream maintains release branches for. */
  maintainedMinorCount: number;
  /** kube-apiserver must not skip minors when upgrading: largest allowed minor step per upgrade. */
  apiserverMaxMinorStep: number;
  /** Upgrade order: each group upgrades after the groups before it. */
  upgradeOrder: string[][];
  rules: SkewRule[];
  notes: string[];
}

export interface CatalogRule {
  id: string;
  text: string;
}

export interface ReleasesCatalog {
  _generated: string;
  schemaVersion: 1;
  catalogVersion: string;
  newestRelease: string;
  sources: CatalogSource[];
  rules: CatalogRule[];
  skewPolicy: SkewPolicy;
  /** Ascending by minor. */
  minors: MinorRelease[];
}

// ---------------------------------------------------------------------------------------------
// Versions

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

/** Compares "major.minor" strings numerically. */
export function compareMinors(a: string, b: string): number {
  return compareVersions(`${a}.0`, `${b}.0`);
}

/** Normalises an as-of date to "YYYY-MM-DD" (a Date is read as its UTC calendar day). */
export function isoDay(asOf: string | Date): string {
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw new Error('invalid date');
    return asOf.toISOString().slice(0, 10);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`expected YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  return asOf;
}

// ---------------------------------------------------------------------------------------------
// Queries

export function findMinor(catalog: ReleasesCatalog, minor: string): MinorRelease | null {
  const key = parseVersion(minor)?.release ?? minor;
  return catalog.minors.find((m) => m.minor === key) ?? null;
}

export type SupportState = 'supported' | 'maintenance' | 'end-of-life' | 'unreleased' | 'unknown';

export interface SupportStatus {
  minor: string;
  status: SupportState;
  /** The date the current state began (release date, maintenance start or end of life), when known. */
  since: string | null;
  /** The date the current state ends (maintenance start, end of life, or planned release), when known. */
  until: string | null;
}

/**
 * Support state of a minor on a date. `minor` may be "1.33", "v1.33" or any version of that minor.
 * - unreleased: not released per the catalog, or the date is before its release date
 * - supported: released and before maintenance mode (or before end of life when no maintenance date is known)
 * - maintenance: on/after maintenance mode start and before end of life
 * - end-of-life: on/after end of life
 * - unknown: the catalog does not know the minor, or lacks an end-of-life date for it (a minor with
 *   no end-of-life date counts as end-of-life once a newer minor is, since branches close in order)
 */
export function supportStatus(catalog: ReleasesCatalog, minor: string, asOf: string | Date): SupportStatus {
  const day = isoDay(asOf);
  const key = parseVersion(minor)?.release ?? minor;
  const m = findMinor(catalog, key);
  if (!m) return { minor: key, status: 'unknown', since: null, until: null };
  if (!m.released || m.releaseDate === null || day < m.releaseDate) {
    return { minor: m.minor, status: 'unreleased', since: null, until: m.releaseDate ?? m.plannedReleaseDate };
  }
  if (m.endOfLife !== null && day >= m.endOfLife) return { minor: m.minor, status: 'end-of-life', since: m.endOfLife, until: null };
  if (m.maintenanceModeStart !== null && day >= m.maintenanceModeStart) {
    return { minor: m.minor, status: 'maintenance', since: m.maintenanceModeStart, until: m.endOfLife };
  }
  if (m.endOfLife === null) {
    // Branches close oldest first: a minor older than one that is already end-of-life is too.
    const newerClosed = catalog.minors.some(
      (o) => compareMinors(o.minor, m.minor) > 0 && o.endOfLife !== null && day >= o.endOfLife,
    );
    return newerClosed
      ? { minor: m.minor, status: 'end-of-life', since: null, until: null }
      : { minor: m.minor, status: 'unknown', since: m.releaseDate, until: null };
  }
  return { minor: m.minor, status: 'supported', since: m.releaseDate, until: m.maintenanceModeStart ?? m.endOfLife };
}

/** True when upstream still ships patches for the minor on the date (supported or maintenance). */
export function receivesPatches(catalog: ReleasesCatalog, minor: string, asOf: string | Date): boolean {
  const s = supportStatus(catalog, minor, asOf).status;
  return s === 'supported' || s === 'maintenance';
}

/**
 * Newest patch of a minor; with `asOf`, the newest one tagged on or before that day.
 * Returns null when the minor is unknown or had no release yet.
 */
export function latestPatch(catalog: ReleasesCatalog, minor: string, asOf?: string | Date): PatchRelease | null {
  const m = findMinor(catalog, minor);
  if (!m) return null;
  const day = asOf === undefined ? null : isoDay(asOf);
  const eligible = day === null ? m.patches : m.patches.filter((p) => p.date <= day);
  return eligible.at(-1) ?? null;
}

/** Patches of a minor released on or before the day (all when no day is given), ascending. */
export function patchesOf(catalog: ReleasesCatalog, minor: string, asOf?: string | Date): PatchRelease[] {
  const m = findMinor(catalog, minor);
  if (!m) return [];
  const day = asOf === undefined ? null : isoDay(asOf);
  return day === null ? [...m.patches] : m.patches.filter((p) => p.date <= day);
}

/** Minors upstream patches on the day (supported or maintenance), ascending. */
export function maintainedMinors(catalog: ReleasesCatalog, asOf: string | Date): string[] {
  return catalog.minors.filter((m) => receivesPatches(catalog, m.minor, asOf)).map((m) => m.minor);
}

/** True when the exact version (provider suffix ignored) is a tagged upstream patch in the catalog. */
export function isKnownPatch(catalog: ReleasesCatalog, version: string): boolean {
  const v = parseVersion(version);
  if (!v || v.patch === null) return false;
  return findMinor(catalog, v.release)?.patches.some((p) => p.version === v.normalized) ?? false;
}

/**
 * Allowed skew for `component` measured against `relativeTo` under the policy, taking the
 * "older than 1.25" style exceptions into account for the given component minor.
 * Returns null when the policy has no rule for that pair.
 */
export function allowedSkew(
  policy: SkewPolicy,
  component: string,
  relativeTo: string,
  componentMinor: string,
): { maxNewerMinors: number; maxOlderMinors: number; rule: string } | null {
  const rule = policy.rules.find((r) => r.components.includes(component) && r.relativeTo === relativeTo);
  if (!rule) return null;
  const minor = parseVersion(componentMinor)?.release ?? componentMinor;
  for (const e of rule.exceptions) {
    if (compareMinors(minor, e.componentBelow) < 0) return { maxNewerMinors: e.maxNewerMinors, maxOlderMinors: e.maxOlderMinors, rule: rule.id };
  }
  return { maxNewerMinors: rule.maxNewerMinors, maxOlderMinors: rule.maxOlderMinors, rule: rule.id };
}
