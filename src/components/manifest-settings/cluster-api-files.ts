/**
 * The files a Cluster API KubeadmConfigSpec writes on the machine: host files (systemd units and drop-ins, environment
 * files, read by host-files.ts) and component config files or kubeadm kubelet patches (read as embedded YAML). Each
 * setting names the file in its `via` and is placed in the object's own lines where the content's lines can be
 * mapped, else at the content's start. Never throws: a problem in a file becomes a SettingProblem naming the file.
 */
import { readHostFile } from '../host-files.js';
import type { Place } from '../text.js';
import { emptySettings, type ComponentSettings } from '../types.js';
import { embeddedLineMap, readEmbedded } from './embedded.js';
import { getIn, isRecord, type DocView, type ReadInto } from './view.js';

/**
 * The config kinds a written file is read for, as YAML (`kind: KubeletConfiguration`) or JSON
 * (`"kind": "KubeletConfiguration"`).
 */
const FILE_KIND = /^[ \t]*kind:[ \t]*["']?(?:KubeletConfiguration|KubeProxyConfiguration|ClusterConfiguration|InitConfiguration|JoinConfiguration|KubeSchedulerConfiguration)\b|"kind"[ \t]*:[ \t]*"(?:KubeletConfiguration|KubeProxyConfiguration|ClusterConfiguration|InitConfiguration|JoinConfiguration|KubeSchedulerConfiguration)"/m;

/** A kubeadm patch of the kubelet configuration (`kubeletconfiguration[suffix][+patchtype].yaml|json` in the patches directory). */
const KUBELET_CONFIG_PATCH = /(?:^|\/)kubeletconfiguration[^/]*\.(?:ya?ml|json)$/;

/**
 * The `files` a KubeadmConfigSpec writes on the machine, read by their path and content: component config files
 * (KubeletConfiguration, …, YAML or JSON), kubeadm patches of the kubelet configuration, and host files (systemd
 * units and drop-ins, environment files such as `/etc/default/kubelet`). Encoded contents (base64, gzip) and
 * contents taken from a Secret are not read. Config files are read by `readInto`.
 */
export function readClusterApiFiles(out: ComponentSettings, view: DocView, listPath: string[], readInto: ReadInto): void {
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
