/**
 * The action's inputs as typed scan settings. Reads through an injected `getInput`-like function, so tests pass a
 * plain map. Every error is a SettingsError that names the input.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileSystem } from '../ports/index.js';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { splitList, type ScanSettings } from '../settings/scan.js';
import type { ClusterSettingNames } from '../settings/clusters.js';
import { resolveSettings } from '../settings/index.js';
import { SettingsError } from '../ports/errors.js';
import { parsePullRequestNumber, type CommentMode } from './context.js';

/** The input names, as declared in action.yml. */
export const INPUT = {
  paths: 'paths',
  target: 'target-version',
  current: 'current-version',
  failOn: 'fail-on',
  failOnClusters: 'fail-on-clusters',
  onlyChanged: 'only-changed',
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
  comment: 'comment',
  suggestFixes: 'suggest-fixes',
  pullRequest: 'pull-request',
  issueLabel: 'issue-label',
  plan: 'plan',
  sarifFile: 'sarif-file',
  token: 'github-token',
} as const;

export type ActionMode = 'scan' | 'merge' | 'advisories';
export type PlanMode = 'auto' | 'never';

/** The inputs about GitHub itself (where results go), as typed settings. */
export interface GitHubInputs {
  mode: ActionMode;
  comment: CommentMode;
  onlyChanged: boolean;
  /** Post the mechanical fixes as review suggestions on the pull request's changed lines. */
  suggestFixes: boolean;
  /** A pull request number to comment on when the event names none (a workflow_run job); null when not given. */
  pullRequest: number | null;
  issueLabel: string;
  /** auto: write the change record of the declared clusters (mode scan); never: do not. */
  plan: PlanMode;
  /** Where to write the SARIF report (absolute); null for beside the JSON report. */
  sarifFile: string | null;
  token: string;
}

const DEFAULT_ISSUE_LABEL = 'kube-upgrade-gate';

/** Reads the mode, comment, only-changed, suggest-fixes, pull-request, issue-label, plan, sarif-file and github-token inputs. */
export function readGitHubInputs(getInput: GetInput, root: string): GitHubInputs {
  const get = (name: string): string => (getInput(name) ?? '').trim();
  const oneOf = <T extends string>(name: string, values: readonly T[], dflt: T): T => {
    const v = get(name) || dflt;
    if (!(values as readonly string[]).includes(v)) throw new SettingsError(`${name} "${v}" is not valid; expected one of ${values.join(', ')}`);
    return v as T;
  };
  const mode = oneOf<ActionMode>(INPUT.mode, ['scan', 'merge', 'advisories'], 'scan');
  const comment = oneOf<CommentMode>(INPUT.comment, ['auto', 'always', 'never'], 'auto');
  const onlyChanged = oneOf(INPUT.onlyChanged, ['true', 'false'], 'false') === 'true';
  const suggestFixes = oneOf(INPUT.suggestFixes, ['true', 'false'], 'false') === 'true';
  let pullRequest: number | null = null;
  if (get(INPUT.pullRequest) !== '') {
    pullRequest = parsePullRequestNumber(get(INPUT.pullRequest));
    if (pullRequest === null) throw new SettingsError(`${INPUT.pullRequest} "${get(INPUT.pullRequest)}" is not valid; expected a pull request number`);
  }
  const issueLabel = get(INPUT.issueLabel) || DEFAULT_ISSUE_LABEL;
  if (issueLabel.includes(',') || issueLabel.length > 50) throw new SettingsError(`${INPUT.issueLabel} "${issueLabel}" is not valid; expected one label of at most 50 characters, without commas`);
  const plan = oneOf<PlanMode>(INPUT.plan, ['auto', 'never'], 'auto');
  const sarif = get(INPUT.sarifFile);
  return { mode, comment, onlyChanged, suggestFixes, pullRequest, issueLabel, plan, sarifFile: sarif === '' ? null : resolve(root, sarif), token: get(INPUT.token) };
}

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
  /** mode: advisories reads the live feed whatever the advisories input says. */
  liveAdvisories?: boolean;
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
  // helm/kubectl: a bare name is looked up on PATH, anything with a slash is a path in the workspace.
  const tool = (name: string): string | undefined => {
    const v = optional(name);
    return v !== undefined && /[\\/]/.test(v) ? resolve(root, v) : v;
  };
  return await resolveSettings(
    {
      root,
      paths,
      target: optional(INPUT.target),
      current: get(INPUT.current),
      failOn: get(INPUT.failOn),
      failOnClusters: get(INPUT.failOnClusters),
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
          if (eq <= 0) return pair; // resolveSettings names the bad value
          return `${resolve(root, workspacePath(root, pair.slice(0, eq), INPUT.values))}=${resolve(root, workspacePath(root, pair.slice(eq + 1), INPUT.values))}`;
        }),
      renderTimeout: optional(INPUT.renderTimeout),
      renderWorkers: optional(INPUT.renderWorkers),
      rendered: inWorkspace(INPUT.rendered),
      loadRestrictor: optional(INPUT.loadRestrictor),
      shard: optional(INPUT.shard),
      config: inWorkspace(INPUT.config),
      clusterVersion: optional(INPUT.clusterVersion),
      kubeletVersion: optional(INPUT.kubeletVersion),
      asOf: optional(INPUT.asOf),
      eolWarningDays: optional(INPUT.eolWarningDays),
      advisories: ctx.liveAdvisories === true ? 'live' : optional(INPUT.advisories),
    },
    {
      ...CLUSTER_INPUT_NAMES,
      target: INPUT.target,
      current: INPUT.current,
      failOn: INPUT.failOn,
      failOnClusters: INPUT.failOnClusters,
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
    catalog,
    fs,
  );
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
