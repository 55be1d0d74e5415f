/**
 * removed-feature-gate, locked-feature-gate, deprecated-feature-gate, unknown-feature-gate: what the target release
 * makes of each feature gate a Kubernetes component (or kubeadm) is given — where the component reads it (see
 * src/components/), never where the word `--feature-gates` merely appears.
 *
 * Each gate setting gets at most one finding, decided by `judgeGate`, for the component that is given it (a gate
 * some components alone register, e.g. one of the controller-manager package, is judged for that component; a
 * setting for every component at once must suit all of them):
 *  - not a gate of any covered release → unknown (error), with the closest known name;
 *  - known but not accepted by the component in the target (removed, not introduced yet, or registered only by
 *    other components) → removed / unknown (error); a release before the first one known to accept it, when that
 *    first release is unknown (the oldest release code already had it) → nothing;
 *  - locked in the target (`locked: true`): set to the default → locked (warning: a no-op that fails once the gate is
 *    removed), set to the other value → locked (error: the component refuses it);
 *  - GA or deprecated with an unrecorded lock (`locked: null`) and set against its default → locked (warning: GA
 *    gates are normally locked, and the setting fails once the gate is removed); set to its default → nothing, as
 *    the catalog cannot say it is locked;
 *  - deprecated → deprecated (warning).
 * kubeadm's own gates are judged against the cited kubeadm list of the component-config catalog; a kubeadm gate it
 * does not list is never reported (its lifecycle is unknown, and it is not a Kubernetes component gate).
 *
 * Shared by the rule files that use it (one rule per file in src/rules/).
 */
import { kubeadmGateStatus, removalFor, type KubeadmGateEntry } from '../../catalog/component-config.js';
import { gateStatus, suggestGate, type FeatureGateCatalog, type GateStatus } from '../../catalog/feature-gates.js';
import type { Severity } from '../../findings/types.js';
import { KUBE_COMPONENTS, type GateSetting } from '../../components/index.js';
import type { ManifestDocument } from '../../parse/manifest.js';
import type { RuleId } from '../../findings/rule-ids.js';
import { objectRef, type DocumentRule, type RuleContext, type RuleMeta } from '../types.js';

interface Judgement {
  rule: RuleId;
  severity: Severity;
  message: string;
  data: Record<string, unknown>;
}

function who(s: GateSetting): string {
  if (s.component === null) return 'every Kubernetes component';
  return s.component;
}

/** "kube-apiserver 1.30 refuses" / "the components of Kubernetes 1.30 refuse". */
export function refuses(s: GateSetting, release: string): string {
  if (s.component === null) return `the components of Kubernetes ${release} refuse`;
  return `${s.component} ${release} refuses`;
}

function baseData(s: GateSetting, ctx: RuleContext): Record<string, unknown> {
  const data: Record<string, unknown> = {
    gate: s.gate,
    component: s.component,
    value: s.value,
    setting: s.raw,
    source: s.source,
    via: s.via,
    target: ctx.target,
    gateSet: s.component === 'kubeadm' ? 'kubeadm' : 'kubernetes',
  };
  if (s.component === null) data['appliesTo'] = [...KUBE_COMPONENTS];
  return data;
}

function lifecycle(st: GateStatus): Record<string, unknown> {
  return {
    stage: st.stage,
    default: st.default,
    locked: st.locked,
    introducedIn: st.introducedIn,
    gaIn: st.gaIn,
    deprecatedIn: st.deprecatedIn,
    removedIn: st.removedIn,
    lastAcceptedIn: st.lastAcceptedIn,
    plannedRemovalIn: st.plannedRemovalIn,
  };
}

function history(st: GateStatus): string {
  const parts = [st.gaIn ? `GA in ${st.gaIn}` : null, st.deprecatedIn ? `deprecated in ${st.deprecatedIn}` : null, st.lastAcceptedIn ? `last accepted in ${st.lastAcceptedIn}` : null];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` (${text})` : '';
}

function removalPhrase(st: GateStatus, target: string): string {
  if (st.removedIn) return `when the gate is removed in ${st.removedIn}`;
  if (st.plannedRemovalIn) return `when the gate is removed (planned for ${st.plannedRemovalIn})`;
  return `when the gate is removed in a release after ${target}`;
}

function currentFacts(catalog: FeatureGateCatalog, s: GateSetting, current: string | null): { data: Record<string, unknown> | null; status: GateStatus | null } {
  if (!current) return { data: null, status: null };
  const st = gateStatus(catalog, s.gate, current, s.component);
  if (st === 'unknown') return { data: { release: current, state: 'unknown' }, status: null };
  return { data: { release: current, state: st.state, stage: st.stage, default: st.default, locked: st.locked }, status: st };
}

/** The closest known gate name: same letters ignoring case and `-`/`_`, else one or two edits away (unique). */
export function closestGate(catalog: FeatureGateCatalog, name: string): string | null {
  const folded = suggestGate(catalog, name);
  if (folded) return folded;
  const want = name.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(want.length / 6)));
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const known of Object.keys(catalog.gates)) {
    if (Math.abs(known.length - want.length) > limit) continue;
    const d = editDistance(want, known.toLowerCase(), limit);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best !== null && bestDistance <= limit && !tie ? best : null;
}

/** Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** The one finding (if any) a gate setting gets in the target release. */
function judgeGate(s: GateSetting, ctx: RuleContext): Judgement | null {
  if (s.component === 'kubeadm') return judgeKubeadmGate(s, ctx);
  const target = ctx.target;
  const data = baseData(s, ctx);
  const fix = `Delete ${s.raw} from ${s.via}.`;
  const cur = currentFacts(ctx.featureGates, s, ctx.current);
  if (cur.data) data['current'] = cur.data;
  const st = gateStatus(ctx.featureGates, s.gate, target, s.component);
  if (st === 'unknown') {
    const suggestion = closestGate(ctx.featureGates, s.gate);
    const releases = ctx.featureGates.releases;
    data['suggestion'] = suggestion;
    const hint = suggestion
      ? ` Did you mean ${suggestion}?`
      : ' If it is a gate of another program, it does not belong in the feature gates of a Kubernetes component.';
    return {
      rule: 'unknown-feature-gate',
      severity: 'error',
      message:
        `${s.gate} is not a Kubernetes feature gate: no release from ${releases[0]} to ${ctx.featureGates.newestRelease}${ctx.featureGates.preRelease ? ` (nor the ${ctx.featureGates.preRelease.release} pre-release data)` : ''} has it, and ${refuses(s, target)} to start with an unrecognized feature gate.` +
        `${hint} Fix or delete ${s.raw} in ${s.via}.`,
      data,
    };
  }
  Object.assign(data, lifecycle(st));
  if (st.components) data['registeredBy'] = [...st.components];
  if (st.state === 'other-components') {
    return {
      rule: 'unknown-feature-gate',
      severity: 'error',
      message: `Feature gate ${s.gate} is registered only by ${(st.components ?? []).join(', ')} in Kubernetes ${target}: ${refuses(s, target)} to start with an unrecognized feature gate. ${fix}`,
      data,
    };
  }
  if (st.state === 'not-yet-introduced' && st.introducedUnknown) return null; // accepted since before the data's oldest release code
  if (st.state === 'not-yet-introduced') {
    return {
      rule: 'unknown-feature-gate',
      severity: 'error',
      message: `Feature gate ${s.gate} does not exist yet in Kubernetes ${target} (first accepted in ${st.introducedIn ?? 'a later release'}): ${refuses(s, target)} to start with an unrecognized feature gate. ${fix}`,
      data,
    };
  }
  if (st.state === 'removed') {
    const only = st.components ? ` for ${s.component === null ? 'all but ' + st.components.join(', ') : s.component} (only ${st.components.join(', ')} still registers it)` : '';
    let message = `Feature gate ${s.gate} was removed in Kubernetes ${st.removedIn ?? 'a release before ' + target}${only}${history(st)}: ${refuses(s, target)} to start with it ("unrecognized feature gate"). ${fix}`;
    if (cur.status?.known) message += ` Kubernetes ${ctx.current} still accepts it: delete it before the upgrade.`;
    return { rule: 'removed-feature-gate', severity: 'error', message, data };
  }
  // Accepted by the target.
  if (st.locked === true && st.default !== null) {
    const stage = st.stage === 'deprecated' ? `deprecated since ${st.deprecatedIn}` : `GA since ${st.gaIn ?? st.introducedIn ?? '?'}`;
    if (s.value === st.default) {
      return {
        rule: 'locked-feature-gate',
        severity: 'warning',
        message: `Feature gate ${s.gate} is locked to ${st.default} in Kubernetes ${target} (${stage}): setting it does nothing, and it becomes an error ${removalPhrase(st, target)}. ${fix}`,
        data,
      };
    }
    if (s.value !== null) {
      return {
        rule: 'locked-feature-gate',
        severity: 'error',
        message: `Feature gate ${s.gate} is locked to ${st.default} in Kubernetes ${target} (${stage}): ${refuses(s, target)} to start with ${s.raw}, because the feature can no longer be turned ${st.default ? 'off' : 'on'}. ${fix}`,
        data,
      };
    }
  }
  if (st.locked === null && (st.stage === 'ga' || st.stage === 'deprecated') && st.default !== null && s.value !== null && s.value !== st.default) {
    return {
      rule: 'locked-feature-gate',
      severity: 'warning',
      message:
        `Feature gate ${s.gate} is ${st.stage === 'ga' ? 'GA' : 'deprecated'} in Kubernetes ${target} with default ${st.default}, and ${s.raw} turns it ${st.default ? 'off' : 'on'}. ` +
        `Such gates are usually locked to their default, which makes ${who(s)} refuse to start; the catalog does not record whether ${target} locks ${s.gate}. ` +
        `The setting fails at the latest ${removalPhrase(st, target)}. ${fix}`,
      data,
    };
  }
  if (st.stage === 'deprecated') {
    const removal = st.removedIn ?? st.plannedRemovalIn;
    return {
      rule: 'deprecated-feature-gate',
      severity: 'warning',
      message: `Feature gate ${s.gate} is deprecated in Kubernetes ${target}${st.deprecatedIn && st.deprecatedIn !== target ? ` (since ${st.deprecatedIn})` : ''}${removal ? ` and will be removed in ${removal}` : ' and will be removed in a later release'}; setting it then stops ${who(s)} from starting. ${fix}`,
      data,
    };
  }
  return null;
}

function kubeadmFacts(e: KubeadmGateEntry): Record<string, unknown> {
  return { deprecatedIn: e.deprecatedIn, lockedIn: e.lockedIn, lockedValue: e.lockedValue, removedIn: e.removedIn, plannedRemovalIn: e.plannedRemovalIn, evidence: e.evidence };
}

function judgeKubeadmGate(s: GateSetting, ctx: RuleContext): Judgement | null {
  const target = ctx.target;
  const { state, entry } = kubeadmGateStatus(ctx.componentConfig, s.gate, target);
  if (!entry || state === 'accepted' || state === 'unknown') return null;
  const data = { ...baseData(s, ctx), ...kubeadmFacts(entry) };
  const fix = `Delete ${s.raw} from ${s.via}.`;
  if (state === 'removed') {
    return {
      rule: 'removed-feature-gate',
      severity: 'error',
      message: `kubeadm feature gate ${s.gate} was removed in kubeadm ${removalFor(ctx.componentConfig, entry, target)}${entry.removedIn === null ? ' (per its draft release notes)' : ''}${entry.lockedIn ? ` (locked to ${entry.lockedValue} since ${entry.lockedIn})` : ''}: kubeadm ${target} rejects a configuration that sets it. ${fix}`,
      data,
    };
  }
  if (state === 'locked' && entry.lockedValue !== null) {
    const removal = entry.plannedRemovalIn ? `; its removal is planned for ${entry.plannedRemovalIn}` : '';
    if (s.value === entry.lockedValue) {
      return {
        rule: 'locked-feature-gate',
        severity: 'warning',
        message: `kubeadm feature gate ${s.gate} is locked to ${entry.lockedValue} since kubeadm ${entry.lockedIn}: setting it does nothing, and it becomes an error when the gate is removed${removal}. ${fix}`,
        data,
      };
    }
    if (s.value !== null) {
      return {
        rule: 'locked-feature-gate',
        severity: 'error',
        message: `kubeadm feature gate ${s.gate} is locked to ${entry.lockedValue} since kubeadm ${entry.lockedIn}: kubeadm ${target} rejects ${s.raw}. ${fix}`,
        data,
      };
    }
    return null;
  }
  if (state === 'deprecated') {
    return {
      rule: 'deprecated-feature-gate',
      severity: 'warning',
      message: `kubeadm feature gate ${s.gate} is deprecated since kubeadm ${entry.deprecatedIn} and will be removed in a later release. ${fix}`,
      data,
    };
  }
  return null;
}

function objectOf(doc: ManifestDocument): ReturnType<typeof objectRef> | null {
  return doc.apiVersion ? objectRef(doc) : null;
}

/** The four gate rules share one judgement per setting (`judgeGate`); each reports the settings judged under its id. */
export function gateRule(meta: RuleMeta): DocumentRule {
  const id = meta.id;
  return {
    meta,
    scope: 'document',
    check(doc, ctx) {
      const gates = ctx.settingsOf(doc).gates;
      if (gates.length === 0) return;
      for (const s of gates) {
        const j = judgeGate(s, ctx);
        if (!j || j.rule !== id) continue;
        const place = s.place();
        ctx.report({ message: j.message, severity: j.severity, line: place.line, column: place.column, object: objectOf(doc), data: j.data });
      }
    },
  };
}
