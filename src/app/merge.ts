/**
 * Merging the JSON reports of a sharded scan (one per matrix job) into the report the whole scan would have made:
 * findings of every part, the run-level checks no single part can make (a scan that found nothing; renderers
 * missing for charts spread over several parts), and the clusters the first part evaluated.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { compareFindings, summarize, type Finding } from '../findings/types.js';
import { mergeFindings } from '../render/index.js';
import { createEngine } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import { isRuleId } from '../findings/rule-ids.js';
import type { ClusterSummary, ScanResult } from './result.js';
import { MergeError } from '../ports/errors.js';

/** Reads one JSON report (schemaVersion 1), naming the file in every complaint. */
export function parseReport(text: string, name: string): ScanResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new MergeError(`${name} is not JSON (${(err as Error).message})`);
  }
  const r = data as Partial<ScanResult> | null;
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1) throw new MergeError(`${name} is not a kube-upgrade-gate JSON report (schemaVersion 1)`);
  if (!Array.isArray(r.findings) || !r.summary || typeof r.target !== 'string' || !r.catalog || !r.tool) {
    throw new MergeError(`${name} lacks findings, summary, target, catalog or tool`);
  }
  for (const f of r.findings) {
    if (!f || typeof f !== 'object' || !isRuleId(String((f as Finding).ruleId))) throw new MergeError(`${name} has a finding with an unknown ruleId`);
  }
  return { ...(r as ScanResult), clusters: Array.isArray(r.clusters) ? r.clusters : [] };
}

export function mergeReports(reports: ReadonlyArray<{ name: string; report: ScanResult }>, catalog: ApiCatalog): ScanResult {
  if (reports.length === 0) throw new MergeError('no reports to merge');
  const [head] = reports;
  const base = head!.report;
  const count = base.shard?.count;
  if (count === undefined) throw new MergeError(`${head!.name} is not the report of a sharded scan (run scan with --shard I/N)`);
  const seen = new Map<number, string>();
  for (const { name, report } of reports) {
    if (!report.shard) throw new MergeError(`${name} is not the report of a sharded scan`);
    if (report.shard.count !== count) throw new MergeError(`${name} is part ${report.shard.index} of ${report.shard.count}, but ${head!.name} is of ${count}`);
    for (const [key, what] of [['target', 'target'], ['current', 'current release']] as const) {
      if (report[key] !== base[key]) throw new MergeError(`${name} was scanned for ${what} ${report[key]}, ${head!.name} for ${base[key]}`);
    }
    if (report.catalog.version !== base.catalog.version) throw new MergeError(`${name} used catalog ${report.catalog.version}, ${head!.name} ${base.catalog.version}`);
    if (JSON.stringify(report.shard.paths) !== JSON.stringify(base.shard!.paths)) throw new MergeError(`${name} scanned other paths than ${head!.name}`);
    const dup = seen.get(report.shard.index);
    if (dup) throw new MergeError(`${name} and ${dup} are both part ${report.shard.index} of ${count}`);
    seen.set(report.shard.index, name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new MergeError(`parts ${missing.join(', ')} of ${count} are missing; merge the reports of every part`);

  const findings: Finding[] = [];
  const missingRenderers = new Map<'helm' | 'kustomize', { count: number; reason: string; subjects: string[] }>();
  let files = 0;
  let documents = 0;
  const clusters: ClusterSummary[] = [];
  // Parts in order; within the whole, plain-file findings before rendered ones, as a whole scan reports them, so the
  // plain finding is the one kept when an overlay renders the same object (see mergeFindings).
  const ordered = [...reports].sort((a, b) => a.report.shard!.index - b.report.shard!.index);
  const rendered: Finding[] = [];
  for (const { report } of ordered) {
    files += report.summary.files;
    documents += report.summary.documents;
    for (const c of report.clusters) clusters.push(c);
    for (const f of report.findings) {
      if (f.ruleId === 'renderer-missing' && f.file === null) {
        const renderer = f.data['renderer'] === 'kustomize' ? 'kustomize' : 'helm';
        const subjects = (f.data[renderer === 'helm' ? 'charts' : 'kustomizations'] as string[] | undefined) ?? [];
        const m = missingRenderers.get(renderer) ?? { count: 0, reason: String(f.data['reason'] ?? ''), subjects: [] };
        m.count += Number(f.data['count'] ?? subjects.length);
        for (const s of subjects) m.subjects.push(s);
        missingRenderers.set(renderer, m);
      } else if (f.data['source'] === undefined) findings.push(f);
      else rendered.push(f);
    }
  }
  for (const f of rendered) findings.push(f);
  // The run-level rules, once, over the whole.
  const engine = createEngine(RULES, { target: base.target, current: base.current, catalog }, (f) => findings.push(f));
  for (const [renderer, m] of missingRenderers) {
    engine.render({ type: 'renderer-missing', renderer, count: m.count, reason: m.reason, subjects: [...m.subjects].sort() }, { file: null, line: null, column: null });
  }
  engine.run({ files, documents, paths: base.shard!.paths });
  const merged = mergeFindings(findings);
  merged.sort(compareFindings);
  return {
    schemaVersion: 1,
    tool: base.tool,
    catalog: base.catalog,
    target: base.target,
    current: base.current,
    summary: summarize(merged, files, documents),
    findings: merged,
    clusters,
  };
}
