/**
 * Files on the hosts that start Kubernetes components, kept in a repository next to the manifests: k3s and RKE2
 * `config.yaml` (no apiVersion/kind; the `kube-apiserver-arg`, `kubelet-arg`, … lists), systemd units and drop-ins
 * (`kubelet.service.d/*.conf`: `Environment=` variables and `ExecStart=` command lines) and environment files
 * (`/etc/default/kubelet`, `/etc/sysconfig/kubelet`, `kubeadm-flags.env`). Each is read into the same settings as
 * a manifest, with exact places.
 */
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { componentOfProgram, readArgs } from './identify.js';
import { mappedToken, offsetPlacer, shellWords, type Place, type Token } from './text.js';
import { emptySettings, KUBE_COMPONENTS, type ComponentSettings, type KubeComponent } from './types.js';

export type HostFileKind = 'k3s' | 'systemd' | 'env-file';

const COMPONENT_NAMES = `{${KUBE_COMPONENTS.join(',')}}`;

/** Paths that are k3s/RKE2 configs whatever their content. */
const K3S_PATHS = picomatch(['**/rancher/{k3s,rke2}/config.yaml', '**/rancher/{k3s,rke2}/config.yaml.d/*.{yaml,yml}', 'rancher/{k3s,rke2}/config.yaml', 'rancher/{k3s,rke2}/config.yaml.d/*.{yaml,yml}'], { dot: true });
const SYSTEMD_PATHS = picomatch([`**/${COMPONENT_NAMES}.service`, `**/${COMPONENT_NAMES}.service.d/*.conf`, `${COMPONENT_NAMES}.service`, `${COMPONENT_NAMES}.service.d/*.conf`], { dot: true });
const ENV_PATHS = picomatch(
  [`**/{default,sysconfig}/${COMPONENT_NAMES}`, `{default,sysconfig}/${COMPONENT_NAMES}`, '**/kubeadm-flags.env', 'kubeadm-flags.env', `**/${COMPONENT_NAMES}.env`, `${COMPONENT_NAMES}.env`],
  { dot: true },
);

/** k3s/RKE2 keys that pass arguments to a component (`kubelet-arg+` appends in config.yaml.d). */
const K3S_ARG_KEYS: Record<string, KubeComponent> = {
  'kube-apiserver-arg': 'kube-apiserver',
  'kube-controller-manager-arg': 'kube-controller-manager',
  'kube-scheduler-arg': 'kube-scheduler',
  'kubelet-arg': 'kubelet',
  'kube-proxy-arg': 'kube-proxy',
};
const K3S_KEY_LINE = /^(?:kube-apiserver|kube-controller-manager|kube-scheduler|kubelet|kube-proxy)-arg\+?[ \t]*:/m;

/**
 * Whether a path that discovery would not otherwise read (no .yaml/.yml/.json extension) is a host file to read:
 * systemd units and drop-ins of the components, their environment files.
 */
export function isHostConfigPath(rel: string): boolean {
  return SYSTEMD_PATHS(rel) || ENV_PATHS(rel);
}

/** The kind of host file `rel` with `text` is, or null. YAML files count as k3s configs by path or by their keys. */
export function hostFileKind(rel: string, text: string): HostFileKind | null {
  if (SYSTEMD_PATHS(rel)) return 'systemd';
  if (ENV_PATHS(rel)) return 'env-file';
  if (/\.ya?ml$/i.test(rel) && (K3S_PATHS(rel) || K3S_KEY_LINE.test(text))) return 'k3s';
  return null;
}

/** The component a path names (`kubelet.service.d/10-kubeadm.conf`, `default/kubelet`); `kubeadm-flags.env` is the kubelet's. */
function componentOfPath(rel: string): KubeComponent | null {
  if (/(^|\/)kubeadm-flags\.env$/.test(rel)) return 'kubelet';
  for (const part of rel.split('/').reverse()) {
    const name = part.replace(/\.service(\.d)?$/, '').replace(/\.env$/, '');
    if ((KUBE_COMPONENTS as readonly string[]).includes(name)) return name as KubeComponent;
  }
  return null;
}

/** The component an environment variable is meant for (`KUBELET_EXTRA_ARGS`, `KUBE_APISERVER_OPTS`), or null. */
function componentOfVariable(name: string): KubeComponent | null {
  const n = name.toUpperCase();
  if (n.startsWith('KUBELET_')) return 'kubelet';
  if (n.startsWith('KUBE_APISERVER_') || n.startsWith('APISERVER_')) return 'kube-apiserver';
  if (n.startsWith('KUBE_CONTROLLER_MANAGER_') || n.startsWith('CONTROLLER_MANAGER_')) return 'kube-controller-manager';
  if (n.startsWith('KUBE_SCHEDULER_') || n.startsWith('SCHEDULER_')) return 'kube-scheduler';
  if (n.startsWith('KUBE_PROXY_') || n.startsWith('PROXY_')) return 'kube-proxy';
  return null;
}

/** Variables whose value is a list of command-line arguments. */
const ARGS_VARIABLE = /(?:^|_)(?:ARGS|OPTS|FLAGS|OPTIONS|ARGUMENTS)$/i;

export interface HostFileResult {
  kind: HostFileKind;
  settings: ComponentSettings;
}

/** Reads a host file, or returns null when `rel` is not one. Never throws. */
export function readHostFile(rel: string, text: string): HostFileResult | null {
  const kind = hostFileKind(rel, text);
  if (!kind) return null;
  const settings = emptySettings();
  try {
    if (kind === 'k3s') readK3s(settings, text);
    else if (kind === 'systemd') readSystemd(settings, rel, text);
    else readEnvFile(settings, rel, text);
  } catch (err) {
    settings.problems.push({ message: `could not be read for component settings (${err instanceof Error ? err.message : String(err)})`, place: () => ({ line: 1, column: 1 }) });
  }
  return { kind, settings };
}

// ---------------------------------------------------------------------------------------------
// k3s / RKE2
// ---------------------------------------------------------------------------------------------

function readK3s(out: ComponentSettings, text: string): void {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - source.length;
  const placer = offsetPlacer(text);
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, uniqueKeys: false, strict: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const p = lc.linePos(e?.pos[0] ?? 0);
    out.problems.push({ message: `is not valid YAML: ${(e?.message ?? '').split('\n')[0]}`, place: () => ({ line: p.line, column: p.col }) });
    return;
  }
  const root = doc.contents;
  if (!isMap(root)) return;
  for (const pair of root.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
    const key = pair.key.value.replace(/\+$/, '');
    const component = K3S_ARG_KEYS[key];
    if (!component) continue;
    const values: YamlNode[] = isSeq(pair.value) ? (pair.value.items as YamlNode[]) : pair.value ? [pair.value as YamlNode] : [];
    const tokens: Token[] = [];
    for (const node of values) {
      if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
        const at = placer(shift + (node.range?.[0] ?? 0));
        out.problems.push({ message: `has a ${pair.key.value} entry that is not a string; it was not checked`, place: () => at });
        continue;
      }
      const value = String(node.value);
      // k3s passes `name=value` as `--name=value`; a leading `--` is accepted too.
      const arg = value.startsWith('-') ? value : `--${value}`;
      const added = arg.length - value.length;
      const start = node.range?.[0] ?? 0;
      const raw = source.slice(start, node.range?.[1] ?? start);
      const quoted = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
      const exact = raw.slice(quoted, quoted + value.length) === value;
      tokens.push({
        text: arg,
        placeAt: (offset) => {
          const inValue = Math.max(0, offset - added);
          return placer(shift + start + (exact ? quoted + inValue : 0));
        },
      });
    }
    const keyName = pair.key.value;
    readArgs(out, component, tokens, 'k3s', keyName);
  }
}

// ---------------------------------------------------------------------------------------------
// systemd units and drop-ins
// ---------------------------------------------------------------------------------------------

/** Logical lines of an ini-style file: a trailing backslash continues the line. Offsets stay those of the file. */
function logicalLines(text: string): Array<{ text: string; offsets: number[] }> {
  const out: Array<{ text: string; offsets: number[] }> = [];
  let cur = { text: '', offsets: [] as number[] };
  let i = 0;
  while (i <= text.length) {
    const ch = text[i];
    if (ch === undefined || ch === '\n') {
      const t = cur.text.replace(/\r$/, '');
      if (t.endsWith('\\') && ch !== undefined) {
        cur.text = t.slice(0, -1) + ' ';
        cur.offsets = cur.offsets.slice(0, t.length - 1).concat([i]);
      } else {
        out.push({ text: t, offsets: cur.offsets.slice(0, t.length) });
        cur = { text: '', offsets: [] };
      }
      i++;
      continue;
    }
    cur.text += ch;
    cur.offsets.push(i);
    i++;
  }
  return out;
}

function readSystemd(out: ComponentSettings, rel: string, text: string): void {
  const placer = offsetPlacer(text);
  const unitComponent = componentOfPath(rel);
  for (const line of logicalLines(text)) {
    const m = /^\s*(Environment|ExecStart|ExecStartPre)\s*=\s*/.exec(line.text);
    if (!m || line.text.trimStart().startsWith('#') || line.text.trimStart().startsWith(';')) continue;
    const valueStart = m[0].length;
    const value = line.text.slice(valueStart);
    const offsets = line.offsets.slice(valueStart);
    const words = shellWords(value, { newlineSeparates: false }).filter((w) => !w.separator);
    const tok = (w: { text: string; offsets: number[] }): Token => mappedToken(w.text, w.offsets.map((o) => offsets[o] ?? 0), placer);
    if (m[1] === 'Environment') {
      // Environment="A=b c" D=e: each word is an assignment.
      for (const w of words) {
        const eq = w.text.indexOf('=');
        if (eq <= 0) continue;
        const name = w.text.slice(0, eq);
        if (!ARGS_VARIABLE.test(name)) continue;
        const component = componentOfVariable(name) ?? unitComponent;
        if (!component) continue;
        const assigned = w.text.slice(eq + 1);
        const assignedOffsets = w.offsets.slice(eq + 1).map((o) => offsets[o] ?? 0);
        const inner = shellWords(assigned, { newlineSeparates: false }).filter((x) => !x.separator);
        readArgs(out, component, inner.map((x) => mappedToken(x.text, x.offsets.map((o) => assignedOffsets[o] ?? 0), placer)), 'systemd', name);
      }
    } else {
      // ExecStart=[-@+!:]/usr/bin/kubelet $KUBELET_ARGS --flag …
      const ws = words.map(tok);
      const first = ws[0];
      if (!first) continue;
      const program = first.text.replace(/^[-@+!:]+/, '');
      const component = componentOfProgram(program);
      if (!component) continue;
      readArgs(out, component, ws.slice(1), 'systemd', m[1] as string);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Environment files
// ---------------------------------------------------------------------------------------------

function readEnvFile(out: ComponentSettings, rel: string, text: string): void {
  const placer = offsetPlacer(text);
  const fileComponent = componentOfPath(rel);
  for (const line of logicalLines(text)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/.exec(line.text);
    if (!m) continue;
    const name = m[1] as string;
    if (!ARGS_VARIABLE.test(name)) continue;
    const component = componentOfVariable(name) ?? fileComponent;
    if (!component) continue;
    const valueStart = m[0].length;
    const value = line.text.slice(valueStart);
    const offsets = line.offsets.slice(valueStart);
    // The value is one shell word (usually quoted) holding the arguments: unquote it, then split it.
    const outer = shellWords(value, { newlineSeparates: false }).filter((w) => !w.separator);
    const joined = { text: '', offsets: [] as number[] };
    for (const w of outer) {
      if (joined.text) {
        joined.text += ' ';
        joined.offsets.push(offsets[(w.offsets[0] ?? 1) - 1] ?? 0);
      }
      joined.text += w.text;
      for (const o of w.offsets) joined.offsets.push(offsets[o] ?? 0);
    }
    const inner = shellWords(joined.text, { newlineSeparates: false }).filter((w) => !w.separator);
    readArgs(out, component, inner.map((w) => mappedToken(w.text, w.offsets.map((o) => joined.offsets[o] ?? 0), placer)), 'env-file', name);
  }
}

export type { Place };
