/**
 * The one typed settings module: raw strings from the CLI or the action inputs in, validated settings out.
 * Every error names the bad value, the flag or input it came from, and what is expected.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { compareReleases, formatRelease, parseRelease } from '../catalog/version.js';
import type { Severity } from '../findings/types.js';

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];
export type Format = 'text' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ScanSettings {
  /** Absolute workspace path; reported paths are relative to it. */
  root: string;
  paths: string[];
  target: string;
  current: string | null;
  failOn: FailOn;
  include: string[];
  exclude: string[];
  maxFileBytes: number;
}

export interface RawScanSettings {
  root: string;
  paths: readonly string[];
  target?: string | undefined;
  current?: string | undefined;
  failOn?: string | undefined;
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  maxFileBytes?: string | undefined;
}

/** How the entry point calls each setting, for error messages (`--target` for the CLI, `target-version` for the action). */
export interface SettingNames {
  target: string;
  current: string;
  failOn: string;
  maxFileBytes: string;
}

export class SettingsError extends Error {}

export function resolveScanSettings(raw: RawScanSettings, catalog: ApiCatalog, names: SettingNames): ScanSettings {
  if (raw.target === undefined || raw.target.trim() === '') {
    throw new SettingsError(`${names.target} is required: the Kubernetes release to check against, e.g. ${catalog.newestRelease}`);
  }
  const target = release(raw.target, names.target, catalog);
  const current = raw.current === undefined || raw.current.trim() === '' ? null : release(raw.current, names.current, catalog);
  if (current !== null && compareReleases(current, target) > 0) {
    throw new SettingsError(`${names.current} ${current} is newer than ${names.target} ${target}; the target must be the same release or newer`);
  }
  const failOn = (raw.failOn ?? 'error').trim() || 'error';
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new SettingsError(`${names.failOn} "${failOn}" is not valid; expected one of ${FAIL_ON_VALUES.join(', ')}`);
  }
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  if (raw.maxFileBytes !== undefined && raw.maxFileBytes.trim() !== '') {
    const n = Number(raw.maxFileBytes);
    if (!Number.isInteger(n) || n <= 0) {
      throw new SettingsError(`${names.maxFileBytes} "${raw.maxFileBytes}" is not valid; expected a positive whole number of bytes`);
    }
    maxFileBytes = n;
  }
  const paths = raw.paths.map((p) => p.trim()).filter((p) => p !== '');
  return {
    root: raw.root,
    paths: paths.length > 0 ? paths : ['.'],
    target,
    current,
    failOn: failOn as FailOn,
    include: clean(raw.include),
    exclude: clean(raw.exclude),
    maxFileBytes,
  };
}

function release(text: string, name: string, catalog: ApiCatalog): string {
  if (text.trim().toLowerCase() === 'latest') return catalog.newestRelease;
  const parsed = parseRelease(text);
  if (!parsed) {
    throw new SettingsError(`${name} "${text}" is not a Kubernetes release; expected MAJOR.MINOR such as ${catalog.newestRelease}, or latest`);
  }
  const r = formatRelease(parsed);
  if (compareReleases(r, catalog.newestRelease) > 0) {
    throw new SettingsError(
      `${name} ${r} is newer than the newest release in the API catalog (${catalog.newestRelease}, catalog ${catalog.version}); ` +
        `results for it would be guesses. Use ${catalog.newestRelease} or update kube-upgrade-gate`,
    );
  }
  // Releases older than the catalog's served-API data are still answerable: deprecation and removal releases are
  // known for every kind the catalog lists, which is all that removed-api and deprecated-api need.
  if (parsed.major !== 1) {
    throw new SettingsError(`${name} ${r} is not a Kubernetes 1.x release; expected MAJOR.MINOR such as ${catalog.newestRelease}`);
  }
  return r;
}

function clean(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/** Splits an action input or repeated flag value on newlines and commas. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '').split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
}
