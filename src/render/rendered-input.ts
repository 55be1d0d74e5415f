/**
 * Pre-rendered input (`--rendered FILE|-`): `helm template` output produced elsewhere. Each document is traced to
 * the template named by its `# Source:` header when that chart is in the workspace (by its Chart.yaml name, then
 * subcharts by alias), at the template's `apiVersion:` line when the text finds exactly one; otherwise it is
 * reported at its line in the rendered file.
 */
import type { TempFileSystem } from '../app/ports.js';
import { parseManifestText } from '../parse/manifest.js';
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
