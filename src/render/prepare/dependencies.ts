/**
 * Reading a workspace chart's metadata through the WorkspaceBox, and resolving a dependency that is not vendored,
 * offline: a `file://` repository to that path (inside the workspace, and a chart of the dependency's name); any other
 * to the workspace's chart of that name whose version satisfies the constraint (or else the newest one, reported as a
 * substitute). Nothing is downloaded; a chart already on the chain of dependencies is never taken again.
 */
import { relative, sep } from 'node:path';
import { BoxError, type WorkspaceBox } from '../../workspace/box.js';
import { ChartError, readChartMeta, type ChartDependency, type ChartMeta, type ChartMetaMemo } from '../chart.js';
import { ConstraintError, satisfies } from '../semver.js';
import { compareSemver, parseSemver } from '../../version/index.js';
import type { ChartSource } from './sources.js';
import type { RepoChart, State } from './types.js';

/**
 * Reads a workspace chart's metadata through the box: a Chart.yaml that leads outside the workspace (or is not a
 * regular file) is refused by name; a requirements.yaml the box refuses is not read (the copy reports it).
 */
export async function readRepoChart(box: WorkspaceBox, absDir: string, memo?: ChartMetaMemo): Promise<ChartMeta> {
  const text = async (name: string): Promise<{ text: string } | { refused: string } | null> => {
    try {
      return { text: new TextDecoder().decode(await box.readFile(name, absDir)) };
    } catch (err) {
      return err instanceof BoxError && err.reason !== 'missing' ? { refused: err.message } : null;
    }
  };
  let chart = await text('Chart.yaml');
  if (chart === null) chart = await text('Chart.yml');
  if (chart === null) throw new ChartError('Chart.yaml cannot be read');
  if ('refused' in chart) throw new ChartError(chart.refused);
  const requirements = await text('requirements.yaml');
  const req = requirements !== null && 'text' in requirements ? requirements.text : null;
  return memo ? memo.read(chart.text, req) : readChartMeta(chart.text, req);
}

/** `version` is set when the chart found does not satisfy the dependency's version constraint (a substitute). */
export type Resolution = { dir: string; abs: string; real: string; version?: string | null } | { refused: string | null };

export async function resolveDependency(state: State, source: ChartSource, dep: ChartDependency, chain: string[]): Promise<Resolution> {
  const { ctx, box } = state;
  const repo = dep.repository ?? '';
  if (repo.startsWith('file://')) {
    if (source.abs === null) return { refused: null };
    // Resolved through the box: inside the workspace with every link followed, and a directory.
    const c = await box.check(repo.slice('file://'.length), 'directory', source.abs);
    if (!c.ok) return { refused: c.reason === 'missing' ? null : `${repo}: ${c.message}` };
    if (chain.includes(c.real)) return { refused: null };
    try {
      const meta = await readRepoChart(box, c.abs, state.ctx.charts);
      if (meta.name !== dep.name) return { refused: null };
    } catch (err) {
      if (err instanceof ChartError) return { refused: `${repo}: ${err.message}` };
      throw err;
    }
    // Named by its path in the workspace (by its real path when it was reached through a link from outside).
    const dir = c.rel.startsWith('..') ? toRel(box.realRoot, c.real) : c.rel;
    return { dir, abs: c.abs, real: c.real };
  }
  // By name (and version) among the workspace's charts: sibling charts published from the same repository. When none
  // satisfies the version constraint, the newest chart of that name stands in (and is reported): a sibling chart that
  // moved on renders closer to the truth than no dependency at all.
  const candidates: Array<RepoChart & { v: ReturnType<typeof parseSemver>; abs: string; real: string; matches: boolean }> = [];
  for (const c of await ctx.chartsNamed(dep.name)) {
    const checked = await box.check(c.dir, 'directory');
    if (!checked.ok || chain.includes(checked.real)) continue;
    const matches = dep.version === null || versionMatches(c.version, dep.version);
    candidates.push({ ...c, v: c.version === null ? null : parseSemver(c.version), abs: checked.abs, real: checked.real, matches });
  }
  candidates.sort((a, b) => Number(b.matches) - Number(a.matches) || (a.v && b.v ? compareSemver(b.v, a.v) : a.v ? -1 : b.v ? 1 : 0) || (a.dir < b.dir ? -1 : 1));
  const best = candidates[0];
  if (!best) return { refused: null };
  return { dir: best.dir, abs: best.abs, real: best.real, ...(best.matches ? {} : { version: best.version }) };
}

function versionMatches(version: string | null, constraint: string): boolean {
  if (version === null) return false;
  try {
    return satisfies(version, constraint);
  } catch (err) {
    if (err instanceof ConstraintError) return version === constraint;
    throw err;
  }
}

function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/') || '.';
}
