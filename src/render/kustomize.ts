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
 * uses it fails to render.
 *
 * Before kustomize runs, everything a kustomization reads is checked here (Preflight): each file or directory any of
 * its fields names, in it and in every base, component, generator and transformer it builds on. A path outside the
 * workspace (links followed), a FIFO or other non-regular file, a remote location (http, git, …), `helmCharts:` or a
 * cycle of kustomizations is a `render-failed` finding at the entry that names it, and kustomize is not started.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import type { FileSystem } from '../ports/index.js';
import { isPlainObject, parseManifestText, type ManifestDocument } from '../parse/manifest.js';
import { WorkspaceBox } from '../workspace/box.js';
import { isolatedEnv, type RenderDeps, type RenderedItem, type ReportPlace } from './types.js';
import { BASE_FIELDS, fieldsOf, isInline, itemsOf, PLUGIN_FIELDS, scalarText, YAML_OPTIONS, type Field, type YDoc } from './kustomize/fields.js';
import { isRemote, KUSTOMIZATION_FILES, show, type KustomizationInfo, type KustomizeOptions, type KustomizeTool, type OverlayRender, type Refusal } from './kustomize/model.js';

export { isRemote, KUSTOMIZATION_FILES, type KustomizationInfo, type KustomizeOptions, type KustomizeTool, type OverlayRender, type Refusal } from './kustomize/model.js';

export interface KustomizePlan {
  infos: Map<string, KustomizationInfo>;
  /** Rendered first: not a base of any other kustomization of the scan. */
  roots: string[];
}

export async function planKustomizations(fs: FileSystem, root: string, dirs: readonly string[]): Promise<KustomizePlan> {
  const check = new Preflight(fs, await WorkspaceBox.open(fs, root));
  const infos = new Map<string, KustomizationInfo>();
  for (const d of dirs) infos.set(d, await check.info(d));
  const usedAsBase = new Set<string>();
  for (const info of infos.values()) for (const b of info.bases) if (b !== info.dir) usedAsBase.add(b);
  const roots = [...infos.values()].filter((i) => !usedAsBase.has(i.dir) && !i.isComponent).map((i) => i.dir);
  // Kustomizations that use one another in a cycle are each other's base, so none of them is a root: the first of
  // each such cycle that no root reaches is rendered, which reports the cycle instead of skipping it.
  const reachable = (from: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    const todo = [...from];
    for (let d = todo.pop(); d !== undefined; d = todo.pop()) {
      if (seen.has(d)) continue;
      seen.add(d);
      todo.push(...(infos.get(d)?.bases ?? []));
    }
    return seen;
  };
  const reached = reachable(roots);
  for (const d of [...infos.keys()].sort()) {
    const info = infos.get(d) as KustomizationInfo;
    if (reached.has(d) || info.isComponent || !reachable(info.bases).has(d)) continue;
    roots.push(d);
    for (const r of reachable([d])) reached.add(r);
  }
  return { infos, roots: roots.sort() };
}

// ---------------------------------------------------------------------------------------------------------------
// What a kustomization reads, checked before kustomize runs. kustomize reads every file a kustomization names (and
// fetches every URL) itself, so each entry of each field that names a file or directory is resolved here through the
// WorkspaceBox: outside the workspace (links followed), not a regular file, or remote is a refusal at the entry's
// line, and kubectl is not started. Bases, components and generator or transformer directories are followed to any
// depth up to MAX_DEPTH; a kustomization reached again while its own bases are being followed is a cycle.
// ---------------------------------------------------------------------------------------------------------------

/** Kustomizations nested deeper than this (a base's base's …) are not followed, and the overlay is not rendered. */
const MAX_DEPTH = 32;

interface Edge {
  abs: string;
  real: string;
  field: Field;
  entry: string;
  line: number | null;
  /** A generators/transformers/validators directory: its resources are plugin configurations. */
  plugin: boolean;
}

/** One kustomization directory as read (before anything it names is followed). */
interface KNode {
  abs: string;
  real: string;
  dir: string;
  file: string;
  present: boolean;
  /** The kustomization file itself may not be read (outside, not regular, several, not YAML). */
  fileProblem: string | null;
  /** The first problem among its own entries. */
  own: Refusal | null;
  edges: Edge[];
  /** Its resources that are files (plugin configurations when it is a generator or transformer directory). */
  resourceFiles: Array<{ real: string; rel: string }>;
  bases: string[];
  remote: Array<{ entry: string; line: number | null }>;
  helmChartsLine: number | null;
  isComponent: boolean;
}

interface Place {
  file: string;
  line: number | null;
}

const helmRefusal = (at: Place): Refusal => ({ ...at, reason: 'it inflates Helm charts (helmCharts:), which would download them; scan the chart itself instead.' });

function remoteRefusal(field: string, entry: string, at: Place): Refusal {
  return {
    ...at,
    reason: `${field} entry ${show(entry)} is a remote location, which is never downloaded; vendor it into the repository to have it checked.`,
    data: { remote: entry, field },
  };
}

class Preflight {
  private readonly nodes = new Map<string, Promise<KNode>>();
  private readonly results = new Map<string, { refusal: Refusal | null; height: number }>();

  constructor(
    private readonly fs: FileSystem,
    private readonly box: WorkspaceBox,
  ) {}

  async info(dir: string): Promise<KustomizationInfo> {
    const fallback = dir === '.' ? 'kustomization.yaml' : `${dir}/kustomization.yaml`;
    const c = await this.box.check(dir, 'directory');
    if (!c.ok) {
      return { dir, file: fallback, bases: [], remote: [], helmChartsLine: null, isComponent: false, error: c.message, refused: { file: fallback, line: null, reason: `${c.message}.` } };
    }
    const node = await this.node(c.abs, c.real);
    const info: KustomizationInfo = {
      dir,
      file: node.file,
      bases: node.bases,
      remote: node.remote,
      helmChartsLine: node.helmChartsLine,
      isComponent: node.isComponent,
      error: node.fileProblem ?? (node.present ? null : 'the kustomization file cannot be read'),
      refused: null,
    };
    if (node.fileProblem) info.refused = { file: node.file, line: null, reason: `${node.fileProblem}.` };
    else if (node.present) info.refused = (await this.deep(node, [], 0)).refusal;
    return info;
  }

  private node(abs: string, real: string): Promise<KNode> {
    let n = this.nodes.get(real);
    if (!n) {
      n = this.read(abs, real);
      this.nodes.set(real, n);
    }
    return n;
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.lstat(path);
      return true;
    } catch {
      return false;
    }
  }

  private async hasKustomization(real: string): Promise<boolean> {
    for (const name of KUSTOMIZATION_FILES) if (await this.exists(join(real, name))) return true;
    return false;
  }

  /** Reads one kustomization and checks its own entries (not yet what its bases name). */
  private async read(abs: string, real: string): Promise<KNode> {
    const dir = this.box.rel(abs);
    const inDir = (name: string): string => (dir === '.' ? name : `${dir}/${name}`);
    const node: KNode = { abs, real, dir, file: inDir('kustomization.yaml'), present: false, fileProblem: null, own: null, edges: [], resourceFiles: [], bases: [], remote: [], helmChartsLine: null, isComponent: false };
    const present: string[] = [];
    for (const name of KUSTOMIZATION_FILES) if (await this.exists(join(abs, name))) present.push(name);
    if (present.length === 0) return node; // kustomize says what is missing
    node.present = true;
    node.file = inDir(present[0] as string);
    let text: string | null = null;
    for (const name of present) {
      const c = await this.box.check(name, 'file', abs);
      if (!c.ok) {
        node.file = inDir(name);
        node.fileProblem = c.message;
        return node;
      }
      if (text === null) {
        try {
          text = new TextDecoder().decode(await this.fs.readFile(c.real));
        } catch {
          node.fileProblem = `${node.file} cannot be read`;
          return node;
        }
      }
    }
    if (present.length > 1) {
      node.fileProblem = `${dir} has more than one kustomization file (${present.join(', ')}), which kustomize refuses`;
      return node;
    }
    const lc = new LineCounter();
    const doc = parseDocument(text ?? '', { ...YAML_OPTIONS, lineCounter: lc });
    if (doc.errors.length > 0 || !isMap(doc.contents)) {
      node.fileProblem = `${node.file} is not valid YAML${doc.errors[0] ? `: ${doc.errors[0].message.split('\n')[0]}` : ' (not a mapping of fields)'}`;
      return node;
    }
    const lineOf = (n: unknown): number | null => {
      const range = (n as { range?: [number, number, number] | null }).range;
      return range ? lc.linePos(range[0]).line : null;
    };
    const note = (r: Refusal | null): void => {
      if (r && !node.own) node.own = r;
    };
    const at = (n: unknown): Place => ({ file: node.file, line: lineOf(n) });
    for (const [field, value, key] of fieldsOf(doc, doc.contents)) {
      switch (field) {
        case 'kind':
          node.isComponent = scalarText(doc, value) === 'Component';
          break;
        case 'resources':
        case 'bases':
        case 'components':
        case 'generators':
        case 'transformers':
        case 'validators':
          for (const item of itemsOf(doc, value)) {
            const entry = scalarText(doc, item);
            if (entry === null) continue;
            if (PLUGIN_FIELDS.has(field) && isInline(entry)) {
              // A literal block (`|`) keeps its lines, so what it names is reported at its own line.
              const literal = isScalar(item) && item.type === 'BLOCK_LITERAL';
              note(await this.pluginText(entry, abs, field, { ...at(item), literal }, null));
              if (!entry.includes('\n')) note(await this.fileEntry(abs, field, entry, at(item)));
              continue;
            }
            note(await this.resourceEntry(node, field, entry, lineOf(item)));
          }
          break;
        case 'crds':
        case 'configurations':
        case 'patchesStrategicMerge':
          for (const item of itemsOf(doc, value)) {
            const entry = scalarText(doc, item);
            if (entry === null) continue;
            if (field === 'patchesStrategicMerge' && isInline(entry) && entry.includes('\n')) continue;
            note(await this.fileEntry(abs, field, entry, at(item)));
          }
          break;
        case 'patches':
        case 'patchesJson6902':
        case 'replacements':
          for (const item of itemsOf(doc, value)) for (const [k, v] of fieldsOf(doc, item)) if (k === 'path') note(await this.scalarFile(doc, abs, `${field} path`, v, at));
          break;
        case 'openapi':
          for (const [k, v] of fieldsOf(doc, value)) if (k === 'path') note(await this.scalarFile(doc, abs, 'openapi path', v, at));
          break;
        case 'configMapGenerator':
        case 'secretGenerator':
          for (const item of itemsOf(doc, value)) note(await this.generatorFiles(doc, abs, field, item, at));
          break;
        case 'helmCharts':
        case 'helmChartInflationGenerator':
          node.helmChartsLine ??= lineOf(key);
          note(helmRefusal(at(key)));
          break;
        default:
          break;
      }
    }
    return node;
  }

  /** A resources/bases/components/generators/… entry: a file, a kustomization directory, or a remote location. */
  private async resourceEntry(node: KNode, field: Field, entry: string, line: number | null): Promise<Refusal | null> {
    const place = { file: node.file, line };
    if (entry.trim() === '') return null;
    if (isRemote(entry)) {
      if (BASE_FIELDS.has(field)) node.remote.push({ entry, line });
      return remoteRefusal(field, entry, place);
    }
    const c = await this.box.check(entry, 'any', node.abs);
    if (!c.ok) return c.reason === 'missing' ? null : { ...place, reason: `${field} entry ${show(entry)}: ${c.message}.`, data: { path: c.rel } };
    let isDirectory: boolean;
    try {
      isDirectory = (await this.fs.stat(c.real)).isDirectory;
    } catch {
      return null;
    }
    if (isDirectory) {
      const plugin = PLUGIN_FIELDS.has(field);
      node.edges.push({ abs: c.abs, real: c.real, field, entry, line, plugin });
      if (BASE_FIELDS.has(field) && (await this.hasKustomization(c.real))) node.bases.push(c.rel);
      return null;
    }
    const f = await this.box.check(entry, 'file', node.abs);
    if (!f.ok) return { ...place, reason: `${field} entry ${show(entry)}: ${f.message}.`, data: { path: f.rel } };
    node.resourceFiles.push({ real: f.real, rel: f.rel });
    return PLUGIN_FIELDS.has(field) ? this.pluginFile(f.real, f.rel, node.abs, field) : null;
  }

  /** An entry that names a file kustomize reads (relative to `from`, the kustomization's directory). */
  private async fileEntry(from: string, field: string, entry: string, place: Place): Promise<Refusal | null> {
    if (entry.trim() === '') return null;
    if (isRemote(entry)) return remoteRefusal(field, entry, place);
    const c = await this.box.check(entry, 'file', from);
    if (c.ok || c.reason === 'missing') return null; // kustomize says what is missing
    return { ...place, reason: `${field} entry ${show(entry)}: ${c.message}.`, data: { path: c.rel } };
  }

  private async scalarFile(doc: YDoc, from: string, field: string, value: unknown, at: (n: unknown) => Place): Promise<Refusal | null> {
    const entry = scalarText(doc, value);
    return entry === null ? null : this.fileEntry(from, field, entry, at(value));
  }

  /** files (`key=path` or `path`), envs and env of a configMapGenerator or secretGenerator (or such a plugin). */
  private async generatorFiles(doc: YDoc, from: string, field: string, item: unknown, at: (n: unknown) => Place): Promise<Refusal | null> {
    for (const [k, v] of fieldsOf(doc, item)) {
      const entries = k === 'env' ? [v] : k === 'files' || k === 'envs' ? itemsOf(doc, v) : [];
      for (const e of entries) {
        const entry = scalarText(doc, e);
        if (entry === null) continue;
        const label = `${field} ${k}`;
        if (isRemote(entry)) return remoteRefusal(label, entry, at(e));
        const path = k === 'files' && entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry;
        const r = await this.fileEntry(from, label, path, at(e));
        if (r) return { ...r, reason: r.reason.replace(show(path), show(entry)) };
      }
    }
    return null;
  }

  private async pluginFile(real: string, rel: string, base: string, field: Field): Promise<Refusal | null> {
    let text: string;
    try {
      text = new TextDecoder().decode(await this.fs.readFile(real));
    } catch {
      return null; // kustomize says why
    }
    return this.pluginText(text, base, field, null, rel);
  }

  /**
   * The files a generator or transformer configuration names (the built-in PatchTransformer, ConfigMapGenerator …
   * read them relative to the kustomization that lists the configuration, `base`). Inline configurations are reported
   * in the kustomization (`inline`: at their own line in a literal block, else at the entry); those of a file at
   * their line in it.
   */
  private async pluginText(text: string, base: string, field: Field, inline: (Place & { literal: boolean }) | null, file: string | null): Promise<Refusal | null> {
    const lc = new LineCounter();
    const at = (n: unknown): Place => {
      const range = (n as { range?: [number, number, number] | null } | null)?.range;
      const line = range ? lc.linePos(range[0]).line : null;
      if (inline) return { file: inline.file, line: inline.literal && inline.line !== null && line !== null ? inline.line + line : inline.line };
      return { file: file ?? '', line };
    };
    for (const doc of parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: lc })) {
      if (!('errors' in doc) || doc.errors.length > 0) continue; // kustomize says why
      for (const [k, v, key] of fieldsOf(doc, doc.contents)) {
        let r: Refusal | null = null;
        if (k === 'kind' && scalarText(doc, v) === 'HelmChartInflationGenerator') r = helmRefusal(at(key));
        else if (k === 'path') r = await this.scalarFile(doc, base, `${field} path`, v, at);
        else if (k === 'paths') {
          for (const item of itemsOf(doc, v)) {
            const entry = scalarText(doc, item);
            if (entry !== null && !(isInline(entry) && entry.includes('\n'))) r ??= await this.fileEntry(base, `${field} paths`, entry, at(item));
          }
        } else if (k === 'files' || k === 'envs' || k === 'env') r = await this.generatorFiles(doc, base, field, doc.contents, at);
        else if (k === 'replacements') {
          for (const item of itemsOf(doc, v)) for (const [k2, v2] of fieldsOf(doc, item)) if (k2 === 'path') r ??= await this.scalarFile(doc, base, `${field} replacements path`, v2, at);
        }
        if (r) return r;
      }
    }
    return null;
  }

  /** The resource files of a generator or transformer directory (and of its bases), as plugin configurations. */
  private async pluginDir(node: KNode, base: string, field: Field, seen: Set<string>, depth: number): Promise<Refusal | null> {
    if (seen.has(node.real) || depth > MAX_DEPTH) return null;
    seen.add(node.real);
    for (const f of node.resourceFiles) {
      const r = await this.pluginFile(f.real, f.rel, base, field);
      if (r) return r;
    }
    for (const e of node.edges) {
      if (e.plugin) continue;
      const r = await this.pluginDir(await this.node(e.abs, e.real), base, field, seen, depth + 1);
      if (r) return r;
    }
    return null;
  }

  /**
   * The first problem in a kustomization or anything it builds on, depth first in the order of its entries; and, when
   * there is none, how many kustomizations deep the chain of bases below it goes (`height`), so that a chain found
   * again from higher up still counts towards MAX_DEPTH.
   */
  private async deep(node: KNode, stack: KNode[], depth: number): Promise<{ refusal: Refusal | null; height: number }> {
    const known = this.results.get(node.real);
    if (known !== undefined) return known;
    let found = node.own;
    let height = 0;
    if (!found) {
      stack.push(node);
      for (const edge of node.edges) {
        const at = stack.findIndex((n) => n.real === edge.real);
        if (at >= 0) {
          found = this.cycle(stack.slice(at));
          break;
        }
        const child = await this.node(edge.abs, edge.real);
        const tooDeep = { file: node.file, line: edge.line, reason: `${edge.field} entry ${show(edge.entry)}: kustomizations nested more than ${MAX_DEPTH} deep are not followed.` };
        if (child.fileProblem) found = { file: node.file, line: edge.line, reason: `${edge.field} entry ${show(edge.entry)}: ${child.fileProblem}.` };
        else if (depth + 1 >= MAX_DEPTH) found = tooDeep;
        else {
          const below = await this.deep(child, stack, depth + 1);
          if (below.refusal) found = below.refusal;
          else if (depth + 1 + below.height >= MAX_DEPTH) found = tooDeep;
          else {
            height = Math.max(height, below.height + 1);
            if (edge.plugin) found = await this.pluginDir(child, node.abs, edge.field, new Set(), 0);
          }
        }
        if (found) break;
      }
      stack.pop();
    }
    const result = { refusal: found, height };
    this.results.set(node.real, result);
    return result;
  }

  /**
   * A cycle, reported the same way whichever of its kustomizations it is found from: starting at the first by name,
   * at its entry that leads to the next.
   */
  private cycle(members: KNode[]): Refusal {
    let k = 0;
    members.forEach((m, i) => {
      if (m.dir < (members[k] as KNode).dir) k = i;
    });
    const ring = [...members.slice(k), ...members.slice(0, k)];
    const first = ring[0] as KNode;
    const next = ring[1 % ring.length] as KNode;
    const names = ring.map((m) => m.dir);
    const chain = [...names, first.dir].join(' → ');
    const reason =
      ring.length === 1
        ? `the kustomization ${first.dir} uses itself (${chain}), a cycle kustomize cannot build.`
        : `the kustomizations ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''} use one another in a cycle (${chain}), which kustomize cannot build.`;
    return { file: first.file, line: first.edges.find((e) => e.real === next.real)?.line ?? null, reason, data: { cycle: names } };
  }
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
  const fail = (reason: string, line: number | null = null, data?: Record<string, unknown>, timedOut = false, file = info.file): OverlayRender => ({
    ok: false,
    documents: 0,
    items: [{
      kind: 'event',
      event: { type: 'render-failed', renderer: 'kustomize', subject: info.dir, reason, data: { ...data, outcome: 'not-rendered' }, ...(timedOut ? { timedOut } : {}) },
      place: { file, line, column: line === null ? null : 1 },
    }],
  });
  // Nothing outside the workspace, nothing remote, no FIFO and no cycle reaches kustomize (see Preflight).
  if (info.refused) return fail(info.refused.reason, info.refused.line, info.refused.data, false, info.refused.file);
  if (info.error) return fail(`${info.error}.`);
  const scratch = await deps.temp.mkdtemp('kug-kustomize-');
  try {
    const build = join(scratch, 'build');
    await deps.temp.mkdir(build);
    const abs = resolve(root, info.dir);
    const rel = relative(build, abs).split(sep).join('/');
    // kustomize takes a path that looks like a repository (`x.git/`, `_git/`, `//`, …) for one and tries to clone it.
    if (isRemote(rel)) return fail(`kustomize would take its path for a remote location (${info.dir}), so it was not rendered.`);
    await deps.temp.writeFile(join(build, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(rel)}\nbuildMetadata: [originAnnotations]\n`);
    const none = opts.loadRestrictor === 'none' ? ['--load-restrictor', 'LoadRestrictionsNone'] : [];
    const args = tool.mode === 'kubectl' ? ['kustomize', ...none, build] : ['build', ...none, build];
    const started = deps.now();
    const r = await deps.process.run(tool.path, args, { cwd: scratch, env: isolatedEnv(scratch, opts.goMaxProcs), timeoutMs: opts.timeoutMs });
    const ok = r.exitCode === 0 && !r.timedOut && r.spawnError === undefined;
    // Workspace paths as the user knows them: relative to the workspace root.
    const clean = (s: string): string => s.split(`${rel}`).join(info.dir).split(build).join('<build>').split(`${root}${sep}`).join('').split(root).join('.');
    deps.observer?.rendered?.({
      renderer: 'kustomize',
      subject: info.dir,
      command: `${tool.mode === 'kubectl' ? 'kubectl kustomize' : 'kustomize build'}${none.length > 0 ? ' --load-restrictor LoadRestrictionsNone' : ''} ${info.dir} (with origin annotations)`,
      durationMs: Math.round(deps.now() - started),
      ok,
      timedOut: r.timedOut,
      stderr: clean(r.stderr),
    });
    if (!ok) {
      if (r.timedOut) return fail(`timed out after ${Math.round(opts.timeoutMs / 1000)} s`, null, undefined, true);
      if (r.spawnError !== undefined) return fail(`the program could not be started (${r.spawnError}).`);
      const box = await WorkspaceBox.open(fs, root);
      const why = await explainFailure(r.stderr, info, box, build, opts.loadRestrictor ?? 'rootOnly');
      if (why) return fail(why.reason, why.line, why.data, false, why.file);
      const reason = clean(lastError(r.stderr)) || `exit code ${r.exitCode}`;
      return fail(reason.endsWith('.') ? reason : `${reason}.`);
    }
    return mapOutput(r.stdout, info, build, opts, await WorkspaceBox.open(fs, root), root);
  } finally {
    await deps.temp.rm(scratch);
  }
}

/**
 * kustomize's error, with the cause in front: its errors nest (`accumulating resources: accumulation err='…':
 * recursed accumulation of path '…': …`) and the cause comes last, so a long one is cut from the front.
 */
function lastError(stderr: string): string {
  const text = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ').replace(/^error:\s*/i, '').replace(/\s+/g, ' ');
  return text.length > 600 ? `…${text.slice(-600)}` : text;
}

/**
 * The cause of a kustomize failure in words, at the kustomization entry that names it, with workspace-relative paths:
 * a file outside the kustomization's directory (kustomize's load restrictor), a missing file or directory, a file
 * that is not valid YAML, a cycle. Null when the error is none of these.
 */
async function explainFailure(
  stderr: string,
  info: KustomizationInfo,
  box: WorkspaceBox,
  build: string,
  restrictor: 'rootOnly' | 'none',
): Promise<{ reason: string; file: string; line: number | null; data: Record<string, unknown> } | null> {
  const text = stderr.replace(/\s+/g, ' ');
  const rel = (p: string): string | null => {
    for (const base of [box.realRoot, box.root]) {
      const r = relative(base, p);
      if (r === '') return '.';
      if (!r.startsWith('..') && !isAbsolute(r)) return r.split(sep).join('/');
    }
    return null;
  };
  const shown = (p: string): string => rel(p) ?? (p.startsWith(build) ? 'the temporary build directory' : 'a path outside the workspace');
  // The kustomization the error happened in: the deepest one kustomize recursed into, else the overlay.
  let dir = info.dir;
  let dirAbs = resolve(box.root, info.dir);
  for (const m of text.matchAll(/recursed accumulation of path '([^']+)'/g)) {
    const r = rel(m[1] as string);
    if (r !== null) {
      dir = r;
      dirAbs = m[1] as string;
    }
  }
  const kfile = await kustomizationFile(box, dir);
  const at = async (entry: string): Promise<{ file: string; line: number | null }> => ({ file: kfile, line: await entryLine(box, kfile, entry) });
  const posixRel = (from: string, to: string): string => relative(from, to).split(sep).join('/');

  const security = /security; file '([^']+)' is not in or below '([^']+)'/.exec(text);
  if (security) {
    const [, file, rootDir] = security as unknown as [string, string, string];
    const kdir = rel(rootDir) ?? dir;
    const kf = await kustomizationFile(box, kdir);
    const entry = posixRel(rootDir, file);
    const where = { file: kf, line: await entryLine(box, kf, entry) };
    const advice = restrictor === 'none' ? '' : ' Move the file into that directory, or scan with --load-restrictor none (which still reads nothing outside the workspace).';
    return {
      ...where,
      reason: `${kf} names ${show(entry)} (${shown(file)}), a file outside the kustomization's directory ${kdir}: kustomize's load restrictor only reads files in or below the kustomization's directory.${advice}`,
      data: { cause: 'load-restrictor', path: rel(file) },
    };
  }
  const yaml = /MalformedYAMLError: (.*?) in File: (\S+)/.exec(text);
  if (yaml) {
    const [, what, name] = yaml as unknown as [string, string, string];
    const abs = resolve(dirAbs, name);
    const file = rel(abs);
    const line = /^yaml: line (\d+): /.exec(what);
    if (file !== null) return { file, line: line ? Number(line[1]) : null, reason: `${file} is not valid YAML (${what.replace(/^yaml: /, '')}); kustomize cannot read it.`, data: { cause: 'invalid-yaml' } };
    return { ...(await at(name)), reason: `${show(name)} is not valid YAML (${what.replace(/^yaml: /, '')}); kustomize cannot read it.`, data: { cause: 'invalid-yaml' } };
  }
  const missing = /lstat ([^:']+): no such file or directory/.exec(text) ?? /open ([^:']+): no such file or directory/.exec(text);
  if (missing) {
    const abs = missing[1] as string;
    const entry = posixRel(dirAbs, abs);
    return { ...(await at(entry)), reason: `${kfile} names ${show(entry)}, but ${shown(abs)} does not exist.`, data: { cause: 'missing', path: rel(abs) } };
  }
  if (/cycle detected|cycle in/i.test(text)) {
    return { file: kfile, line: null, reason: `the kustomizations below ${dir} use one another in a cycle, which kustomize cannot build.`, data: { cause: 'cycle' } };
  }
  return null;
}

/** The kustomization file of a workspace directory, as kustomize picks it (the first that exists). */
async function kustomizationFile(box: WorkspaceBox, dir: string): Promise<string> {
  const inDir = (name: string): string => (dir === '.' ? name : `${dir}/${name}`);
  for (const name of KUSTOMIZATION_FILES) if ((await box.check(inDir(name), 'file')).ok) return inDir(name);
  return inDir('kustomization.yaml');
}

/** The first line of a kustomization file that lists `entry` (as a list item or a `path:` value), or null. */
async function entryLine(box: WorkspaceBox, file: string, entry: string): Promise<number | null> {
  let text: string;
  try {
    text = new TextDecoder().decode(await box.readFile(file));
  } catch {
    return null;
  }
  const esc = entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?:^\\s*-|:|\\[|,)\\s*(["']?)(?:\\./)?${esc}\\1\\s*(?:[,\\]#]|$)`);
  const lines = text.split('\n');
  const i = lines.findIndex((l) => re.test(l.replace(/\r$/, '')));
  return i < 0 ? null : i + 1;
}

async function mapOutput(stdout: string, info: KustomizationInfo, build: string, opts: KustomizeOptions, box: WorkspaceBox, root: string): Promise<OverlayRender> {
  const parsed = parseManifestText(stdout);
  const items: RenderedItem[] = [];
  const sources = new Map<string, ManifestDocument[] | null>();
  const sourceDocs = async (file: string): Promise<ManifestDocument[] | null> => {
    if (!sources.has(file)) {
      try {
        sources.set(file, parseManifestText(new TextDecoder().decode(await box.readFile(file))).documents);
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
    let locate: ReportPlace['locate'];
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
          locate = (path) => (isDeepStrictEqual(valueAt(match.body, path), valueAt(doc.body, path)) ? match.locate(path) : null);
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
    items.push({ kind: 'document', doc, place: { file, line, column, ...(locate ? { locate } : {}) }, data });
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
/** The value at a key path of a document's body (undefined when the path is not there). */
function valueAt(body: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = body;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

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
