/**
 * Workloads, label selectors and disruption budgets, as the scan rules over a whole repository read them
 * (drain-blocker, webhook-upgrade-risk, psp-without-psa). Reads plain object data; never throws on odd input.
 */
import type { ScanObject } from '../types.js';

export type Labels = Readonly<Record<string, string>>;

export function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function labelsOf(value: unknown): Labels {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value) ?? {})) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  return out;
}

/** The namespace an object lands in; objects without one are taken to share the `default` namespace. */
export function namespaceOf(o: ScanObject): string {
  return o.doc.namespace ?? 'default';
}

/** `Kind "namespace/name"`. */
export function named(o: ScanObject): string {
  return `${o.doc.kind} "${namespaceOf(o)}/${o.doc.name ?? '(unnamed)'}"`;
}

/**
 * Whether a metav1.LabelSelector selects `labels`. `null`/absent selects nothing (as a disruption budget's does); an
 * empty selector selects everything. A selector that cannot be read selects nothing.
 */
export function selects(selector: unknown, labels: Labels): boolean {
  const s = record(selector);
  if (!s) return false;
  const matchLabels = record(s['matchLabels']) ?? {};
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== String(v)) return false;
  for (const raw of list(s['matchExpressions'])) {
    const e = record(raw);
    if (!e || typeof e['key'] !== 'string') return false;
    const key = e['key'];
    const values = list(e['values']).map(String);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (e['operator']) {
      case 'In':
        if (!has || !values.includes(labels[key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** A Service's `spec.selector` (a plain label map): empty or absent selects nothing (a Service without selector). */
export function mapSelects(selector: unknown, labels: Labels): boolean {
  const s = labelsOf(selector);
  const keys = Object.keys(s);
  return keys.length > 0 && keys.every((k) => labels[k] === s[k]);
}

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet'] as const;

export interface Workload {
  object: ScanObject;
  /** spec.replicas, 1 when absent (the API server's default). */
  replicas: number;
  /** Whether `spec.replicas` is written (the finding is placed there) or defaulted. */
  replicasWritten: boolean;
  /** The pod template's labels. */
  podLabels: Labels;
}

export function workloadOf(o: ScanObject): Workload | null {
  if (!(WORKLOAD_KINDS as readonly string[]).includes(o.doc.kind)) return null;
  const spec = record(o.doc.body['spec']) ?? {};
  const raw = spec['replicas'];
  const written = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0;
  const template = record(spec['template']) ?? {};
  return { object: o, replicas: written ? raw : 1, replicasWritten: written, podLabels: labelsOf(record(template['metadata'])?.['labels']) };
}

/** An IntOrString value: a whole number, or a percentage ("25%"), or null when it is neither. */
export type IntOrPercent = { kind: 'int'; value: number } | { kind: 'percent'; value: number };

export function intOrPercent(value: unknown): IntOrPercent | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { kind: 'int', value };
  if (typeof value === 'string') {
    const m = /^(\d+)%$/.exec(value.trim());
    if (m) return { kind: 'percent', value: Number(m[1]) };
    if (/^\d+$/.test(value.trim())) return { kind: 'int', value: Number(value.trim()) };
  }
  return null;
}

/** Pods a `minAvailable` requires of `replicas` (percentages round up, as the disruption controller computes them). */
export function requiredAvailable(min: IntOrPercent, replicas: number): number {
  return min.kind === 'int' ? min.value : Math.ceil((replicas * min.value) / 100);
}

export function show(v: IntOrPercent): string {
  return v.kind === 'int' ? String(v.value) : `${v.value}%`;
}
