/**
 * Which API migrations `fix` makes, and the conditions under which each is safe. A migration is made only when the
 * target release no longer serves, or has deprecated, the object's apiVersion and serves the new one; everything the
 * table does not prove safe is left alone with the reason.
 *
 * - `move`: only the apiVersion changes; the schema of the fields the object may use is the same in both versions.
 *   Each move lists the top-level fields its kind has; another field is unknown and the object is left alone.
 * - `ingress`: Ingress to networking.k8s.io/v1, a fully determined rewrite of its backends (see ingress.ts).
 * - `refuse`: a migration that changes meaning or needs decisions; the reason says what a person must do.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';

export type Plain = Record<string, unknown>;

export type Migration =
  | {
      type: 'move';
      to: string;
      fields: readonly string[];
      /** Why this object's content makes the move unsafe, or null. */
      check?: (obj: Plain) => string | null;
      /** What a person changing a template must also make sure of. */
      templateNote?: string;
    }
  | { type: 'ingress'; to: string }
  | { type: 'refuse'; why: string };

const META = ['apiVersion', 'kind', 'metadata'];
const SPEC = [...META, 'spec', 'status'];
const RBAC_V1 = 'rbac.authorization.k8s.io/v1';

const INGRESS_V1 = 'networking.k8s.io/v1';

const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * policy/v1beta1 → v1 changes what an empty selector means: v1beta1 selected no pods with `selector: {}`, v1 selects
 * every pod of the namespace. A selector with at least one label or expression means the same in both, so only that
 * case is moved. An object without any selector protects no pods in either version, but moving it would keep a
 * budget that guards nothing: a person should say what it is for.
 */
function pdbCheck(obj: Plain): string | null {
  const spec = isObject(obj['spec']) ? obj['spec'] : {};
  const sel = spec['selector'];
  if (sel === undefined || sel === null) {
    return 'it has no spec.selector, so it protects no pods; give it a non-empty spec.selector, then change apiVersion to policy/v1';
  }
  const labels = isObject(sel) && isObject(sel['matchLabels']) ? Object.keys(sel['matchLabels']).length : 0;
  const exprs = isObject(sel) && Array.isArray(sel['matchExpressions']) ? sel['matchExpressions'].length : 0;
  if (labels + exprs === 0) {
    return 'its spec.selector is empty: policy/v1beta1 reads an empty selector as no pods, policy/v1 as every pod in the namespace; write the selector out, then change apiVersion to policy/v1';
  }
  return null;
}

/** discovery.k8s.io/v1 has no endpoints[].topology (its keys moved to nodeName, zone and hints): a person decides. */
function endpointSliceCheck(obj: Plain): string | null {
  const endpoints = Array.isArray(obj['endpoints']) ? obj['endpoints'] : [];
  const i = endpoints.findIndex((e) => isObject(e) && e['topology'] !== undefined);
  return i === -1
    ? null
    : `endpoints[${i}].topology was removed in discovery.k8s.io/v1: move its kubernetes.io/hostname to nodeName and its zone label to zone by hand`;
}

const PRESERVE_ZERO = 'flowcontrol.k8s.io/v1beta3-preserve-zero-concurrency-shares';

/**
 * flowcontrol v1beta3 → v1 differs in one field: spec.limited.nominalConcurrencyShares. In v1beta3 an explicit 0
 * means the default, 30 (unless the preserve-zero annotation says it means 0); in v1 an explicit 0 means no seats
 * of its own. Unset, or any other number, means the same in both, so only those objects are moved. The annotation
 * exists only for v1beta3 round trips and v1 rejects it, so an object carrying it is left alone too.
 */
function plcCheck(obj: Plain): string | null {
  const annotations = isObject(obj['metadata']) && isObject(obj['metadata']['annotations']) ? obj['metadata']['annotations'] : {};
  if (PRESERVE_ZERO in annotations) {
    return `it has the annotation ${PRESERVE_ZERO}, which flowcontrol.apiserver.k8s.io/v1 rejects: remove it (and keep nominalConcurrencyShares as meant), then change apiVersion`;
  }
  const limited = isObject(obj['spec']) && isObject(obj['spec']['limited']) ? obj['spec']['limited'] : {};
  if (limited['nominalConcurrencyShares'] === 0) {
    return 'spec.limited.nominalConcurrencyShares is 0, which v1beta3 reads as the default 30 and v1 as zero seats: write 30 to keep today\'s behaviour (or leave 0 to mean zero), then change apiVersion';
  }
  return null;
}

const TABLE: ReadonlyArray<{ from: string; kinds: readonly string[]; migration: Migration }> = [
  { from: 'rbac.authorization.k8s.io/v1beta1', kinds: ['Role'], migration: { type: 'move', to: RBAC_V1, fields: [...META, 'rules'] } },
  { from: 'rbac.authorization.k8s.io/v1beta1', kinds: ['ClusterRole'], migration: { type: 'move', to: RBAC_V1, fields: [...META, 'rules', 'aggregationRule'] } },
  { from: 'rbac.authorization.k8s.io/v1beta1', kinds: ['RoleBinding', 'ClusterRoleBinding'], migration: { type: 'move', to: RBAC_V1, fields: [...META, 'subjects', 'roleRef'] } },
  { from: 'batch/v1beta1', kinds: ['CronJob'], migration: { type: 'move', to: 'batch/v1', fields: SPEC } },
  { from: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], migration: { type: 'move', to: 'autoscaling/v2', fields: SPEC } },
  {
    from: 'autoscaling/v2beta1',
    kinds: ['HorizontalPodAutoscaler'],
    migration: {
      type: 'refuse',
      why: 'autoscaling/v2 is not autoscaling/v2beta1 with a new name: metric targets changed (targetAverageUtilization, targetAverageValue and targetValue became target.type with averageUtilization, averageValue or value); rewrite spec.metrics by hand',
    },
  },
  { from: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: ['FlowSchema'], migration: { type: 'move', to: 'flowcontrol.apiserver.k8s.io/v1', fields: SPEC } },
  {
    from: 'flowcontrol.apiserver.k8s.io/v1beta3',
    kinds: ['PriorityLevelConfiguration'],
    migration: {
      type: 'move', to: 'flowcontrol.apiserver.k8s.io/v1', fields: SPEC, check: plcCheck,
      templateNote: 'if spec.limited.nominalConcurrencyShares is 0, write 30 to keep today\'s behaviour (v1 reads 0 as zero seats)',
    },
  },
  { from: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], migration: { type: 'move', to: 'scheduling.k8s.io/v1', fields: [...META, 'value', 'globalDefault', 'description', 'preemptionPolicy'] } },
  {
    from: 'storage.k8s.io/v1beta1',
    kinds: ['StorageClass'],
    migration: {
      type: 'move', to: 'storage.k8s.io/v1',
      fields: [...META, 'provisioner', 'parameters', 'reclaimPolicy', 'mountOptions', 'allowVolumeExpansion', 'volumeBindingMode', 'allowedTopologies'],
    },
  },
  { from: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver'], migration: { type: 'move', to: 'storage.k8s.io/v1', fields: [...META, 'spec'] } },
  {
    from: 'discovery.k8s.io/v1beta1',
    kinds: ['EndpointSlice'],
    migration: {
      type: 'move', to: 'discovery.k8s.io/v1', fields: [...META, 'addressType', 'endpoints', 'ports'], check: endpointSliceCheck,
      templateNote: 'if an endpoint has topology, move it to nodeName and zone (v1 has no topology)',
    },
  },
  {
    from: 'policy/v1beta1',
    kinds: ['PodDisruptionBudget'],
    migration: {
      type: 'move', to: 'policy/v1', fields: SPEC, check: pdbCheck,
      templateNote: 'only when spec.selector is non-empty: policy/v1 reads an empty selector as every pod in the namespace',
    },
  },
  {
    from: 'policy/v1beta1',
    kinds: ['PodSecurityPolicy'],
    migration: {
      type: 'refuse',
      why: 'PodSecurityPolicy has no replacement object: enforce Pod Security Admission (pod-security.kubernetes.io/* namespace labels) or an admission webhook instead, then delete this object',
    },
  },
  {
    from: 'extensions/v1beta1',
    kinds: ['PodSecurityPolicy'],
    migration: {
      type: 'refuse',
      why: 'PodSecurityPolicy has no replacement object: enforce Pod Security Admission (pod-security.kubernetes.io/* namespace labels) or an admission webhook instead, then delete this object',
    },
  },
  { from: 'extensions/v1beta1', kinds: ['Ingress'], migration: { type: 'ingress', to: INGRESS_V1 } },
  { from: 'networking.k8s.io/v1beta1', kinds: ['Ingress'], migration: { type: 'ingress', to: INGRESS_V1 } },
];

function migrationFor(apiVersion: string, kind: string): Migration | null {
  return TABLE.find((t) => t.from === apiVersion && t.kinds.includes(kind))?.migration ?? null;
}

/** What fix does with an object of apiVersion/kind at `target`: nothing, a migration, or a reason to leave it. */
export type Decision = { type: 'none' } | { type: 'refuse'; why: string } | { type: 'migrate'; migration: Exclude<Migration, { type: 'refuse' }> };

export function decide(apiVersion: string, kind: string, target: string, catalog: ApiCatalog): Decision {
  const status = catalog.status(apiVersion, kind, target);
  if (status.state !== 'removed' && status.state !== 'deprecated') return { type: 'none' };
  const word = status.state === 'removed' ? 'no longer serves' : 'deprecates';
  const m = migrationFor(apiVersion, kind);
  if (!m) {
    const r = status.entry.replacement;
    if (!r) return { type: 'refuse', why: `Kubernetes ${target} ${word} ${apiVersion} and there is no replacement API${status.entry.noReplacement ? ` (${status.entry.noReplacement})` : ''}` };
    const other = r.kind === kind ? r.apiVersion : `${r.apiVersion} ${r.kind}`;
    return { type: 'refuse', why: `Kubernetes ${target} ${word} ${apiVersion}; moving to ${other} is not a mechanical change (fields or defaults differ): migrate by hand` };
  }
  if (m.type === 'refuse') return { type: 'refuse', why: m.why };
  const next = catalog.lookup(m.to, kind);
  if (!next || !catalog.isServed(next, target)) {
    return { type: 'refuse', why: `Kubernetes ${target} ${word} ${apiVersion} but does not serve ${m.to} yet: nothing to migrate to at this target` };
  }
  return { type: 'migrate', migration: m };
}

/** The one-line advice for a template (which is not rewritten) at `target`, or null when nothing needs changing. */
export function templateAdvice(apiVersion: string, kind: string, target: string, catalog: ApiCatalog): string | null {
  const d = decide(apiVersion, kind, target, catalog);
  if (d.type === 'none') return null;
  if (d.type === 'refuse') return `${kind} ${apiVersion}: ${d.why}`;
  const m = d.migration;
  if (m.type === 'ingress') {
    return `change apiVersion ${apiVersion} to ${m.to}; rename spec.backend to spec.defaultBackend, write each serviceName/servicePort as service.name and service.port.number (service.port.name for a named port), and add pathType: ImplementationSpecific to each path`;
  }
  return `change apiVersion ${apiVersion} to ${m.to}${m.templateNote ? ` (${m.templateNote})` : ''}`;
}
