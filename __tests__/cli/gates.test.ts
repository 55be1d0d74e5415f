/** End to end: feature gates, removed flags and config-file API versions, through the CLI, on __tests__/fixtures/gates. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number | null;
  message: string;
  data: Record<string, unknown>;
}

async function scan(path: string, ...args: string[]): Promise<{ code: number; findings: JsonFinding[]; summary: Record<string, number> }> {
  const r = await runCli(['scan', path, '--format', 'json', ...args], fixtures);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: Record<string, number> };
  return { code: r.code, findings: report.findings, summary: report.summary };
}

describe('feature gates of a static kube-apiserver pod', () => {
  test.each(['1.28', '1.36'])('after PodSecurity was removed (%s): exactly one removed-feature-gate error at the gate, nothing for the current beta gate', async (target) => {
    const r = await scan('gates/static-pods/kube-apiserver.yaml', '--target', target);
    expect(r.code).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      ruleId: 'removed-feature-gate',
      severity: 'error',
      file: 'gates/static-pods/kube-apiserver.yaml',
      line: 19,
      column: 27,
      data: { gate: 'PodSecurity', component: 'kube-apiserver', value: true, removedIn: '1.28', lastAcceptedIn: '1.27', gaIn: '1.25' },
    });
    expect(r.findings[0]?.message).toContain('Delete PodSecurity=true');
  });

  test('while PodSecurity was GA, locked and still present (1.27): one locked-feature-gate warning', async () => {
    const r = await scan('gates/static-pods/kube-apiserver.yaml', '--target', '1.27');
    expect(r.code).toBe(0);
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.line, f.data['gate'], f.data['locked']])).toEqual([['locked-feature-gate', 'warning', 19, 'PodSecurity', true]]);
    expect(r.findings[0]?.message).toContain('becomes an error when the gate is removed in 1.28');
  });

  test('GA and locked in 1.25–1.26 as well (the code of those releases sets LockToDefault: true): one locked-feature-gate warning', async () => {
    const r = await scan('gates/static-pods/kube-apiserver.yaml', '--target', '1.26');
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.line, f.data['gate'], f.data['locked']])).toEqual([['locked-feature-gate', 'warning', 19, 'PodSecurity', true]]);
  });
});

test('Flux, prometheus-operator and cert-manager Deployments with their own --feature-gates report nothing', async () => {
  const r = await scan('gates/third-party', '--target', '1.36', '--fail-on', 'notice');
  expect(r.code).toBe(0);
  expect(r.findings).toEqual([]);
  expect(r.summary).toMatchObject({ files: 3, documents: 3 });
});

test('the whole fixture repository: every location, every rule, each at its line', async () => {
  const r = await scan('gates', '--target', '1.30', '--current', '1.27');
  expect(r.code).toBe(1);
  const subject = (f: JsonFinding) => f.data['gate'] ?? f.data['admissionPlugin'] ?? f.data['flag'] ?? f.data['apiVersion'] ?? null;
  expect(r.findings.map((f) => [f.ruleId, f.file, f.line, f.severity, subject(f)])).toEqual([
    ['deprecated-config-api', 'gates/config-apis/admission.yaml', 6, 'warning', 'apiserver.config.k8s.io/v1alpha1'],
    ['removed-config-api', 'gates/config-apis/audit-policy.yaml', 1, 'error', 'audit.k8s.io/v1beta1'],
    ['removed-config-api', 'gates/config-apis/kubeconfig.yaml', 11, 'error', 'client.authentication.k8s.io/v1alpha1'],
    ['removed-config-api', 'gates/config-apis/scheduler-config.yaml', 1, 'error', 'kubescheduler.config.k8s.io/v1beta3'],
    ['removed-feature-gate', 'gates/k3s/etc/rancher/k3s/config.yaml', 5, 'error', 'PodSecurity'],
    ['removed-flag', 'gates/k3s/etc/rancher/k3s/config.yaml', 6, 'error', 'PodSecurityPolicy'],
    ['removed-flag', 'gates/k3s/etc/rancher/k3s/config.yaml', 9, 'error', 'container-runtime'],
    ['removed-feature-gate', 'gates/k3s/etc/rancher/rke2/config.yaml.d/50-gates.yaml', 2, 'error', 'EphemeralContainers'],
    ['invalid-manifest', 'gates/kind/broken-patch.yaml', 6, 'warning', null],
    ['invalid-manifest', 'gates/kind/broken-patch.yaml', 7, 'warning', null],
    ['removed-feature-gate', 'gates/kind/cluster.yaml', 5, 'error', 'PodSecurity'],
    ['removed-feature-gate', 'gates/kind/cluster.yaml', 11, 'error', 'PodSecurity'],
    ['locked-feature-gate', 'gates/kind/cluster.yaml', 16, 'error', 'ServerSideApply'],
    ['removed-feature-gate', 'gates/kind/cluster.yaml', 24, 'error', 'EphemeralContainers'],
    ['removed-config-api', 'gates/kubeadm/kubeadm-v1beta2.yaml', 1, 'error', 'kubeadm.k8s.io/v1beta2'],
    ['removed-feature-gate', 'gates/kubeadm/kubeadm-v1beta3.yaml', 6, 'error', 'EphemeralContainers'],
    ['removed-flag', 'gates/kubeadm/kubeadm-v1beta3.yaml', 7, 'error', 'container-runtime'],
    ['removed-feature-gate', 'gates/kubeadm/kubeadm-v1beta3.yaml', 13, 'error', 'UnversionedKubeletConfigMap'],
    ['removed-feature-gate', 'gates/kubeadm/kubeadm-v1beta3.yaml', 17, 'error', 'PodSecurity'],
    ['removed-flag', 'gates/kubeadm/kubeadm-v1beta3.yaml', 18, 'error', 'SecurityContextDeny'],
    ['removed-feature-gate', 'gates/kubeadm/kubeadm-v1beta3.yaml', 21, 'error', 'CSIMigrationAzureFile'],
    ['deprecated-feature-gate', 'gates/kubeadm/kubeadm-v1beta4.yaml', 10, 'warning', 'KMSv1'],
    ['removed-feature-gate', 'gates/kubelet/kubelet-config.yaml', 6, 'error', 'ExpandedDNSConfig'],
    ['deprecated-feature-gate', 'gates/kubelet/kubelet-config.yaml', 7, 'warning', 'KMSv1'],
    ['removed-flag', 'gates/static-pods/kube-apiserver-legacy.yaml', 13, 'error', 'insecure-port'],
    ['removed-flag', 'gates/static-pods/kube-apiserver-legacy.yaml', 14, 'error', 'PodSecurityPolicy'],
    ['unknown-feature-gate', 'gates/static-pods/kube-apiserver-legacy.yaml', 16, 'error', 'PodSecurty'],
    ['removed-feature-gate', 'gates/static-pods/kube-apiserver.yaml', 19, 'error', 'PodSecurity'],
    ['removed-flag', 'gates/static-pods/kube-scheduler.yaml', 13, 'error', 'port'],
    ['deprecated-feature-gate', 'gates/static-pods/kube-scheduler.yaml', 14, 'warning', 'KMSv1'],
    ['deprecated-feature-gate', 'gates/systemd/etc/default/kubelet', 2, 'warning', 'KMSv1'],
    ['removed-feature-gate', 'gates/systemd/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 5, 'error', 'EphemeralContainers'],
    ['removed-feature-gate', 'gates/systemd/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', 10, 'error', 'PodSecurity'],
    ['removed-flag', 'gates/systemd/var/lib/kubelet/kubeadm-flags.env', 1, 'error', 'container-runtime'],
    ['removed-feature-gate', 'gates/workloads/go-runner.yaml', 10, 'error', 'CSIMigrationAzureFile'],
    ['removed-flag', 'gates/workloads/go-runner.yaml', 10, 'error', 'enable-taint-manager'],
    ['removed-feature-gate', 'gates/workloads/kube-proxy.yaml', 21, 'error', 'EphemeralContainers'],
    ['locked-feature-gate', 'gates/workloads/kube-proxy.yaml', 35, 'error', 'ServerSideApply'],
  ]);
  // systemd drop-ins and environment files are read although they are not YAML.
  // ServerSideApply=false: the 1.30 code locks the gate to true, so the component refuses it (error).
  expect(r.summary).toEqual({ files: 23, documents: 26, errors: 31, warnings: 7, notices: 0 });
  // Host files have no Kubernetes object; everything else names its object.
  const k3s = r.findings.find((f) => f.file.endsWith('k3s/config.yaml'));
  expect(k3s).toMatchObject({ data: { source: 'k3s', component: 'kube-apiserver' } });
});

test('at the newest release: locked gates set against their default, removed kubeadm gates and flags, deprecated kubeadm v1beta3', async () => {
  const r = await scan('gates/kubeadm', '--target', '1.36');
  const rows = r.findings.map((f) => [f.ruleId, f.severity, f.line, f.data['gate'] ?? f.data['flag'] ?? f.data['admissionPlugin'] ?? f.data['apiVersion']]);
  expect(rows).toEqual(expect.arrayContaining([
    ['deprecated-config-api', 'warning', 1, 'kubeadm.k8s.io/v1beta3'],
    ['removed-feature-gate', 'error', 14, 'EtcdLearnerMode'],
    ['removed-feature-gate', 'error', 5, 'ControlPlaneKubeletLocalMode'],
    ['removed-flag', 'error', 11, 'cloud-provider'],
    ['locked-feature-gate', 'error', 23, 'SidecarContainers'],
    ['removed-flag', 'error', 24, 'pod-infra-container-image'],
  ]));
  expect(rows.some((row) => row[3] === 'SomeFutureKubeadmGate')).toBe(false);
});
