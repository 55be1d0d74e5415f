/**
 * The component settings of a document; and the per-file entry point of the scan: host files (k3s/RKE2 configs,
 * systemd units, environment files) become documents of their own, and settings that cannot be read become parse
 * problems (reported as `invalid-manifest`). Nothing is cached here: the pipeline reads a document's settings once
 * and hands them to the engine with the document (see scanFile in src/app/scan-file.ts).
 */
import type { ManifestDocument, ParseProblem } from '../parse/manifest.js';
import { readHostFile } from './host-files.js';
import { readDocument, type DocView } from './manifest-settings.js';
import { emptySettings, type ComponentSettings } from './types.js';

export { isHostConfigPath } from './host-files.js';
export type * from './types.js';
export { KUBE_COMPONENTS } from './types.js';

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

/** The settings of a document: the flags, feature gates and config-file API versions a component reads from it. */
export function readSettings(doc: ManifestDocument): ComponentSettings {
  return doc.apiVersion || doc.kind ? readDocument(new DocumentView(doc)) : emptySettings();
}

/** A document standing for a whole host file (no apiVersion or kind: only the component rules read it). */
function hostDocument(): ManifestDocument {
  return {
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
}

/** A host file of the scan (k3s/RKE2 config, systemd unit, environment file) as a document with its settings, or null. */
function hostInput(rel: string, text: string): { document: ManifestDocument; settings: ComponentSettings } | null {
  const host = readHostFile(rel, text);
  return host ? { document: hostDocument(), settings: host.settings } : null;
}

/** The settings of a document that could not be read, as parse problems of the document. */
function settingsProblems(doc: ManifestDocument, settings: ComponentSettings): ParseProblem[] {
  return settings.problems.map((p) => ({ docIndex: doc.docIndex, position: toPosition(p.place()), message: p.message }));
}

/**
 * What the scan adds for one file besides its documents: a document for a host file (with its settings), and a
 * problem for each setting of the file's documents (or of the host file) that could not be read. `settings` are the
 * file's documents' settings, in order, when the caller has read them already.
 */
export function componentInputs(
  rel: string,
  text: string,
  documents: readonly ManifestDocument[],
  settings: readonly ComponentSettings[] = documents.map(readSettings),
): { documents: ManifestDocument[]; settings: ComponentSettings[]; problems: ParseProblem[] } {
  const host = documents.length === 0 ? hostInput(rel, text) : null;
  const problems: ParseProblem[] = [];
  if (host) for (const p of settingsProblems(host.document, host.settings)) problems.push(p);
  documents.forEach((doc, i) => {
    for (const p of settingsProblems(doc, settings[i] ?? readSettings(doc))) problems.push(p);
  });
  return { documents: host ? [host.document] : [], settings: host ? [host.settings] : [], problems };
}

function toPosition(p: { line: number; column: number | null }): { line: number; column: number } {
  return { line: p.line, column: p.column ?? 1 };
}
