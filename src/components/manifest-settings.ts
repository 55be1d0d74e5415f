/**
 * Component settings in Kubernetes-style YAML documents: containers that run a Kubernetes component (static pod
 * manifests, kube-proxy DaemonSets), kubeadm configs (extraArgs as a map or as a name/value list, kubeletExtraArgs,
 * kubeadm's own featureGates), component configs with a `featureGates` map, kind Cluster configs (`featureGates` and
 * the YAML inside `kubeadmConfigPatches` strings), ConfigMaps holding such configs, kubeconfig exec plugins and
 * AdmissionConfiguration plugin configs, and the kubeadm configuration Cluster API objects carry (KubeadmControlPlane,
 * KubeadmControlPlaneTemplate, KubeadmConfig, KubeadmConfigTemplate: extraArgs, kubeletExtraArgs, kubeadm's own
 * featureGates, and the files they write). Never throws: a value of the wrong type or embedded YAML that does not parse
 * becomes a SettingProblem.
 *
 * This module is the entry components/index.ts imports (readDocument, DocView) and the dispatch by kind (readInto);
 * the readers are in manifest-settings/:
 * - containers.ts: containers that run a component, in the pod spec of any workload kind;
 * - kubeadm.ts: kubeadm's own config kinds;
 * - fields.ts: the extraArgs and featureGates fields the config kinds share;
 * - kind-configmap.ts: kind Cluster configs and ConfigMaps, whose strings hold more YAML;
 * - embedded.ts: YAML inside a string, read as documents with places mapped back to the file;
 * - cluster-api.ts: the KubeadmConfigSpec of Cluster API objects;
 * - cluster-api-files.ts: the files a KubeadmConfigSpec writes (systemd units, environment files, config files);
 * - config-references.ts: config API versions named in kubeconfigs and AdmissionConfigurations;
 * - view.ts: DocView, the ReadInto the readers of embedded YAML are handed, and the body/path helpers.
 */
import { CLUSTER_API_KINDS, readClusterApi } from './manifest-settings/cluster-api.js';
import { readAdmissionConfiguration, readKubeconfig } from './manifest-settings/config-references.js';
import { readWorkload } from './manifest-settings/containers.js';
import { readGateMap } from './manifest-settings/fields.js';
import { readConfigMap, readKind } from './manifest-settings/kind-configmap.js';
import { KUBEADM_KINDS, readKubeadm } from './manifest-settings/kubeadm.js';
import { groupOf, type DocView } from './manifest-settings/view.js';
import { placeOfKey } from './text.js';
import { emptySettings, KUBE_COMPONENTS, type ComponentSettings, type SettingSource } from './types.js';

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

/**
 * Reads one document by its apiVersion and kind: `document` for a file's own document, else the source that carries
 * an embedded one (the readers of embedded YAML are handed this function as their ReadInto).
 */
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
    readClusterApi(out, view, CLUSTER_API_KINDS.get(kind)?.spec ?? [], readInto);
  } else if (view.apiVersion && source === 'document') {
    readWorkload(out, view);
  }
}

export { KUBE_COMPONENTS };
