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
import { compareReleases, parseVersion } from '../version/index.js';
import type { PreRelease } from './pre-release.js';

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
  /** The announced minor after newestRelease (released=false in `minors`), with its calendar; null or absent when none. */
  preRelease?: PreRelease | null;
  sources: CatalogSource[];
  rules: CatalogRule[];
  skewPolicy: SkewPolicy;
  /** Ascending by minor. */
  minors: MinorRelease[];
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
      (o) => compareReleases(o.minor, m.minor) > 0 && o.endOfLife !== null && day >= o.endOfLife,
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
    if (compareReleases(minor, e.componentBelow) < 0) return { maxNewerMinors: e.maxNewerMinors, maxOlderMinors: e.maxOlderMinors, rule: rule.id };
  }
  return { maxNewerMinors: rule.maxNewerMinors, maxOlderMinors: rule.maxOlderMinors, rule: rule.id };
}
