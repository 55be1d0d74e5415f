/** Small hand-made feature-gate and component-config catalogs for rule tests (real facts, few entries). */
import type { ComponentConfigCatalog } from '../../src/catalog/component-config.js';
import type { FeatureGateCatalog, GateEntry, StageSpan } from '../../src/catalog/feature-gates.js';

const span = (stage: StageSpan['stage'], def: boolean | null, locked: boolean | null, from: string, to: string | null): StageSpan => ({ stage, default: def, locked, from, to });

function gate(stages: StageSpan[], e: Partial<GateEntry> = {}): GateEntry {
  return { stages, removedIn: null, plannedRemovalIn: null, provenance: { stages: ['website'] }, ...e };
}

export function testGateCatalog(): FeatureGateCatalog {
  return {
    _generated: 'test',
    schemaVersion: 1,
    catalogVersion: 'test',
    newestRelease: '1.36',
    releases: Array.from({ length: 29 }, (_, i) => `1.${8 + i}`),
    sources: [],
    gates: {
      // Removed in 1.28; locked only in its last release (as the release notes say).
      PodSecurity: gate([span('alpha', false, false, '1.22', '1.22'), span('beta', true, false, '1.23', '1.24'), span('ga', true, null, '1.25', '1.26'), span('ga', true, true, '1.27', '1.27')], { removedIn: '1.28' }),
      // Beta and still there.
      APIServerIdentity: gate([span('alpha', false, false, '1.20', '1.25'), span('beta', true, false, '1.26', null)]),
      // GA and locked, removal planned.
      SidecarContainers: gate([span('alpha', false, false, '1.28', '1.28'), span('beta', true, false, '1.29', '1.32'), span('ga', true, true, '1.33', null)], { plannedRemovalIn: '1.37' }),
      // Deprecated, not locked.
      KMSv1: gate([span('beta', true, false, '1.12', '1.27'), span('deprecated', false, false, '1.28', null)]),
      // GA with an unrecorded lock.
      ServerSideApply: gate([span('beta', true, false, '1.16', '1.21'), span('ga', true, null, '1.22', '1.31')], { removedIn: '1.32' }),
      // Alpha, introduced late.
      KubeProxyIPVS: gate([span('deprecated', true, false, '1.36', null)]),
      ClusterTrustBundle: gate([span('alpha', false, false, '1.27', '1.32'), span('beta', false, false, '1.33', null)]),
    },
  };
}

export function testComponentConfigCatalog(): ComponentConfigCatalog {
  return {
    _generated: 'test',
    schemaVersion: 1,
    catalogVersion: 'test',
    newestRelease: '1.36',
    sources: [],
    configApis: [
      { group: 'kubeadm.k8s.io', version: 'v1beta2', kinds: [], component: 'kubeadm', introducedIn: '1.15', deprecatedIn: '1.24', removedIn: '1.27', plannedRemovalIn: null, evidence: ['test'] },
      { group: 'kubeadm.k8s.io', version: 'v1beta3', kinds: [], component: 'kubeadm', introducedIn: '1.22', deprecatedIn: '1.31', removedIn: null, plannedRemovalIn: '1.37', evidence: ['test'] },
      { group: 'kubeadm.k8s.io', version: 'v1beta4', kinds: [], component: 'kubeadm', introducedIn: '1.31', deprecatedIn: null, removedIn: null, plannedRemovalIn: null, evidence: ['test'] },
      { group: 'kubescheduler.config.k8s.io', version: 'v1beta3', kinds: ['KubeSchedulerConfiguration'], component: 'kube-scheduler', introducedIn: '1.23', deprecatedIn: '1.26', removedIn: '1.29', plannedRemovalIn: null, evidence: ['test'] },
      { group: 'kubescheduler.config.k8s.io', version: 'v1', kinds: ['KubeSchedulerConfiguration'], component: 'kube-scheduler', introducedIn: '1.25', deprecatedIn: null, removedIn: null, plannedRemovalIn: null, evidence: ['test'] },
      { group: 'kubescheduler.config.k8s.io', version: 'v1', kinds: ['Policy'], component: 'kube-scheduler', introducedIn: '1.17', deprecatedIn: null, removedIn: '1.23', plannedRemovalIn: null, evidence: ['test'] },
      { group: 'client.authentication.k8s.io', version: 'v1alpha1', kinds: ['ExecCredential'], component: 'client', introducedIn: null, deprecatedIn: null, removedIn: '1.24', plannedRemovalIn: null, evidence: ['test'] },
      { group: 'client.authentication.k8s.io', version: 'v1', kinds: ['ExecCredential'], component: 'client', introducedIn: null, deprecatedIn: null, removedIn: null, plannedRemovalIn: null, evidence: ['test'] },
    ],
    flags: [
      { component: 'kube-apiserver', flag: 'insecure-port', removedIn: '1.24', plannedRemovalIn: null, replacement: '--secure-port', evidence: ['test'] },
      { component: 'kubelet', flag: 'container-runtime', removedIn: '1.27', plannedRemovalIn: null, replacement: '--container-runtime-endpoint', evidence: ['test'] },
      { component: 'kube-controller-manager', flag: 'concurrent-service-syncs', removedIn: null, plannedRemovalIn: '1.37', replacement: null, evidence: ['test'] },
    ],
    admissionPlugins: [{ plugin: 'PodSecurityPolicy', deprecatedIn: '1.21', removedIn: '1.25', plannedRemovalIn: null, replacement: 'PodSecurity', evidence: ['test'] }],
    kubeadmFeatureGates: [
      { gate: 'UnversionedKubeletConfigMap', deprecatedIn: null, lockedIn: '1.25', lockedValue: true, removedIn: '1.26', plannedRemovalIn: null, evidence: ['test'] },
      { gate: 'RootlessControlPlane', deprecatedIn: '1.31', lockedIn: null, lockedValue: null, removedIn: null, plannedRemovalIn: null, evidence: ['test'] },
    ],
  };
}
