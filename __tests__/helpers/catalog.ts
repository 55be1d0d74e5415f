/** A small hand-made API catalog for rule tests (real facts, few entries). */
import { ApiCatalog, type ApiEntry } from '../../src/catalog/api-catalog.js';

const releases = Array.from({ length: 21 }, (_, i) => `1.${16 + i}`);

function entry(apiVersion: string, kind: string, e: Partial<ApiEntry>): ApiEntry {
  const [group, version] = apiVersion.includes('/') ? (apiVersion.split('/') as [string, string]) : ['', apiVersion];
  return {
    apiVersion, group, version, kind,
    stability: /alpha/.test(version) ? 'alpha' : /beta/.test(version) ? 'beta' : 'ga',
    introducedIn: null, deprecatedIn: null, removedIn: null, plannedRemovalIn: null,
    firstServed: '1.16', lastServed: '1.36', replacement: null, noReplacement: null,
    ...e,
  };
}

export const testEntries: ApiEntry[] = [
  entry('extensions/v1beta1', 'Ingress', { deprecatedIn: '1.14', removedIn: '1.22', lastServed: '1.21', replacement: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' } }),
  entry('networking.k8s.io/v1', 'Ingress', { firstServed: '1.19' }),
  entry('batch/v1beta1', 'CronJob', { deprecatedIn: '1.21', removedIn: '1.25', lastServed: '1.24', replacement: { apiVersion: 'batch/v1', kind: 'CronJob' } }),
  entry('batch/v1', 'CronJob', { firstServed: '1.21' }),
  entry('policy/v1beta1', 'PodSecurityPolicy', { deprecatedIn: '1.21', removedIn: '1.25', lastServed: '1.24', noReplacement: 'use Pod Security Admission' }),
  entry('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', { firstServed: '1.26', deprecatedIn: '1.29', removedIn: '1.32', lastServed: '1.31', replacement: { apiVersion: 'flowcontrol.apiserver.k8s.io/v1', kind: 'FlowSchema' } }),
  entry('flowcontrol.apiserver.k8s.io/v1', 'FlowSchema', { firstServed: '1.29' }),
  entry('v1', 'ConfigMap', {}),
  entry('apps/v1', 'Deployment', {}),
];

export function testCatalog(entries: ApiEntry[] = testEntries): ApiCatalog {
  return new ApiCatalog({ _generated: 'test', schemaVersion: 1, catalogVersion: 'test', newestRelease: '1.36', releases, apis: entries });
}
