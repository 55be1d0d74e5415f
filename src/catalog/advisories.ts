/**
 * Kubernetes security advisory catalog (data/advisories.json) and pure queries over it.
 *
 * Two kinds of advisory live in the catalog:
 *  - core: a component shipped in a kubernetes/kubernetes release (kube-apiserver, kubelet, …);
 *    its ranges are Kubernetes release versions and can be matched against a cluster.
 *  - add-on: ingress-nginx, CSI drivers, image-builder, client libraries, … versioned by
 *    themselves (or, for a few historic add-ons, by the release that bundled their manifests).
 *    `matchesClusterVersion` is false for every add-on: they are never matched against a cluster
 *    version, only against the add-on's own version when the caller names that add-on.
 *
 * Range semantics (normalised from OSV-style data, see scripts/lib/advisories.ts):
 * a version v is affected by a range when introduced ≤ v, v < fixed (when set), v ≤ lastAffected
 * (when set) and v < limit (when set). `introduced: "0"` means "all earlier versions". All bounds
 * are GA versions "x.y.z": a fix first shipped in a pre-release (1.26.0-alpha.3) is recorded as the
 * GA of that minor (1.26.0). A range with `minor` set lies entirely inside that minor line.
 */
import {
  isoDay,
  patchesOf,
  receivesPatches,
  supportStatus,
  type CatalogRule,
  type CatalogSource,
  type ReleasesCatalog,
  type SupportState,
} from './releases.js';
import { compareReleases, compareVersions, minorOf, parseVersion } from '../version/index.js';

export const CORE_COMPONENTS = [
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kube-proxy',
  'kubelet',
  'kubectl',
] as const;
export type CoreComponent = (typeof CORE_COMPONENTS)[number];

/** Library shipped with (and versioned like) a Kubernetes release, but not a cluster component. */
const CORE_LIBRARIES = ['client-go'] as const;

function isCoreComponent(name: string): name is CoreComponent {
  return (CORE_COMPONENTS as readonly string[]).includes(name);
}

export interface AffectedRange {
  /** "1.33" when the range lies inside one minor line, null when it spans several. */
  minor: string | null;
  introduced: string;
  lastAffected: string | null;
  fixed: string | null;
  limit: string | null;
}

export type SeverityLevel = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export interface Cvss {
  version: string;
  vector: string;
  baseScore: number;
  severity: SeverityLevel;
  /** Who assigned it (the Kubernetes Security Response Committee / CNA record, NVD, …) and via which source. */
  source: string;
}

export interface CrossCheckDifference {
  kind: 'ranges' | 'lower-bound' | 'cvss' | 'components' | 'aliases';
  /** "1.16" for a minor line, or a short label such as "lower bound" or "vector". */
  aspect: string;
  catalog: string;
  source: string;
  /**
   * Why the sources differ, when known: a data problem listed in the advisories data README, a
   * difference the reconciled table already noted, or a generator rule ("rule …"). Null = unexplained.
   */
  explanation: string | null;
}

export interface CrossCheck {
  source: string;
  record: string;
  result: 'agree' | 'differ' | 'no-version-data';
  notes: string[];
  differences: CrossCheckDifference[];
}

export interface AdvisoryRecord {
  source: string;
  repository: string;
  path: string;
  commit: string | null;
  /** false when the record is known (cited by the reconciled table) but not stored in the mirror. */
  inMirror: boolean;
  note?: string;
}

export type AdvisoryKind = 'core' | 'add-on';
export type FixState = 'available' | 'none' | 'unknown';

export interface Advisory {
  id: string;
  /** GHSA and Go vulnerability ids. */
  aliases: string[];
  title: string | null;
  kind: AdvisoryKind;
  /** Normalised: core → component names from CORE_COMPONENTS / CORE_LIBRARIES; add-on → the add-on's name. */
  components: string[];
  componentsAsPublished: string[];
  /** What the version numbers in `affected` refer to. */
  versionScheme: 'kubernetes' | 'own' | null;
  /** Name of the versioned product when versionScheme is "own". */
  versionedProduct: string | null;
  /** Only core advisories with Kubernetes-versioned ranges are ever matched against a cluster. */
  matchesClusterVersion: boolean;
  published: string | null;
  issueUrl: string | null;
  inOfficialFeed: boolean | null;
  severity: Cvss | null;
  severityNvd: Cvss | null;
  fix: FixState;
  affected: AffectedRange[];
  /** First fixed GA patch per minor line. */
  fixedByMinor: Record<string, string>;
  /** When a cluster is exploitable (project-written summary). */
  conditions: string | null;
  /** What to do besides upgrading, or the only option when there is no fix. */
  mitigation: string | null;
  /** Which source (and rule) each fact came from. */
  provenance: {
    ranges: { from: string; rule: string };
    severity: string | null;
    title: string | null;
    published: string | null;
    aliases: string;
    conditionsAndMitigation: string;
    records: AdvisoryRecord[];
  };
  /** Ids (from the catalog's `rules`) of the rules that decided or normalised something in this advisory. */
  rulesApplied: string[];
  /** Remarks carried from the reconciled table and found while normalising. */
  notes: string[];
  crossChecks: CrossCheck[];
}

export interface AdvisoriesCatalog {
  _generated: string;
  schemaVersion: 1;
  catalogVersion: string;
  sources: CatalogSource[];
  rules: CatalogRule[];
  coreComponents: string[];
  counts: Record<string, number>;
  advisories: Advisory[];
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Normalises a queried version to "x.y.z" (provider suffixes dropped; "1.34" → "1.34.0"). */
function plain(version: string): string | null {
  if (version === '0') return '0';
  return parseVersion(version)?.normalized ?? null;
}

export function rangeContains(range: AffectedRange, version: string): boolean {
  const v = plain(version);
  if (v === null) return false;
  if (range.introduced !== '0' && compareVersions(v, range.introduced) < 0) return false;
  if (range.fixed !== null && compareVersions(v, range.fixed) >= 0) return false;
  if (range.lastAffected !== null && compareVersions(v, range.lastAffected) > 0) return false;
  if (range.limit !== null && compareVersions(v, range.limit) >= 0) return false;
  return true;
}

/** True when `version` (any provider format) falls in one of the advisory's ranges. */
export function isVersionAffected(advisory: Advisory, version: string): boolean {
  return advisory.affected.some((r) => rangeContains(r, version));
}

/**
 * Advisories affecting a component at a version, sorted by id.
 * - core component (kube-apiserver, kubelet, …, or the library client-go): core advisories whose
 *   components include it and whose Kubernetes-versioned ranges contain the version. Add-on
 *   advisories never match here, whatever their numbers say.
 * - any other name (an add-on such as "ingress-nginx"): add-on advisories for that add-on whose
 *   own-versioned ranges contain the version.
 * Versions without a patch ("1.34") are checked as the first patch of that minor.
 */
export function advisoriesAffecting(catalog: AdvisoriesCatalog, component: string, version: string): Advisory[] {
  const name = component.trim();
  const core = isCoreComponent(name) || (CORE_LIBRARIES as readonly string[]).includes(name);
  return catalog.advisories
    .filter((a) => {
      if (!a.components.includes(name)) return false;
      if (core) return a.kind === 'core' && a.matchesClusterVersion && a.versionScheme === 'kubernetes';
      return a.kind === 'add-on' && a.versionScheme === 'own';
    })
    .filter((a) => isVersionAffected(a, version))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function findAdvisory(catalog: AdvisoriesCatalog, id: string): Advisory | null {
  const key = id.trim().toUpperCase();
  return catalog.advisories.find((a) => a.id === key || a.aliases.some((x) => x.toUpperCase() === key)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Upgrade targets

export type FixTarget =
  | { kind: 'not-affected'; version: string }
  | {
      kind: 'upgrade';
      version: string;
      /** Smallest released, unaffected patch in the first supported minor that has one. */
      target: string;
      minor: string;
      sameMinor: boolean;
      /** How many minors the target is ahead (kube-apiserver must step through each one). */
      minorsAhead: number;
      targetSupport: SupportState;
    }
  | { kind: 'no-fix'; version: string; mitigation: string | null }
  | { kind: 'no-supported-target'; version: string; mitigation: string | null }
  | { kind: 'not-applicable'; version: string; reason: string };

/**
 * Smallest fixed, supported upgrade target for a core advisory at `version` on `asOf`:
 * 1. the same minor, when upstream still patches it on that day and a released patch is unaffected;
 * 2. otherwise the next minor that upstream patches on that day, one minor at a time, taking its
 *    smallest released unaffected patch (released on or before `asOf`).
 * An advisory with no fix at all gives no target and points at its mitigation. Add-on advisories
 * and advisories without Kubernetes-versioned ranges are not applicable.
 */
export function smallestFixedSupportedTarget(
  releases: ReleasesCatalog,
  advisory: Advisory,
  version: string,
  asOf: string | Date,
): FixTarget {
  const day = isoDay(asOf);
  const parsed = parseVersion(version);
  if (!parsed) return { kind: 'not-applicable', version, reason: `not a Kubernetes version: ${version}` };
  const v = parsed.normalized;
  if (advisory.kind !== 'core' || !advisory.matchesClusterVersion || advisory.versionScheme !== 'kubernetes') {
    return { kind: 'not-applicable', version: v, reason: `${advisory.id} is not versioned by the Kubernetes release` };
  }
  if (advisory.affected.length === 0) {
    return { kind: 'not-applicable', version: v, reason: `${advisory.id} has no version data` };
  }
  if (!isVersionAffected(advisory, v)) return { kind: 'not-affected', version: v };
  if (advisory.fix === 'none') return { kind: 'no-fix', version: v, mitigation: advisory.mitigation };

  const current = minorOf(v);
  const candidates = releases.minors.filter((m) => m.released && compareReleases(m.minor, current) >= 0).sort((a, b) => compareReleases(a.minor, b.minor));
  for (const m of candidates) {
    if (!receivesPatches(releases, m.minor, day)) continue;
    const patch = patchesOf(releases, m.minor, day).find(
      (p) => compareVersions(p.version, v) > 0 && !isVersionAffected(advisory, p.version),
    );
    if (!patch) continue;
    const [, cur] = current.split('.').map(Number);
    const [, tgt] = m.minor.split('.').map(Number);
    return {
      kind: 'upgrade',
      version: v,
      target: patch.version,
      minor: m.minor,
      sameMinor: m.minor === current,
      minorsAhead: (tgt ?? 0) - (cur ?? 0),
      targetSupport: supportStatus(releases, m.minor, day).status,
    };
  }
  return { kind: 'no-supported-target', version: v, mitigation: advisory.mitigation };
}

const SEVERITY_ORDER: SeverityLevel[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** Orders severities (NONE < LOW < … < CRITICAL); unknown (null) sorts lowest. */
export function compareSeverity(a: SeverityLevel | null, b: SeverityLevel | null): number {
  return (a === null ? -1 : SEVERITY_ORDER.indexOf(a)) - (b === null ? -1 : SEVERITY_ORDER.indexOf(b));
}
