/**
 * kind Cluster configs (their `featureGates` map and the kubeadm YAML inside `kubeadmConfigPatches` strings, for the
 * cluster and per node) and ConfigMaps whose data holds a component or kubeadm config. Never throws: a list or entry
 * of the wrong type, or embedded YAML that does not parse, becomes a SettingProblem.
 */
import type { ComponentSettings } from '../types.js';
import { readEmbedded } from './embedded.js';
import { readGateMap } from './fields.js';
import { getIn, isRecord, placeOf, type DocView, type ReadInto } from './view.js';

/** Every config kind a ConfigMap is read for ends in `Configuration` (EMBEDDED_KIND). */
const CONFIG_WORD = 'Configuration';

/** A kind Cluster config; the kubeadm patches are read by `readInto`. */
export function readKind(out: ComponentSettings, view: DocView, readInto: ReadInto): void {
  readGateMap(out, view, ['featureGates'], null, 'kind', 'featureGates');
  const patchLists: Array<Array<string | number>> = [['kubeadmConfigPatches']];
  const nodes = view.body['nodes'];
  if (Array.isArray(nodes)) nodes.forEach((_, i) => patchLists.push(['nodes', i, 'kubeadmConfigPatches']));
  for (const listPath of patchLists) {
    const list = getIn(view.body, listPath);
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      out.problems.push({ message: `has ${listPath.join('.')} that is not a list; it was not checked`, place: () => placeOf(view, listPath) });
      continue;
    }
    list.forEach((patch, i) => {
      const path = [...listPath, i];
      if (typeof patch !== 'string') {
        out.problems.push({ message: `has a ${listPath.join('.')} entry that is not a string; it was not checked`, place: () => placeOf(view, path) });
        return;
      }
      readEmbedded(out, view, path, patch, 'kind', `${listPath.join('.')}[${i}]`, readInto);
    });
  }
}

/** The config kinds a ConfigMap's data is read for. */
const EMBEDDED_KIND = /^[ \t]*kind:[ \t]*["']?(KubeletConfiguration|KubeProxyConfiguration|ClusterConfiguration|InitConfiguration|JoinConfiguration|KubeSchedulerConfiguration)\b/m;

/** A ConfigMap: each data value that holds one of EMBEDDED_KIND, read by `readInto`. */
export function readConfigMap(out: ComponentSettings, view: DocView, readInto: ReadInto): void {
  if (view.mentions?.(CONFIG_WORD) === false) return;
  const data = view.body['data'];
  if (!isRecord(data)) return;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string' || !EMBEDDED_KIND.test(value)) continue;
    readEmbedded(out, view, ['data', key], value, 'configmap', `data.${key}`, readInto);
  }
}
