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
  allowedSkew,
  findMinor,
  latestPatch,
  patchesOf,
  receivesPatches,
  supportStatus,
  type ReleasesCatalog,
  type SkewPolicy,
  type SupportStatus,
} from '../catalog/releases.js';

import type { Severity } from '../findings/types.js';
import type { LiveAdvisories } from '../advisories/feed.js';
import { type ClusterSpec } from './types.js';
import { evidenceOf } from './inventory.js';
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

/** Where a component version comes from in the cluster's declaration. */
export interface ComponentInstance {
  component: CoreComponent | 'cloud-controller-manager';
  version: string;
  /** "kube-apiserver", "node pool general", … */
  label: string;
  /** Key into spec.lines of the line that declares the version. */
  lineKey: string;
  pool: string | null;
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

export interface SkewProblem {
  /** current: the declared versions break the policy; plan: moving the control plane to the target would; limit: allowed, but the next upgrade will need this component moved first. */
  kind: 'current' | 'plan' | 'limit';
  component: string;
  version: string;
  label: string;
  relativeTo: string;
  relativeVersion: string;
  /** Minor versions newer (positive) or older (negative) than the reference. */
  skew: number;
  maxNewer: number;
  maxOlder: number;
  rule: string;
  lineKey: string;
  pool: string | null;
  /** The lowest minor the component needs (for plan problems: before the apiserver passes `blocksAt`). */
  requiredMinor: string | null;
  /** Plan problems: the first control-plane step the component's version blocks. */
  blocksAt: string | null;
  /**
   * Plan problems: from `blocksAt` to the target, each kube-apiserver step at which the oldest minor the component may
   * run rises, with that minor (derived from the policy step by step: the limit depends on the component's own minor).
   */
  requiredBefore?: Array<{ apiserver: string; minor: string }>;
  message: string;
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

function componentInstances(spec: ClusterSpec): ComponentInstance[] {
  const out: ComponentInstance[] = [];
  // With inventory evidence, each place names the pods and nodes it was read from.
  const seen = (component: string, version: string, pool: string | null, plain: string): string => {
    const where = evidenceOf(spec.inventory, component, version, pool);
    return where === null ? plain : `${plain} (${where})`;
  };
  out.push({ component: 'kube-apiserver', version: spec.version, label: seen('kube-apiserver', spec.version, null, 'kube-apiserver'), lineKey: 'version', pool: null });
  spec.apiservers.forEach((v, i) => {
    if (v !== spec.version) out.push({ component: 'kube-apiserver', version: v, label: seen('kube-apiserver', v, null, 'kube-apiserver'), lineKey: spec.inventory ? 'version' : `apiservers[${i}]`, pool: null });
  });
  for (const c of spec.controlPlane) {
    out.push({ component: c.component, version: c.version, label: seen(c.component, c.version, null, c.component), lineKey: c.declared ? `components.${c.component}` : 'version', pool: null });
  }
  spec.nodePools.forEach((p, i) => {
    out.push({ component: 'kubelet', version: p.kubelet, label: seen('kubelet', p.kubelet, p.name, `node pool ${p.name}`), lineKey: `nodePools[${i}].kubelet`, pool: p.name });
    out.push({
      component: 'kube-proxy',
      version: p.kubeProxy,
      label: seen('kube-proxy', p.kubeProxy, p.name, `node pool ${p.name}`),
      lineKey: p.kubeProxyDeclared ? `nodePools[${i}].kubeProxy` : `nodePools[${i}].kubelet`,
      pool: p.name,
    });
  });
  return out;
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

function minorNumber(version: string): number {
  return Number(version.split('.')[1]);
}

function minorOfVersion(version: string): string {
  const [a, b] = version.split('.');
  return `${a}.${b}`;
}

/**
 * The oldest minor `component` may run beside kube-apiserver `apiserverMinor` under the policy, or null when the
 * policy does not constrain it. The limit is the component's own: a kubelet below 1.25 may be 2 minors older than
 * kube-apiserver, a later one 3, so beside kube-apiserver 1.28 a kubelet needs 1.25 (3 older), not 1.26.
 */
export function oldestAllowedMinor(policy: SkewPolicy, component: string, apiserverMinor: string): string | null {
  const rule = policy.rules.find((r) => r.components.includes(component) && r.relativeTo === 'kube-apiserver');
  if (!rule) return null;
  const widest = Math.max(rule.maxOlderMinors, ...rule.exceptions.map((e) => e.maxOlderMinors));
  const [major, minor] = apiserverMinor.split('.').map(Number) as [number, number];
  for (let m = Math.max(0, minor - widest); m <= minor; m++) {
    const allowed = allowedSkew(policy, component, 'kube-apiserver', `${major}.${m}`);
    if (allowed && minor - m <= allowed.maxOlderMinors) return `${major}.${m}`;
  }
  return apiserverMinor;
}

function skewProblems(releases: ReleasesCatalog, spec: ClusterSpec): SkewProblem[] {
  const policy = releases.skewPolicy;
  const out: SkewProblem[] = [];
  const apis = [...spec.apiservers].sort(compareVersions);
  const oldest = apis[0]!;
  const newest = apis.at(-1)!;
  const plural = (n: number): string => `${n} minor version${n === 1 ? '' : 's'}`;

  // HA: the newest and oldest kube-apiserver within the policy's limit.
  const ha = policy.rules.find((r) => r.components.includes('kube-apiserver') && r.relativeTo === 'kube-apiserver');
  const haSkew = minorNumber(newest) - minorNumber(oldest);
  if (ha && haSkew > ha.maxOlderMinors) {
    const i = spec.apiservers.indexOf(oldest);
    out.push({
      kind: 'current', component: 'kube-apiserver', version: oldest, label: 'kube-apiserver', relativeTo: 'kube-apiserver', relativeVersion: newest,
      skew: -haSkew, maxNewer: ha.maxNewerMinors, maxOlder: ha.maxOlderMinors, rule: ha.id, lineKey: i >= 0 ? `apiservers[${i}]` : 'version', pool: null,
      requiredMinor: addMinors(minorOfVersion(newest), -ha.maxOlderMinors), blocksAt: null,
      message: `kube-apiserver instances ${oldest}${evidenceOf(spec.inventory, 'kube-apiserver', oldest, null) ? ` (${evidenceOf(spec.inventory, 'kube-apiserver', oldest, null)})` : ''} and ${newest} are ${plural(haSkew)} apart; the newest and oldest must be within ${plural(ha.maxOlderMinors)} (${ha.id})`,
    });
  }

  const instances = componentInstances(spec).filter((i) => i.component !== 'kube-apiserver');
  const target = spec.target;
  const upgrading = compareReleases(target, spec.minor) > 0;
  for (const inst of instances) {
    const allowed = allowedSkew(policy, inst.component, 'kube-apiserver', inst.version);
    if (!allowed) continue;
    const evidence = evidenceOf(spec.inventory, inst.component, inst.version, inst.pool);
    const where = (inst.pool ? `${inst.component} ${inst.version} in node pool ${inst.pool}` : `${inst.component} ${inst.version}`) + (evidence === null ? '' : ` (${evidence})`);
    const base = {
      component: inst.component, version: inst.version, label: inst.label, relativeTo: 'kube-apiserver', maxNewer: allowed.maxNewerMinors,
      maxOlder: allowed.maxOlderMinors, rule: allowed.rule, lineKey: inst.lineKey, pool: inst.pool,
    };
    // Node components may reach any kube-apiserver instance (through the load balancer): in an HA control plane with
    // mixed versions they must not be newer than the oldest. Control-plane components are taken to talk to the
    // kube-apiserver they run beside, as kubeadm-style control planes do, and are measured against the newest.
    const isNode = inst.component === 'kubelet' || inst.component === 'kube-proxy';
    const ceiling = isNode ? oldest : newest;
    const newer = minorNumber(inst.version) - minorNumber(ceiling);
    const older = minorNumber(newest) - minorNumber(inst.version);
    if (newer > allowed.maxNewerMinors) {
      out.push({
        ...base, kind: 'current', relativeVersion: ceiling, skew: newer, requiredMinor: null, blocksAt: null,
        message: `${where} is newer than kube-apiserver ${ceiling}; ${allowed.maxNewerMinors === 0 ? 'it must not be newer' : `it may be at most ${plural(allowed.maxNewerMinors)} newer`} (${allowed.rule}). Upgrade kube-apiserver first`,
      });
      continue;
    }
    if (older > allowed.maxOlderMinors) {
      const need = oldestAllowedMinor(policy, inst.component, minorOfVersion(newest)) ?? addMinors(minorOfVersion(newest), -allowed.maxOlderMinors);
      out.push({
        ...base, kind: 'current', relativeVersion: newest, skew: -older, requiredMinor: need, blocksAt: null,
        message: `${where} is ${plural(older)} older than kube-apiserver ${newest}; the policy allows at most ${plural(allowed.maxOlderMinors)} (${allowed.rule}). Upgrade it to ${need} or newer`,
      });
      continue;
    }
    if (!upgrading) continue;
    if (isNode) {
      // Node components may stay behind while the control plane moves, within the limit at the target.
      const atTarget = minorNumber(`${target}.0`) - minorNumber(inst.version);
      if (atTarget > allowed.maxOlderMinors) {
        // The version it runs now holds until kube-apiserver passes its own limit; from there, each step needs the
        // oldest minor the policy allows beside it (measured with that minor's own limit).
        const blocksAt = addMinors(minorOfVersion(inst.version), allowed.maxOlderMinors + 1);
        const requiredBefore: Array<{ apiserver: string; minor: string }> = [];
        for (let a = blocksAt; compareReleases(a, target) <= 0; a = addMinors(a, 1)) {
          const m = oldestAllowedMinor(policy, inst.component, a) ?? addMinors(a, -allowed.maxOlderMinors);
          if (requiredBefore.at(-1)?.minor !== m) requiredBefore.push({ apiserver: a, minor: m });
        }
        const last = requiredBefore.at(-1)!;
        const need = last.minor;
        const steps = requiredBefore.map((r, i) => (i === 0 ? `it must be at ${r.minor} or newer before kube-apiserver goes to ${r.apiserver}` : `at ${r.minor} or newer before it goes to ${r.apiserver}`));
        const listed = steps.length === 1 ? steps[0]! : `${steps.slice(0, -1).join(', ')}, and ${steps.at(-1)!}`;
        const when = last.apiserver === target ? listed : `${listed} (${need} is enough up to ${target})`;
        out.push({
          ...base, kind: 'plan', relativeVersion: `${target}.0`, skew: -atTarget, requiredMinor: need, blocksAt, requiredBefore,
          message:
            `moving the control plane to ${target} would leave ${where} ${plural(atTarget)} behind kube-apiserver; the policy allows at most ${plural(allowed.maxOlderMinors)} (${allowed.rule}): ` +
            `${when}. Upgrade the pool first, or along with the control plane`,
        });
      } else if (atTarget === allowed.maxOlderMinors && atTarget > 0) {
        out.push({
          ...base, kind: 'limit', relativeVersion: `${target}.0`, skew: -atTarget,
          requiredMinor: oldestAllowedMinor(policy, inst.component, addMinors(target, 1)) ?? addMinors(target, 1 - allowed.maxOlderMinors), blocksAt: addMinors(target, 1),
          message:
            `after the upgrade to ${target}, ${where} is ${plural(atTarget)} behind kube-apiserver, the most the policy allows (${allowed.rule}): ` +
            `it must be upgraded before the control plane can move past ${target}`,
        });
      }
    } else if (minorNumber(inst.version) < minorNumber(spec.version)) {
      // Control-plane components must be at the apiserver's minor before the apiserver takes its next step.
      const next = addMinors(spec.minor, 1);
      out.push({
        ...base, kind: 'plan', relativeVersion: `${next}.0`, skew: -(older + 1), requiredMinor: spec.minor, blocksAt: next,
        message:
          `${where} is older than kube-apiserver ${spec.version}; before kube-apiserver goes to ${next} it must be at ${spec.minor}, ` +
          `or it would be ${plural(older + 1)} behind (${allowed.rule}: at most ${plural(allowed.maxOlderMinors)})`,
      });
    }
  }

  // kube-proxy next to its kubelet.
  for (const pool of spec.nodePools) {
    const allowed = allowedSkew(policy, 'kube-proxy', 'kubelet', pool.kubeProxy);
    if (!allowed) continue;
    const d = minorNumber(pool.kubeProxy) - minorNumber(pool.kubelet);
    const limit = d > 0 ? allowed.maxNewerMinors : allowed.maxOlderMinors;
    if (Math.abs(d) <= limit) continue;
    const i = spec.nodePools.indexOf(pool);
    out.push({
      kind: 'current', component: 'kube-proxy', version: pool.kubeProxy, label: `node pool ${pool.name}`, relativeTo: 'kubelet', relativeVersion: pool.kubelet,
      skew: d, maxNewer: allowed.maxNewerMinors, maxOlder: allowed.maxOlderMinors, rule: allowed.rule,
      lineKey: pool.kubeProxyDeclared ? `nodePools[${i}].kubeProxy` : `nodePools[${i}].kubelet`, pool: pool.name, requiredMinor: null, blocksAt: null,
      message: `kube-proxy ${pool.kubeProxy} in node pool ${pool.name} is ${plural(Math.abs(d))} ${d > 0 ? 'newer' : 'older'} than the pool's kubelet ${pool.kubelet}; the policy allows at most ${plural(limit)} (${allowed.rule})`,
    });
  }
  return out;
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
