/**
 * Kustomize selects what a patch or replacement applies to by group, version and kind. A selector that names the
 * old version (or the old group, when the migration changes the group, as Ingress's does) stops matching once the
 * object moves, and the patch is silently dropped or the build fails. So before an object is moved, every
 * kustomization of the workspace is read (through the box, never rendered) for such selectors; an object one of
 * them could select is left alone, naming the selector's file and line.
 */
import { join } from 'node:path';
import { isScalar, LineCounter, parseAllDocuments, visit, type YAMLMap } from 'yaml';
import type { FileSystem } from '../ports/index.js';
import { KUSTOMIZATION_FILES } from '../render/kustomize.js';
import type { WorkspaceBox } from '../workspace/box.js';
import type { MoveGuard } from './fix-text.js';
import { decodeText } from '../parse/decode.js';

export interface Selector {
  /** Workspace-relative kustomization file and 1-based line. */
  file: string;
  line: number;
  group: string | null;
  version: string | null;
  kind: string | null;
}

/** Reads the selectors (maps with `kind`, `group` or `version` beside each other) of the kustomizations in `dirs`. */
export async function readSelectors(fs: FileSystem, box: WorkspaceBox, dirs: readonly string[]): Promise<Selector[]> {
  const out: Selector[] = [];
  for (const dir of dirs) {
    for (const name of KUSTOMIZATION_FILES) {
      const c = await box.check(join(box.root, dir, name), 'file');
      if (!c.ok) continue;
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(c.real);
      } catch {
        continue;
      }
      const decoded = decodeText(bytes);
      if (!decoded.ok) continue;
      const lc = new LineCounter();
      for (const doc of parseAllDocuments(decoded.text, { lineCounter: lc })) {
        if (doc.errors.length > 0) continue;
        visit(doc, {
          Map(_k, m: YAMLMap) {
            const get = (key: string): string | null => {
              const p = m.items.find((i) => isScalar(i.key) && i.key.value === key);
              return p && isScalar(p.value) && typeof p.value.value === 'string' ? p.value.value : null;
            };
            const sel = { group: get('group'), version: get('version'), kind: get('kind') };
            if (sel.version === null && sel.group === null) return;
            out.push({ file: c.rel, line: lc.linePos(m.range?.[0] ?? 0).line, ...sel });
          },
        });
      }
    }
  }
  return out;
}

function split(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/**
 * A selector that selects kind at `from` but would not select it at `to`, or null. Unset fields of a selector
 * match anything.
 */
export function brokenSelector(selectors: readonly Selector[], from: string, to: string, kind: string): Selector | null {
  const a = split(from);
  const b = split(to);
  for (const s of selectors) {
    if (s.kind !== null && s.kind !== kind) continue;
    const before = (s.group === null || s.group === a.group) && (s.version === null || s.version === a.version);
    const after = (s.group === null || s.group === b.group) && (s.version === null || s.version === b.version);
    if (before && !after) return s;
  }
  return null;
}

/** The guard `fixText` takes: a move one of `selectors` would stop matching is refused, naming the selector. */
export function selectorGuard(selectors: readonly Selector[]): MoveGuard {
  return (from, to, kind) => {
    const s = brokenSelector(selectors, from, to, kind);
    return s ? `the kustomize selector at ${s.file}:${s.line} picks ${kind} by ${from} and would stop matching: change the object and the selector together by hand` : null;
  };
}
