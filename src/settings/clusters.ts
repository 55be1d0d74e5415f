/**
 * Declared clusters as settings: the configuration file (or the one-cluster flags) plus the evaluation options
 * (as-of date, end-of-life warning window, advisory source), validated. Every error is a SettingsError that names
 * the file and line or the flag/input, and what is expected.
 *
 * Where the configuration comes from: `--config FILE` (action input `config`), else
 * `<workspace root>/.github/kube-upgrade-gate.yaml` (or `.yml`) when it exists. `--cluster-version` declares one
 * cluster for the run instead of the file's clusters (the file's `target` still applies).
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { preReleaseAt } from '../catalog/pre-release.js';

import type { FileSystem } from '../ports/index.js';

import { WorkspaceBox } from '../workspace/box.js';
import { IGNORE_SELECTORS, MAX_CONFIG_BYTES, parseConfigText, type ClusterDecl, type IgnoreDecl, type InventoryDecl, type Provider } from '../clusters/config.js';
import { readInventory, type InventoryFacts, type InventoryTexts } from '../clusters/inventory.js';
import type { AdvisorySource, ClusterSettings, ClusterSpec, ControlPlaneComponent, IgnoreEntry, NodePoolSpec } from '../clusters/types.js';
import { compareReleases, compareVersions, formatRelease, parseRelease, parseVersion } from '../version/index.js';
import { ConfigError, SettingsError } from '../ports/errors.js';

const ADVISORY_SOURCES: readonly AdvisorySource[] = ['embedded', 'live'];
const DEFAULT_EOL_WARNING_DAYS = 60;
const DEFAULT_CONFIG_FILES = ['.github/kube-upgrade-gate.yaml', '.github/kube-upgrade-gate.yml'];

export interface RawClusterSettings {
  /** Absolute workspace root. */
  root: string;
  /** Absolute path of an explicitly named configuration file. */
  config?: string | undefined;
  clusterVersion?: string | undefined;
  kubeletVersion?: string | undefined;
  asOf?: string | undefined;
  eolWarningDays?: string | undefined;
  advisories?: string | undefined;
}

/** How the entry point calls each setting in messages. */
export interface ClusterSettingNames {
  config: string;
  clusterVersion: string;
  kubeletVersion: string;
  asOf: string;
  eolWarningDays: string;
  advisories: string;
  target: string;
}

export const CLI_CLUSTER_NAMES: ClusterSettingNames = {
  config: '--config',
  clusterVersion: '--cluster-version',
  kubeletVersion: '--kubelet-version',
  asOf: '--as-of',
  eolWarningDays: '--eol-warning-days',
  advisories: '--advisories',
  target: '--target',
};

/** Declarations read, waiting for the scan target (which the file's `target` may itself have supplied). */
export interface DeclaredClusters {
  /** The file's `target` (validated; "latest" already resolved), to use when no target flag/input is given. */
  target: string | undefined;
  /** The file's `addons` (add-on releases by name); empty without one. */
  addons: Readonly<Record<string, string>>;
  /** Completes the settings once the scan target is known (cluster targets default to it). */
  resolve(scanTarget: string): ClusterSettings;
}

/**
 * Reads the configuration file and the cluster flags. Returns null when nothing declares a cluster or a default
 * target (no file found, no --cluster-version). The option flags are validated either way.
 */
export async function loadClusters(
  raw: RawClusterSettings,
  fs: FileSystem,
  api: ApiCatalog,
  names: ClusterSettingNames,
): Promise<DeclaredClusters | null> {
  const text = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v.trim());
  const asOf = text(raw.asOf);
  if (asOf !== null && !isIsoDate(asOf)) {
    throw new SettingsError(`${names.asOf} "${asOf}" is not valid; expected a calendar date YYYY-MM-DD such as 2026-11-23`);
  }
  let eolWarningDays = DEFAULT_EOL_WARNING_DAYS;
  const days = text(raw.eolWarningDays);
  if (days !== null) {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 0 || n > 3650) {
      throw new SettingsError(`${names.eolWarningDays} "${days}" is not valid; expected a whole number of days from 0 to 3650`);
    }
    eolWarningDays = n;
  }
  const source = (text(raw.advisories) ?? 'embedded').toLowerCase();
  if (!(ADVISORY_SOURCES as readonly string[]).includes(source)) {
    throw new SettingsError(`${names.advisories} "${raw.advisories}" is not valid; expected embedded or live`);
  }
  let file: string | null = null;
  const clusterVersion = text(raw.clusterVersion);
  const kubeletVersion = text(raw.kubeletVersion);
  if (kubeletVersion !== null && clusterVersion === null) {
    throw new SettingsError(`${names.kubeletVersion} needs ${names.clusterVersion}: the kubelet is checked against the cluster's kube-apiserver`);
  }
  for (const [v, name] of [[clusterVersion, names.clusterVersion], [kubeletVersion, names.kubeletVersion]] as const) {
    if (v !== null && !isFullVersion(v)) {
      throw new SettingsError(`${name} "${v}" is not valid; expected a Kubernetes version with its patch number, such as 1.34.2 or v1.30.5-gke.1014001`);
    }
  }

  // The configuration file: named explicitly, else the default place when anything is there. A path in the
  // workspace is the repository's: it is read only when the box allows it (a regular file, links followed, inside
  // the workspace); a refusal names the path, never what it leads to.
  let configPath: string | null = null;
  let box: WorkspaceBox | null = null;
  const openBox = async (): Promise<WorkspaceBox> => {
    try {
      box ??= await WorkspaceBox.open(fs, raw.root);
    } catch {
      throw new SettingsError(`the workspace ${raw.root} does not exist or is not a directory`);
    }
    return box;
  };
  const explicit = text(raw.config);
  if (explicit !== null) {
    const st = await fs.stat(explicit).catch(() => null);
    if (!st) throw new SettingsError(`${names.config} "${explicit}" does not exist; expected a YAML file such as .github/kube-upgrade-gate.yaml`);
    if (!st.isFile) throw new SettingsError(`${names.config} "${explicit}" is not a regular file (a directory, FIFO or device is never read)`);
    configPath = explicit;
    const lexical = relative(raw.root, explicit);
    if (lexical !== '' && lexical !== '..' && !lexical.startsWith(`..${sep}`) && !isAbsolute(lexical)) {
      const c = await (await openBox()).check(explicit, 'file');
      if (!c.ok) throw new SettingsError(`${names.config}: configuration file ${c.message}`);
      configPath = c.real;
    }
  } else {
    for (const candidate of DEFAULT_CONFIG_FILES) {
      const abs = join(raw.root, candidate);
      if (!(await fs.lstat(abs).catch(() => null))) continue;
      const c = await (await openBox()).check(abs, 'file');
      if (!c.ok) throw new SettingsError(`configuration file ${c.message}`);
      configPath = c.real;
      file = c.rel;
      break;
    }
  }
  if (configPath === null && clusterVersion === null) return null;

  let shownAs = '';
  let declared: ClusterDecl[] = [];
  let ignoreDecls: IgnoreDecl[] = [];
  let fileTarget: string | undefined;
  let addons: Record<string, string> = {};
  let lines = new Map<string, number>();
  if (configPath !== null) {
    if (file === null && explicit !== null) {
      const rel = relative(raw.root, explicit);
      file = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : null;
    }
    shownAs = file ?? configPath;
    const st = await fs.stat(configPath);
    if (st.size > MAX_CONFIG_BYTES) throw new SettingsError(`${shownAs}: the configuration file is larger than ${MAX_CONFIG_BYTES} bytes`);
    let body: string;
    try {
      body = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(configPath)).replace(/^\uFEFF/, '');
    } catch (err) {
      throw new SettingsError(`${shownAs}: cannot be read as UTF-8 text (${(err as Error).message})`);
    }
    try {
      const parsed = parseConfigText(body, shownAs);
      declared = parsed.config.clusters ?? [];
      addons = parsed.config.addons ?? {};
      ignoreDecls = parsed.config.ignore ?? [];
      lines = parsed.lines;
      if (parsed.config.target !== undefined) {
        fileTarget = releaseOf(parsed.config.target, api, () => `${shownAs}${lineSuffix(lines.get('target'))}: target`);
      }
    } catch (err) {
      if (err instanceof ConfigError) throw new SettingsError(`invalid configuration:\n${err.message}`);
      throw err;
    }
  }

  const fromFlags = clusterVersion !== null;
  // Inventory files, relative to the configuration file, read only where the box allows (inside the workspace).
  const inventories: Array<InventoryFacts | null> = [];
  for (const [i, c] of (fromFlags ? [] : declared).entries()) {
    inventories.push(c.inventory ? await readInventoryFiles(c.inventory, i, configPath!, await openBox(), fs, shownAs, lines) : null);
  }
  // Cluster targets are checked now, so a bad one is reported at its line even when the scan target is bad too.
  const specs = fromFlags ? [] : declared.map((c, i) => clusterSpec(c, i, api, file, shownAs, lines, inventories[i] ?? null));
  // Suppressions apply whether the clusters come from the file or from --cluster-version.
  const ignore = ignoreDecls.map((e, i) => ignoreEntry(e, file, file === null ? null : (lines.get(`ignore[${i}]`) ?? null)));
  return {
    target: fileTarget,
    addons,
    resolve(scanTarget) {
      const clusters = fromFlags
        ? [flagCluster(clusterVersion!, kubeletVersion, scanTarget)]
        : specs.map((c) => ({ ...c, target: c.target ?? scanTarget }));
      const resolved: ClusterSettings = { clusters, configFile: file, asOf, eolWarningDays, advisories: source as AdvisorySource };
      if (ignore.length > 0) resolved.ignore = ignore;
      for (const c of resolved.clusters) {
        if (compareReleases(c.minor, api.newestRelease) > 0) {
          const where = fromFlags ? names.clusterVersion : `${shownAs}${lineSuffix(c.lines['version'])}: clusters "${c.name}"`;
          throw new SettingsError(
            `${where}: the cluster runs ${c.minor} (${c.versionAsWritten}), newer than the newest release this kube-upgrade-gate knows (${api.newestRelease}); update kube-upgrade-gate to check it`,
          );
        }
        if (compareReleases(c.target, c.minor) < 0) {
          const where = fromFlags ? names.clusterVersion : `${shownAs}${lineSuffix(c.lines['target'] ?? c.lines['version'])}: clusters "${c.name}"`;
          const whence = c.lines['target'] !== undefined ? 'its target' : fromFlags ? names.target : `the default target (${names.target} or the file's target)`;
          throw new SettingsError(
            `${where}: the cluster runs ${c.minor} (${c.versionAsWritten}) but ${whence} is ${c.target}; expected a target of ${c.minor} or newer (clusters are never downgraded)`,
          );
        }
      }
      return resolved;
    },
  };
}

function ignoreEntry(e: IgnoreDecl, file: string | null, line: number | null): IgnoreEntry {
  const selectors: IgnoreEntry['selectors'] = {};
  for (const k of IGNORE_SELECTORS) {
    const v = e[k]?.trim();
    if (v !== undefined && v !== '') selectors[k] = k === 'path' ? v.replace(/^\.\//, '') : v;
  }
  return { selectors, reason: e.reason.trim(), expires: e.expires ?? null, file, line };
}

type PendingSpec = Omit<ClusterSpec, 'target'> & { target: string | null };

/** Largest inventory file read. */
const MAX_INVENTORY_BYTES = 32 * 1024 * 1024;

async function readInventoryFiles(
  inv: InventoryDecl,
  index: number,
  configPath: string,
  box: WorkspaceBox,
  fs: FileSystem,
  shownAs: string,
  lines: Map<string, number>,
): Promise<InventoryFacts> {
  const texts: InventoryTexts = {};
  for (const key of ['version', 'nodes', 'pods'] as const) {
    const rel = inv[key];
    if (rel === undefined) continue;
    const where = `${shownAs}${lineSuffix(lines.get(`clusters[${index}].inventory.${key}`))}: clusters[${index}].inventory.${key}`;
    const c = await box.check(resolve(dirname(configPath), rel), 'file');
    if (!c.ok) throw new SettingsError(`${where}: inventory file ${c.message}`);
    const st = await fs.stat(c.real);
    if (st.size > MAX_INVENTORY_BYTES) throw new SettingsError(`${where}: ${c.rel} is larger than ${MAX_INVENTORY_BYTES} bytes`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(c.real));
    } catch (err) {
      throw new SettingsError(`${where}: ${c.rel} cannot be read as UTF-8 text (${(err as Error).message})`);
    }
    texts[key] = { file: c.rel, text };
  }
  const facts = readInventory(texts, inv.poolLabel);
  if (facts.problems.length > 0) throw new SettingsError(facts.problems.join('\n'));
  if (facts.version === null) throw new SettingsError(`${shownAs}${lineSuffix(lines.get(`clusters[${index}].inventory`))}: clusters[${index}].inventory: the files show no kube-apiserver version (no serverVersion, no kube-apiserver pod)`);
  return facts;
}

function clusterSpec(c: ClusterDecl, index: number, api: ApiCatalog, file: string | null, shownAs: string, all: Map<string, number>, inv: InventoryFacts | null): PendingSpec {
  const prefix = `clusters[${index}]`;
  const lines: Record<string, number> = {};
  if (file !== null) {
    const cluster = all.get(prefix);
    if (cluster !== undefined) lines[''] = cluster;
    for (const [path, line] of all) {
      if (path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) lines[path.slice(prefix.length + 1)] = line;
    }
  }
  const v = parseVersion(inv?.version ?? c.version!)!;
  let target: string | null = null;
  if (c.target !== undefined) {
    target = releaseOf(c.target, api, () => `${shownAs}${lineSuffix(lines['target'])}: ${prefix}.target`);
  }
  const norm = (x: string): string => parseVersion(x)!.normalized;
  const components = c.components ?? {};
  const oldestOf = (list: Array<string | null>): string | null => list.filter((x): x is string => x !== null).sort(compareVersions)[0] ?? null;
  const observed: Partial<Record<ControlPlaneComponent, string | null>> = inv
    ? { 'kube-controller-manager': oldestOf(inv.controlPlaneNodes.map((n) => n.controllerManager)), 'kube-scheduler': oldestOf(inv.controlPlaneNodes.map((n) => n.scheduler)) }
    : {};
  const cp = (['kube-controller-manager', 'kube-scheduler', 'cloud-controller-manager'] as const)
    .filter((k) => k !== 'cloud-controller-manager' || components[k] !== undefined)
    .map((k) => {
      const seen = observed[k] ?? null;
      if (seen !== null) return { component: k, version: seen, declared: components[k] !== undefined };
      return { component: k, version: components[k] !== undefined ? norm(components[k]!) : v.normalized, declared: components[k] !== undefined };
    });
  const apiservers = inv && inv.apiservers.length > 0 ? [...new Set([...inv.apiservers, v.normalized])].sort(compareVersions) : c.apiservers ? [...new Set(c.apiservers.map(norm))] : [v.normalized];
  const declaredPools = (c.nodePools ?? []).map((p) => ({ name: p.name, kubelet: norm(p.kubelet), kubeProxy: norm(p.kubeProxy ?? p.kubelet), kubeProxyDeclared: p.kubeProxy !== undefined }));
  const pools = inv && inv.evidence.nodes.length > 0 ? inv.pools.map((p) => ({ ...p, kubeProxyDeclared: false })) : declaredPools;
  // A declaration that disagrees with its evidence.
  const mismatches: NonNullable<ClusterSpec['mismatches']> = [];
  if (inv) {
    if (c.version !== undefined && parseVersion(c.version)!.normalized !== v.normalized) {
      mismatches.push({ what: 'kube-apiserver', declared: parseVersion(c.version)!.normalized, observed: v.normalized, evidence: inv.evidence.files.join(', '), lineKey: 'version' });
    }
    for (const k of ['kube-controller-manager', 'kube-scheduler'] as const) {
      const seen = observed[k] ?? null;
      if (components[k] !== undefined && seen !== null && norm(components[k]!) !== seen) mismatches.push({ what: k, declared: norm(components[k]!), observed: seen, evidence: inv.evidence.files.join(', '), lineKey: `components.${k}` });
    }
    declaredPools.forEach((p, i) => {
      const seen = inv.pools.find((q) => q.name === p.name);
      if (inv.evidence.nodes.length === 0) return;
      if (!seen) mismatches.push({ what: `node pool ${p.name}`, declared: p.kubelet, observed: 'no such pool', evidence: inv.evidence.files.join(', '), lineKey: `nodePools[${i}].name` });
      else if (seen.kubelet !== p.kubelet) {
        const nodes = inv.evidence.nodes.filter((n) => n.pool === p.name && n.kubelet === seen.kubelet).map((n) => n.name);
        mismatches.push({ what: `node pool ${p.name} kubelet`, declared: p.kubelet, observed: seen.kubelet, evidence: `node${nodes.length === 1 ? '' : 's'} ${nodes.join(', ')}`, lineKey: `nodePools[${i}].kubelet` });
      }
    });
  }
  return {
    name: c.name,
    provider: c.provider ?? null,
    version: v.normalized,
    versionAsWritten: c.version ?? v.normalized,
    minor: v.release,
    target,
    apiservers,
    controlPlane: cp,
    nodePools: pools,
    ...(inv ? { inventory: inv.evidence, controlPlaneNodes: inv.controlPlaneNodes, mismatches } : {}),
    paths: (c.paths ?? []).map((p) => p.trim().replace(/^\.\//, '')).filter((p) => p !== ''),
    file,
    lines,
  };
}

function flagCluster(version: string, kubelet: string | null, scanTarget: string): ClusterSpec {
  const v = parseVersion(version)!;
  return {
    name: 'cluster',
    provider: null,
    version: v.normalized,
    versionAsWritten: version,
    minor: v.release,
    target: scanTarget,
    apiservers: [v.normalized],
    controlPlane: [
      { component: 'kube-controller-manager', version: v.normalized, declared: false },
      { component: 'kube-scheduler', version: v.normalized, declared: false },
    ],
    nodePools:
      kubelet === null
        ? []
        : [{ name: 'nodes', kubelet: parseVersion(kubelet)!.normalized, kubeProxy: parseVersion(kubelet)!.normalized, kubeProxyDeclared: false }],
    // The scanned paths are the cluster's manifests.
    paths: ['**'],
    file: null,
    lines: {},
  };
}

function releaseOf(text: string, api: ApiCatalog, where: () => string): string {
  if (text.trim().toLowerCase() === 'latest') return api.newestRelease;
  const r = formatRelease(parseRelease(text)!);
  // A target one minor past the newest GA release is answered from that minor's pre-release data.
  if (compareReleases(r, api.newestRelease) > 0 && !preReleaseAt(api, r)) {
    const pre = api.preRelease;
    throw new SettingsError(
      `${where()}: ${r} is newer than the newest release in the API catalog (${api.newestRelease}${pre ? `; pre-release data covers ${pre.release} only` : ''}); ` +
        `use ${pre ? `${pre.release} or older` : api.newestRelease} or update kube-upgrade-gate`,
    );
  }
  return r;
}

function lineSuffix(line: number | undefined): string {
  return line === undefined ? '' : `:${line}`;
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function isFullVersion(text: string): boolean {
  const v = parseVersion(text);
  return v !== null && v.patch !== null && v.major === 1;
}
