/**
 * One file of the plain scan: decode → parse → document rules. The same function runs on the main thread and in
 * the scan workers, so a file gives the same findings wherever it is checked.
 */
import { componentInputs, readSettings } from '../components/index.js';
import type { ManifestDocument } from '../parse/manifest.js';
import { parseManifestText } from '../parse/manifest.js';
import { decodeText } from '../parse/decode.js';
import type { Engine } from '../rules/engine.js';
import type { InlineDirective } from '../findings/types.js';
import { inlineDirectives } from '../suppress/index.js';
import type { FileSystem } from '../ports/index.js';

/**
 * Checks one file's bytes (or the error reading it) and returns how many documents it held. `onDocument` sees each
 * Kubernetes object of the file (for the declared clusters' upgrade paths); `inline` receives the file's inline
 * suppression comments, if it has any.
 */
export function scanFile(
  rel: string,
  bytes: Uint8Array | Error,
  engine: Engine,
  onDocument?: (doc: ManifestDocument) => void,
  inline?: Map<string, InlineDirective[]>,
): number {
  if (bytes instanceof Error) {
    engine.skipped({ reason: `cannot be read (${bytes.message})`, severity: 'warning' }, rel);
    return 0;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    engine.skipped({ reason: decoded.reason, severity: 'warning' }, rel);
    return 0;
  }
  if (inline) {
    const directives = inlineDirectives(decoded.text);
    if (directives.length > 0) inline.set(rel, directives);
  }
  let documents = 0;
  const parsed = parseManifestText(decoded.text);
  for (const p of parsed.problems) engine.problem(p, rel);
  // Each document's component settings are read once, here, and handed to the rules with it.
  const settings = parsed.documents.map(readSettings);
  parsed.documents.forEach((doc, i) => {
    documents++;
    engine.document(doc, rel, undefined, undefined, settings[i]);
    onDocument?.(doc);
  });
  // Host files (k3s/RKE2 configs, systemd units, env files) and component settings that cannot be read.
  const host = componentInputs(rel, decoded.text, parsed.documents, settings);
  for (const p of host.problems) engine.problem(p, rel);
  host.documents.forEach((doc, i) => {
    documents++;
    engine.document(doc, rel, undefined, undefined, host.settings[i]);
  });
  return documents;
}

/**
 * Reads a file again for the scan rules only: keeps its objects of the kinds they read (a scan worker checked the
 * file and said it held some). Nothing is reported: the worker reported the file's problems.
 */
export function collectFile(rel: string, bytes: Uint8Array | Error, engine: Engine): void {
  if (bytes instanceof Error) return;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return;
  const parsed = parseManifestText(decoded.text);
  for (const doc of parsed.documents) if (engine.scanKinds.has(doc.kind)) engine.collect(doc, rel);
  const host = componentInputs(rel, decoded.text, parsed.documents);
  for (const doc of host.documents) if (engine.scanKinds.has(doc.kind)) engine.collect(doc, rel);
}

/** A file's bytes, or the error reading it (reported as a skipped file, never thrown). */
export async function readOrError(fs: FileSystem, abs: string): Promise<Uint8Array | Error> {
  return fs.readFile(abs).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
}
