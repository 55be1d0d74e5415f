/**
 * Evaluates one declared cluster on a date: which advisories affect each component, the smallest fixed and
 * supported target, the support window, the version-skew policy now and along the planned upgrade, and the upgrade
 * path with the API removals each step brings for the cluster's manifests. Pure: catalogs and date in, facts out;
 * the cluster rules turn the facts into findings.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import {
  advisoriesAffecting,
  isVersionAffected,
  smallestFixedSupportedTarget,
  type AdvisoriesCatalog,
  type Advisory,
  type CoreComponent,
  type FixTarget,
} from '../catalog/advisories.js';
import {
  findMinor,
  latestPatch,
  patchesOf,
  receivesPatches,
  supportStatus,
  type ReleasesCatalog,
  type SupportStatus,
} from '../catalog/releases.js';

import type { Severity } from '../findings/types.js';
import type { LiveAdvisories } from '../advisories/feed.js';
import { type ClusterSpec } from './types.js';
import { componentInstances, minorOfVersion, skewProblems, type ComponentInstance, type SkewProblem } from './skew.js';
import { addMinors, compareReleases, compareVersions } from '../version/index.js';

/** Where the run's advisories came from, and how fresh the embedded catalog is on the evaluation date. */
export interface AdvisorySourceFacts {
  mode: 'embedded' | 'live';
  asOf: string;
  catalogVersion: string;
  /** The date the embedded catalog's data reaches (from its version), or null when unknown. */
  catalogDate: string | null;
  /** Days from catalogDate to asOf. */
  ageDays: number | null;
  /** Older than this, every report says advisories may be missing. */
  staleAfterDays: number;
  /** Live mode only: what the feed gave. */
  live: LiveAdvisories | null;
}

/** A manifest document the scan read, in a file mapped to the cluster. */
export interface ClusterDocument {
  file: string;
  apiVersion: string;
  kind: string;
  name: string | null;
  namespace: string | null;
  /** 1-based line of the object's apiVersion (computed on demand). */
  line(): number | null;
}

export interface EvaluationInput {
  spec: ClusterSpec;
  asOf: string;
  eolWarningDays: number;
  releases: ReleasesCatalog;
  advisories: AdvisoriesCatalog;
  api: ApiCatalog;
  /** The release the manifest scan checked against: removals at or before it are already reported per file. */
  scanTarget: string;
  documents: readonly ClusterDocument[];
  /** CVE ids that came from the live feed (not the embedded catalog). */
  liveIds?: ReadonlySet<string>;
}

export interface AdvisoryHit {
  advisory: Advisory;
  component: CoreComponent;
  version: string;
  /** Labels of the instances at that version ("kube-apiserver", "node pool general"). */
  where: string[];
  pools: string[];
  lineKey: string;
  target: FixTarget;
  severity: Severity;
  live: boolean;
}

export interface SupportFact {
  component: string;
  /** Every component of this place on that minor (a node pool's kubelet and kube-proxy). */
  components: Array<{ component: string; version: string }>;
  label: string;
  version: string;
  status: SupportStatus;
  endOfLife: string | null;
  /** Days from the evaluation date to end of life (negative once past). */
  daysLeft: number | null;
  lineKey: string;
}

export interface Removal {
  file: string;
  line: number | null;
  apiVersion: string;
  kind: string;
  name: string | null;
  namespace: string | null;
  replacement: string | null;
}

export interface PathStep {
  /** The minor this step upgrades to. */
  minor: string;
  removals: Removal[];
  /** Removals the manifest scan does not report (the step is beyond the scan target). */
  unreported: number;
}

export interface ClusterEvaluation {
  spec: ClusterSpec;
  asOf: string;
  eolWarningDays: number;
  support: SupportFact;
  /** Other components (node pools, controllers) on a minor that is out of support. */
  componentSupport: SupportFact[];
  targetSupport: SupportStatus;
  hits: AdvisoryHit[];
  recommendedTarget: string | null;
  /** Why there is no recommended target, when there is none. */
  recommendedNote: string | null;
  /** Newest patch of the recommended target's minor on the date. */
  recommendedNewestPatch: string | null;
  skew: SkewProblem[];
  /** Minors from the current one to the target, both included. */
  path: string[];
  steps: PathStep[];
  /** Documents the cluster's paths matched. */
  documents: number;
  scanTarget: string;
}

/** CVSS → finding severity: critical/high → error, medium → warning, low/none → notice; unknown → warning. */
export function advisorySeverity(a: Advisory): Severity {
  const level = a.severity?.severity ?? null;
  if (level === 'CRITICAL' || level === 'HIGH') return 'error';
  if (level === 'LOW' || level === 'NONE') return 'notice';
  return 'warning';
}

export function evaluateCluster(input: EvaluationInput): ClusterEvaluation {
  const { spec, asOf, releases } = input;
  const instances = componentInstances(spec);

  // Advisories: one hit per advisory, component and version (node pools at the same version share it).
  const hits: AdvisoryHit[] = [];
  const groups = new Map<string, ComponentInstance[]>();
  for (const inst of instances) {
    if (inst.component === 'cloud-controller-manager') continue;
    const key = `${inst.component}@${inst.version}`;
    groups.set(key, [...(groups.get(key) ?? []), inst]);
  }
  for (const list of groups.values()) {
    const first = list[0]!;
    const component = first.component as CoreComponent;
    for (const advisory of advisoriesAffecting(input.advisories, component, first.version)) {
      hits.push({
        advisory,
        component,
        version: first.version,
        where: [...new Set(list.map((l) => l.label))],
        pools: list.map((l) => l.pool).filter((p): p is string => p !== null),
        lineKey: first.lineKey,
        target: smallestFixedSupportedTarget(releases, advisory, first.version, asOf),
        severity: advisorySeverity(advisory),
        live: input.liveIds?.has(advisory.id) ?? false,
      });
    }
  }

  const support = supportFact(releases, 'kube-apiserver', 'kube-apiserver', spec.version, asOf, 'version');
  // Components on another minor than the apiserver that is out of support: one fact per place (a pool's kubelet and
  // kube-proxy together).
  const componentSupport: SupportFact[] = [];
  const byPlace = new Map<string, SupportFact>();
  for (const inst of instances) {
    if (minorOfVersion(inst.version) === spec.minor) continue;
    const fact = supportFact(releases, inst.component, inst.label, inst.version, asOf, inst.lineKey);
    if (fact.status.status !== 'end-of-life') continue;
    const key = `${inst.label}@${fact.status.minor}`;
    const known = byPlace.get(key);
    if (known) {
      if (!known.components.some((c) => c.component === inst.component && c.version === inst.version)) known.components.push({ component: inst.component, version: inst.version });
      continue;
    }
    byPlace.set(key, fact);
    componentSupport.push(fact);
  }

  const affecting = [...new Map(hits.map((h) => [h.advisory.id, h.advisory])).values()];
  const recommended = recommend(releases, spec, affecting, asOf);

  const path: string[] = [];
  for (let m = spec.minor; compareReleases(m, spec.target) <= 0; m = addMinors(m, 1)) path.push(m);

  return {
    spec,
    asOf,
    eolWarningDays: input.eolWarningDays,
    support,
    componentSupport,
    targetSupport: supportStatus(releases, spec.target, asOf),
    hits,
    recommendedTarget: recommended.version,
    recommendedNote: recommended.note,
    recommendedNewestPatch: recommended.version ? (latestPatch(releases, recommended.version, asOf)?.version ?? null) : null,
    skew: skewProblems(releases, spec),
    path,
    steps: pathSteps(input, path),
    documents: input.documents.length,
    scanTarget: input.scanTarget,
  };
}

function supportFact(releases: ReleasesCatalog, component: string, label: string, version: string, asOf: string, lineKey: string): SupportFact {
  const status = supportStatus(releases, version, asOf);
  const endOfLife = findMinor(releases, version)?.endOfLife ?? null;
  return { component, components: [{ component, version }], label, version, status, endOfLife, daysLeft: endOfLife === null ? null : daysBetween(asOf, endOfLife), lineKey };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The recommended target on the date: the smallest release, on a minor upstream still patches on that date and
 * released by then, that fixes every advisory affecting the cluster that was known and fixed on that date. Candidates
 * are the current version itself, then later patches of the current minor, then the next patched minors one at a
 * time. On the date, releases tagged later do not exist yet: an advisory published after it is not known, and one
 * that no candidate fixes (its fix ships later, or only on minors upstream no longer patches) has no fix to upgrade to
 * and does not decide the target, as advisories without any fix never do. Only when no candidate fixes all the
 * advisories that each have a fixed candidate is there no recommended target.
 */
export function recommend(releases: ReleasesCatalog, spec: ClusterSpec, advisories: readonly Advisory[], asOf: string): { version: string | null; note: string | null } {
  const versions: string[] = [];
  const minors = releases.minors.filter((m) => m.released && compareReleases(m.minor, spec.minor) >= 0).sort((a, b) => compareReleases(a.minor, b.minor));
  for (const m of minors) {
    if (!receivesPatches(releases, m.minor, asOf)) continue;
    if (m.minor === spec.minor) versions.push(spec.version);
    for (const p of patchesOf(releases, m.minor, asOf)) {
      if (m.minor !== spec.minor || compareVersions(p.version, spec.version) > 0) versions.push(p.version);
    }
  }
  const fixedOnDate = advisories.filter(
    (a) => a.fix !== 'none' && (a.published === null || a.published.slice(0, 10) <= asOf) && versions.some((v) => !isVersionAffected(a, v)),
  );
  const ok = versions.find((v) => fixedOnDate.every((a) => !isVersionAffected(a, v)));
  if (ok) return { version: ok, note: null };
  const maintained = releases.minors.filter((m) => receivesPatches(releases, m.minor, asOf)).map((m) => m.minor);
  return {
    version: null,
    note:
      maintained.length === 0
        ? `the release catalog knows no minor upstream still patches on ${asOf}`
        : versions.length === 0
          ? `no release of ${spec.minor} or later is on a minor upstream still patches on ${asOf} (${maintained.join(', ')})`
          : `no single release on a supported minor (${maintained.join(', ')}) released by ${asOf} fixes all of ${fixedOnDate.map((a) => a.id).join(', ')}`,
  };
}

function pathSteps(input: EvaluationInput, path: string[]): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 1; i < path.length; i++) {
    const minor = path[i]!;
    const previous = path[i - 1]!;
    const removals: Removal[] = [];
    for (const d of input.documents) {
      const before = input.api.status(d.apiVersion, d.kind, previous);
      const after = input.api.status(d.apiVersion, d.kind, minor);
      if (after.state !== 'removed' || before.state === 'removed') continue;
      removals.push({
        file: d.file,
        line: d.line(),
        apiVersion: d.apiVersion,
        kind: d.kind,
        name: d.name,
        namespace: d.namespace,
        replacement: after.entry.replacement ? `${after.entry.replacement.apiVersion}${after.entry.replacement.kind === d.kind ? '' : ` ${after.entry.replacement.kind}`}` : null,
      });
    }
    removals.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
    steps.push({ minor, removals, unreported: compareReleases(minor, input.scanTarget) > 0 ? removals.length : 0 });
  }
  return steps;
}
