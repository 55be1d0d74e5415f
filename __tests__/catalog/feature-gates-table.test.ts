/**
 * Every feature gate × release 1.24–1.36 × true/false, given to a kube-apiserver static pod, through the real
 * rules on the committed data/feature-gates.json. The expected outcomes (__tests__/fixtures/feature-gate-outcomes.json)
 * were computed from the code each release compiles in by scripts/generate-feature-gate-table.ts, independently
 * of the catalog's reconciliation; feature-gates-drift.test.ts checks the fixture against the upstream data.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { deprecatedFeatureGate } from '../../src/rules/deprecated-feature-gate.js';
import { lockedFeatureGate } from '../../src/rules/locked-feature-gate.js';
import { removedFeatureGate } from '../../src/rules/removed-feature-gate.js';
import { unknownFeatureGate } from '../../src/rules/unknown-feature-gate.js';
import type { Finding } from '../../src/findings/types.js';
import { loadFeatureGateCatalog } from '../../src/platform/catalogs.js';
import { OUTCOMES, type GateTable, type OutcomeLetter } from '../../scripts/lib/feature-gate-table.js';
import { testCatalog } from '../helpers/catalog.js';

const RULES = [removedFeatureGate, lockedFeatureGate, deprecatedFeatureGate, unknownFeatureGate];
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const table = JSON.parse(readFileSync(resolve(repoRoot, '__tests__/fixtures/feature-gate-outcomes.json'), 'utf8')) as GateTable;
const featureGates = loadFeatureGateCatalog();

const pod = (component: string, gates: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${component}
  namespace: kube-system
spec:
  containers:
    - name: ${component}
      image: registry.k8s.io/${component}:v1.30.0
      command:
        - ${component}
        - --feature-gates=${gates}
`;

function scan(text: string, target: string): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine(RULES, { target, current: null, catalog: testCatalog(), featureGates }, (f) => out.push(f));
  for (const doc of parseManifestText(text).documents) engine.document(doc, 'pod.yaml');
  return out;
}

/** The outcome letter of each gate, scanning one pod that sets every gate to `value`. */
function outcomes(gates: readonly string[], release: string, value: boolean, component = 'kube-apiserver'): Map<string, OutcomeLetter> {
  const found = scan(pod(component, gates.map((g) => `${g}=${value}`).join(',')), release);
  const got = new Map<string, OutcomeLetter>(gates.map((g) => [g, '-']));
  for (const f of found) {
    const gate = f.data['gate'] as string;
    expect([gate, got.get(gate)]).toEqual([gate, '-']); // at most one finding per setting
    const letter = (Object.keys(OUTCOMES) as OutcomeLetter[]).find((k) => OUTCOMES[k]?.[0] === f.ruleId && OUTCOMES[k]?.[1] === f.severity);
    got.set(gate, letter ?? ('?' as OutcomeLetter));
  }
  return got;
}

describe('every gate × release × value through the rules (kube-apiserver)', () => {
  const gates = Object.keys(table.gates);

  test('the fixture covers 1.24–1.36 for kube-apiserver, every gate of the catalog, and names no release has', () => {
    expect(table.component).toBe('kube-apiserver');
    expect(table.releases).toEqual(Array.from({ length: 13 }, (_, i) => `1.${24 + i}`));
    for (const g of Object.keys(featureGates.gates)) expect([g, g in table.gates]).toEqual([g, true]);
    expect(table.gates['NotAKubernetesGate']).toBe('U'.repeat(26));
    for (const row of Object.values(table.gates)) expect(row).toMatch(/^[-RLXDU]{26}$/);
  });

  test.each(table.releases.flatMap((r, i) => [[r, true, 2 * i] as const, [r, false, 2 * i + 1] as const]))('%s, every gate set to %s', (release, value, column) => {
    const got = outcomes(gates, release, value);
    const wrong = gates.filter((g) => got.get(g) !== table.gates[g]?.[column]).map((g) => `${g}: expected ${table.gates[g]?.[column]}, got ${got.get(g)}`);
    expect(wrong).toEqual([]);
  });
});

describe('named cases (each proven by the code of the release)', () => {
  test.each<[string, string, string, string | null]>([
    // removed in the release whose code no longer has the gate (the website still lists them)
    ['ServiceTrafficDistribution=true', '1.36', 'kube-apiserver', 'removed-feature-gate/error'],
    ['TopologyAwareHints=true', '1.36', 'kube-apiserver', 'removed-feature-gate/error'],
    ['MemoryManager=true', '1.36', 'kubelet', 'removed-feature-gate/error'],
    ['StructuredAuthorizationConfiguration=true', '1.36', 'kube-apiserver', 'removed-feature-gate/error'],
    ['InPlacePodVerticalScalingAllocatedStatus=false', '1.36', 'kubelet', 'removed-feature-gate/error'],
    ['CronJobsScheduledAnnotation=true', '1.35', 'kube-controller-manager', 'removed-feature-gate/error'],
    ['PodIndexLabel=true', '1.35', 'kube-controller-manager', 'removed-feature-gate/error'],
    ['StatefulSetAutoDeletePVC=true', '1.35', 'kube-controller-manager', 'removed-feature-gate/error'],
    ['ElasticIndexedJob=true', '1.34', 'kube-apiserver', 'removed-feature-gate/error'],
    ['StatefulSetStartOrdinal=true', '1.34', 'kube-apiserver', 'removed-feature-gate/error'],
    ['ServiceTrafficDistribution=true', '1.35', 'kube-apiserver', 'locked-feature-gate/warning'],
    // locked in code: the other value stops the component
    ['ServerSideApply=false', '1.28', 'kube-apiserver', 'locked-feature-gate/error'],
    ['ConsistentListFromCache=false', '1.36', 'kube-apiserver', 'locked-feature-gate/error'],
    ['PodSecurity=true', '1.25', 'kube-apiserver', 'locked-feature-gate/warning'],
    // still present, deprecated and locked to false
    ['AllowServiceLBStatusOnNonLB=false', '1.32', 'kube-apiserver', 'locked-feature-gate/warning'],
    ['AllowServiceLBStatusOnNonLB=true', '1.34', 'kube-apiserver', 'locked-feature-gate/error'],
    ['AllowServiceLBStatusOnNonLB=false', '1.35', 'kube-apiserver', 'removed-feature-gate/error'],
    // GA but not locked in 1.32–1.35
    ['TopologyManagerPolicyOptions=false', '1.33', 'kubelet', null],
    ['TopologyManagerPolicyOptions=false', '1.36', 'kubelet', 'locked-feature-gate/error'],
    // the featuregate package's own gates
    ['AllAlpha=true', '1.24', 'kube-apiserver', null],
    ['AllBeta=true', '1.36', 'kubelet', null],
    // first release from the code
    ['AllowServiceExternalIPs=true', '1.35', 'kube-apiserver', 'unknown-feature-gate/error'],
    ['AllowServiceExternalIPs=true', '1.36', 'kube-apiserver', null],
    ['StatefulSetSemanticRevisionComparison=true', '1.33', 'kube-controller-manager', 'unknown-feature-gate/error'],
    ['StatefulSetSemanticRevisionComparison=true', '1.34', 'kube-controller-manager', null],
    ['UserNamespacesSupport=true', '1.27', 'kubelet', 'unknown-feature-gate/error'],
    ['UserNamespacesStatelessPodsSupport=true', '1.27', 'kubelet', null],
    ['UserNamespacesStatelessPodsSupport=true', '1.28', 'kubelet', 'removed-feature-gate/error'],
    // gates only the code knows
    ['LegacySidecarContainers=true', '1.33', 'kubelet', 'deprecated-feature-gate/warning'],
    ['ProbeHostPodSecurityStandards=true', '1.34', 'kubelet', 'locked-feature-gate/warning'],
    ['ProbeHostPodSecurityStandards=true', '1.35', 'kubelet', 'removed-feature-gate/error'],
    // gates registered only by kube-controller-manager
    ['IPv6DualStack=true', '1.25', 'kube-controller-manager', 'locked-feature-gate/warning'],
    ['IPv6DualStack=true', '1.25', 'kubelet', 'removed-feature-gate/error'],
    ['IPv6DualStack=true', '1.27', 'kube-controller-manager', 'removed-feature-gate/error'],
    ['ControllerManagerReleaseLeaderElectionLockOnExit=true', '1.36', 'kube-controller-manager', null],
    ['ControllerManagerReleaseLeaderElectionLockOnExit=true', '1.36', 'kube-apiserver', 'unknown-feature-gate/error'],
    ['ControllerManagerLeaderMigration=true', '1.21', 'kube-controller-manager', null],
    ['ControllerManagerLeaderMigration=true', '1.21', 'kube-apiserver', 'unknown-feature-gate/error'],
    // the 1.23 code registers "csiMigrationRBD", not "CSIMigrationRBD"
    ['csiMigrationRBD=true', '1.23', 'kubelet', null],
    ['CSIMigrationRBD=true', '1.23', 'kubelet', 'unknown-feature-gate/error'],
    // old removals from the code, not the website's last release
    ['CustomResourceValidation=true', '1.18', 'kube-apiserver', 'removed-feature-gate/error'],
    ['VolumeSubpathEnvExpansion=true', '1.19', 'kubelet', 'removed-feature-gate/error'],
    ['TaintBasedEvictions=true', '1.20', 'kube-controller-manager', 'removed-feature-gate/error'],
  ])('%s at %s (%s)', (setting, release, component, want) => {
    const found = scan(pod(component, setting), release).map((f) => `${f.ruleId}/${f.severity}`);
    expect(found).toEqual(want === null ? [] : [want]);
  });

  test('a kube-controller-manager-only gate names the component that has it', () => {
    const [f] = scan(pod('kubelet', 'IPv6DualStack=true'), '1.26');
    expect(f?.data).toMatchObject({ gate: 'IPv6DualStack', removedIn: '1.25', registeredBy: ['kube-controller-manager'] });
    expect(f?.message).toContain('only kube-controller-manager still registers it');
    const [g] = scan(pod('kube-apiserver', 'ControllerManagerReleaseLeaderElectionLockOnExit=true'), '1.36');
    expect(g?.message).toContain('registered only by kube-controller-manager in Kubernetes 1.36');
  });
});
