/**
 * The upgrade path as version-skew boards: one control-plane minor per step, each component and node pool before
 * and after, and every temporary state in between checked against the skew policy. Node pools that the next
 * control-plane minor would leave out of policy move first (one minor at a time, never newer than kube-apiserver),
 * so a plan that starts within policy never passes through a state outside it.
 */
import { allowedSkew, latestPatch, type ReleasesCatalog, type SkewPolicy } from '../catalog/releases.js';
import type { ClusterSpec } from '../clusters/types.js';
import { addMinors, compareReleases, compareVersions, minorOf } from '../version/index.js';
import type { BoardPart, PlanMove, PlanStep } from './types.js';

type State = Record<string, string>;

interface Model {
  parts: BoardPart[];
  /** Control-plane moves of one step, in order: groups of part keys and how each group is named. */
  controlPlane: Array<{ what: string; keys: string[] }>;
  pools: Array<{ name: string; kubelet: string; proxy: string }>;
}

function modelOf(spec: ClusterSpec): { model: Model; state: State } {
  const parts: BoardPart[] = [];
  const state: State = {};
  const controlPlane: Model['controlPlane'] = [];
  const add = (p: BoardPart, version: string): void => {
    parts.push(p);
    state[p.key] = version;
  };
  if (spec.controlPlaneNodes && spec.controlPlaneNodes.length > 0) {
    // Evidence of each control-plane node: its static pods move together (kubeadm upgrades a node at a time).
    for (const n of spec.controlPlaneNodes) {
      const keys: string[] = [];
      for (const [component, version] of [['kube-apiserver', n.apiserver], ['kube-controller-manager', n.controllerManager], ['kube-scheduler', n.scheduler]] as const) {
        if (version === null) continue;
        const key = `${component}@${n.name}`;
        add({ key, component, label: `${component} (${n.name})`, pool: null, node: n.name }, version);
        keys.push(key);
      }
      controlPlane.push({ what: `control-plane node ${n.name} (${keys.map((k) => k.split('@')[0]).join(', ')})`, keys });
    }
  } else {
    spec.apiservers.forEach((v, i) => {
      const key = `kube-apiserver#${i + 1}`;
      const label = spec.apiservers.length > 1 ? `kube-apiserver (instance ${i + 1})` : 'kube-apiserver';
      add({ key, component: 'kube-apiserver', label, pool: null, node: null }, v);
      controlPlane.push({ what: label, keys: [key] });
    });
    const controllers: string[] = [];
    for (const c of spec.controlPlane) {
      add({ key: c.component, component: c.component, label: c.component, pool: null, node: null }, c.version);
      controllers.push(c.component);
    }
    if (controllers.length > 0) controlPlane.push({ what: controllers.join(', '), keys: controllers });
  }
  const pools: Model['pools'] = [];
  for (const p of spec.nodePools) {
    const kubelet = `kubelet@${p.name}`;
    const proxy = `kube-proxy@${p.name}`;
    add({ key: kubelet, component: 'kubelet', label: `node pool ${p.name}: kubelet`, pool: p.name, node: null }, p.kubelet);
    add({ key: proxy, component: 'kube-proxy', label: `node pool ${p.name}: kube-proxy`, pool: p.name, node: null }, p.kubeProxy);
    pools.push({ name: p.name, kubelet, proxy });
  }
  return { model: { parts, controlPlane, pools }, state };
}

const minorNo = (v: string): number => Number(minorOf(v).split('.')[1]);
const plural = (n: number): string => `${n} minor version${n === 1 ? '' : 's'}`;

/** Every way `state` breaks the skew policy (empty when it is within policy). */
function policyProblems(state: State, parts: readonly BoardPart[], policy: SkewPolicy): string[] {
  const out: string[] = [];
  const of = (component: string): BoardPart[] => parts.filter((p) => p.component === component);
  const apis = of('kube-apiserver').map((p) => state[p.key]!).sort(compareVersions);
  if (apis.length === 0) return out;
  const oldest = apis[0]!;
  const newest = apis.at(-1)!;
  const ha = allowedSkew(policy, 'kube-apiserver', 'kube-apiserver', oldest);
  if (ha && minorNo(newest) - minorNo(oldest) > ha.maxOlderMinors) {
    out.push(`kube-apiserver instances ${oldest} and ${newest} are more than ${plural(ha.maxOlderMinors)} apart (${ha.rule})`);
  }
  for (const p of parts) {
    if (p.component === 'kube-apiserver') continue;
    const v = state[p.key]!;
    const allowed = allowedSkew(policy, p.component, 'kube-apiserver', v);
    if (allowed) {
      const node = p.component === 'kubelet' || p.component === 'kube-proxy';
      // Node components reach any kube-apiserver through the load balancer: never newer than the oldest.
      const ceiling = node ? oldest : newest;
      if (minorNo(v) - minorNo(ceiling) > allowed.maxNewerMinors) out.push(`${p.label} ${v} is newer than kube-apiserver ${ceiling} (${allowed.rule})`);
      if (minorNo(newest) - minorNo(v) > allowed.maxOlderMinors) {
        out.push(`${p.label} ${v} is ${plural(minorNo(newest) - minorNo(v))} older than kube-apiserver ${newest}; at most ${plural(allowed.maxOlderMinors)} (${allowed.rule})`);
      }
    }
    if (p.component === 'kube-proxy' && p.pool !== null) {
      const kubelet = state[`kubelet@${p.pool}`];
      const rule = kubelet ? allowedSkew(policy, 'kube-proxy', 'kubelet', v) : null;
      if (kubelet && rule) {
        const d = minorNo(v) - minorNo(kubelet);
        if (d > rule.maxNewerMinors || -d > rule.maxOlderMinors) out.push(`${p.label} ${v} is ${plural(Math.abs(d))} ${d > 0 ? 'newer' : 'older'} than the pool's kubelet ${kubelet} (${rule.rule})`);
      }
    }
  }
  return out;
}

export interface BoardInput {
  spec: ClusterSpec;
  releases: ReleasesCatalog;
  asOf: string;
  /** kube-proxy is upgraded with the control plane (kubeadm's add-on phase, EKS's kube-proxy add-on) instead of with each pool. */
  proxyWithControlPlane: boolean;
}

export interface Board {
  steps: PlanStep[];
  catchUp: PlanMove[];
  targetVersion: string | null;
  blocked: string | null;
}

/**
 * The steps from the cluster's kube-apiserver to the newest patch of its target minor released by the date, one
 * minor at a time (a patch-only step when the target is the current minor).
 */
export function buildBoard(input: BoardInput): Board {
  const { spec, releases, asOf } = input;
  const policy = releases.skewPolicy;
  const { model, state } = modelOf(spec);
  const newestApi = (s: State): string => model.parts.filter((p) => p.component === 'kube-apiserver').map((p) => s[p.key]!).sort(compareVersions).at(-1)!;
  const patchOf = (minor: string): string | null => latestPatch(releases, minor, asOf)?.version ?? null;

  // The versions kube-apiserver goes through.
  const path: string[] = [];
  const start = newestApi(state);
  for (let m = addMinors(minorOf(start), 1); compareReleases(m, spec.target) <= 0; m = addMinors(m, 1)) {
    const v = patchOf(m);
    if (v === null) return { steps: [], catchUp: [], targetVersion: null, blocked: `no patch of ${m} is released by ${asOf}` };
    path.push(v);
  }
  if (path.length === 0) {
    // Already on the target minor: a patch step when a newer patch exists.
    const v = patchOf(spec.target);
    if (v !== null && compareVersions(v, start) > 0) path.push(v);
  }
  const targetVersion = path.at(-1) ?? start;

  const steps: PlanStep[] = [];
  let current: State = { ...state };
  const apply = (moves: PlanMove[], what: string, keys: string[], to: string, why: string): void => {
    const from = [...new Set(keys.map((k) => current[k]!))].sort(compareVersions).join(', ');
    if (keys.every((k) => current[k] === to)) return;
    current = { ...current };
    for (const k of keys) current[k] = to;
    const problems = policyProblems(current, model.parts, policy);
    moves.push({ what, keys, from, to, why, withinPolicy: problems.length === 0, problems });
  };
  // A pool may move one minor at a time, never past the control plane's version.
  const poolNext = (kubelet: string, ceiling: string): string => {
    const next = addMinors(minorOf(kubelet), 1);
    if (compareReleases(next, minorOf(ceiling)) >= 0) return ceiling;
    return patchOf(next) ?? `${next}.0`;
  };
  const poolKeys = (p: Model['pools'][number]): string[] => (input.proxyWithControlPlane ? [p.kubelet] : [p.kubelet, p.proxy]);

  path.forEach((to, i) => {
    const before = { ...current };
    const startProblems = policyProblems(current, model.parts, policy);
    const moves: PlanMove[] = [];
    const from = newestApi(current);
    const nextMinor = minorOf(to);
    // 1. Control-plane instances behind the newest kube-apiserver catch up first.
    for (const group of model.controlPlane) {
      const behind = group.keys.filter((k) => compareReleases(minorOf(current[k]!), minorOf(from)) < 0);
      if (behind.length > 0) apply(moves, group.what, behind, from, `it must be at kube-apiserver's minor ${minorOf(from)} before kube-apiserver goes to ${nextMinor}`);
    }
    // 2. Node pools (kubelet, and kube-proxy where it lags too) the next minor would leave out of policy move first,
    //    one minor at a time, never past the current control plane.
    for (const p of model.pools) {
      for (let guard = 0; guard < 40; guard++) {
        const lagging = [p.kubelet, p.proxy].filter((k) => {
          const allowed = allowedSkew(policy, k === p.kubelet ? 'kubelet' : 'kube-proxy', 'kube-apiserver', current[k]!);
          return allowed !== null && minorNo(to) - minorNo(current[k]!) > allowed.maxOlderMinors;
        });
        if (lagging.length === 0) break;
        const oldest = lagging.map((k) => current[k]!).sort(compareVersions)[0]!;
        const next = poolNext(oldest, from);
        if (next === oldest) break;
        const keys = lagging.filter((k) => compareVersions(current[k]!, next) < 0);
        const what = keys.length === 1 && keys[0] === p.proxy ? `kube-proxy in node pool ${p.name}` : `node pool ${p.name}`;
        const allowed = allowedSkew(policy, 'kubelet', 'kube-apiserver', oldest)!;
        apply(moves, what, keys, next, `before kube-apiserver goes to ${nextMinor} the pool may be at most ${plural(allowed.maxOlderMinors)} older (${allowed.rule})`);
      }
    }
    // 3. The control plane, one instance (or control-plane node) at a time, then its controllers.
    for (const group of model.controlPlane) apply(moves, group.what, group.keys, to, `control plane to ${to}`);
    if (input.proxyWithControlPlane) {
      for (const p of model.pools) apply(moves, `kube-proxy in node pool ${p.name}`, [p.proxy], to, 'the kube-proxy add-on follows the control plane');
    }
    // 4. Node pools follow, one minor at a time (drain, upgrade, uncordon each node).
    for (const p of model.pools) {
      for (let guard = 0; guard < 20 && compareVersions(current[p.kubelet]!, to) < 0; guard++) {
        apply(moves, `node pool ${p.name}`, poolKeys(p), poolNext(current[p.kubelet]!, to), `nodes follow the control plane to ${to}`);
      }
    }
    steps.push({
      index: i + 1,
      from,
      to,
      minor: nextMinor,
      parts: model.parts.map((p) => ({ ...p, before: before[p.key]!, after: current[p.key]! })),
      startWithinPolicy: startProblems.length === 0,
      startProblems,
      moves,
    });
  });
  // Pools still behind the target move up, one minor at a time.
  const catchUp: PlanMove[] = [];
  for (const p of model.pools) {
    for (let guard = 0; guard < 20 && compareVersions(current[p.kubelet]!, targetVersion) < 0; guard++) {
      apply(catchUp, `node pool ${p.name}`, poolKeys(p), poolNext(current[p.kubelet]!, targetVersion), `the pool catches up with the control plane at ${targetVersion}`);
    }
  }
  return { steps, catchUp, targetVersion, blocked: null };
}
