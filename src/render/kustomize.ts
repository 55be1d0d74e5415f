/**
 * Renders Kustomize overlays with `kubectl kustomize` or `kustomize build`, and maps each resource back to the
 * file and `apiVersion:` line it came from.
 *
 * Kustomize output carries no comments, so the overlay is built through a temporary kustomization that lists it as
 * its only resource and asks for `buildMetadata: [originAnnotations]`: every resource then names its source file,
 * and the resource is found in that file by kind and name (name prefixes and suffixes allowed).
 *
 * Which kustomizations are rendered: those no other kustomization of the scan uses as a base. A base is rendered
 * through its overlays (its files are also read as plain manifests), and on its own only when every overlay that
 * uses it fails to render.
 *
 * Before kustomize runs, everything a kustomization reads is checked here (Preflight): each file or directory any of
 * its fields names, in it and in every base, component, generator and transformer it builds on. A path outside the
 * workspace (links followed), a FIFO or other non-regular file, a remote location (http, git, …), `helmCharts:` or a
 * cycle of kustomizations is a `render-failed` finding at the entry that names it, and kustomize is not started.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileSystem } from '../ports/index.js';
import { WorkspaceBox } from '../workspace/box.js';
import { isolatedEnv, type RenderDeps } from './types.js';
import { isRemote, KUSTOMIZATION_FILES, show, type KustomizationInfo, type KustomizeOptions, type KustomizeTool, type OverlayRender } from './kustomize/model.js';
import { mapOutput } from './kustomize/origin.js';

export { isRemote, KUSTOMIZATION_FILES, type KustomizationInfo, type KustomizeOptions, type KustomizeTool, type OverlayRender, type Refusal } from './kustomize/model.js';
export { planKustomizations, type KustomizePlan } from './kustomize/plan.js';

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

/**
 * kustomize's error, with the cause in front: its errors nest (`accumulating resources: accumulation err='…':
 * recursed accumulation of path '…': …`) and the cause comes last, so a long one is cut from the front.
 */
function lastError(stderr: string): string {
  const text = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ').replace(/^error:\s*/i, '').replace(/\s+/g, ' ');
  return text.length > 600 ? `…${text.slice(-600)}` : text;
}

/**
 * The cause of a kustomize failure in words, at the kustomization entry that names it, with workspace-relative paths:
 * a file outside the kustomization's directory (kustomize's load restrictor), a missing file or directory, a file
 * that is not valid YAML, a cycle. Null when the error is none of these.
 */
async function explainFailure(
  stderr: string,
  info: KustomizationInfo,
  box: WorkspaceBox,
  build: string,
  restrictor: 'rootOnly' | 'none',
): Promise<{ reason: string; file: string; line: number | null; data: Record<string, unknown> } | null> {
  const text = stderr.replace(/\s+/g, ' ');
  const rel = (p: string): string | null => {
    for (const base of [box.realRoot, box.root]) {
      const r = relative(base, p);
      if (r === '') return '.';
      if (!r.startsWith('..') && !isAbsolute(r)) return r.split(sep).join('/');
    }
    return null;
  };
  const shown = (p: string): string => rel(p) ?? (p.startsWith(build) ? 'the temporary build directory' : 'a path outside the workspace');
  // The kustomization the error happened in: the deepest one kustomize recursed into, else the overlay.
  let dir = info.dir;
  let dirAbs = resolve(box.root, info.dir);
  for (const m of text.matchAll(/recursed accumulation of path '([^']+)'/g)) {
    const r = rel(m[1] as string);
    if (r !== null) {
      dir = r;
      dirAbs = m[1] as string;
    }
  }
  const kfile = await kustomizationFile(box, dir);
  const at = async (entry: string): Promise<{ file: string; line: number | null }> => ({ file: kfile, line: await entryLine(box, kfile, entry) });
  const posixRel = (from: string, to: string): string => relative(from, to).split(sep).join('/');

  const security = /security; file '([^']+)' is not in or below '([^']+)'/.exec(text);
  if (security) {
    const [, file, rootDir] = security as unknown as [string, string, string];
    const kdir = rel(rootDir) ?? dir;
    const kf = await kustomizationFile(box, kdir);
    const entry = posixRel(rootDir, file);
    const where = { file: kf, line: await entryLine(box, kf, entry) };
    const advice = restrictor === 'none' ? '' : ' Move the file into that directory, or scan with --load-restrictor none (which still reads nothing outside the workspace).';
    return {
      ...where,
      reason: `${kf} names ${show(entry)} (${shown(file)}), a file outside the kustomization's directory ${kdir}: kustomize's load restrictor only reads files in or below the kustomization's directory.${advice}`,
      data: { cause: 'load-restrictor', path: rel(file) },
    };
  }
  const yaml = /MalformedYAMLError: (.*?) in File: (\S+)/.exec(text);
  if (yaml) {
    const [, what, name] = yaml as unknown as [string, string, string];
    const abs = resolve(dirAbs, name);
    const file = rel(abs);
    const line = /^yaml: line (\d+): /.exec(what);
    if (file !== null) return { file, line: line ? Number(line[1]) : null, reason: `${file} is not valid YAML (${what.replace(/^yaml: /, '')}); kustomize cannot read it.`, data: { cause: 'invalid-yaml' } };
    return { ...(await at(name)), reason: `${show(name)} is not valid YAML (${what.replace(/^yaml: /, '')}); kustomize cannot read it.`, data: { cause: 'invalid-yaml' } };
  }
  const missing = /lstat ([^:']+): no such file or directory/.exec(text) ?? /open ([^:']+): no such file or directory/.exec(text);
  if (missing) {
    const abs = missing[1] as string;
    const entry = posixRel(dirAbs, abs);
    return { ...(await at(entry)), reason: `${kfile} names ${show(entry)}, but ${shown(abs)} does not exist.`, data: { cause: 'missing', path: rel(abs) } };
  }
  if (/cycle detected|cycle in/i.test(text)) {
    return { file: kfile, line: null, reason: `the kustomizations below ${dir} use one another in a cycle, which kustomize cannot build.`, data: { cause: 'cycle' } };
  }
  return null;
}

/** The kustomization file of a workspace directory, as kustomize picks it (the first that exists). */
async function kustomizationFile(box: WorkspaceBox, dir: string): Promise<string> {
  const inDir = (name: string): string => (dir === '.' ? name : `${dir}/${name}`);
  for (const name of KUSTOMIZATION_FILES) if ((await box.check(inDir(name), 'file')).ok) return inDir(name);
  return inDir('kustomization.yaml');
}

/** The first line of a kustomization file that lists `entry` (as a list item or a `path:` value), or null. */
async function entryLine(box: WorkspaceBox, file: string, entry: string): Promise<number | null> {
  let text: string;
  try {
    text = new TextDecoder().decode(await box.readFile(file));
  } catch {
    return null;
  }
  const esc = entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?:^\\s*-|:|\\[|,)\\s*(["']?)(?:\\./)?${esc}\\1\\s*(?:[,\\]#]|$)`);
  const lines = text.split('\n');
  const i = lines.findIndex((l) => re.test(l.replace(/\r$/, '')));
  return i < 0 ? null : i + 1;
}
