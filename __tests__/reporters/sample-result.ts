/**
 * A fixed, hand-made scan result for the reporter tests: errors, warnings and a notice, a run-scope finding (no
 * file), a file-level finding (no line) and an object whose name and file try to break out of Markdown and HTML.
 */
import type { ScanResult } from '../../src/app/result.js';
import { compareFindings, summarize, type Finding } from '../../src/findings/types.js';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)> @admin | **x**';
export const HOSTILE_FILE = 'k8s/team|a/<b>cron</b>.yaml';

export const sampleFindings: Finding[] = [
  {
    ruleId: 'no-manifests',
    severity: 'warning',
    message: 'No Kubernetes manifests found in charts (2 YAML/JSON files read). Check the paths and include/exclude patterns.',
    file: null,
    line: null,
    column: null,
    object: null,
    data: { files: 2, paths: ['charts'] },
  },
  {
    ruleId: 'removed-api',
    severity: 'error',
    message:
      'Ingress "shop/web" uses extensions/v1beta1, which Kubernetes 1.25 no longer serves (deprecated in 1.14, removed in 1.22). ' +
      'Migrate to networking.k8s.io/v1. The current release 1.21 already serves networking.k8s.io/v1: migrate before the upgrade.',
    file: 'k8s/ingress.yaml',
    line: 3,
    column: 1,
    object: { apiVersion: 'extensions/v1beta1', kind: 'Ingress', name: 'web', namespace: 'shop' },
    data: {
      deprecatedIn: '1.14',
      removedIn: '1.22',
      replacement: 'networking.k8s.io/v1',
      replacementKind: 'Ingress',
      target: '1.25',
      replacementServedByCurrent: true,
    },
  },
  {
    ruleId: 'deprecated-api',
    severity: 'warning',
    message:
      'HorizontalPodAutoscaler "api" uses autoscaling/v2beta2, deprecated since Kubernetes 1.23; removal is planned for 1.26. ' +
      'Migrate to autoscaling/v2. The current release 1.21 does not serve autoscaling/v2 yet: migrate during the upgrade window.',
    file: 'k8s/ingress.yaml',
    line: 20,
    column: 1,
    object: { apiVersion: 'autoscaling/v2beta2', kind: 'HorizontalPodAutoscaler', name: 'api', namespace: null },
    data: {
      deprecatedIn: '1.23',
      removedIn: '1.26',
      plannedRemovalIn: '1.26',
      replacement: 'autoscaling/v2',
      replacementKind: 'HorizontalPodAutoscaler',
      target: '1.25',
      replacementServedByCurrent: false,
    },
  },
  {
    ruleId: 'invalid-manifest',
    severity: 'warning',
    message: 'Document 2 is not valid YAML: Nested mappings are not allowed in compact mappings',
    file: 'k8s/broken.yaml',
    line: 7,
    column: 3,
    object: null,
    data: { document: 2 },
  },
  {
    ruleId: 'skipped-file',
    severity: 'notice',
    message: 'Not scanned: larger than the size limit (6000000 bytes > 5242880).',
    file: 'k8s/huge.json',
    line: null,
    column: null,
    object: null,
    data: { reason: 'larger than the size limit (6000000 bytes > 5242880)' },
  },
  {
    ruleId: 'removed-api',
    severity: 'error',
    message:
      `CronJob "ops/${HOSTILE_NAME}" uses batch/v1beta1, which Kubernetes 1.25 no longer serves (deprecated in 1.21, removed in 1.25). ` +
      'Migrate to batch/v1. The current release 1.21 already serves batch/v1: migrate before the upgrade.',
    file: HOSTILE_FILE,
    line: 12,
    column: 1,
    object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: HOSTILE_NAME, namespace: 'ops' },
    data: {
      deprecatedIn: '1.21',
      removedIn: '1.25',
      replacement: 'batch/v1',
      replacementKind: 'CronJob',
      target: '1.25',
      replacementServedByCurrent: true,
    },
  },
];

export function sampleResult(findings: Finding[] = sampleFindings): ScanResult {
  return {
    schemaVersion: 1,
    tool: { name: 'kube-upgrade-gate', version: '0.1.0' },
    catalog: { version: '1.36.20260821', newestRelease: '1.36' },
    target: '1.25',
    current: '1.21',
    summary: summarize(findings, 4, 5),
    findings: [...findings].sort(compareFindings),
    clusters: [],
  };
}

/** `n` findings of one severity (or other severities) in distinct places, for tests that need many findings. */
export function manyFindings(n: number, severity: Finding['severity'] = 'error', file = 'k8s/many.yaml'): Finding[] {
  const ruleId = severity === 'error' ? 'removed-api' : severity === 'warning' ? 'deprecated-api' : 'skipped-file';
  return Array.from({ length: n }, (_, i) => ({
    ruleId,
    severity,
    message: `${severity} number ${i + 1}.`,
    file,
    line: i + 1,
    column: 1,
    object: severity === 'notice' ? null : { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: `job-${i + 1}`, namespace: null },
    data: {},
  })) as Finding[];
}
