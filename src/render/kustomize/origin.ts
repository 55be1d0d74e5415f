/**
 * Mapping what kustomize rendered back to where it came from. The overlay is built with
 * `buildMetadata: [originAnnotations]`, so each rendered resource names its source file (or the kustomization whose
 * generator made it); the resource is then found in that file by kind and name (name prefixes and suffixes allowed),
 * which gives its line and column, and a `locate` for paths whose value kustomize left as written.
 *
 * Guarantees: only files inside the workspace are read (through the WorkspaceBox), each at most once per render; a
 * resource that cannot be matched stays at its source file (or the kustomization file) with `lineUnknown`; files the
 * scan excludes are dropped. Never throws for what kustomize printed: unreadable output becomes problem items.
 */
import { relative, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { isPlainObject, parseManifestText, type ManifestDocument } from '../../parse/manifest.js';
import type { WorkspaceBox } from '../../workspace/box.js';
import type { RenderedItem, ReportPlace } from '../types.js';
import type { KustomizationInfo, KustomizeOptions, OverlayRender } from './model.js';

/** kustomize's output as items: each document at the source file and line it came from, each problem at the kustomization. */
export async function mapOutput(stdout: string, info: KustomizationInfo, build: string, opts: KustomizeOptions, box: WorkspaceBox, root: string): Promise<OverlayRender> {
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

/** The value at a key path of a document's body (undefined when the path is not there). */
function valueAt(body: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = body;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
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
