/**
 * The action's inputs as typed scan settings. Reads through an injected `getInput`-like function, so tests pass a
 * plain map. Every error is a SettingsError that names the input.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { resolveScanSettings, SettingsError, splitList, type ScanSettings } from '../app/settings.js';

/** The input names, as declared in action.yml. */
export const INPUT = {
  paths: 'paths',
  target: 'target-version',
  current: 'current-version',
  failOn: 'fail-on',
  include: 'include',
  exclude: 'exclude',
  maxFileBytes: 'max-file-bytes',
} as const;

/** Returns the input's value, or '' when it is not set (like @actions/core's getInput). */
export type GetInput = (name: string) => string;

export interface InputContext {
  getInput: GetInput;
  /** GITHUB_WORKSPACE, when set. */
  workspace: string | undefined;
  cwd: string;
}

export function readActionSettings(ctx: InputContext, catalog: ApiCatalog): ScanSettings {
  const get = (name: string): string => (ctx.getInput(name) ?? '').trim();
  const root = resolve(ctx.cwd, ctx.workspace && ctx.workspace.trim() !== '' ? ctx.workspace : '.');
  const paths = splitList(get(INPUT.paths)).map((p) => workspacePath(root, p));
  return resolveScanSettings(
    {
      root,
      paths,
      target: get(INPUT.target),
      current: get(INPUT.current),
      failOn: get(INPUT.failOn),
      include: splitList(get(INPUT.include)),
      exclude: splitList(get(INPUT.exclude)),
      maxFileBytes: get(INPUT.maxFileBytes),
    },
    catalog,
    { target: INPUT.target, current: INPUT.current, failOn: INPUT.failOn, maxFileBytes: INPUT.maxFileBytes },
  );
}

/** An absolute path inside the workspace becomes workspace-relative; one outside it is an error. Others pass as given. */
function workspacePath(root: string, p: string): string {
  if (!isAbsolute(p)) return p;
  const rel = relative(root, p);
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new SettingsError(`${INPUT.paths}: "${p}" is outside the workspace ${root}; list paths inside the repository`);
  }
  return rel;
}
