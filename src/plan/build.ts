/**
 * One cluster's change record, derived from the catalogs (releases, skew policy, advisories), the cluster's evaluation
 * and the scan's findings for its paths. Pure: nothing here reads a file or a clock.
 */
import { isVersionAffected } from '../catalog/advisories.js';
import type { ReleasesCatalog } from '../catalog/releases.js';
import type { ClusterEvaluation } from '../clusters/evaluate.js';
import type { Finding } from '../findings/types.js';
import type { RuleId } from '../findings/rule-ids.js';
import { compareVersions } from '../version/index.js';
import { buildBoard } from './board.js';
import { ownership, rollback, runbook, validation } from './runbook.js';
import type { AdvisoryMapping, ClusterPlan, PlanEvidence, PlanMove, PreflightItem } from './types.js';

/** Findings that are evidence a cluster is ready (or not) for the upgrade. */
const PREFLIGHT_RULES: readonly RuleId[] = [
  'removed-api',
  'deprecated-api',
  'capabilities-removed-api',
  'chart-kube-version',
  'removed-feature-gate',
  'locked-feature-gate',
  'deprecated-feature-gate',
  'unknown-feature-gate',
  'removed-config-api',
  'deprecated-config-api',
  'removed-flag',
  'drain-blocker',
  'webhook-upgrade-risk',
  'psp-without-psa',
  'version-skew',
  'unsupported-version',
  'inventory-mismatch',
];

export interface ClusterPlanInput {
  evaluation: ClusterEvaluation;
  place: { file: string; line: number | null } | null;
  releases: ReleasesCatalog;
  /** The scan's findings for the cluster's paths, and its own cluster findings. */
  findings: readonly Finding[];
  evidence: PlanEvidence | null;
}

export function buildClusterPlan(input: ClusterPlanInput): ClusterPlan {
  const e = input.evaluation;
  const spec = e.spec;
  const board = buildBoard({ spec, releases: input.releases, asOf: e.asOf, proxyWithControlPlane: spec.provider === 'kubeadm' || spec.provider === 'eks' });
  const pools: Record<string, string[]> = {};
  for (const n of input.evidence?.nodes ?? []) if (n.pool !== null && n.role === 'worker') (pools[n.pool] ??= []).push(n.name);
  const nodes = { controlPlane: (input.evidence?.nodes ?? []).filter((n) => n.role === 'control-plane').map((n) => n.name), pools };
  const preflight: PreflightItem[] = input.findings
    .filter((f) => PREFLIGHT_RULES.includes(f.ruleId))
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, message: f.message }));
  return {
    name: spec.name,
    provider: spec.provider,
    declaredAt: input.place,
    current: [...spec.apiservers].sort(compareVersions).at(-1)!,
    target: spec.target,
    targetVersion: board.targetVersion,
    blocked: board.blocked,
    evidence: input.evidence,
    advisories: advisoryMapping(input, board.steps, board.catchUp),
    steps: board.steps,
    catchUp: board.catchUp,
    runbook: board.blocked ? [] : runbook({ cluster: spec.name, provider: spec.provider, steps: board.steps, catchUp: board.catchUp, nodes }),
    ownership: ownership(spec.provider),
    preflight,
    rollback: rollback(spec.provider, board.steps),
    validation: board.targetVersion ? validation(board.targetVersion, spec.provider) : [],
  };
}

/** Each advisory affecting the cluster → the version of the plan that fixes it, or its mitigation. */
function advisoryMapping(input: ClusterPlanInput, steps: ClusterPlan['steps'], catchUp: readonly PlanMove[]): AdvisoryMapping[] {
  const e = input.evaluation;
  const out: AdvisoryMapping[] = [];
  for (const hit of e.hits) {
    const a = hit.advisory;
    // The first version the plan puts this component at that the advisory does not affect.
    let fixedBy: AdvisoryMapping['fixedBy'] = null;
    const control = hit.component !== 'kubelet' && hit.component !== 'kube-proxy';
    for (const step of steps) {
      const versions = control ? [step.to] : step.parts.filter((p) => p.component === hit.component && (hit.pools.length === 0 || hit.pools.includes(p.pool ?? ''))).map((p) => p.after);
      if (versions.length > 0 && versions.every((v) => !isVersionAffected(a, v))) {
        fixedBy = { step: step.index, version: control ? step.to : versions.sort(compareVersions)[0]! };
        break;
      }
    }
    if (!fixedBy && !control && catchUp.length > 0) {
      const last = catchUp.at(-1)!;
      if (!isVersionAffected(a, last.to)) fixedBy = { step: 'catch-up', version: last.to };
    }
    const smallestFix = hit.target.kind === 'upgrade' ? hit.target.target : null;
    const mitigation = fixedBy ? null : (a.mitigation ?? 'no mitigation is published');
    const note = fixedBy
      ? `fixed when ${hit.component} reaches ${fixedBy.version} (${fixedBy.step === 'catch-up' ? 'pool catch-up' : `step ${fixedBy.step}`})`
      : a.fix === 'none'
        ? 'no release fixes it: apply the mitigation'
        : smallestFix
          ? `this plan's target does not fix it; the smallest fixed, supported release is ${smallestFix}: apply the mitigation until then`
          : 'no supported release fixes it on this date: apply the mitigation';
    out.push({
      id: a.id,
      title: a.title,
      severity: hit.severity,
      cvss: a.severity ? `${a.severity.baseScore} ${a.severity.severity}` : null,
      component: hit.component,
      version: hit.version,
      where: hit.where,
      fixedIn: { ...a.fixedByMinor },
      fixedBy,
      smallestFix,
      mitigation,
      note,
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : x.component < y.component ? -1 : x.component > y.component ? 1 : compareVersions(x.version, y.version)));
}
