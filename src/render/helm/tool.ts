/**
 * Which helm renders the charts: its probe (`detectHelm`) finds the version and the API list helm assumes offline
 * (`.Capabilities.APIVersions`, which `--api-versions` can only add to). A helm older than 3.6 is refused, since
 * `--kube-version` is needed. The probe runs in its own scratch directory, removed afterwards, with an isolated
 * environment.
 */
import { join } from 'node:path';
import { parseManifestText } from '../../parse/manifest.js';
import { firstErrorLine, isolatedEnv, type RenderDeps } from '../types.js';

export interface HelmTool {
  path: string;
  /** e.g. "v4.1.4" */
  version: string;
  major: number;
  /** Helm's built-in `.Capabilities.APIVersions`, which `--api-versions` can only add to. */
  defaults: ReadonlySet<string>;
}

/**
 * helm as the renders use it: its path at once, and its probe (version and built-in API list) as a promise, so
 * renders start without waiting for the probe. A probe that finds helm unusable discards the renders (see
 * render/index.ts).
 */
export interface HelmRunner {
  path: string;
  probe: Promise<HelmTool | { missing: string }>;
}

const VERSION = /v?(\d+)\.(\d+)\.(\d+)/;

/** Finds out which helm this is and what it assumes offline. Returns an error text when it cannot be used. */
export async function detectHelm(path: string, deps: RenderDeps): Promise<HelmTool | { error: string }> {
  const scratch = await deps.temp.mkdtemp('kug-helm-probe-');
  try {
    const env = isolatedEnv(scratch);
    // One tiny chart that prints helm's version and its default API list: a single process for the set-up every
    // scan with charts pays. `helm version` runs only when that render does not give a version (an old or
    // broken helm), for its message.
    const chart = join(scratch, 'probe');
    await deps.temp.mkdir(join(chart, 'templates'));
    await deps.temp.writeFile(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: probe\nversion: 0.0.0\n');
    await deps.temp.writeFile(
      join(chart, 'templates', 'probe.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probe\ndata:\n  helm: {{ .Capabilities.HelmVersion.Version | quote }}\n  versions: {{ toJson .Capabilities.APIVersions | quote }}\n',
    );
    const p = await deps.process.run(path, ['template', 'probe', chart], { cwd: scratch, env, timeoutMs: 30_000 });
    const data = p.exitCode === 0 ? (parseManifestText(p.stdout).documents[0]?.body['data'] as Record<string, unknown> | undefined) : undefined;
    let m = typeof data?.['helm'] === 'string' ? VERSION.exec(data['helm']) : null;
    if (!m) {
      const v = await deps.process.run(path, ['version', '--short'], { cwd: scratch, env, timeoutMs: 30_000 });
      m = v.exitCode === 0 ? VERSION.exec(v.stdout) : null;
      if (!m) return { error: `${path} did not report a version (${v.spawnError ?? (firstErrorLine(v.stderr || v.stdout) || 'no output')})` };
    }
    const major = Number(m[1]);
    const version = `v${m[1]}.${m[2]}.${m[3]}`;
    if (major < 3 || (major === 3 && Number(m[2]) < 6)) return { error: `helm ${version} is too old; helm 3.6 or later (or helm 4) is needed for --kube-version` };
    const defaults = new Set<string>();
    try {
      const list = JSON.parse(String(data?.['versions'] ?? '[]')) as unknown;
      if (Array.isArray(list)) for (const x of list) if (typeof x === 'string') defaults.add(x);
    } catch {
      // unknown defaults: no capability notices
    }
    return { path, version, major, defaults };
  } finally {
    await deps.temp.rm(scratch);
  }
}
