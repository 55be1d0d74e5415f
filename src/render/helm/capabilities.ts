/**
 * The target's capabilities and what the copy could not make answer as the target would. `targetApiVersions`: every
 * group/version and group/version/Kind the target serves (for `--api-versions`); `targetCapabilities`: how a cluster on
 * the target answers `.Capabilities.APIVersions.Has` (for markers.ts rewriteCapabilityChecks). Both are computed once
 * per catalog and target and are pure. `capabilityNotices`: the notices for the checks left unanswered, in templates
 * that rendered.
 */
import type { ApiCatalog } from '../../catalog/api-catalog.js';
import type { CapabilityAnswer } from '../markers.js';
import type { PreparedChart } from '../prepare.js';
import { placeOfFile, resolveSourcePath, type ChartNode } from '../source-map.js';
import type { RenderedItem } from '../types.js';

const apiVersionLists = new WeakMap<ApiCatalog, Map<string, string[]>>();

/** Every group/version and group/version/Kind the target serves, for `--api-versions` (computed once per target). */
export function targetApiVersions(catalog: ApiCatalog, target: string): readonly string[] {
  let byTarget = apiVersionLists.get(catalog);
  if (!byTarget) apiVersionLists.set(catalog, (byTarget = new Map()));
  const known = byTarget.get(target);
  if (known) return known;
  const list = servedApiVersions(catalog, target);
  byTarget.set(target, list);
  return list;
}

const capabilityAnswers = new WeakMap<ApiCatalog, Map<string, CapabilityAnswer>>();

/**
 * How a cluster on the target answers `.Capabilities.APIVersions.Has`: no for every group/version (and
 * group/version/Kind) Kubernetes defines that the target does not serve. Other names (custom resources) keep Helm's
 * offline answer.
 */
export function targetCapabilities(catalog: ApiCatalog, target: string): CapabilityAnswer {
  let byTarget = capabilityAnswers.get(catalog);
  if (!byTarget) capabilityAnswers.set(catalog, (byTarget = new Map()));
  const known = byTarget.get(target);
  if (known) return known;
  const served = new Set(targetApiVersions(catalog, target));
  const groupVersions = new Set(catalog.data.apis.map((e) => e.apiVersion));
  const unservedSet = new Set<string>();
  for (const e of catalog.data.apis) {
    for (const name of [e.apiVersion, `${e.apiVersion}/${e.kind}`]) if (!served.has(name)) unservedSet.add(name);
  }
  const unservedList = [...unservedSet].sort();
  const answer: CapabilityAnswer = {
    unserved(api) {
      if (served.has(api)) return false;
      const parts = api.split('/');
      // group/version/Kind, or core v1/Kind
      const gv = parts.length === 3 || (parts.length === 2 && /^[A-Z]/.test(parts[1] as string)) ? parts.slice(0, -1).join('/') : api;
      return groupVersions.has(gv);
    },
    unservedList,
  };
  byTarget.set(target, answer);
  return answer;
}

function servedApiVersions(catalog: ApiCatalog, target: string): string[] {
  const out = new Set<string>();
  for (const e of catalog.servedIn(target)) {
    out.add(e.apiVersion);
    out.add(`${e.apiVersion}/${e.kind}`);
  }
  return [...out].sort();
}

/**
 * Notices for the `.Capabilities.APIVersions.Has` checks the copy could not make answer as the target would (see
 * rewriteCapabilityChecks), in templates that rendered: a helper (`_*.tpl`) counts when a template of its chart did.
 */
export function capabilityNotices(chart: string, prepared: PreparedChart, target: string, sources: ReadonlySet<string>): RenderedItem[] {
  if (prepared.unanswered.length === 0) return [];
  const renderedFiles = new Set<number>();
  const renderedNodes = new Set<ChartNode>();
  for (const source of sources) {
    const r = resolveSourcePath(prepared.tree, source);
    if (!r) continue;
    renderedNodes.add(r.node);
    const index = r.node.files.get(r.rest);
    if (index !== undefined) renderedFiles.add(index);
  }
  const nodeOf = new Map<number, { node: ChartNode; path: string }>();
  const walk = (node: ChartNode): void => {
    for (const [path, index] of node.files) nodeOf.set(index, { node, path });
    for (const child of node.children) walk(child);
  };
  walk(prepared.tree);
  const items: RenderedItem[] = [];
  for (const u of prepared.unanswered) {
    const at = nodeOf.get(u.file);
    const helper = at !== undefined && /(?:^|\/)_[^/]*$/.test(at.path);
    const renders = helper ? renderedNodes.has(at.node) : renderedFiles.has(u.file);
    if (!renders) continue;
    const file = prepared.files[u.file];
    if (!file) continue;
    const place = placeOfFile(file.origin, u.line, 'text');
    items.push({
      kind: 'event',
      event: { type: 'capabilities-removed-api', chart, apiVersion: null, expression: u.expression, target },
      place: { file: place.file, line: place.line, column: place.line === null ? null : u.column },
    });
  }
  return items;
}
