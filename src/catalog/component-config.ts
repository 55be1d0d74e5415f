/**
 * The component-config catalog: which config-file API versions (kubeadm, kubelet, kube-proxy, kube-scheduler,
 * kube-apiserver config files, kubeconfig exec plugins) each release reads, which command-line flags the
 * components no longer accept, which admission plugins kube-apiserver no longer knows, and kubeadm's own feature
 * gates. The data is generated (scripts/generate-component-config.ts) and committed in
 * data/component-config.json; this module only types and queries it (no fs, no process).
 *
 * "Removed in 1.N" means the 1.N component refuses it: a config file of that apiVersion fails to load, an unknown
 * flag or admission plugin stops the component at start-up, an unknown kubeadm feature gate fails the kubeadm command.
 *
 * The pre-release minor (`preRelease`, the minor after newestRelease) is answered from its draft release notes: a
 * `plannedRemovalIn` of that minor counts as its removal when that minor is asked about (`removalFor`).
 */

import type { CatalogSource } from './feature-gates.js';
import { checkPreRelease, preReleaseAt, type PreRelease } from './pre-release.js';
import { compareApiVersions, compareReleases, formatRelease, parseRelease } from '../version/index.js';

/** The programs whose configuration the catalog describes. `client` = kubectl/client-go (kubeconfig files). */
export type ConfigComponent = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'kubelet' | 'kube-proxy' | 'kubeadm' | 'client';

export const CONFIG_COMPONENTS: readonly ConfigComponent[] = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy', 'kubeadm', 'client'];

/** One config-file API version (`group/version`, optionally only some kinds of it). */
export interface ConfigApiEntry {
  group: string;
  version: string;
  /** Kinds this entry covers; empty = every kind of the group version. */
  kinds: string[];
  component: ConfigComponent;
  introducedIn: string | null;
  deprecatedIn: string | null;
  /** First release that no longer reads it (≤ newestRelease), or null. */
  removedIn: string | null;
  /** A release after newestRelease whose (draft) notes remove it, or null. */
  plannedRemovalIn: string | null;
  /** Where each fact comes from (summary section, release notes and pull requests). */
  evidence: string[];
  note?: string;
}

/** A command-line flag a component no longer accepts (stored without leading dashes). */
export interface RemovedFlagEntry {
  component: ConfigComponent;
  flag: string;
  removedIn: string | null;
  plannedRemovalIn: string | null;
  /** What to use instead, in words (null: nothing; delete the flag). */
  replacement: string | null;
  evidence: string[];
  note?: string;
}

/** An admission plugin kube-apiserver no longer knows (`--enable-admission-plugins`, `--admission-control`). */
export interface AdmissionPluginEntry {
  plugin: string;
  deprecatedIn: string | null;
  removedIn: string | null;
  plannedRemovalIn: string | null;
  replacement: string | null;
  evidence: string[];
}

/** One of kubeadm's own feature gates (ClusterConfiguration `featureGates`), a set separate from the components'. */
export interface KubeadmGateEntry {
  gate: string;
  deprecatedIn: string | null;
  /** First release where the gate is locked (to `lockedValue`), when the notes say so. */
  lockedIn: string | null;
  lockedValue: boolean | null;
  removedIn: string | null;
  plannedRemovalIn: string | null;
  evidence: string[];
}

export interface ComponentConfigCatalog {
  _generated: string;
  schemaVersion: 1;
  catalogVersion: string;
  newestRelease: string;
  /** The minor after newestRelease, from its draft release notes; null or absent when none. */
  preRelease?: PreRelease | null;
  sources: CatalogSource[];
  configApis: ConfigApiEntry[];
  flags: RemovedFlagEntry[];
  admissionPlugins: AdmissionPluginEntry[];
  kubeadmFeatureGates: KubeadmGateEntry[];
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

function fail(path: string, what: string): never {
  throw new Error(`component-config catalog: ${path}: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const RELEASE = /^\d+\.\d+$/;

function releaseOrNull(v: unknown, path: string): void {
  if (v !== null && !(typeof v === 'string' && RELEASE.test(v))) fail(path, 'must be a release or null');
}

/** Checks the shape of a parsed catalog (schemaVersion 1) and returns it typed. Throws on the first problem. */
export function parseComponentConfigCatalog(json: unknown): ComponentConfigCatalog {
  if (!isRecord(json)) fail('$', 'not an object');
  if (json.schemaVersion !== 1) fail('schemaVersion', `unsupported ${JSON.stringify(json.schemaVersion)}`);
  if (typeof json.newestRelease !== 'string' || !RELEASE.test(json.newestRelease)) fail('newestRelease', 'not a release');
  try {
    checkPreRelease(json.preRelease, json.newestRelease, 'preRelease');
  } catch (err) {
    fail('preRelease', (err as Error).message);
  }
  for (const key of ['configApis', 'flags', 'admissionPlugins', 'kubeadmFeatureGates'] as const) {
    if (!Array.isArray(json[key])) fail(key, 'not a list');
  }
  (json.configApis as unknown[]).forEach((e, i) => {
    const p = `configApis[${i}]`;
    if (!isRecord(e) || typeof e.group !== 'string' || typeof e.version !== 'string' || !Array.isArray(e.kinds)) fail(p, 'needs group, version, kinds');
    if (!CONFIG_COMPONENTS.includes(e.component as ConfigComponent)) fail(p, `unknown component ${JSON.stringify(e.component)}`);
    for (const k of ['introducedIn', 'deprecatedIn', 'removedIn', 'plannedRemovalIn'] as const) releaseOrNull(e[k], `${p}.${k}`);
  });
  (json.flags as unknown[]).forEach((e, i) => {
    const p = `flags[${i}]`;
    if (!isRecord(e) || typeof e.flag !== 'string' || e.flag.startsWith('-')) fail(p, 'needs a flag name without dashes');
    if (!CONFIG_COMPONENTS.includes(e.component as ConfigComponent)) fail(p, `unknown component ${JSON.stringify(e.component)}`);
    for (const k of ['removedIn', 'plannedRemovalIn'] as const) releaseOrNull(e[k], `${p}.${k}`);
  });
  (json.admissionPlugins as unknown[]).forEach((e, i) => {
    const p = `admissionPlugins[${i}]`;
    if (!isRecord(e) || typeof e.plugin !== 'string') fail(p, 'needs a plugin name');
    for (const k of ['deprecatedIn', 'removedIn', 'plannedRemovalIn'] as const) releaseOrNull(e[k], `${p}.${k}`);
  });
  (json.kubeadmFeatureGates as unknown[]).forEach((e, i) => {
    const p = `kubeadmFeatureGates[${i}]`;
    if (!isRecord(e) || typeof e.gate !== 'string') fail(p, 'needs a gate name');
    for (const k of ['deprecatedIn', 'lockedIn', 'removedIn', 'plannedRemovalIn'] as const) releaseOrNull(e[k], `${p}.${k}`);
  });
  return json as unknown as ComponentConfigCatalog;
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

function release(text: string): string {
  const r = parseRelease(text);
  if (!r) throw new Error(`not a Kubernetes release: ${JSON.stringify(text)}`);
  return formatRelease(r);
}

const atOrAfter = (rel: string, since: string | null): boolean => since !== null && compareReleases(rel, since) >= 0;

/**
 * The release that removed the entry as far as `rel` is concerned: its removedIn, or for the catalog's pre-release
 * minor a removal the draft notes plan for it (plannedRemovalIn); null when `rel` still has it.
 */
export function removalFor(catalog: ComponentConfigCatalog, entry: { removedIn: string | null; plannedRemovalIn: string | null }, rel: string): string | null {
  const r = release(rel);
  if (atOrAfter(r, entry.removedIn)) return entry.removedIn;
  if (preReleaseAt(catalog, r) && atOrAfter(r, entry.plannedRemovalIn)) return entry.plannedRemovalIn;
  return null;
}

/** `group/version` → [group, version]; a version without a group (core) → ['', version]. */
function splitApiVersion(apiVersion: string): [string, string] {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? ['', apiVersion] : [apiVersion.slice(0, i), apiVersion.slice(i + 1)];
}

/** The entry for `apiVersion` and `kind` (an entry without kinds covers every kind), or undefined. */
function lookupConfigApi(catalog: ComponentConfigCatalog, apiVersion: string, kind: string | null): ConfigApiEntry | undefined {
  const [group, version] = splitApiVersion(apiVersion);
  const candidates = catalog.configApis.filter((e) => e.group === group && e.version === version);
  return candidates.find((e) => kind !== null && e.kinds.includes(kind)) ?? candidates.find((e) => e.kinds.length === 0) ?? (kind === null ? candidates[0] : undefined);
}

export type ConfigApiState = 'removed' | 'deprecated' | 'read' | 'not-yet-introduced';

export interface ConfigApiStatus {
  state: ConfigApiState;
  entry: ConfigApiEntry;
  /** Versions of the same group (and kind) that `release` reads and has not deprecated, newest first. */
  alternatives: string[];
}

/** What `release` makes of a config file of `apiVersion`/`kind`; null when the catalog does not know it. */
export function configApiStatus(catalog: ComponentConfigCatalog, apiVersion: string, kind: string | null, rel: string): ConfigApiStatus | null {
  const entry = lookupConfigApi(catalog, apiVersion, kind);
  if (!entry) return null;
  const r = release(rel);
  let state: ConfigApiState = 'read';
  if (removalFor(catalog, entry, r) !== null) state = 'removed';
  else if (entry.introducedIn !== null && compareReleases(r, entry.introducedIn) < 0) state = 'not-yet-introduced';
  else if (atOrAfter(r, entry.deprecatedIn)) state = 'deprecated';
  const alternatives = catalog.configApis
    .filter((e) => e.group === entry.group && e !== entry && sameKinds(e, entry, kind))
    .filter((e) => removalFor(catalog, e, r) === null && !atOrAfter(r, e.deprecatedIn) && (e.introducedIn === null || compareReleases(r, e.introducedIn) >= 0))
    .sort((a, b) => compareApiVersions(b.version, a.version))
    .map((e) => `${e.group}/${e.version}`);
  return { state, entry, alternatives: [...new Set(alternatives)] };
}

function sameKinds(a: ConfigApiEntry, b: ConfigApiEntry, kind: string | null): boolean {
  if (kind !== null && a.kinds.length > 0) return a.kinds.includes(kind);
  if (a.kinds.length === 0 || b.kinds.length === 0) return true;
  return a.kinds.some((k) => b.kinds.includes(k));
}

/** The removal of `--flag` (given with or without dashes) by `component` in or before `rel`, or null. */
export function removedFlag(catalog: ComponentConfigCatalog, component: string, flag: string, rel: string): RemovedFlagEntry | null {
  const name = flag.replace(/^-+/, '');
  const r = release(rel);
  return catalog.flags.find((e) => e.component === component && e.flag === name && removalFor(catalog, e, r) !== null) ?? null;
}

/** The admission plugin's entry when `rel` no longer knows it, or null. */
export function removedAdmissionPlugin(catalog: ComponentConfigCatalog, plugin: string, rel: string): AdmissionPluginEntry | null {
  const r = release(rel);
  return catalog.admissionPlugins.find((e) => e.plugin === plugin && removalFor(catalog, e, r) !== null) ?? null;
}

export type KubeadmGateState = 'removed' | 'locked' | 'deprecated' | 'accepted' | 'unknown';

/** What kubeadm `rel` makes of one of its own feature gates ('unknown': the catalog has no entry for it). */
export function kubeadmGateStatus(catalog: ComponentConfigCatalog, gate: string, rel: string): { state: KubeadmGateState; entry: KubeadmGateEntry | null } {
  const entry = catalog.kubeadmFeatureGates.find((e) => e.gate === gate) ?? null;
  if (!entry) return { state: 'unknown', entry: null };
  const r = release(rel);
  if (removalFor(catalog, entry, r) !== null) return { state: 'removed', entry };
  if (atOrAfter(r, entry.lockedIn)) return { state: 'locked', entry };
  if (atOrAfter(r, entry.deprecatedIn)) return { state: 'deprecated', entry };
  return { state: 'accepted', entry };
}
