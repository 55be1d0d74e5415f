/**
 * Containers that run a Kubernetes component, in the pod spec of any workload kind (static pod manifests, kube-proxy
 * DaemonSets, …): the component is decided by the command or image (identify.ts), never by the flags, and its
 * arguments are read as a command line. Containers of other programs are passed over without making a token.
 */
import { componentOfImage, componentOfProgram, invocationOf, MAY_START_COMPONENT, readArgs } from '../identify.js';
import { shellWords, valueToken, type Token } from '../text.js';
import type { ComponentSettings } from '../types.js';
import { getIn, isRecord, type DocView } from './view.js';

/** Every component a container can be found to run has `kube` in its program or image (identify.ts). */
const COMPONENT_WORD = 'kube';

/** Paths of the pod specs of the workload kinds. */
function podSpecPaths(kind: string | null, body: Record<string, unknown>): Array<Array<string | number>> {
  switch (kind) {
    case 'Pod':
      return [['spec']];
    case 'PodTemplate':
      return [['template', 'spec']];
    case 'Deployment':
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return [['spec', 'template', 'spec']];
    case 'CronJob':
      return [['spec', 'jobTemplate', 'spec', 'template', 'spec']];
    default:
      return isRecord(body['spec']) && Array.isArray(body['spec']['containers']) ? [['spec']] : [];
  }
}

/** Reads the containers (init containers first) of every pod spec of a workload document. */
export function readWorkload(out: ComponentSettings, view: DocView): void {
  if (view.mentions?.(COMPONENT_WORD) === false) return; // no container can run a component: the body is not needed
  for (const specPath of podSpecPaths(view.kind, view.body)) {
    for (const list of ['initContainers', 'containers'] as const) {
      const containers = getIn(view.body, [...specPath, list]);
      if (!Array.isArray(containers)) continue;
      containers.forEach((c, i) => {
        if (!isRecord(c)) return;
        readContainer(out, view, [...specPath, list, i], c);
      });
    }
  }
}

/** A quick look before any token is made: most containers run some other program. */
function mayRunComponent(c: Record<string, unknown>): boolean {
  const command = c['command'];
  if (Array.isArray(command) && command.length > 0) {
    const first = String(command[0]);
    const base = first.slice(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
    return componentOfProgram(first) !== null || MAY_START_COMPONENT.has(base);
  }
  return typeof c['image'] === 'string' && componentOfImage(c['image']) !== null;
}

/** The tokens of a command or args list: null when the field is absent, none when it is not a list. */
function stringTokens(view: DocView, path: Array<string | number>, value: unknown): Token[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) return [];
  const tokens: Token[] = [];
  value.forEach((v, i) => {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') tokens.push(valueToken(view, [...path, i], String(v), () => view.origin));
  });
  return tokens;
}

/** One container: the component it runs, if any, and that component's arguments. */
function readContainer(out: ComponentSettings, view: DocView, path: Array<string | number>, c: Record<string, unknown>): void {
  if (!mayRunComponent(c)) return;
  const command = stringTokens(view, [...path, 'command'], c['command']);
  const args = stringTokens(view, [...path, 'args'], c['args']) ?? [];
  const image = typeof c['image'] === 'string' ? c['image'] : null;
  const script = (tok: Token): Token[] =>
    shellWords(tok.text).map((w) => ({ text: w.text, placeAt: (o: number, l: number) => tok.placeAt((w.offsets[o] ?? w.offsets[0] ?? 0), l) }));
  const inv = invocationOf(command, args, image, script);
  if (!inv) return;
  const name = typeof c['name'] === 'string' ? c['name'] : null;
  readArgs(out, inv.component, inv.args, 'container', name ? `the arguments of container "${name}"` : 'the container arguments');
}
