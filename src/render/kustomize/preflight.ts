/**
 * Preflight: what a kustomization reads, checked before kustomize runs. kustomize reads every file a kustomization
 * names (and fetches every URL) itself, so each entry of each field that names a file or directory is resolved
 * through the WorkspaceBox (KustomizationReader, read.ts), in the kustomization and in every base, component,
 * generator and transformer it builds on: those are followed here to any depth up to MAX_DEPTH, and a kustomization
 * reached again while its own bases are being followed is a cycle.
 *
 * Guarantees: a path outside the workspace (links followed), a FIFO or other non-regular file, a remote location
 * (http, git, …), `helmCharts:`, a cycle of kustomizations or a chain of bases nested too deep is a Refusal at the
 * file and line of the entry that names it, and then kubectl is not started. Each kustomization is read once per
 * Preflight, and a cycle is reported the same way whichever of its members it is found from.
 */
import type { FileSystem } from '../../ports/index.js';
import type { WorkspaceBox } from '../../workspace/box.js';
import type { Field } from './fields.js';
import { show, type KustomizationInfo, type Refusal } from './model.js';
import { KustomizationReader, type KNode } from './read.js';

/** Kustomizations nested deeper than this (a base's base's …) are not followed, and the overlay is not rendered. */
const MAX_DEPTH = 32;

export class Preflight {
  private readonly nodes = new Map<string, Promise<KNode>>();
  private readonly results = new Map<string, { refusal: Refusal | null; height: number }>();
  private readonly reader: KustomizationReader;

  constructor(
    fs: FileSystem,
    private readonly box: WorkspaceBox,
  ) {
    this.reader = new KustomizationReader(fs, box);
  }

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
      n = this.reader.read(abs, real);
      this.nodes.set(real, n);
    }
    return n;
  }

  /** The resource files of a generator or transformer directory (and of its bases), as plugin configurations. */
  private async pluginDir(node: KNode, base: string, field: Field, seen: Set<string>, depth: number): Promise<Refusal | null> {
    if (seen.has(node.real) || depth > MAX_DEPTH) return null;
    seen.add(node.real);
    for (const f of node.resourceFiles) {
      const r = await this.reader.pluginFile(f.real, f.rel, base, field);
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
