/**
 * Running kubectl kustomize or kustomize build on one kustomization. kustomize output carries no comments, so the
 * overlay is built through a temporary kustomization that lists it as its only resource and asks for
 * `buildMetadata: [originAnnotations]`; origin.ts then maps every resource back to its source file and line.
 *
 * Guarantees: a kustomization Preflight refused, or whose path kustomize would take for a remote location, never
 * reaches kustomize; the process runs in a scratch directory with an isolated environment and a time limit, and the
 * scratch directory is removed whatever happens; a failure is a render-failed item with its cause in words
 * (errors.ts) and workspace-relative paths, never a thrown error.
 */
import { join, relative, resolve, sep } from 'node:path';
import type { FileSystem } from '../../ports/index.js';
import { WorkspaceBox } from '../../workspace/box.js';
import { isolatedEnv, type RenderDeps } from '../types.js';
import { explainFailure, lastError } from './errors.js';
import { isRemote, type KustomizationInfo, type KustomizeOptions, type KustomizeTool, type OverlayRender } from './model.js';
import { mapOutput } from './origin.js';


/** Renders one kustomization. Never throws for an overlay problem: those become items. */
export async function renderOverlay(
  info: KustomizationInfo,
  tool: KustomizeTool,
  opts: KustomizeOptions,
  deps: RenderDeps,
  fs: FileSystem,
  root: string,
): Promise<OverlayRender> {
  const fail = (reason: string, line: number | null = null, data?: Record<string, unknown>, timedOut = false, file = info.file): OverlayRender => ({
    ok: false,
    documents: 0,
    items: [{
      kind: 'event',
      event: { type: 'render-failed', renderer: 'kustomize', subject: info.dir, reason, data: { ...data, outcome: 'not-rendered' }, ...(timedOut ? { timedOut } : {}) },
      place: { file, line, column: line === null ? null : 1 },
    }],
  });
  // Nothing outside the workspace, nothing remote, no FIFO and no cycle reaches kustomize (see Preflight).
  if (info.refused) return fail(info.refused.reason, info.refused.line, info.refused.data, false, info.refused.file);
  if (info.error) return fail(`${info.error}.`);
  const scratch = await deps.temp.mkdtemp('kug-kustomize-');
  try {
    const build = join(scratch, 'build');
    await deps.temp.mkdir(build);
    const abs = resolve(root, info.dir);
    const rel = relative(build, abs).split(sep).join('/');
    // kustomize takes a path that looks like a repository (`x.git/`, `_git/`, `//`, …) for one and tries to clone it.
    if (isRemote(rel)) return fail(`kustomize would take its path for a remote location (${info.dir}), so it was not rendered.`);
    await deps.temp.writeFile(join(build, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(rel)}\nbuildMetadata: [originAnnotations]\n`);
    const none = opts.loadRestrictor === 'none' ? ['--load-restrictor', 'LoadRestrictionsNone'] : [];
    const args = tool.mode === 'kubectl' ? ['kustomize', ...none, build] : ['build', ...none, build];
    const started = deps.now();
    const r = await deps.process.run(tool.path, args, { cwd: scratch, env: isolatedEnv(scratch, opts.goMaxProcs), timeoutMs: opts.timeoutMs });
    const ok = r.exitCode === 0 && !r.timedOut && r.spawnError === undefined;
    // Workspace paths as the user knows them: relative to the workspace root.
    const clean = (s: string): string => s.split(`${rel}`).join(info.dir).split(build).join('<build>').split(`${root}${sep}`).join('').split(root).join('.');
    deps.observer?.rendered?.({
      renderer: 'kustomize',
      subject: info.dir,
      command: `${tool.mode === 'kubectl' ? 'kubectl kustomize' : 'kustomize build'}${none.length > 0 ? ' --load-restrictor LoadRestrictionsNone' : ''} ${info.dir} (with origin annotations)`,
      durationMs: Math.round(deps.now() - started),
      ok,
      timedOut: r.timedOut,
      stderr: clean(r.stderr),
    });
    if (!ok) {
      if (r.timedOut) return fail(`timed out after ${Math.round(opts.timeoutMs / 1000)} s`, null, undefined, true);
      if (r.spawnError !== undefined) return fail(`the program could not be started (${r.spawnError}).`);
      const box = await WorkspaceBox.open(fs, root);
      const why = await explainFailure(r.stderr, info, box, build, opts.loadRestrictor ?? 'rootOnly');
      if (why) return fail(why.reason, why.line, why.data, false, why.file);
      const reason = clean(lastError(r.stderr)) || `exit code ${r.exitCode}`;
      return fail(reason.endsWith('.') ? reason : `${reason}.`);
    }
    return mapOutput(r.stdout, info, build, opts, await WorkspaceBox.open(fs, root), root);
  } finally {
    await deps.temp.rm(scratch);
  }
}
