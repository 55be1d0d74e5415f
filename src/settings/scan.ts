/**
 * The one typed settings module: raw strings from the CLI or the action inputs in, validated settings out.
 * Every error names the bad value, the flag or input it came from, and what is expected.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { preReleaseAt } from '../catalog/pre-release.js';

import type { Severity } from '../findings/types.js';
import type { ClusterSettings } from '../clusters/types.js';
import { DEFAULT_RENDER_SETTINGS, type RenderSettings, type ValuesFileSetting } from '../render/types.js';
import { parseShard, type Shard } from '../shard/shard.js';
import { compareReleases, formatRelease, parseRelease } from '../version/index.js';
import { SettingsError } from '../ports/errors.js';

export type FailOn = Severity | 'never';
const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];
export type Format = 'text' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Ranges of the numeric settings. A file's text must fit in one string; a timer longer than 2^31-1 ms fires at once,
 * so a longer render timeout would end every render immediately.
 */
const MAX_FILE_BYTES_LIMIT = 256 * 1024 * 1024;
const MAX_RENDER_TIMEOUT_SEC = 86_400;
const MAX_RENDER_WORKERS = 64;

export interface ScanSettings {
  /** Absolute workspace path; reported paths are relative to it. */
  root: string;
  paths: string[];
  target: string;
  current: string | null;
  failOn: FailOn;
  /** The threshold for findings about the declared clusters (rules whose meta gate is 'clusters'); default error (absent = error). */
  failOnClusters?: FailOn;
  include: string[];
  exclude: string[];
  maxFileBytes: number;
  /** Rendering of charts and overlays; resolveScanSettings always fills it (absent = DEFAULT_RENDER_SETTINGS). */
  render?: RenderSettings;
  /** Declared clusters and how to evaluate them (config file or --cluster-version); absent when none are declared. */
  clusters?: ClusterSettings;
  /** This run scans one part of a sharded repository; null for the whole. */
  shard?: Shard | null;
  /** Add-on releases the configuration file declares (`addons:`), by add-on name. */
  addons?: Readonly<Record<string, string>>;
}

export interface RawScanSettings {
  root: string;
  paths: readonly string[];
  target?: string | undefined;
  current?: string | undefined;
  failOn?: string | undefined;
  failOnClusters?: string | undefined;
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  maxFileBytes?: string | undefined;
  helmPath?: string | undefined;
  kubectlPath?: string | undefined;
  releaseName?: string | undefined;
  namespace?: string | undefined;
  /** `CHART=FILE` pairs (workspace-relative or absolute paths). */
  values?: readonly string[] | undefined;
  renderTimeout?: string | undefined;
  renderWorkers?: string | undefined;
  rendered?: string | undefined;
  /** kustomize's load restrictor: "root-only" (default) or "none". */
  loadRestrictor?: string | undefined;
  /** "I/N": scan part I of N. */
  shard?: string | undefined;
}

/** How the entry point calls each setting, for error messages (`--target` for the CLI, `target-version` for the action). */
export interface SettingNames {
  target: string;
  current: string;
  failOn: string;
  failOnClusters?: string;
  maxFileBytes: string;
  releaseName?: string;
  namespace?: string;
  values?: string;
  renderTimeout?: string;
  renderWorkers?: string;
  rendered?: string;
  loadRestrictor?: string;
  shard?: string;
}

export function resolveScanSettings(raw: RawScanSettings, catalog: ApiCatalog, names: SettingNames): ScanSettings {
  if (raw.target === undefined || raw.target.trim() === '') {
    throw new SettingsError(`${names.target} is required: the Kubernetes release to check against, e.g. ${catalog.newestRelease}`);
  }
  const target = release(raw.target, names.target, catalog);
  const current = raw.current === undefined || raw.current.trim() === '' ? null : release(raw.current, names.current, catalog);
  if (current !== null && compareReleases(current, target) > 0) {
    throw new SettingsError(`${names.current} ${current} is newer than ${names.target} ${target}; the target must be the same release or newer`);
  }
  const failOn = resolveFailOn(raw.failOn, names.failOn);
  const failOnClusters = resolveFailOn(raw.failOnClusters, names.failOnClusters ?? 'fail-on-clusters');
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  if (raw.maxFileBytes !== undefined && raw.maxFileBytes.trim() !== '') {
    const n = Number(raw.maxFileBytes);
    if (!Number.isInteger(n) || n <= 0 || n > MAX_FILE_BYTES_LIMIT) {
      throw new SettingsError(`${names.maxFileBytes} "${raw.maxFileBytes}" is not valid; expected a whole number of bytes from 1 to ${MAX_FILE_BYTES_LIMIT} (256 MiB)`);
    }
    maxFileBytes = n;
  }
  const paths = raw.paths.map((p) => p.trim()).filter((p) => p !== '');
  return {
    root: raw.root,
    paths: paths.length > 0 ? paths : ['.'],
    target,
    current,
    failOn,
    failOnClusters,
    include: clean(raw.include),
    exclude: clean(raw.exclude),
    maxFileBytes,
    render: resolveRenderSettings(raw, names),
    shard: resolveShard(raw.shard, names.shard ?? 'shard'),
  };
}

/** The two thresholds of the gate: findings about the repository's files, and findings about the declared clusters. */
export interface GateThresholds {
  files: FailOn;
  clusters: FailOn;
}

export function resolveFailOn(text: string | undefined, name: string): FailOn {
  const failOn = (text ?? 'error').trim() || 'error';
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new SettingsError(`${name} "${failOn}" is not valid; expected one of ${FAIL_ON_VALUES.join(', ')}`);
  }
  return failOn as FailOn;
}

function resolveShard(text: string | undefined, name: string): Shard | null {
  if (text === undefined || text.trim() === '') return null;
  const shard = parseShard(text);
  if (!shard) throw new SettingsError(`${name} "${text}" is not valid; expected I/N with 1 ≤ I ≤ N ≤ 1000, e.g. 2/4`);
  return shard;
}

const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function resolveRenderSettings(raw: RawScanSettings, names: SettingNames): RenderSettings {
  const text = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v.trim());
  const releaseName = text(raw.releaseName) ?? DEFAULT_RENDER_SETTINGS.releaseName;
  if (!RELEASE_NAME.test(releaseName) || releaseName.length > 53) {
    throw new SettingsError(`${names.releaseName ?? 'release name'} "${releaseName}" is not a valid Helm release name; expected lower-case letters, digits and dashes (at most 53)`);
  }
  const namespace = text(raw.namespace) ?? DEFAULT_RENDER_SETTINGS.namespace;
  if (!RELEASE_NAME.test(namespace) || namespace.length > 63) {
    throw new SettingsError(`${names.namespace ?? 'namespace'} "${namespace}" is not a valid namespace; expected lower-case letters, digits and dashes (at most 63)`);
  }
  const inside = (p: string, what: string): string => {
    const abs = resolve(raw.root, p);
    const rel = relative(raw.root, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new SettingsError(`${names.values ?? 'values'} ${what} "${p}" is outside the workspace ${raw.root}`);
    return rel.split(sep).join('/') || '.';
  };
  const valuesFiles: ValuesFileSetting[] = [];
  for (const pair of clean(raw.values)) {
    const eq = pair.indexOf('=');
    const chart = eq > 0 ? pair.slice(0, eq).trim() : '';
    const file = eq > 0 ? pair.slice(eq + 1).trim() : '';
    if (chart === '' || file === '') {
      throw new SettingsError(`${names.values ?? 'values'} "${pair}" is not valid; expected CHART=FILE, e.g. charts/web=deploy/prod-values.yaml`);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) {
      throw new SettingsError(`${names.values ?? 'values'} "${pair}": values must be a file in the workspace, not a URL (nothing is downloaded)`);
    }
    valuesFiles.push({ chart: inside(chart, 'chart'), file: inside(file, 'file') });
  }
  let renderTimeoutSec = DEFAULT_RENDER_SETTINGS.renderTimeoutSec;
  const timeout = text(raw.renderTimeout);
  if (timeout !== null) {
    const n = Number(timeout);
    if (!Number.isFinite(n) || n <= 0 || n > MAX_RENDER_TIMEOUT_SEC) {
      throw new SettingsError(`${names.renderTimeout ?? 'render timeout'} "${timeout}" is not valid; expected a number of seconds greater than 0 and at most ${MAX_RENDER_TIMEOUT_SEC}`);
    }
    renderTimeoutSec = n;
  }
  let renderWorkers: number | null = null;
  const workers = text(raw.renderWorkers);
  if (workers !== null) {
    const n = Number(workers);
    if (!Number.isInteger(n) || n <= 0 || n > MAX_RENDER_WORKERS) {
      throw new SettingsError(`${names.renderWorkers ?? 'render workers'} "${workers}" is not valid; expected a whole number from 1 to ${MAX_RENDER_WORKERS}`);
    }
    renderWorkers = n;
  }
  const restrictor = text(raw.loadRestrictor)?.toLowerCase() ?? null;
  if (restrictor !== null && !['none', 'root-only', 'loadrestrictionsnone', 'loadrestrictionsrootonly'].includes(restrictor)) {
    throw new SettingsError(`${names.loadRestrictor ?? 'load restrictor'} "${text(raw.loadRestrictor) ?? ''}" is not valid; expected root-only or none`);
  }
  return {
    loadRestrictor: restrictor === 'none' || restrictor === 'loadrestrictionsnone' ? 'none' : 'rootOnly',
    helmPath: text(raw.helmPath),
    kubectlPath: text(raw.kubectlPath),
    releaseName,
    namespace,
    valuesFiles,
    renderTimeoutSec,
    renderWorkers,
    rendered: text(raw.rendered),
  };
}

function release(text: string, name: string, catalog: ApiCatalog): string {
  if (text.trim().toLowerCase() === 'latest') return catalog.newestRelease;
  const parsed = parseRelease(text);
  if (!parsed) {
    throw new SettingsError(`${name} "${text}" is not a Kubernetes release; expected MAJOR.MINOR such as ${catalog.newestRelease}, or latest`);
  }
  const r = formatRelease(parsed);
  // One minor past the newest GA release is answered when the catalog has pre-release data for it (every report
  // then says so in a pre-release-target notice); anything newer would be guesses.
  if (compareReleases(r, catalog.newestRelease) > 0 && !preReleaseAt(catalog, r)) {
    const pre = catalog.preRelease;
    throw new SettingsError(
      `${name} ${r} is newer than the newest release in the API catalog (${catalog.newestRelease}, catalog ${catalog.version}` +
        `${pre ? `; pre-release data covers ${pre.release} only` : ''}); results for it would be guesses. ` +
        `Use ${pre ? `${pre.release} or older` : catalog.newestRelease} or update kube-upgrade-gate`,
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
