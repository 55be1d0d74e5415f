/**
 * Cluster API objects that carry a kubeadm configuration — KubeadmControlPlane, KubeadmConfig, KubeadmConfigTemplate
 * (and KubeadmControlPlaneTemplate) — judged by the same gate, flag and config-API rules as kubeadm's own files, each
 * finding at the line (and column) of the flag or gate in the object.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { componentInputs, readSettings } from '../../src/components/index.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { deprecatedConfigApi } from '../../src/rules/deprecated-config-api.js';
import { removedConfigApi } from '../../src/rules/removed-config-api.js';
import { removedFlagRule } from '../../src/rules/removed-flag.js';
import { deprecatedFeatureGate } from '../../src/rules/deprecated-feature-gate.js';
import { lockedFeatureGate } from '../../src/rules/locked-feature-gate.js';
import { removedFeatureGate } from '../../src/rules/removed-feature-gate.js';
import { unknownFeatureGate } from '../../src/rules/unknown-feature-gate.js';
import type { Finding } from '../../src/findings/types.js';
import { testCatalog } from '../helpers/catalog.js';
import { runCli } from '../helpers/cli.js';
import { testComponentConfigCatalog, testGateCatalog } from '../helpers/gates.js';

const RULES = [removedFeatureGate, lockedFeatureGate, deprecatedFeatureGate, unknownFeatureGate, removedConfigApi, deprecatedConfigApi, removedFlagRule];

function scan(text: string, target: string, current: string | null = null): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine(RULES, { target, current, catalog: testCatalog(), featureGates: testGateCatalog(), componentConfig: testComponentConfigCatalog() }, (f) => out.push(f));
  for (const doc of parseManifestText(text).documents) engine.document(doc, 'f.yaml');
  return out;
}

type Kind = 'KubeadmControlPlane' | 'KubeadmConfig' | 'KubeadmConfigTemplate' | 'KubeadmControlPlaneTemplate';
type Form = 'v1beta1' | 'v1beta2';

/** The object's lines before its KubeadmConfigSpec, and the indentation of the spec's fields. */
const HEAD: Record<Kind, { group: string; lines: string[]; indent: number }> = {
  KubeadmControlPlane: { group: 'controlplane.cluster.x-k8s.io', lines: ['metadata:', '  name: cp', 'spec:', '  version: v1.30.2', '  kubeadmConfigSpec:'], indent: 4 },
  KubeadmConfig: { group: 'bootstrap.cluster.x-k8s.io', lines: ['metadata:', '  name: node-0', 'spec:'], indent: 2 },
  KubeadmConfigTemplate: { group: 'bootstrap.cluster.x-k8s.io', lines: ['metadata:', '  name: workers', 'spec:', '  template:', '    spec:'], indent: 6 },
  KubeadmControlPlaneTemplate: { group: 'controlplane.cluster.x-k8s.io', lines: ['metadata:', '  name: cp', 'spec:', '  template:', '    spec:', '      kubeadmConfigSpec:'], indent: 8 },
};

/** The line of the KubeadmConfigSpec's first field: apiVersion, kind and the head come before it. */
const firstLine = (kind: Kind): number => 3 + HEAD[kind].lines.length;

/** A Cluster API object of `kind` whose KubeadmConfigSpec is `body` (lines, indented from column 1). */
function object(kind: Kind, form: Form, body: string[]): string {
  const h = HEAD[kind];
  const pad = ' '.repeat(h.indent);
  return [`apiVersion: ${h.group}/${form}`, `kind: ${kind}`, ...h.lines, ...body.map((l) => (l === '' ? '' : pad + l))].join('\n') + '\n';
}

/** An extraArgs field in the form's shape: a map (v1beta1) or a list of {name, value} (v1beta2). */
function args(form: Form, path: string[], name: string, value: string): { lines: string[]; nameLine: number; valueLine: number } {
  const lines = path.map((p, i) => `${'  '.repeat(i)}${p}:`);
  const at = '  '.repeat(path.length);
  if (form === 'v1beta1') {
    lines.push(`${at}${name}: "${value}"`);
    return { lines, nameLine: path.length, valueLine: path.length };
  }
  lines.push(`${at}- name: ${name}`, `${at}  value: "${value}"`);
  return { lines, nameLine: path.length, valueLine: path.length + 1 };
}

const API = ['clusterConfiguration', 'apiServer', 'extraArgs'];
const KCM = ['clusterConfiguration', 'controllerManager', 'extraArgs'];
const SCHED = ['clusterConfiguration', 'scheduler', 'extraArgs'];
const INIT_KUBELET = ['initConfiguration', 'nodeRegistration', 'kubeletExtraArgs'];
const JOIN_KUBELET = ['joinConfiguration', 'nodeRegistration', 'kubeletExtraArgs'];

interface Case {
  name: string;
  target: string;
  /** The KubeadmConfigSpec, and the 0-based line (within it) and column (in it, before indentation) of the finding. */
  body(form: Form): { lines: string[]; line: number; column: number | null };
  rule: string;
  severity: string;
  /** The same place holding a setting the target accepts. */
  healthy(form: Form): string[];
}

/** A flag in extraArgs: the finding sits on the flag's name. */
function flagCase(name: string, path: string[], flag: string, value: string, target: string, healthyTarget: string, rule: string, severity: string): Case & { healthyTarget: string } {
  return {
    name,
    target,
    healthyTarget,
    rule,
    severity,
    body: (form) => {
      const a = args(form, path, flag, value);
      const col = 2 * path.length + 1 + (form === 'v1beta2' ? 8 : 0);
      return { lines: a.lines, line: a.nameLine, column: col };
    },
    healthy: (form) => args(form, path, flag, value).lines,
  };
}

/** An item of a list value in extraArgs (a gate of feature-gates, an admission plugin): the finding sits on the item. */
function itemCase(name: string, path: string[], flag: string, value: string, item: string, target: string, rule: string, severity: string, healthyValue: string): Case {
  return {
    name,
    target,
    rule,
    severity,
    body: (form) => {
      const a = args(form, path, flag, value);
      const text = a.lines[a.valueLine] as string;
      return { lines: a.lines, line: a.valueLine, column: text.indexOf(item) + 1 };
    },
    healthy: (form) => args(form, path, flag, healthyValue).lines,
  };
}

const gateCase = (name: string, path: string[], gates: string, gate: string, target: string, rule: string, severity: string, healthyGates: string): Case =>
  itemCase(name, path, 'feature-gates', gates, gate, target, rule, severity, healthyGates);

/** A case whose body is the same in both forms. */
function plainCase(name: string, lines: string[], line: number, column: number | null, target: string, rule: string, severity: string, healthy: string[]): Case {
  return { name, target, rule, severity, body: () => ({ lines, line, column }), healthy: () => healthy };
}

const CASES: Case[] = [
  gateCase('kube-apiserver gate removed in the target', API, 'APIServerIdentity=true,PodSecurity=true', 'PodSecurity', '1.30', 'removed-feature-gate', 'error', 'APIServerIdentity=true'),
  gateCase('kube-controller-manager gate locked to true, set to false', KCM, 'SidecarContainers=false', 'SidecarContainers', '1.33', 'locked-feature-gate', 'error', 'ClusterTrustBundle=true'),
  gateCase('kube-scheduler gate deprecated in the target', SCHED, 'KMSv1=true', 'KMSv1', '1.30', 'deprecated-feature-gate', 'warning', 'APIServerIdentity=false'),
  gateCase('kubelet gate (joinConfiguration) locked, set to its default', JOIN_KUBELET, 'SidecarContainers=true', 'SidecarContainers', '1.33', 'locked-feature-gate', 'warning', 'APIServerIdentity=true'),
  gateCase('kubelet gate (initConfiguration) that no release has', INIT_KUBELET, 'PodSecurty=true', 'PodSecurty', '1.30', 'unknown-feature-gate', 'error', 'APIServerIdentity=true'),
  itemCase('an admission plugin removed in the target', API, 'enable-admission-plugins', 'NodeRestriction,PodSecurityPolicy', 'PodSecurityPolicy', '1.25', 'removed-flag', 'error', 'NodeRestriction,PodSecurity'),
  plainCase(
    "kubeadm's own gate removed in the target",
    ['clusterConfiguration:', '  featureGates:', '    UnversionedKubeletConfigMap: true'],
    2,
    5,
    '1.26',
    'removed-feature-gate',
    'error',
    ['clusterConfiguration:', '  featureGates:', '    EtcdLearnerMode: true'],
  ),
  plainCase(
    'a KubeletConfiguration file it writes, with a removed gate',
    ['files:', '  - path: /etc/kubernetes/kubelet/config.yaml', '    content: |', '      apiVersion: kubelet.config.k8s.io/v1beta1', '      kind: KubeletConfiguration', '      featureGates:', '        ServerSideApply: false'],
    6,
    9,
    '1.32',
    'removed-feature-gate',
    'error',
    ['files:', '  - path: /etc/kubernetes/kubelet/config.yaml', '    content: |', '      apiVersion: kubelet.config.k8s.io/v1beta1', '      kind: KubeletConfiguration', '      featureGates:', '        APIServerIdentity: true'],
  ),
  plainCase(
    'a kubeadm patch of the kubelet configuration (JSON, no kind), with a removed gate',
    ['files:', '  - path: /etc/kubernetes/patches/kubeletconfiguration0+strategic.json', '    content: |', '      {"featureGates": {"PodSecurity": true}}'],
    3,
    26,
    '1.28',
    'removed-feature-gate',
    'error',
    ['files:', '  - path: /etc/kubernetes/patches/kubeletconfiguration0+strategic.json', '    content: |', '      {"featureGates": {"APIServerIdentity": true}}'],
  ),
  plainCase(
    '/etc/default/kubelet it writes, with a removed gate in KUBELET_EXTRA_ARGS',
    ['files:', '  - path: /etc/default/kubelet', '    owner: root:root', '    content: |', '      KUBELET_EXTRA_ARGS="--feature-gates=PodSecurity=true"'],
    4,
    43,
    '1.28',
    'removed-feature-gate',
    'error',
    ['files:', '  - path: /etc/default/kubelet', '    owner: root:root', '    content: |', '      KUBELET_EXTRA_ARGS="--feature-gates=APIServerIdentity=true"'],
  ),
  plainCase(
    'a scheduler config file it writes, on an apiVersion the target no longer reads',
    ['files:', '  - path: /etc/kubernetes/scheduler-config.yaml', '    content: |', '      apiVersion: kubescheduler.config.k8s.io/v1beta3', '      kind: KubeSchedulerConfiguration'],
    3,
    7,
    '1.29',
    'removed-config-api',
    'error',
    ['files:', '  - path: /etc/kubernetes/scheduler-config.yaml', '    content: |', '      apiVersion: kubescheduler.config.k8s.io/v1', '      kind: KubeSchedulerConfiguration'],
  ),
];
const FLAG_CASES = [
  flagCase('kube-apiserver flag removed in the target', API, 'insecure-port', '0', '1.24', '1.23', 'removed-flag', 'error'),
  flagCase('kubelet flag (initConfiguration) removed in the target', INIT_KUBELET, 'container-runtime', 'remote', '1.27', '1.26', 'removed-flag', 'error'),
  flagCase('kubelet flag (joinConfiguration) removed in the target', JOIN_KUBELET, 'container-runtime', 'remote', '1.27', '1.26', 'removed-flag', 'error'),
];

const KINDS: Kind[] = ['KubeadmControlPlane', 'KubeadmConfig', 'KubeadmConfigTemplate', 'KubeadmControlPlaneTemplate'];
const FORMS: Form[] = ['v1beta1', 'v1beta2'];

const rows = (cases: Case[]): Array<[string, Kind, Form, Case]> => cases.flatMap((c) => KINDS.flatMap((k) => FORMS.map((f): [string, Kind, Form, Case] => [c.name, k, f, c])));

describe('Cluster API kubeadm configurations: the finding, its severity and its place; nothing for a healthy counterpart', () => {
  test.each(rows([...CASES, ...FLAG_CASES]))('%s — %s %s', (_name, kind, form, c) => {
    const b = c.body(form);
    const found = scan(object(kind, form, b.lines), c.target);
    expect(found.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      [c.rule, c.severity, firstLine(kind) + b.line, b.column === null ? null : b.column + HEAD[kind].indent],
    ]);
    expect(found[0]?.object).toMatchObject({ kind, apiVersion: `${HEAD[kind].group}/${form}` });
    expect(found[0]?.data['source']).toBe('cluster-api');
    // The same place holding a setting the target accepts (for a removed flag: the release before its removal).
    const healthyTarget = 'healthyTarget' in c ? (c as Case & { healthyTarget: string }).healthyTarget : c.target;
    expect(scan(object(kind, form, c.healthy(form)), healthyTarget)).toEqual([]);
  });
});

describe('what the messages and data say', () => {
  test('a gate names the object path to delete it from, and the release that still accepts it', () => {
    const text = object('KubeadmControlPlane', 'v1beta2', args('v1beta2', API, 'feature-gates', 'PodSecurity=true').lines);
    const [f] = scan(text, '1.30', '1.27');
    expect(f?.data).toMatchObject({ gate: 'PodSecurity', component: 'kube-apiserver', via: 'spec.kubeadmConfigSpec.clusterConfiguration.apiServer.extraArgs feature-gates', source: 'cluster-api' });
    expect(f?.message).toContain('Delete PodSecurity=true from spec.kubeadmConfigSpec.clusterConfiguration.apiServer.extraArgs feature-gates.');
    expect(f?.message).toContain('Kubernetes 1.27 still accepts it');
  });

  test('a flag of a KubeadmConfigTemplate names its place in the template', () => {
    const text = object('KubeadmConfigTemplate', 'v1beta1', args('v1beta1', JOIN_KUBELET, 'container-runtime', 'remote').lines);
    const [f] = scan(text, '1.27');
    expect(f?.message).toContain('Delete it from spec.template.spec.joinConfiguration.nodeRegistration.kubeletExtraArgs; use --container-runtime-endpoint instead.');
  });

  test('a written file is named by its path and its place in the object', () => {
    const text = object('KubeadmConfig', 'v1beta1', ['files:', '  - path: /etc/default/kubelet', '    content: |', '      KUBELET_EXTRA_ARGS="--feature-gates=PodSecurity=true"']);
    const [f] = scan(text, '1.28');
    expect(f?.data['via']).toBe('--feature-gates in KUBELET_EXTRA_ARGS (/etc/default/kubelet, written by spec.files[0])');
  });

  test('a written config file on a removed apiVersion names the file', () => {
    const text = object('KubeadmConfig', 'v1beta2', ['files:', '  - path: /etc/kubernetes/scheduler-config.yaml', '    content: |', '      apiVersion: kubescheduler.config.k8s.io/v1beta3', '      kind: KubeSchedulerConfiguration']);
    const [f] = scan(text, '1.29');
    expect(f?.message).toMatch(/^KubeSchedulerConfiguration kubescheduler\.config\.k8s\.io\/v1beta3 \(\/etc\/kubernetes\/scheduler-config\.yaml, written by spec\.files\[0\]\): kube-scheduler 1\.29 no longer reads/);
  });
});

describe('what is not read', () => {
  test.each<[string, string[]]>([
    // etcd's --feature-gates are etcd's own gates, not Kubernetes ones.
    ['etcd.local.extraArgs', ['clusterConfiguration:', '  etcd:', '    local:', '      extraArgs:', '        feature-gates: "InitialCorruptCheck=true"']],
    // Cluster API writes the kubeadm configuration in the API version the machine's kubeadm reads.
    ['the apiVersion of its clusterConfiguration', ['clusterConfiguration:', '  apiVersion: kubeadm.k8s.io/v1beta2', '  kind: ClusterConfiguration']],
    ['an encoded file', ['files:', '  - path: /etc/default/kubelet', '    encoding: base64', '    content: S1VCRUxFVF9FWFRSQV9BUkdTPSItLWZlYXR1cmUtZ2F0ZXM9UG9kU2VjdXJpdHk9dHJ1ZSIK']],
    ['a file that is no component configuration', ['files:', '  - path: /etc/motd', '    content: |', '      featureGates:', '        PodSecurity: true']],
    ['preKubeadmCommands', ['preKubeadmCommands:', '  - kubelet --feature-gates=PodSecurity=true']],
  ])('%s (only the kubelet gate beside it is reported)', (_name, body) => {
    const marker = args('v1beta1', JOIN_KUBELET, 'feature-gates', 'PodSecurity=true').lines;
    const found = scan(object('KubeadmControlPlane', 'v1beta1', [...body, ...marker]), '1.30');
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([['removed-feature-gate', firstLine('KubeadmControlPlane') + body.length + 3]]);
  });

  test('the same fields in an object of another API group are not read', () => {
    const text = object('KubeadmControlPlane', 'v1beta1', args('v1beta1', API, 'feature-gates', 'PodSecurity=true').lines);
    expect(scan(text, '1.30')).toHaveLength(1);
    expect(scan(text.replace('controlplane.cluster.x-k8s.io', 'controlplane.example.com'), '1.30')).toEqual([]);
  });
});

describe('settings that cannot be read are reported where they are', () => {
  test.each<[string, string[], number, string]>([
    ['extraArgs that is neither a map nor a list', ['clusterConfiguration:', '  apiServer:', '    extraArgs: "--feature-gates=PodSecurity=true"'], 2, 'has spec.kubeadmConfigSpec.clusterConfiguration.apiServer.extraArgs that is neither a map nor a list; it was not checked'],
    ['a v1beta2 entry without a name', ['joinConfiguration:', '  nodeRegistration:', '    kubeletExtraArgs:', '      - value: PodSecurity=true'], 3, 'has an entry of spec.kubeadmConfigSpec.joinConfiguration.nodeRegistration.kubeletExtraArgs without a string name; it was not checked'],
    ['a featureGates that is not a map', ['clusterConfiguration:', '  featureGates: [EtcdLearnerMode]'], 1, 'has spec.kubeadmConfigSpec.clusterConfiguration.featureGates that is not a map of gate names to true/false; it was not checked'],
  ])('%s', (_name, body, line, message) => {
    const text = object('KubeadmControlPlane', 'v1beta1', body);
    const parsed = parseManifestText(text);
    const problems = componentInputs('f.yaml', text, parsed.documents).problems;
    expect(problems.map((p) => [p.position.line, p.message])).toEqual([[firstLine('KubeadmControlPlane') + line, message]]);
    expect(readSettings(parsed.documents[0]!).gates).toEqual([]);
  });
});

describe('through the CLI, with the embedded catalogs', () => {
  const KCP = `apiVersion: controlplane.cluster.x-k8s.io/v1beta2
kind: KubeadmControlPlane
metadata:
  name: prod-control-plane
spec:
  version: v1.30.4
  kubeadmConfigSpec:
    clusterConfiguration:
      featureGates:
        UnversionedKubeletConfigMap: true
      apiServer:
        extraArgs:
          - name: feature-gates
            value: "APIServerIdentity=true,PodSecurity=true"
    initConfiguration:
      nodeRegistration:
        kubeletExtraArgs:
          - name: container-runtime
            value: remote
---
apiVersion: bootstrap.cluster.x-k8s.io/v1beta1
kind: KubeadmConfigTemplate
metadata:
  name: prod-workers
spec:
  template:
    spec:
      joinConfiguration:
        nodeRegistration:
          kubeletExtraArgs:
            feature-gates: "PodSecurity=true"
            container-runtime-endpoint: unix:///run/containerd/containerd.sock
`;

  test('each gate and flag is reported at its line in the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'capi-'));
    try {
      await writeFile(join(dir, 'cluster.yaml'), KCP);
      const r = await runCli(['scan', '.', '--format', 'json', '--target', '1.30'], dir);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; file: string; line: number; column: number | null; data: Record<string, unknown> }> };
      expect(report.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column, f.data['gate'] ?? f.data['flag']])).toEqual([
        ['removed-feature-gate', 'error', 'cluster.yaml', 10, 9, 'UnversionedKubeletConfigMap'],
        ['removed-feature-gate', 'error', 'cluster.yaml', 14, 44, 'PodSecurity'],
        ['removed-flag', 'error', 'cluster.yaml', 18, 19, 'container-runtime'],
        ['removed-feature-gate', 'error', 'cluster.yaml', 31, 29, 'PodSecurity'],
      ]);
      expect(r.code).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
