/**
 * Pre-rendered input (`--rendered FILE|-`): `helm template` output produced elsewhere. Each document is traced to
 * the template named by its `# Source:` header when that chart is in the workspace (by its Chart.yaml name, then
 * subcharts by alias), at the template's `apiVersion:` line when the text finds exactly one; otherwise it is
 * reported at its line in the rendered file.
 *
 * The input is read only when it is a regular file the WorkspaceBox allows (a path named outside the workspace is
 * the operator's own file and read as given, but never a FIFO or device). An input that cannot be read, or that
 * holds no Kubernetes manifest at all (an empty or failed `helm template`), is reported as a skipped file.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { FileSystem, TempFileSystem } from '../ports/index.js';
import { parseManifestText } from '../parse/manifest.js';
import type { WorkspaceBox } from '../workspace/box.js';
import { prepareChart, type PrepareContext, type PreparedChart } from './prepare.js';
import { locateByText, readRendered } from './source-map.js';
import type { RenderedItem } from './types.js';

/** Scratch space that keeps nothing: prepareChart is used here only to learn a chart's tree and templates. */
const discard: TempFileSystem = {
  mkdtemp: async (prefix) => `/${prefix}unused`,
  mkdir: async () => {},
  writeFile: async () => {},
  rm: async () => {},
};

export interface RenderedInput {
  items: RenderedItem[];
  documents: number;
  /** Workspace charts the input covers (not rendered again). */
  charts: Set<string>;
}

export type LoadedInput =
  | { ok: true; text: string; /** Workspace-relative path, or null. */ inputFile: string | null; label: string }
  | { ok: false; item: RenderedItem }
  /** Standard input was asked for but this run cannot read it. */
  | { ok: false; item: null; message: string };

/** Reads `--rendered FILE|-`. */
export async function loadRenderedInput(rendered: string, box: WorkspaceBox, fs: FileSystem, readStdin: (() => Promise<string>) | undefined): Promise<LoadedInput> {
  const skipped = (file: string | null, reason: string): LoadedInput => ({ ok: false, item: { kind: 'skipped', skipped: { reason, severity: 'warning' }, file } });
  if (rendered === '-') {
    if (!readStdin) return { ok: false, item: null, message: '--rendered -: this run cannot read standard input' };
    return { ok: true, text: await readStdin(), inputFile: null, label: '-' };
  }
  const abs = resolve(box.root, rendered);
  const lexical = relative(box.root, abs);
  if (lexical.startsWith('..') || isAbsolute(lexical)) {
    // Named outside the workspace by whoever runs the scan (e.g. the output of an earlier step): read as given.
    try {
      return { ok: true, text: new TextDecoder().decode(await fs.readFile(abs)), inputFile: null, label: rendered };
    } catch (err) {
      return skipped(null, `pre-rendered input ${rendered} cannot be read (${(err as Error).message})`);
    }
  }
  const c = await box.check(abs, 'file');
  if (!c.ok) return skipped(c.rel, `pre-rendered input (--rendered) that ${c.message.slice(c.rel.length + 1)}`);
  try {
    return { ok: true, text: new TextDecoder().decode(await box.readFile(c.real)), inputFile: c.rel, label: c.rel };
  } catch (err) {
    return skipped(c.rel, `pre-rendered input (--rendered) that cannot be read (${(err as Error).message})`);
  }
}

export async function mapRenderedInput(
  text: string,
  /** Workspace-relative path of the input, or null for standard input or a file outside the workspace. */
  inputFile: string | null,
  /** How the input is named in findings: the workspace-relative path, the path given, or "-". */
  inputLabel: string,
  ctx: Omit<PrepareContext, 'temp' | 'token'>,
  excluded: (file: string) => boolean,
): Promise<RenderedInput> {
  const rendered = readRendered(text, null);
  const parsed = parseManifestText(rendered.text);
  const trees = new Map<string, { dir: string; prepared: PreparedChart } | null>();
  const chartFor = async (name: string): Promise<{ dir: string; prepared: PreparedChart } | null> => {
    if (!trees.has(name)) {
      const dir = (await ctx.chartsNamed(name))[0]?.dir ?? null;
      let value: { dir: string; prepared: PreparedChart } | null = null;
      if (dir !== null) {
        try {
          value = { dir, prepared: await prepareChart(dir, { dropKubeVersion: false }, { ...ctx, temp: discard, token: 'none' }) };
        } catch {
          value = null;
        }
      }
      trees.set(name, value);
    }
    return trees.get(name) ?? null;
  };
  const out: RenderedInput = { items: [], documents: 0, charts: new Set() };
  if (parsed.documents.length === 0 && parsed.problems.length === 0) {
    const reason = `pre-rendered input${inputFile === null ? ` ${inputLabel}` : ''} holds no Kubernetes manifest (is it the output of helm template?)`;
    out.items.push({ kind: 'skipped', skipped: { reason, severity: 'warning' }, file: inputFile });
    return out;
  }
  const locate = async (source: string | null, apiVersion: string | null) => {
    if (source === null) return null;
    const chart = await chartFor(source.split('/')[0] as string);
    if (!chart) return null;
    const place = locateByText(chart.prepared.tree, chart.prepared.files, source, apiVersion);
    if (!place) return null;
    out.charts.add(chart.dir);
    return { chart: chart.dir, place };
  };
  for (const doc of parsed.documents) {
    const source = rendered.sourceAt(doc.position.line);
    const found = await locate(source, doc.apiVersion);
    const data: Record<string, unknown> = { source: 'rendered', template: source, renderedFile: inputLabel, renderedLine: doc.position.line };
    let file: string | null;
    let line: number | null;
    if (found) {
      file = found.place.file;
      line = found.place.line;
      data['chart'] = found.chart;
      if (found.place.archiveEntry !== undefined) data['archiveEntry'] = found.place.archiveEntry;
    } else {
      file = inputFile;
      line = inputFile === null ? null : doc.position.line;
    }
    if (line === null) data['lineUnknown'] = true;
    if (file !== null && excluded(file)) continue;
    out.documents++;
    out.items.push({ kind: 'document', doc, place: { file, line, column: line === null ? null : doc.position.column }, data });
  }
  for (const problem of parsed.problems) {
    const found = await locate(rendered.sourceAt(problem.position.line), null);
    const file = found?.place.file ?? inputFile;
    const line = found ? null : inputFile === null ? null : problem.position.line;
    out.items.push({
      kind: 'problem',
      problem,
      place: { file, line, column: line === null ? null : problem.position.column },
      data: { source: 'rendered', renderedFile: inputLabel, renderedLine: problem.position.line, ...(line === null ? { lineUnknown: true } : {}) },
    });
  }
  return out;
}
