/**
 * Which Kubernetes component a container or command line runs — decided by the program (command or image), never by
 * the flags it is given: prometheus-operator, Flux or cert-manager have a `--feature-gates` flag of their own.
 */
import { parseFlags, parseGateList, splitList } from './flags.js';
import type { Token } from './text.js';
import { KUBE_COMPONENTS, type ComponentSettings, type KubeComponent, type SettingSource } from './types.js';

/** hyperkube's short names (`hyperkube apiserver`). */
const HYPERKUBE_NAMES: Record<string, KubeComponent> = {
  apiserver: 'kube-apiserver',
  'controller-manager': 'kube-controller-manager',
  scheduler: 'kube-scheduler',
  proxy: 'kube-proxy',
  kubelet: 'kubelet',
};

/** The component a program path names (`/usr/local/bin/kube-apiserver`, `kubelet.exe`), or null. */
export function componentOfProgram(path: string): KubeComponent | null {
  if (!path.includes('kube')) return null;
  const base = path.replace(/\\/g, '/').split('/').pop()?.replace(/\.exe$/i, '') ?? '';
  return (KUBE_COMPONENTS as readonly string[]).includes(base) ? (base as KubeComponent) : null;
}

/**
 * The component an image runs (`registry.k8s.io/kube-apiserver:v1.30.2`, `k8s.gcr.io/kube-proxy-amd64@sha256:…`):
 * the last path segment of the repository, without a platform suffix. Null for any other image.
 */
export function componentOfImage(image: string): KubeComponent | null {
  if (!image.includes('kube')) return null; // every component image name has it; most images do not
  const noDigest = image.split('@')[0] ?? '';
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  const repo = colon === -1 ? noDigest : noDigest.slice(0, colon);
  const name = (repo.split('/').pop() ?? '').replace(/-(amd64|arm64|arm|ppc64le|s390x|386)$/, '');
  return (KUBE_COMPONENTS as readonly string[]).includes(name) ? (name as KubeComponent) : null;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);
/** Programs that start another one given later in their arguments (`/go-runner --log-file=… /usr/local/bin/kube-apiserver …`). */
const WRAPPERS = new Set(['go-runner', 'tini', 'dumb-init', 'env']);
/** Programs (besides the components themselves) whose arguments may start a component. */
export const MAY_START_COMPONENT: ReadonlySet<string> = new Set([...SHELLS, ...WRAPPERS, 'hyperkube']);

export interface Invocation {
  component: KubeComponent;
  /** The arguments the component receives. */
  args: Token[];
  /** How the component was recognised (for data.identifiedBy). */
  by: 'command' | 'image' | 'hyperkube' | 'shell';
}

/**
 * The component a container runs, with its arguments:
 *  - `command[0]` is a component binary → command[1…] + args;
 *  - `command` is `hyperkube <component>` → the rest + args;
 *  - `command` is a wrapper (go-runner, tini, dumb-init, env) → the arguments after the component binary it starts;
 *  - `command` is a shell with `-c SCRIPT` → the component's words in the script (up to the next `;`, `&&`, `|`, newline);
 *  - no command → the image decides, and the component receives `args`.
 * A command that runs any other program means the container is not a Kubernetes component, whatever its image.
 */
export function invocationOf(command: readonly Token[] | null, args: readonly Token[], image: string | null, script: (token: Token) => Token[]): Invocation | null {
  if (command && command.length > 0) {
    const first = command[0] as Token;
    const direct = componentOfProgram(first.text);
    if (direct) return { component: direct, args: [...command.slice(1), ...args], by: 'command' };
    const base = first.text.split('/').pop() ?? '';
    if (base === 'hyperkube' && command[1]) {
      const sub = command[1].text;
      const c = componentOfProgram(sub) ?? HYPERKUBE_NAMES[sub] ?? null;
      return c ? { component: c, args: [...command.slice(2), ...args], by: 'hyperkube' } : null;
    }
    if (WRAPPERS.has(base)) {
      const all = [...command.slice(1), ...args];
      const i = all.findIndex((t) => componentOfProgram(t.text) !== null);
      return i === -1 ? null : { component: componentOfProgram((all[i] as Token).text) as KubeComponent, args: all.slice(i + 1), by: 'command' };
    }
    if (SHELLS.has(base)) {
      const all = [...command.slice(1), ...args];
      const c = all.findIndex((t) => t.text === '-c' || /^-[a-z]*c$/.test(t.text));
      const body = c === -1 ? undefined : all[c + 1];
      if (!body) return null;
      const words = script(body);
      for (let i = 0; i < words.length; i++) {
        const comp = componentOfProgram((words[i] as Token).text);
        if (!comp) continue;
        const rest: Token[] = [];
        for (let j = i + 1; j < words.length; j++) {
          const w = words[j] as Token;
          if (/^(;|&&|\|\||\||&|\n)$/.test(w.text)) break;
          rest.push(w);
        }
        return { component: comp, args: rest, by: 'shell' };
      }
      return null;
    }
    return null;
  }
  const byImage = image ? componentOfImage(image) : null;
  return byImage ? { component: byImage, args: [...args], by: 'image' } : null;
}

/**
 * Reads a component's arguments into `out`: each `--feature-gates` item, every flag (for removed-flag), and the
 * admission plugins of `--enable-admission-plugins` / `--admission-control`. `where` names the argument list in the
 * file's own terms (`the arguments of container "kubelet"`, `kubelet-arg`, `KUBELET_EXTRA_ARGS`).
 */
export function readArgs(out: ComponentSettings, component: KubeComponent, args: readonly Token[], source: SettingSource, where: string): void {
  for (const flag of parseFlags(args)) {
    out.flags.push({ component, flag: flag.name, value: flag.value, source, via: where, place: flag.place });
    if (flag.value === null) continue;
    readFlagValue(out, component, flag.name, flag.value, (o, l) => flag.valuePlace(o, l), source, `--${flag.name} in ${where}`);
  }
}

/** The gates or admission plugins in one flag's value (for flags given as name/value pairs: kubeadm extraArgs, k3s). */
export function readFlagValue(
  out: ComponentSettings,
  component: KubeComponent,
  flag: string,
  value: string,
  placeAt: (offset: number, length: number) => ReturnType<Token['placeAt']>,
  source: SettingSource,
  via: string,
): void {
  if (flag === 'feature-gates') {
    for (const g of parseGateList(value)) {
      if (!g.gate) continue;
      out.gates.push({ gate: g.gate, value: g.value, raw: g.raw, component, source, via, place: () => placeAt(g.offset, g.raw.length) });
    }
  } else if (flag === 'enable-admission-plugins' || flag === 'admission-control') {
    for (const p of splitList(value)) {
      out.admissionPlugins.push({ plugin: p.text, flag, source, via, place: () => placeAt(p.offset, p.text.length) });
    }
  }
}
