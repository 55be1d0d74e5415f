/**
 * The component settings of a document, read once and kept with it; and the per-file entry point of the scan: host
 * files (k3s/RKE2 configs, systemd units, environment files) become documents of their own, and settings that
 * cannot be read become parse problems (reported as `invalid-manifest`).
 */
import type { ManifestDocument, ParseProblem } from '../parse/manifest.js';
import { readHostFile } from './host-files.js';
import { readDocument, type DocView } from './manifest-settings.js';
import { emptySettings, type ComponentSettings } from './types.js';

export { isHostConfigPath } from './host-files.js';
export type * from './types.js';
export { KUBE_COMPONENTS } from './types.js';

/**
 * A document's settings are kept on the document itself, under a key only this module knows: several rules ask for
 * them for every document, and a WeakMap costs a hash lookup per ask and ephemeron work in every garbage collection.
 */
const SETTINGS: unique symbol = Symbol('component settings');
type WithSettings = ManifestDocument & { [SETTINGS]?: ComponentSettings };

/**
 * What the readers see of a document. A class rather than an object literal with getters: it is made for every
 * document of a scan, and a literal with accessors is built by a slow runtime path each time.
 */
class DocumentView implements DocView {
  readonly apiVersion: string | null;
  readonly kind: string | null;
  readonly lineText: ((line: number) => string | undefined) | undefined;
  readonly mentions: ((needle: string) => boolean) | undefined;

  constructor(private readonly doc: ManifestDocument) {
    this.apiVersion = doc.apiVersion || null;
    this.kind = doc.kind || null;
    this.lineText = doc.lineText ? (line) => doc.lineText?.(line) : undefined;
    this.mentions = doc.mentions ? (needle) => doc.mentions?.(needle) ?? true : undefined;
  }

  /** Read only by the readers that need it: a document's body may be parsed on first use. */
  get body(): Record<string, unknown> {
    return this.doc.body;
  }

  /** The document's place costs a search (or a parse): taken only when a setting has no place of its own. */
  get origin(): { line: number; column: number } {
    return { line: this.doc.position.line, column: this.doc.position.column };
  }

  locate(path: ReadonlyArray<string | number>): ReturnType<DocView['locate']> {
    return this.doc.locate(path);
  }
}

/** The settings of a document (read on first use). */
export function settingsOf(doc: ManifestDocument): ComponentSettings {
  const d = doc as WithSettings;
  return (d[SETTINGS] ??= doc.apiVersion || doc.kind ? readDocument(new DocumentView(doc)) : emptySettings());
}

/** A document standing for a whole host file (no apiVersion or kind: only the component rules read it). */
function hostDocument(s: ComponentSettings): ManifestDocument {
  const doc: ManifestDocument = {
    docIndex: 0,
    itemIndex: null,
    apiVersion: '',
    kind: '',
    name: null,
    namespace: null,
    position: { line: 1, column: 1 },
    body: {},
    locate: () => null,
  };
  (doc as WithSettings)[SETTINGS] = s;
  return doc;
}

/**
 * What the scan adds for one file: a document for a host file, and a problem for each setting of the file's
 * documents (or of the host file) that could not be read.
 */
export function componentInputs(rel: string, text: string, documents: readonly ManifestDocument[]): { documents: ManifestDocument[]; problems: ParseProblem[] } {
  const extra: ManifestDocument[] = [];
  const problems: ParseProblem[] = [];
  const host = documents.length === 0 ? readHostFile(rel, text) : null;
  if (host) {
    for (const p of host.settings.problems) problems.push({ docIndex: 0, position: toPosition(p.place()), message: p.message });
    extra.push(hostDocument(host.settings));
  }
  for (const doc of documents) {
    for (const p of settingsOf(doc).problems) problems.push({ docIndex: doc.docIndex, position: toPosition(p.place()), message: p.message });
  }
  return { documents: extra, problems };
}

function toPosition(p: { line: number; column: number | null }): { line: number; column: number } {
  return { line: p.line, column: p.column ?? 1 };
}
