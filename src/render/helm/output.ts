/**
 * Reads a successful render back to the chart: each document of `helm template`'s output is placed on its template
 * line by the marker its `apiVersion:` line carries, or else by its `# Source:` comment and text (source-map.ts); each
 * YAML problem of the output is numbered within its template's own output and placed on the template line when that
 * can be told for sure. Documents of files the plain scan read, and of excluded files, are left out. Pure: no I/O.
 */
import { parseManifestText } from '../../parse/manifest.js';
import type { PreparedChart } from '../prepare.js';
import { locateByText, placeOfFile, readRendered, resolveSourcePath, type Place } from '../source-map.js';
import type { RenderedItem } from '../types.js';
import type { HelmOptions, RunOutcome } from './types.js';

/** Maps every document of a successful render to its template line. */
export function mapOutput(stdout: string, chart: string, values: string | null, prepared: PreparedChart, token: string, opts: HelmOptions): RunOutcome {
  const rendered = readRendered(stdout, token);
  const parsed = parseManifestText(rendered.text);
  const items: RenderedItem[] = [];
  const sources = new Set<string>();
  let documents = 0;
  // Lines whose markers came through: not candidates when another document's line is searched by text.
  const taken = new Map<number, Set<number>>();
  for (const doc of parsed.documents) {
    const hit = rendered.hits.get(doc.position.line);
    if (!hit) continue;
    const set = taken.get(hit.file) ?? new Set<number>();
    set.add(hit.line);
    taken.set(hit.file, set);
  }
  const takenIn = (file: number): ReadonlySet<number> => taken.get(file) ?? new Set();
  for (const doc of parsed.documents) {
    const source = rendered.sourceAt(doc.position.line);
    if (source !== null) sources.add(source);
    const hit = rendered.hits.get(doc.position.line);
    const file = hit ? prepared.files[hit.file] : undefined;
    let place: Place;
    if (hit && file) place = placeOfFile(file.origin, hit.line, 'marker');
    else place = placeBySource(prepared, source, doc.apiVersion, takenIn) ?? { file: `${chart === '.' ? '' : `${chart}/`}Chart.yaml`, line: null, located: 'none' };
    if (opts.plainFiles.has(place.file) || opts.excluded(place.file)) continue; // CRDs the plain scan read; excluded files
    documents++;
    items.push({
      kind: 'document',
      doc,
      place: { file: place.file, line: place.line, column: place.line === null ? null : doc.position.column },
      data: helmData(chart, values, source, place),
    });
  }
  const lines = rendered.text.split('\n');
  for (const problem of parsed.problems) {
    const source = rendered.sourceAt(problem.position.line);
    const place = placeBySource(prepared, source, null) ?? { file: `${chart === '.' ? '' : `${chart}/`}Chart.yaml`, line: null, located: 'none' as const };
    if (opts.excluded(place.file)) continue;
    const found = locateProblem(lines, problem, rendered, prepared, source);
    const line = found.line !== null && place.archiveEntry === undefined ? found.line : null;
    const data: Record<string, unknown> = { ...helmData(chart, values, source, { ...place, line }), renderedLine: problem.position.line, documentLine: found.documentLine };
    if (found.key !== null) data['key'] = found.key;
    if (place.archiveEntry !== undefined && found.line !== null) data['archiveLine'] = found.line;
    if (line === null) delete data['lineNote'];
    // Numbered within the template's own output, and saying which values gave it: the stream's document count
    // (CRDs and every other template included) means nothing to the chart's author.
    // A repeated key keeps its last value (as Kubernetes reads it); its line in the whole output means nothing here.
    const rest = problem.message
      .replace(/^is not valid YAML: duplicated mapping key$/, `is not valid YAML: duplicated mapping key${found.key !== null ? ` ${JSON.stringify(found.key)}` : ''}`)
      .replace(/ \(line \d+\); Kubernetes keeps the last value$/, '; Kubernetes keeps the last value');
    const of = source === null ? 'the output' : found.ofSource > 1 ? `this template's ${found.ofSource} documents (in the order helm template prints them)` : "this template's output";
    const message = `of ${of}, rendered with ${values === null ? 'its default values' : `values ${values}`}, ${rest} (line ${found.documentLine} of that document)`;
    items.push({
      kind: 'problem',
      problem: { ...problem, docIndex: found.docInSource, message },
      place: { file: place.file, line, column: line === null ? null : 1 },
      data,
    });
  }
  return { ok: true, items, documents, sources };
}

/**
 * Where a YAML error of rendered output is in its template: the document's number within that template's output, the
 * error's line within the document, the key a duplicated-key error names, and the template line when it can be told
 * for sure: the line as far below the document's marked `apiVersion:` line as the error is below it in the output
 * and with the same text, or else the one line of the template with that text.
 */
function locateProblem(
  lines: readonly string[],
  problem: { position: { line: number } },
  rendered: { hits: ReadonlyMap<number, { file: number; line: number }> },
  prepared: PreparedChart,
  source: string | null,
): { docInSource: number; ofSource: number; documentLine: number; key: string | null; line: number | null } {
  const at = problem.position.line; // 1-based
  // Helm prints each document of a template under its own `# Source:` header, sorted by kind: the document's number
  // is its place among the headers naming the same template.
  let start = 0; // 0-based index of the document's first line
  let docInSource = 0;
  let ofSource = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^# Source: (.+?)\s*$/.exec(lines[i] as string);
    if (!m || m[1] !== source) continue;
    ofSource++;
    if (i < at - 1) {
      start = i + 1;
      docInSource = ofSource - 1;
    }
  }
  const text = lines[at - 1] ?? '';
  const message = String((problem as { message?: string }).message);
  const key = /duplicated mapping key/.test(message)
    ? (/^\s*(?:-\s+)?(["']?)([^"':#{}[\],]+?)\1\s*:/.exec(text)?.[2] ?? null)
    : (/^has duplicate key "((?:[^"\\]|\\.)*)"/.exec(message)?.[1] ?? null);
  const documentLine = at - start;
  const resolved = source === null ? null : resolveSourcePath(prepared.tree, source);
  const index = resolved ? resolved.node.files.get(resolved.rest) : undefined;
  const template = index === undefined ? undefined : prepared.files[index]?.text.split('\n');
  let line: number | null = null;
  const wanted = text.trim();
  if (template && wanted !== '') {
    for (let r = start + 1; r <= at; r++) {
      const hit = rendered.hits.get(r);
      if (!hit) continue;
      const guess = hit.file === index ? hit.line + (at - r) : null;
      if (guess !== null && template[guess - 1]?.trim() === wanted) line = guess;
      break;
    }
    if (line === null) {
      const same = template.flatMap((l, i) => (l.trim() === wanted ? [i + 1] : []));
      if (same.length === 1) line = same[0] as number;
    }
  }
  return { docInSource, ofSource, documentLine, key, line };
}

function placeBySource(
  prepared: PreparedChart,
  source: string | null,
  apiVersion: string | null,
  taken?: (file: number) => ReadonlySet<number>,
): Place | null {
  return source === null ? null : locateByText(prepared.tree, prepared.files, source, apiVersion, taken);
}

function helmData(chart: string, values: string | null, source: string | null, place: Place): Record<string, unknown> {
  const data: Record<string, unknown> = { source: 'helm', chart, values, valuesFiles: [values], template: source, located: place.located };
  if (place.line === null) {
    data['lineUnknown'] = true;
    if (place.archiveEntry === undefined) data['lineNote'] = 'the apiVersion line could not be traced to the template; the finding names the template file only';
  }
  if (place.archiveEntry !== undefined) {
    data['archiveEntry'] = place.archiveEntry;
    data['archiveLine'] = place.archiveLine ?? null;
  }
  return data;
}
