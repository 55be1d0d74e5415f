/**
 * Reading one kustomization for Preflight: its file (it must be a single regular file inside the workspace, and valid
 * YAML) and each entry of each field that names a file, a directory or a remote location, checked through the
 * WorkspaceBox. What it names is recorded (edges to directories, bases, remote entries, resource files) but not yet
 * followed; Preflight follows it.
 *
 * Guarantees: the first problem among its own entries is kept as a Refusal at the file and line of the entry (an
 * inline generator or transformer at its line in the kustomization, a plugin configuration file at its own line);
 * nothing outside the workspace is read and nothing remote is fetched.
 */
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import type { FileSystem } from '../../ports/index.js';
import type { WorkspaceBox } from '../../workspace/box.js';
import { BASE_FIELDS, fieldsOf, isInline, itemsOf, PLUGIN_FIELDS, scalarText, YAML_OPTIONS, type Field, type YDoc } from './fields.js';
import { isRemote, KUSTOMIZATION_FILES, show, type Refusal } from './model.js';

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
export interface KNode {
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

/** Reads kustomizations and checks their own entries; the caller follows what they name (and caches nodes). */
export class KustomizationReader {
  constructor(
    private readonly fs: FileSystem,
    private readonly box: WorkspaceBox,
  ) {}

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
  async read(abs: string, real: string): Promise<KNode> {
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

  async pluginFile(real: string, rel: string, base: string, field: Field): Promise<Refusal | null> {
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
}
