/**
 * Component settings in Kubernetes-style YAML documents: containers that run a Kubernetes component (static pod
 * manifests, kube-proxy DaemonSets), kubeadm configs (extraArgs as a map or as a name/value list, kubeletExtraArgs,
 * kubeadm's own featureGates), component configs with a `featureGates` map, kind Cluster configs (`featureGates` and
 * the YAML inside `kubeadmConfigPatches` strings), ConfigMaps holding such configs, kubeconfig exec plugins and
 * AdmissionConfiguration plugin configs, and the kubeadm configuration Cluster API objects carry (KubeadmControlPlane,
 * KubeadmControlPlaneTemplate, KubeadmConfig, KubeadmConfigTemplate: extraArgs, kubeletExtraArgs, kubeadm's own
 * featureGates, and the files they write). Never throws: a value of the wrong type or embedded YAML that does not parse
 * becomes a SettingProblem.
 */
import { readHostFile } from './host-files.js';
import { placeOfKey, type Place } from './text.js';
import { emptySettings, KUBE_COMPONENTS, type ComponentSettings, type KubeComponent, type SettingSource } from './types.js';
import { readWorkload } from './manifest-settings/containers.js';
import { embeddedLineMap, readEmbedded } from './manifest-settings/embedded.js';
import { readExtraArgs, readGateMap } from './manifest-settings/fields.js';
import { readConfigMap, readKind } from './manifest-settings/kind-configmap.js';
import { KUBEADM_KINDS, readKubeadm } from './manifest-settings/kubeadm.js';
import { getIn, groupOf, isRecord, placeOf, type DocView } from './manifest-settings/view.js';

export type { DocView } from './manifest-settings/view.js';

/** Reads every setting of one document. */
export function readDocument(view: DocView): ComponentSettings {
  const out = emptySettings();
  try {
    readInto(out, view, 'document');
  } catch (err) {
    // A reader bug must not stop the scan; the document is reported as unreadable instead.
    out.problems.push({ message: `could not be read for component settings (${err instanceof Error ? err.message : String(err)})`, place: () => view.origin });
  }
  return out;
}

function readInto(out: ComponentSettings, view: DocView, source: SettingSource | 'document'): void {
  const group = groupOf(view.apiVersion);
  const kind = view.kind;
  const src = (s: SettingSource): SettingSource => (source === 'document' ? s : source);
  if (view.apiVersion && group.endsWith('.k8s.io')) {
    // A config file's own apiVersion (the rules keep those the component-config catalog knows), or one embedded in
    // another document (kubeadmConfigPatches, ConfigMap data).
    const place = source === 'document' ? () => view.origin : () => placeOfKey(view, [], 'apiVersion', () => view.origin);
    out.configApis.push({ apiVersion: view.apiVersion, kind, source: src('document'), via: 'apiVersion', place });
  }
  if (group === 'kubeadm.k8s.io' || (group === '' && kind !== null && KUBEADM_KINDS.has(kind) && source !== 'document')) {
    readKubeadm(out, view, src('kubeadm'));
  } else if (kind === 'KubeletConfiguration' && (group === 'kubelet.config.k8s.io' || group === '')) {
    readGateMap(out, view, ['featureGates'], 'kubelet', src('component-config'), 'featureGates');
  } else if (kind === 'KubeProxyConfiguration' && (group === 'kubeproxy.config.k8s.io' || group === '')) {
    readGateMap(out, view, ['featureGates'], 'kube-proxy', src('component-config'), 'featureGates');
  } else if (kind === 'Cluster' && group === 'kind.x-k8s.io') {
    readKind(out, view, readInto);
  } else if (kind === 'ConfigMap' && view.apiVersion === 'v1') {
    readConfigMap(out, view, readInto);
  } else if (kind === 'Config' && view.apiVersion === 'v1') {
    readKubeconfig(out, view);
  } else if (kind === 'AdmissionConfiguration') {
    readAdmissionConfiguration(out, view);
  } else if (kind !== null && source === 'document' && CLUSTER_API_KINDS.get(kind)?.group === group) {
    readClusterApi(out, view, CLUSTER_API_KINDS.get(kind)?.spec ?? []);
  } else if (view.apiVersion && source === 'document') {
    readWorkload(out, view);
  }
}

// ---------------------------------------------------------------------------------------------
// Cluster API: the kubeadm configuration of KubeadmControlPlane / KubeadmConfig objects
// ---------------------------------------------------------------------------------------------

/** Cluster API kinds that carry a KubeadmConfigSpec, and where it sits in them. */
const CLUSTER_API_KINDS: ReadonlyMap<string, { group: string; spec: string[] }> = new Map([
  ['KubeadmControlPlane', { group: 'controlplane.cluster.x-k8s.io', spec: ['spec', 'kubeadmConfigSpec'] }],
  ['KubeadmControlPlaneTemplate', { group: 'controlplane.cluster.x-k8s.io', spec: ['spec', 'template', 'spec', 'kubeadmConfigSpec'] }],
  ['KubeadmConfig', { group: 'bootstrap.cluster.x-k8s.io', spec: ['spec'] }],
  ['KubeadmConfigTemplate', { group: 'bootstrap.cluster.x-k8s.io', spec: ['spec', 'template', 'spec'] }],
]);

/**
 * extraArgs fields of a KubeadmConfigSpec → component. Cluster API turns them into the kubeadm configuration of the
 * machine (in the kubeadm API version its Kubernetes version needs), so they reach the components unchanged.
 * `clusterConfiguration.etcd.local.extraArgs` is not read: etcd is not a Kubernetes component, and its
 * `--feature-gates` are etcd's own.
 */
const CLUSTER_API_ARGS: ReadonlyArray<{ path: string[]; component: KubeComponent }> = [
  { path: ['clusterConfiguration', 'apiServer', 'extraArgs'], component: 'kube-apiserver' },
  { path: ['clusterConfiguration', 'controllerManager', 'extraArgs'], component: 'kube-controller-manager' },
  { path: ['clusterConfiguration', 'scheduler', 'extraArgs'], component: 'kube-scheduler' },
  { path: ['initConfiguration', 'nodeRegistration', 'kubeletExtraArgs'], component: 'kubelet' },
  { path: ['joinConfiguration', 'nodeRegistration', 'kubeletExtraArgs'], component: 'kubelet' },
];

/**
 * The config kinds a written file is read for, as YAML (`kind: KubeletConfiguration`) or JSON
 * (`"kind": "KubeletConfiguration"`).
 */
const FILE_KIND = /^[ \t]*kind:[ \t]*["']?(?:KubeletConfiguration|KubeProxyConfiguration|ClusterConfiguration|InitConfiguration|JoinConfiguration|KubeSchedulerConfiguration)\b|"kind"[ \t]*:[ \t]*"(?:KubeletConfiguration|KubeProxyConfiguration|ClusterConfiguration|InitConfiguration|JoinConfiguration|KubeSchedulerConfiguration)"/m;

/** A kubeadm patch of the kubelet configuration (`kubeletconfiguration[suffix][+patchtype].yaml|json` in the patches directory). */
const KUBELET_CONFIG_PATCH = /(?:^|\/)kubeletconfiguration[^/]*\.(?:ya?ml|json)$/;

function readClusterApi(out: ComponentSettings, view: DocView, spec: string[]): void {
  if (!isRecord(getIn(view.body, spec))) return;
  for (const { path, component } of CLUSTER_API_ARGS) readExtraArgs(out, view, [...spec, ...path], component, 'cluster-api');
  const gates = [...spec, 'clusterConfiguration', 'featureGates'];
  readGateMap(out, view, gates, 'kubeadm', 'cluster-api', gates.join('.'));
  readClusterApiFiles(out, view, [...spec, 'files']);
}

/**
 * The `files` a KubeadmConfigSpec writes on the machine, read by their path and content: component config files
 * (KubeletConfiguration, …, YAML or JSON), kubeadm patches of the kubelet configuration, and host files (systemd
 * units and drop-ins, environment files such as `/etc/default/kubelet`). Encoded contents (base64, gzip) and
 * contents taken from a Secret are not read.
 */
function readClusterApiFiles(out: ComponentSettings, view: DocView, listPath: string[]): void {
  const files = getIn(view.body, listPath);
  if (!Array.isArray(files)) return;
  files.forEach((f, i) => {
    if (!isRecord(f) || typeof f['path'] !== 'string' || typeof f['content'] !== 'string') return;
    if (f['encoding'] !== undefined && f['encoding'] !== null && f['encoding'] !== '') return;
    const path = f['path'];
    const content = f['content'];
    const contentPath = [...listPath, i, 'content'];
    const what = `${listPath.join('.')}[${i}]`;
    const where = `${path}, written by ${what}`;
    const host = readHostFile(path.replace(/^\/+/, ''), content);
    if (host) {
      // Places in the file's own text, mapped to the object's lines as readEmbedded maps them.
      const start = view.locate(contentPath);
      const startPlace: Place = start ? { line: start.line, column: start.column } : view.origin;
      const map = embeddedLineMap(view, start, content);
      addNamed(out, host.settings, where, (p) => map(p.line, p.column ?? 1) ?? startPlace);
      return;
    }
    const kind = FILE_KIND.test(content) ? undefined : KUBELET_CONFIG_PATCH.test(path) ? 'KubeletConfiguration' : null;
    if (kind === null) return;
    const read = emptySettings();
    readEmbedded(read, view, contentPath, content, 'cluster-api', `${what}.content`, readInto, kind);
    addNamed(out, read, where, (p) => p);
  });
}

/** Adds settings read from a file a Cluster API object writes, naming the file in `via` and placing them with `at`. */
function addNamed(out: ComponentSettings, from: ComponentSettings, where: string, at: (p: Place) => Place): void {
  const via = (v: string): string => `${v} (${where})`;
  for (const g of from.gates) out.gates.push({ ...g, source: 'cluster-api', via: via(g.via), place: () => at(g.place()) });
  for (const f of from.flags) out.flags.push({ ...f, source: 'cluster-api', via: via(f.via), place: () => at(f.place()) });
  for (const a of from.admissionPlugins) out.admissionPlugins.push({ ...a, source: 'cluster-api', via: via(a.via), place: () => at(a.place()) });
  for (const u of from.configApis) out.configApis.push({ ...u, source: 'cluster-api', via: u.via === 'apiVersion' ? where : via(u.via), place: () => at(u.place()) });
  for (const p of from.problems) out.problems.push({ message: `${p.message} (${where})`, place: () => at(p.place()) });
}

// ---------------------------------------------------------------------------------------------
// kubeconfig, AdmissionConfiguration
// ---------------------------------------------------------------------------------------------

function readKubeconfig(out: ComponentSettings, view: DocView): void {
  const users = view.body['users'];
  if (!Array.isArray(users)) return;
  users.forEach((u, i) => {
    const exec = getIn(u, ['user', 'exec']);
    if (!isRecord(exec) || typeof exec['apiVersion'] !== 'string') return;
    const path = ['users', i, 'user', 'exec', 'apiVersion'];
    out.configApis.push({ apiVersion: exec['apiVersion'], kind: 'ExecCredential', source: 'kubeconfig', via: `users[${i}].user.exec.apiVersion`, place: () => placeOf(view, path) });
  });
}

function readAdmissionConfiguration(out: ComponentSettings, view: DocView): void {
  const plugins = view.body['plugins'];
  if (!Array.isArray(plugins)) return;
  plugins.forEach((p, i) => {
    const conf = getIn(p, ['configuration']);
    if (!isRecord(conf) || typeof conf['apiVersion'] !== 'string') return;
    const path = ['plugins', i, 'configuration', 'apiVersion'];
    out.configApis.push({
      apiVersion: conf['apiVersion'],
      kind: typeof conf['kind'] === 'string' ? conf['kind'] : null,
      source: 'admission-config',
      via: `plugins[${i}].configuration`,
      place: () => placeOf(view, path),
    });
  });
}

export { KUBE_COMPONENTS };
