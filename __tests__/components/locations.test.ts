/** Where component settings are read: one test per location, on the fixture repository __tests__/fixtures/gates. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentInputs, readSettings, type ComponentSettings } from '../../src/components/index.js';
import { parseManifestText } from '../../src/parse/manifest.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'gates');

function read(rel: string): { settings: ComponentSettings[]; problems: Array<[number, string]> } {
  const text = readFileSync(join(root, rel), 'utf8');
  const parsed = parseManifestText(text);
  const extra = componentInputs(rel, text, parsed.documents);
  return {
    settings: [...parsed.documents.map(readSettings), ...extra.settings],
    problems: extra.problems.map((p) => [p.position.line, p.message]),
  };
}

type GateRow = [gate: string, value: boolean | null, component: string | null, line: number, column: number | null];

function gates(rel: string): GateRow[] {
  return read(rel).settings.flatMap((s) => s.gates.map((g): GateRow => {
    const p = g.place();
    return [g.gate, g.value, g.component, p.line, p.column];
  }));
}

function flags(rel: string): Array<[string, string, number, number | null]> {
  return read(rel).settings.flatMap((s) => s.flags.map((f): [string, string, number, number | null] => {
    const p = f.place();
    return [f.component, f.flag, p.line, p.column];
  }));
}

describe('component settings by location', () => {
  test('static pod, joined form: --feature-gates=A=true,B=true (command)', () => {
    expect(gates('static-pods/kube-apiserver.yaml')).toEqual([
      ['PodSecurity', true, 'kube-apiserver', 19, 27],
      ['APIServerIdentity', true, 'kube-apiserver', 19, 44],
    ]);
    expect(read('static-pods/kube-apiserver.yaml').settings[0]?.gates[0]).toMatchObject({ source: 'container', via: '--feature-gates in the arguments of container "kube-apiserver"' });
  });

  test('static pod, split form: --feature-gates then A=true; admission plugins; flags', () => {
    const s = read('static-pods/kube-apiserver-legacy.yaml').settings[0] as ComponentSettings;
    expect(s.gates.map((g) => [g.gate, g.value, g.place().line, g.place().column])).toEqual([['PodSecurty', true, 16, 11]]);
    expect(s.admissionPlugins.map((a) => [a.plugin, a.place().line, a.place().column])).toEqual([
      ['NodeRestriction', 14, 38],
      ['PodSecurityPolicy', 14, 54],
    ]);
    expect(flags('static-pods/kube-apiserver-legacy.yaml').map((f) => f[1])).toEqual(['insecure-port', 'enable-admission-plugins', 'feature-gates']);
  });

  test('static pod identified by its image (args only, quoted, image with digest)', () => {
    expect(gates('static-pods/kube-scheduler.yaml')).toEqual([
      ['SidecarContainers', false, 'kube-scheduler', 14, 28],
      ['KMSv1', true, 'kube-scheduler', 14, 53],
    ]);
  });

  test('kube-proxy DaemonSet running the binary from a shell script, and its ConfigMap KubeProxyConfiguration', () => {
    expect(gates('workloads/kube-proxy.yaml')).toEqual([
      ['EphemeralContainers', true, 'kube-proxy', 21, 121],
      ['GracefulNodeShutdown', true, 'kube-proxy', 34, 7],
      ['ServerSideApply', false, 'kube-proxy', 35, 7],
    ]);
    const cm = read('workloads/kube-proxy.yaml').settings[1] as ComponentSettings;
    expect(cm.configApis.map((u) => [u.apiVersion, u.kind, u.source, u.place().line])).toEqual([['kubeproxy.config.k8s.io/v1alpha1', 'KubeProxyConfiguration', 'configmap', 30]]);
  });

  test('go-runner wrapper', () => {
    expect(gates('workloads/go-runner.yaml')).toEqual([['CSIMigrationAzureFile', true, 'kube-controller-manager', 10, 141]]);
    expect(flags('workloads/go-runner.yaml').map((f) => f[1])).toEqual(['feature-gates', 'enable-taint-manager']);
  });

  test('kubeadm v1beta3: extraArgs maps, kubeletExtraArgs, and kubeadm\'s own featureGates', () => {
    expect(gates('kubeadm/kubeadm-v1beta3.yaml')).toEqual([
      ['GracefulNodeShutdown', true, 'kubelet', 6, 21],
      ['EphemeralContainers', true, 'kubelet', 6, 47],
      ['PodSecurity', true, 'kube-apiserver', 17, 20],
      ['CSIMigrationAzureFile', true, 'kube-controller-manager', 21, 21],
      ['UnversionedKubeletConfigMap', true, 'kubeadm', 13, 3],
      ['EtcdLearnerMode', true, 'kubeadm', 14, 3],
    ]);
    expect(flags('kubeadm/kubeadm-v1beta3.yaml')).toContainEqual(['kubelet', 'container-runtime', 7, 5]);
  });

  test('kubeadm v1beta4: extraArgs as name/value lists', () => {
    expect(gates('kubeadm/kubeadm-v1beta4.yaml')).toEqual([
      ['APIServerIdentity', true, 'kube-apiserver', 10, 15],
      ['KMSv1', true, 'kube-apiserver', 10, 38],
      ['GracefulNodeShutdown', true, 'kube-scheduler', 16, 14],
      ['ControlPlaneKubeletLocalMode', true, 'kubeadm', 5, 3],
      ['SomeFutureKubeadmGate', true, 'kubeadm', 6, 3],
      ['KubeletInUserNamespace', true, 'kubelet', 23, 14],
      ['SidecarContainers', false, 'kubelet', 23, 42],
    ]);
    expect(flags('kubeadm/kubeadm-v1beta4.yaml')).toEqual([
      ['kube-apiserver', 'feature-gates', 9, 13],
      ['kube-apiserver', 'cloud-provider', 11, 13],
      ['kube-scheduler', 'feature-gates', 15, 13],
      ['kubelet', 'feature-gates', 22, 13],
      ['kubelet', 'pod-infra-container-image', 24, 13],
    ]);
  });

  test('KubeletConfiguration featureGates (map keys, quoted key)', () => {
    expect(gates('kubelet/kubelet-config.yaml')).toEqual([
      ['GracefulNodeShutdown', true, 'kubelet', 5, 3],
      ['ExpandedDNSConfig', true, 'kubelet', 6, 3],
      ['KMSv1', true, 'kubelet', 7, 4],
    ]);
  });

  test('kind Cluster: featureGates for every component, and the YAML inside kubeadmConfigPatches strings mapped to file lines', () => {
    expect(gates('kind/cluster.yaml')).toEqual([
      ['InPlacePodVerticalScaling', true, null, 4, 3],
      ['PodSecurity', true, null, 5, 3],
      ['APIServerIdentity', true, 'kube-apiserver', 11, 25],
      ['PodSecurity', true, 'kube-apiserver', 11, 48],
      ['ServerSideApply', false, 'kubelet', 16, 7],
      ['KubeletInUserNamespace', true, 'kubelet', 24, 29],
      ['EphemeralContainers', true, 'kubelet', 24, 57],
    ]);
    const configApis = read('kind/cluster.yaml').settings[0]?.configApis.map((u) => [u.apiVersion, u.source, u.place().line]);
    expect(configApis).toEqual([['kubelet.config.k8s.io/v1beta1', 'kind', 13]]);
  });

  test('kind Cluster: a patch that is not YAML, or not a string, is a problem, not a crash', () => {
    const r = read('kind/broken-patch.yaml');
    expect(r.settings[0]?.gates).toEqual([]);
    expect(r.problems).toEqual([
      [6, expect.stringMatching(/^has kubeadmConfigPatches\[0\] that is not valid YAML .*it was not checked$/)],
      [7, 'has a kubeadmConfigPatches entry that is not a string; it was not checked'],
    ]);
  });

  test('k3s config.yaml (no apiVersion/kind): kube-apiserver-arg and kubelet-arg lists', () => {
    expect(gates('k3s/etc/rancher/k3s/config.yaml')).toEqual([
      ['PodSecurity', true, 'kube-apiserver', 5, 20],
      ['APIServerIdentity', true, 'kube-apiserver', 5, 37],
      ['GracefulNodeShutdown', true, 'kubelet', 8, 19],
    ]);
    expect(flags('k3s/etc/rancher/k3s/config.yaml')).toEqual([
      ['kube-apiserver', 'feature-gates', 5, 6],
      ['kube-apiserver', 'enable-admission-plugins', 6, 6],
      ['kubelet', 'feature-gates', 8, 5],
      ['kubelet', 'container-runtime', 9, 5],
    ]);
  });

  test('RKE2 config.yaml.d drop-in with an appending key and --flags', () => {
    expect(gates('k3s/etc/rancher/rke2/config.yaml.d/50-gates.yaml')).toEqual([['EphemeralContainers', true, 'kubelet', 2, 22]]);
  });

  test('kubelet systemd drop-in: Environment=KUBELET_EXTRA_ARGS and a continued ExecStart line', () => {
    const rel = 'systemd/etc/systemd/system/kubelet.service.d/10-kubeadm.conf';
    expect(gates(rel)).toEqual([
      ['GracefulNodeShutdown', true, 'kubelet', 5, 70],
      ['EphemeralContainers', true, 'kubelet', 5, 96],
      ['PodSecurity', true, 'kubelet', 10, 19],
    ]);
    expect(read(rel).settings[0]?.gates.map((g) => [g.source, g.via])).toEqual([
      ['systemd', '--feature-gates in KUBELET_EXTRA_ARGS'],
      ['systemd', '--feature-gates in KUBELET_EXTRA_ARGS'],
      ['systemd', '--feature-gates in ExecStart'],
    ]);
  });

  test('environment files: kubeadm-flags.env and /etc/default/kubelet', () => {
    expect(flags('systemd/var/lib/kubelet/kubeadm-flags.env')).toEqual([
      ['kubelet', 'container-runtime', 1, 23],
      ['kubelet', 'container-runtime-endpoint', 1, 50],
      ['kubelet', 'pod-infra-container-image', 1, 118],
    ]);
    expect(gates('systemd/etc/default/kubelet')).toEqual([['KMSv1', true, 'kubelet', 2, 36]]);
  });

  test.each(['third-party/flux-source-controller.yaml', 'third-party/prometheus-operator.yaml', 'third-party/cert-manager.yaml'])(
    '%s: another program\'s own --feature-gates is not a Kubernetes setting',
    (rel) => {
      const r = read(rel);
      expect(r.settings.flatMap((s) => [...s.gates, ...s.flags, ...s.admissionPlugins])).toEqual([]);
      expect(r.problems).toEqual([]);
    },
  );

  test('config files: own apiVersion, AdmissionConfiguration plugin configuration, kubeconfig exec', () => {
    const uses = (rel: string) => read(rel).settings.flatMap((s) => s.configApis.map((u) => [u.apiVersion, u.kind, u.source, u.place().line]));
    expect(uses('config-apis/scheduler-config.yaml')).toEqual([['kubescheduler.config.k8s.io/v1beta3', 'KubeSchedulerConfiguration', 'document', 1]]);
    expect(uses('config-apis/admission.yaml')).toEqual([
      ['apiserver.config.k8s.io/v1', 'AdmissionConfiguration', 'document', 1],
      ['apiserver.config.k8s.io/v1alpha1', 'WebhookAdmissionConfiguration', 'admission-config', 6],
    ]);
    expect(uses('config-apis/kubeconfig.yaml')).toEqual([['client.authentication.k8s.io/v1alpha1', 'ExecCredential', 'kubeconfig', 11]]);
  });
});

describe('odd input never crashes the readers', () => {
  const doc = (text: string) => {
    const parsed = parseManifestText(text);
    const extra = componentInputs('x.yaml', text, parsed.documents);
    return { settings: parsed.documents.map(readSettings), problems: extra.problems.map((p) => p.message) };
  };

  test.each<[string, string, string[]]>([
    ['extraArgs that is a string', 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs: "--feature-gates=A=true"\n', ['has apiServer.extraArgs that is neither a map nor a list; it was not checked']],
    ['a flag value that is a map', 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    feature-gates: {PodSecurity: true}\n', ['has apiServer.extraArgs feature-gates whose value is not a string; it was not checked']],
    ['a v1beta4 entry without a name', 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    - value: x\n', ['has an entry of apiServer.extraArgs without a string name; it was not checked']],
    ['featureGates that is a list', 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nfeatureGates: [A, B]\n', ['has featureGates that is not a map of gate names to true/false; it was not checked']],
    ['a container command that is not a list', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: registry.k8s.io/kube-apiserver:v1.30.0\n      command: kube-apiserver --feature-gates=A=true\n', []],
    ['args with numbers and nulls', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: registry.k8s.io/kube-apiserver:v1.30.0\n      args: [1, null, {a: b}, "--feature-gates="]\n', []],
    ['containers that is a map', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: {a: b}\n', []],
    ['a ConfigMap value naming a config that does not parse', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  config.conf: "kind: KubeletConfiguration\\nfeatureGates: [\\n"\n', ['has data.config.conf that is not valid YAML']],
  ])('%s', (_name, text, problems) => {
    const r = doc(text);
    expect(r.problems.length).toBe(problems.length);
    r.problems.forEach((p, i) => expect(p).toContain(problems[i] as string));
  });

  test('a command with an unclosed quote in a shell script', () => {
    const r = doc('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: x\n      command: ["sh", "-c", "kubelet --feature-gates=\'A=true"]\n');
    expect(r.settings[0]?.gates.map((g) => [g.gate, g.component])).toEqual([['A', 'kubelet']]);
  });
});
