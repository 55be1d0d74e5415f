/**
 * kustomize's failures in words. Its errors nest and put the cause last; explainFailure recognises the common causes
 * (a file outside the kustomization's directory under the load restrictor, a missing file or directory, a file that
 * is not valid YAML, a cycle) and says each at the kustomization entry that names it; lastError is the fallback, the
 * error with its cause in front.
 *
 * Guarantees: explainFailure shows a path relative to the workspace or as the kustomization's entry names it, and
 * describes the temporary build directory or a path outside the workspace instead of printing it; it reads only
 * kustomization files, through the WorkspaceBox, to find an entry's line. lastError leaves paths as kustomize printed
 * them: its caller cleans them.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { WorkspaceBox } from '../../workspace/box.js';
import { KUSTOMIZATION_FILES, show, type KustomizationInfo } from './model.js';

/**
 * kustomize's error, with the cause in front: its errors nest (`accumulating resources: accumulation err='…':
 * recursed accumulation of path '…': …`) and the cause comes last, so a long one is cut from the front.
 */
export function lastError(stderr: string): string {
  const text = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ').replace(/^error:\s*/i, '').replace(/\s+/g, ' ');
  return text.length > 600 ? `…${text.slice(-600)}` : text;
}

/**
 * The cause of a kustomize failure in words, at the kustomization entry that names it, with workspace-relative paths:
 * a file outside the kustomization's directory (kustomize's load restrictor), a missing file or directory, a file
 * that is not valid YAML, a cycle. Null when the error is none of these.
 */
export async function explainFailure(
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
