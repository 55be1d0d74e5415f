/**
 * Renders Kustomize overlays with `kubectl kustomize` or `kustomize build`, and maps each resource back to the
 * file and `apiVersion:` line it came from.
 *
 * Kustomize output carries no comments, so the overlay is built through a temporary kustomization that lists it as
 * its only resource and asks for `buildMetadata: [originAnnotations]`: every resource then names its source file,
 * and the resource is found in that file by kind and name (name prefixes and suffixes allowed).
 *
 * Which kustomizations are rendered: those no other kustomization of the scan uses as a base. A base is rendered
 * through its overlays (its files are also read as plain manifests), and on its own only when every overlay that
 * uses it fails to render. Remote bases and `helmCharts:` are never fetched: such an overlay is `render-failed`.
 */
import { join, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { FileSystem } from '../app/ports.js';
import { isPlainObject, parseManifestText, type ManifestDocument } from '../parse/manifest.js';
import { firstErrorLine, isolatedEnv, type RenderDeps, type RenderedItem } from './types.js';

export interface KustomizeTool {
  path: string;
  mode: 'kubectl' | 'kustomize';
}

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface KustomizationInfo {
  dir: string;
  /** Workspace-relative kustomization file. */
  file: string;
  /** Local directories it builds on that are kustomizations (workspace-relative). */
  bases: string[];
  remote: Array<{ entry: string; line: number | null }>;
  helmChartsLine: number | null;
  isComponent: boolean;
  error: string | null;
}

export interface KustomizePlan {
  infos: Map<string, KustomizationInfo>;
  /** Rendered first: not a base of any other kustomization of the scan. */
  roots: string[];
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|[a-z0-9.-]+\.(?:com|org|io|net)\/)|\?ref=|\?version=/i;

export async function readKustomization(fs: FileSystem, root: string, dir: string): Promise<KustomizationInfo> {
  const abs = resolve(root, dir);
  const info: KustomizationInfo = { dir, file: dir === '.' ? 'kustomization.yaml' : `${dir}/kustomization.yaml`, bases: [], remote: [], helmChartsLine: null, isComponent: false, error: null };
  let text: string | null = null;
  for (const name of KUSTOMIZATION_FILES) {
    try {
      text = new TextDecoder().decode(await fs.readFile(join(abs, name)));
      info.file = dir === '.' ? name : `${dir}/${name}`;
      break;
    } catch {
      // try the next name
    }
  }
  if (text === null) {
    info.error = 'the kustomization file cannot be read';
    return info;
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    info.error = `the kustomization file is not valid YAML${doc.errors[0] ? `: ${doc.errors[0].message.split('\n')[0]}` : ''}`;
    return info;
  }
  const kind = doc.get('kind');
  info.isComponent = kind === 'Component';
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.value === 'helmCharts' && pair.key.range) info.helmChartsLine = lc.linePos(pair.key.range[0]).line;
  }
  for (const field of ['resources', 'bases', 'components']) {
    const seq = doc.get(field, true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const entry = item.value;
      const line = item.range ? lc.linePos(item.range[0]).line : null;
      if (REMOTE.test(entry)) {
        info.remote.push({ entry, line });
        continue;
      }
      const target = resolve(abs, entry);
      try {
        if (!(await fs.stat(target)).isDirectory) continue;
      } catch {
        continue; // a missing path: kustomize reports it
      }
      for (const name of KUSTOMIZATION_FILES) {
        try {
          if ((await fs.stat(join(target, name))).isFile) {
            info.bases.push(toRel(root, target));
            break;
          }
        } catch {
          // not this name
        }
      }
    }
  }
  return info;
}

export async function planKustomizations(fs: FileSystem, root: string, dirs: readonly string[]): Promise<KustomizePlan> {
  const infos = new Map<string, KustomizationInfo>();
  for (const d of dirs) infos.set(d, await readKustomization(fs, root, d));
  const usedAsBase = new Set<string>();
  for (const info of infos.values()) for (const b of info.bases) if (b !== info.dir) usedAsBase.add(b);
  const roots = [...infos.values()].filter((i) => !usedAsBase.has(i.dir) && !i.isComponent).map((i) => i.dir);
  return { infos, roots };
}

export interface KustomizeOptions {
  timeoutMs: number;
  excluded(file: string): boolean;
  /** GOMAXPROCS for each kubectl/kustomize process (see isolatedEnv); unset: Go's default. */
  goMaxProcs?: number;
}

export interface OverlayRender {
  items: RenderedItem[];
  documents: number;
  ok: boolean;
}

/** Renders one kustomization. Never throws for an overlay problem: those become items. */
export async function renderOverlay(
  info: KustomizationInfo,
  tool: KustomizeTool,
  opts: KustomizeOptions,
  deps: RenderDeps,
  fs: FileSystem,
  root: string,
): Promise<OverlayRender> {
  const fail = (reason: string, line: number | null = null, data?: Record<string, unknown>, timedOut = false): OverlayRender => ({
    ok: false,
    documents: 0,
    items: [{
      kind: 'event',
      event: { type: 'render-failed', renderer: 'kustomize', subject: info.dir, reason, ...(data ? { data } : {}), ...(timedOut ? { timedOut } : {}) },
      place: { file: info.file, line, column: line === null ? null : 1 },
    }],
  });
  if (info.error) return fail(`${info.error}.`);
  const remote = info.remote[0];
  if (remote) {
    return fail(`it uses the remote resource "${remote.entry}", and nothing is downloaded; render it where the network is allowed, or vendor the base.`, remote.line, { remote: remote.entry });
  }
  if (info.helmChartsLine !== null) {
    return fail('it inflates Helm charts (helmCharts:), which would download them; scan the chart itself instead.', info.helmChartsLine);
  }
  const scratch = await deps.temp.mkdtemp('kug-kustomize-');
  try {
    const build = join(scratch, 'build');
    await deps.temp.mkdir(build);
    const abs = resolve(root, info.dir);
    const rel = relative(build, abs).split(sep).join('/');
    await deps.temp.writeFile(join(build, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(rel)}\nbuildMetadata: [originAnnotations]\n`);
    const args = tool.mode === 'kubectl' ? ['kustomize', build] : ['build', build];
    const started = deps.now();
    const r = await deps.process.run(tool.path, args, { cwd: scratch, env: isolatedEnv(scratch, opts.goMaxProcs), timeoutMs: opts.timeoutMs });
    const ok = r.exitCode === 0 && !r.timedOut && r.spawnError === undefined;
    // Workspace paths as the user knows them: relative to the workspace root.
    const clean = (s: string): string => s.split(`${rel}`).join(info.dir).split(build).join('<build>').split(`${root}${sep}`).join('').split(root).join('.');
    deps.observer?.rendered?.({
      renderer: 'kustomize',
      subject: info.dir,
      command: `${tool.mode === 'kubectl' ? 'kubectl kustomize' : 'kustomize build'} ${info.dir} (with origin annotations)`,
      durationMs: Math.round(deps.now() - started),
      ok,
      timedOut: r.timedOut,
      stderr: clean(r.stderr),
    });
    if (!ok) {
      if (r.timedOut) return fail(`timed out after ${Math.round(opts.timeoutMs / 1000)} s`, null, undefined, true);
      const reason = r.spawnError !== undefined ? `the program could not be started (${r.spawnError})` : clean(firstErrorLine(r.stderr)) || `exit code ${r.exitCode}`;
      return fail(reason.endsWith('.') ? reason : `${reason}.`);
    }
    return mapOutput(r.stdout, info, build, opts, fs, root);
  } finally {
    await deps.temp.rm(scratch);
  }
}

async function mapOutput(stdout: string, info: KustomizationInfo, build: string, opts: KustomizeOptions, fs: FileSystem, root: string): Promise<OverlayRender> {
  const parsed = parseManifestText(stdout);
  const items: RenderedItem[] = [];
  const sources = new Map<string, ManifestDocument[] | null>();
  const sourceDocs = async (file: string): Promise<ManifestDocument[] | null> => {
    if (!sources.has(file)) {
      try {
        sources.set(file, parseManifestText(new TextDecoder().decode(await fs.readFile(resolve(root, file)))).documents);
      } catch {
        sources.set(file, null);
      }
    }
    return sources.get(file) ?? null;
  };
  let documents = 0;
  for (const doc of parsed.documents) {
    const origin = originOf(doc);
    let file = info.file;
    let line: number | null = null;
    let column: number | null = null;
    const data: Record<string, unknown> = { source: 'kustomize', kustomization: info.dir };
    if (origin?.path && !origin.repo) {
      const abs = resolve(build, origin.path);
      const rel = relative(root, abs);
      if (!rel.startsWith('..') && !rel.startsWith(sep)) {
        file = rel.split(sep).join('/');
        const match = pickSource(await sourceDocs(file), doc);
        if (match) {
          line = match.position.line;
          column = match.position.column;
        }
      }
    } else if (origin?.configuredIn) {
      const rel = relative(root, resolve(build, origin.configuredIn));
      if (!rel.startsWith('..')) file = rel.split(sep).join('/');
      data['generatedBy'] = origin.configuredBy ?? null;
    }
    if (line === null) {
      data['lineUnknown'] = true;
      data['lineNote'] = 'the resource could not be matched to a document of its source file';
    }
    if (opts.excluded(file)) continue;
    documents++;
    items.push({ kind: 'document', doc, place: { file, line, column }, data });
  }
  for (const problem of parsed.problems) {
    items.push({ kind: 'problem', problem, place: { file: info.file, line: null, column: null }, data: { source: 'kustomize', kustomization: info.dir, renderedLine: problem.position.line, lineUnknown: true } });
  }
  return { ok: true, items, documents };
}

interface Origin {
  path?: string;
  repo?: string;
  configuredIn?: string;
  configuredBy?: unknown;
}

function originOf(doc: ManifestDocument): Origin | null {
  const metadata = doc.body['metadata'];
  if (!isPlainObject(metadata)) return null;
  const annotations = metadata['annotations'];
  if (!isPlainObject(annotations)) return null;
  const text = annotations['config.kubernetes.io/origin'];
  if (typeof text !== 'string') return null;
  try {
    const v = parseDocument(text).toJS() as unknown;
    return isPlainObject(v) ? (v as Origin) : null;
  } catch {
    return null;
  }
}

/** The document of the source file a rendered resource came from: same kind, and the name with any prefix or suffix. */
function pickSource(docs: ManifestDocument[] | null, rendered: ManifestDocument): ManifestDocument | null {
  if (!docs) return null;
  const sameKind = docs.filter((d) => d.kind === rendered.kind);
  if (sameKind.length === 1) return sameKind[0] ?? null;
  const name = rendered.name ?? '';
  const exact = sameKind.find((d) => d.name === name);
  if (exact) return exact;
  const within = sameKind.filter((d) => d.name !== null && d.name !== '' && name.includes(d.name));
  within.sort((a, b) => (b.name?.length ?? 0) - (a.name?.length ?? 0));
  return within[0] ?? null;
}

function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/') || '.';
}
