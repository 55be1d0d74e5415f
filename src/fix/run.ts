/**
 * `fix`: rewrites the manifests under the given paths whose API migration at the target release is mechanical and
 * safe, and says, one line per object with file:line, what it changed and what it left for a person. Helm chart
 * templates are never rewritten: the change is suggested at the template's line. With --dry-run nothing is written
 * and the changes are printed as a unified diff.
 *
 * Every path goes through the workspace box: a file is read and written only when its real path is a regular file
 * inside the workspace. Exit codes: 0 nothing left to fix, 1 something needs a person, 2 usage.
 */
import { join, resolve } from 'node:path';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import type { FileSystem } from '../ports/index.js';
import { discover, DEFAULT_EXCLUDED_DIRS } from '../discovery/discover.js';
import { resolveScanSettings, DEFAULT_MAX_FILE_BYTES } from '../settings/scan.js';
import { DiscoveryError, SettingsError } from '../ports/errors.js';
import { WorkspaceBox } from '../workspace/box.js';
import { decodeText } from '../parse/decode.js';
import { logLine } from '../reporters/text.js';
import { describeWriteError, isClosedPipe } from '../platform/output.js';
import { unifiedDiff } from './diff.js';
import { fixText, type Outcome } from './fix-text.js';
import { templateAdvice } from './migrations.js';
import { templateObjects } from './templates.js';
import { atomicFixWriter, type FixWriter } from './write.js';
import { readSelectors, selectorGuard } from './kustomize-targets.js';

export interface FixCommand {
  command: 'fix';
  paths: string[];
  target: string | undefined;
  root: string | undefined;
  dryRun: boolean;
}

export interface FixDeps {
  cwd: string;
  fs: FileSystem;
  catalog: ApiCatalog;
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  /** Replaces a file whole; default: a temporary file beside it, renamed over it. */
  write?: FixWriter;
}

const FIX_OK = 0;
const FIX_REMAINS = 1;
const FIX_USAGE = 2;

/** The files `fix` rewrites: YAML and JSON manifests. */
export const MANIFEST = /\.(ya?ml|json)$/i;
const TEMPLATE = /\.(ya?ml|json|tpl)$/i;

/** What a run found, counted for the summary and the exit code. */
interface Tally {
  changed: number;
  files: number;
  remaining: number;
}

export async function fixMain(cmd: FixCommand, deps: FixDeps): Promise<number> {
  const usage = (message: string): number => {
    deps.stderr(`${logLine(`kube-upgrade-gate: ${message}`)}\n`);
    return FIX_USAGE;
  };
  const root = resolve(deps.cwd, cmd.root ?? '.');
  const rootStat = await deps.fs.stat(root).catch(() => null);
  if (!rootStat?.isDirectory) return usage(`--root "${cmd.root ?? '.'}" is not a directory`);
  const box = await WorkspaceBox.open(deps.fs, root);
  const given = cmd.paths.length > 0 ? cmd.paths : ['.'];
  const rels: string[] = [];
  for (const p of given) {
    const c = await box.check(resolve(deps.cwd, p), 'any');
    if (!c.ok) return usage(c.reason === 'missing' ? `path "${p}" does not exist` : `path "${p}" ${c.message.slice(c.rel.length + 1)}`);
    rels.push(c.rel);
  }
  let target: string;
  let found;
  try {
    target = resolveScanSettings({ root, paths: rels, target: cmd.target }, deps.catalog, {
      target: '--target', current: '--current', failOn: '--fail-on', maxFileBytes: '--max-file-bytes',
    }).target;
    found = await discover(deps.fs, { root, paths: rels, include: [], exclude: [], maxFileBytes: DEFAULT_MAX_FILE_BYTES });
  } catch (err) {
    if (err instanceof SettingsError || err instanceof DiscoveryError) return usage(err.message);
    throw err;
  }

  // Kustomize selectors anywhere in the workspace may pick objects by their old version.
  const everywhere = rels.length === 1 && rels[0] === '.' ? found : await discover(deps.fs, { root, paths: ['.'], include: [], exclude: [], maxFileBytes: DEFAULT_MAX_FILE_BYTES });
  const guard = selectorGuard(await readSelectors(deps.fs, box, everywhere.kustomizations));

  const out: string[] = [];
  const line = (text: string): void => {
    out.push(logLine(text));
  };
  const tally: Tally = { changed: 0, files: 0, remaining: 0 };
  const write = deps.write ?? atomicFixWriter;
  const seen = new Set<string>();
  const templates: Array<{ real: string; rel: string }> = [];

  for (const s of found.skipped) line(`${s.rel}: skipped: ${s.reason}`);
  for (const f of found.files) {
    if (!MANIFEST.test(f.rel)) continue;
    const c = await box.check(f.abs, 'file');
    if (!c.ok) {
      line(`${c.rel}: skipped: ${c.message.slice(c.rel.length + 1)}`);
      continue;
    }
    if (seen.has(c.real)) continue;
    seen.add(c.real);
    if (await underChartTemplates(box, c.rel)) {
      templates.push({ real: c.real, rel: c.rel });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await deps.fs.readFile(c.real);
    } catch (err) {
      line(`${c.rel}: skipped: cannot be read (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const before = manifestText(bytes);
    if (before === null) continue; // not a text manifest: the scan reports it
    const result = fixText(before, target, deps.catalog, guard);
    if (result.text !== before) {
      if (cmd.dryRun) {
        for (const d of unifiedDiff(c.rel, before, result.text).split('\n').slice(0, -1)) line(d.endsWith('\r') ? d.slice(0, -1) : d);
      } else {
        try {
          await write(c.real, result.text);
        } catch (err) {
          line(`${c.rel}: not changed: cannot write the file: ${describeWriteError(err)}`);
          tally.remaining += result.outcomes.length;
          continue;
        }
      }
      tally.files++;
    }
    report(c.rel, result.outcomes, cmd.dryRun, line, tally);
  }

  for (const chart of found.charts) await collectTemplates(deps.fs, box, join(root, chart, 'templates'), templates, seen);
  templates.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const t of templates) {
    let bytes: Uint8Array;
    try {
      bytes = await deps.fs.readFile(t.real);
    } catch {
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) continue;
    const advice: Outcome[] = [];
    for (const hit of templateObjects(decoded.text)) {
      const text = templateAdvice(hit.apiVersion, hit.kind, target, deps.catalog);
      if (text) advice.push({ type: 'advice', line: hit.line, text });
    }
    report(t.rel, advice, cmd.dryRun, line, tally);
  }

  const objects = (n: number): string => `${n} object${n === 1 ? '' : 's'}`;
  const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`;
  line(
    `${cmd.dryRun ? 'would change' : 'changed'} ${objects(tally.changed)} in ${files(tally.files)} for Kubernetes ${target}` +
      (tally.remaining > 0 ? `; ${tally.remaining} left for a person (see above)` : ''),
  );
  try {
    await deps.stdout(`${out.join('\n')}\n`);
  } catch (err) {
    if (!isClosedPipe(err)) throw err;
  }
  return tally.remaining > 0 ? FIX_REMAINS : FIX_OK;
}

function report(rel: string, outcomes: readonly Outcome[], dryRun: boolean, line: (t: string) => void, tally: Tally): void {
  for (const o of outcomes) {
    if (o.type === 'changed') {
      tally.changed++;
      line(`${rel}:${o.line}: ${o.object}: ${dryRun ? 'would change' : 'changed'} apiVersion ${o.from} to ${o.to}${o.note ? ` (${o.note})` : ''}`);
    } else if (o.type === 'refused') {
      tally.remaining++;
      line(`${rel}:${o.line}: ${o.object} (${o.apiVersion}) left as it is: ${o.why}`);
    } else {
      tally.remaining++;
      line(`${rel}:${o.line}: ${o.text}`);
    }
  }
}

/** A manifest's bytes as the text `fixText` takes (UTF-8, a byte-order mark kept as U+FEFF); null when not UTF-8 text. */
export function manifestText(bytes: Uint8Array): string | null {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return null;
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return hasBom ? `\ufeff${decoded.text}` : decoded.text;
}

/** Whether a workspace-relative file lies under the templates/ directory of a chart (a directory with a Chart.yaml). */
export async function underChartTemplates(box: WorkspaceBox, rel: string): Promise<boolean> {
  const parts = rel.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== 'templates') continue;
    const dir = parts.slice(0, i).join('/') || '.';
    for (const name of ['Chart.yaml', 'Chart.yml']) {
      if ((await box.check(`${dir}/${name}`, 'file')).ok) return true;
    }
  }
  return false;
}

/** The template files under a chart's templates/ directory, through the box (links out, FIFOs and loops skipped). */
async function collectTemplates(
  fs: FileSystem,
  box: WorkspaceBox,
  dir: string,
  into: Array<{ real: string; rel: string }>,
  seen: Set<string>,
  visited = new Set<string>(),
): Promise<void> {
  const d = await box.check(dir, 'directory');
  if (!d.ok || visited.has(d.real)) return;
  visited.add(d.real);
  let entries;
  try {
    entries = await fs.readdir(d.real);
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = join(dir, e.name);
    const c = await box.check(abs, 'any');
    if (!c.ok) continue;
    const st = await fs.stat(c.real).catch(() => null);
    if (st?.isDirectory) {
      if (!DEFAULT_EXCLUDED_DIRS.has(e.name)) await collectTemplates(fs, box, abs, into, seen, visited);
    } else if (TEMPLATE.test(e.name)) {
      const f = await box.check(abs, 'file');
      if (f.ok && !seen.has(f.real)) {
        seen.add(f.real);
        into.push({ real: f.real, rel: f.rel });
      }
    }
  }
}
