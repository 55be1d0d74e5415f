/**
 * Which kustomizations of a scan are rendered, each checked by Preflight first.
 *
 * Rendered: those no other kustomization of the scan uses as a base (components never on their own). A base is
 * rendered through its overlays (its files are also read as plain manifests), and on its own only when every overlay
 * that uses it fails to render (render/index.ts does that). Kustomizations that use one another in a cycle are each
 * other's base: the first of each cycle that no root reaches is rendered too, so the cycle is reported, not skipped.
 *
 * Guarantees: every directory asked about is in `infos`, with the Refusal Preflight found (if any); `roots` is sorted.
 */
import type { FileSystem } from '../../ports/index.js';
import { WorkspaceBox } from '../../workspace/box.js';
import type { KustomizationInfo } from './model.js';
import { Preflight } from './preflight.js';

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
