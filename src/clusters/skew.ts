/**
 * Version skew of a declared cluster: its components and where each is declared (or evidenced), the oldest minor a
 * component may run beside a kube-apiserver minor, and the problems the declared versions (now) and the planned
 * control-plane steps (plan) have under the release's skew policy.
 */
import type { CoreComponent } from '../catalog/advisories.js';
import { allowedSkew, type ReleasesCatalog, type SkewPolicy } from '../catalog/releases.js';
import { addMinors, compareReleases, compareVersions } from '../version/index.js';
import { evidenceOf } from './inventory.js';
import type { ClusterSpec } from './types.js';

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

export function componentInstances(spec: ClusterSpec): ComponentInstance[] {
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

function minorNumber(version: string): number {
  return Number(version.split('.')[1]);
}

export function minorOfVersion(version: string): string {
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

export function skewProblems(releases: ReleasesCatalog, spec: ClusterSpec): SkewProblem[] {
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
