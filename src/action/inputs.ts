/**
 * The action's inputs as typed scan settings. Reads through an injected `getInput`-like function, so tests pass a
 * plain map. Every error is a SettingsError that names the input.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileSystem } from '../ports/index.js';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { resolveScanSettings, splitList, type ScanSettings } from '../settings/scan.js';
import { loadClusters, type ClusterSettingNames } from '../settings/clusters.js';
import { SettingsError } from '../ports/errors.js';

/** The input names, as declared in action.yml. */
export const INPUT = {
  paths: 'paths',
  target: 'target-version',
  current: 'current-version',
  failOn: 'fail-on',
  include: 'include',
  exclude: 'exclude',
  maxFileBytes: 'max-file-bytes',
  config: 'config',
  clusterVersion: 'cluster-version',
  kubeletVersion: 'kubelet-version',
  asOf: 'as-of',
  eolWarningDays: 'eol-warning-days',
  advisories: 'advisories',
  helmPath: 'helm-path',
  kubectlPath: 'kubectl-path',
  values: 'values',
  releaseName: 'release-name',
  namespace: 'namespace',
  renderTimeout: 'render-timeout',
  renderWorkers: 'render-workers',
  rendered: 'rendered',
  loadRestrictor: 'load-restrictor',
  shard: 'shard',
  mode: 'mode',
  reports: 'reports',
} as const;

/** The cluster settings' names as this action spells them, for error messages. */
const CLUSTER_INPUT_NAMES: ClusterSettingNames = {
  config: INPUT.config,
  clusterVersion: INPUT.clusterVersion,
  kubeletVersion: INPUT.kubeletVersion,
  asOf: INPUT.asOf,
  eolWarningDays: INPUT.eolWarningDays,
  advisories: INPUT.advisories,
  target: INPUT.target,
};

/** Returns the input's value, or '' when it is not set (like @actions/core's getInput). */
export type GetInput = (name: string) => string;

export interface InputContext {
  getInput: GetInput;
  /** GITHUB_WORKSPACE, when set. */
  workspace: string | undefined;
  cwd: string;
}

export async function readActionSettings(ctx: InputContext, catalog: ApiCatalog, fs: FileSystem): Promise<ScanSettings> {
  const get = (name: string): string => (ctx.getInput(name) ?? '').trim();
  const optional = (name: string): string | undefined => (get(name) === '' ? undefined : get(name));
  const root = resolve(ctx.cwd, ctx.workspace && ctx.workspace.trim() !== '' ? ctx.workspace : '.');
  const inWorkspace = (name: string): string | undefined => {
    const v = optional(name);
    return v === undefined ? undefined : resolve(root, workspacePath(root, v, name));
  };
  const paths = splitList(get(INPUT.paths)).map((p) => workspacePath(root, p, INPUT.paths));
  const declared = await loadClusters(
    {
      root,
      config: inWorkspace(INPUT.config),
      clusterVersion: optional(INPUT.clusterVersion),
      kubeletVersion: optional(INPUT.kubeletVersion),
      asOf: optional(INPUT.asOf),
      eolWarningDays: optional(INPUT.eolWarningDays),
      advisories: optional(INPUT.advisories),
    },
    fs,
    catalog,
    CLUSTER_INPUT_NAMES,
  );
  // helm/kubectl: a bare name is looked up on PATH, anything with a slash is a path in the workspace.
  const tool = (name: string): string | undefined => {
    const v = optional(name);
    return v !== undefined && /[\\/]/.test(v) ? resolve(root, v) : v;
  };
  const settings = resolveScanSettings(
    {
      root,
      paths,
      target: optional(INPUT.target) ?? declared?.target,
      current: get(INPUT.current),
      failOn: get(INPUT.failOn),
      include: splitList(get(INPUT.include)),
      exclude: splitList(get(INPUT.exclude)),
      maxFileBytes: get(INPUT.maxFileBytes),
      helmPath: tool(INPUT.helmPath),
      kubectlPath: tool(INPUT.kubectlPath),
      releaseName: optional(INPUT.releaseName),
      namespace: optional(INPUT.namespace),
      values: get(INPUT.values)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .map((pair) => {
          const eq = pair.indexOf('=');
          if (eq <= 0) return pair; // resolveScanSettings names the bad value
          return `${resolve(root, workspacePath(root, pair.slice(0, eq), INPUT.values))}=${resolve(root, workspacePath(root, pair.slice(eq + 1), INPUT.values))}`;
        }),
      renderTimeout: optional(INPUT.renderTimeout),
      renderWorkers: optional(INPUT.renderWorkers),
      rendered: inWorkspace(INPUT.rendered),
      loadRestrictor: optional(INPUT.loadRestrictor),
      shard: optional(INPUT.shard),
    },
    catalog,
    {
      target: INPUT.target,
      current: INPUT.current,
      failOn: INPUT.failOn,
      maxFileBytes: INPUT.maxFileBytes,
      releaseName: INPUT.releaseName,
      namespace: INPUT.namespace,
      values: INPUT.values,
      renderTimeout: INPUT.renderTimeout,
      renderWorkers: INPUT.renderWorkers,
      rendered: INPUT.rendered,
      loadRestrictor: INPUT.loadRestrictor,
      shard: INPUT.shard,
    },
  );
  if (declared) settings.clusters = declared.resolve(settings.target);
  if (declared) settings.addons = declared.addons;
  return settings;
}

/** An absolute path inside the workspace becomes workspace-relative; one outside it is an error. Others pass as given. */
function workspacePath(root: string, p: string, input: string): string {
  const rel = relative(root, resolve(root, p));
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new SettingsError(`${input}: "${p}" is outside the workspace ${root}; use paths inside the repository`);
  }
  return isAbsolute(p) ? rel : p;
}
