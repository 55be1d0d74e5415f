/**
 * One file of the plain scan: decode → parse → document rules. The same function runs on the main thread and in
 * the scan workers, so a file gives the same findings wherever it is checked.
 */
import { componentInputs } from '../components/index.js';
import type { ManifestDocument } from '../parse/manifest.js';
import { parseManifestText } from '../parse/manifest.js';
import { decodeText } from '../parse/decode.js';
import type { Engine } from '../rules/engine.js';

/**
 * Checks one file's bytes (or the error reading it) and returns how many documents it held. `onDocument` sees each
 * Kubernetes object of the file (for the declared clusters' upgrade paths).
 */
export function scanFile(rel: string, bytes: Uint8Array | Error, engine: Engine, onDocument?: (doc: ManifestDocument) => void): number {
  if (bytes instanceof Error) {
    engine.skipped({ reason: `cannot be read (${bytes.message})`, severity: 'warning' }, rel);
    return 0;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    engine.skipped({ reason: decoded.reason, severity: 'warning' }, rel);
    return 0;
  }
  let documents = 0;
  const parsed = parseManifestText(decoded.text);
  for (const p of parsed.problems) engine.problem(p, rel);
  for (const doc of parsed.documents) {
    documents++;
    engine.document(doc, rel);
    onDocument?.(doc);
  }
  // Host files (k3s/RKE2 configs, systemd units, env files) and component settings that cannot be read.
  const host = componentInputs(rel, decoded.text, parsed.documents);
  for (const p of host.problems) engine.problem(p, rel);
  for (const doc of host.documents) {
    documents++;
    engine.document(doc, rel);
  }
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
