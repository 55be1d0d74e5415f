/**
 * Merging the JSON reports of a sharded scan (one per matrix job) into the report the whole scan would have made:
 * findings of every part, the run-level checks no single part can make (a scan that found nothing; renderers
 * missing for charts spread over several parts), and the clusters the first part evaluated.
 */
import type { Finding } from '../findings/types.js';
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

/** The parts of a sharded scan, checked and combined; the run-level checks on the whole are left to the pipeline (mergeScan in run.ts). */
export interface CombinedReports {
  base: ScanResult;
  /** Plain-file findings of every part, then rendered ones (see mergeFindings), without the renderer-missing ones. */
  findings: Finding[];
  /** Renderers missing in any part, summed over the parts. */
  missingRenderers: Map<'helm' | 'kustomize', { count: number; reason: string; subjects: string[] }>;
  files: number;
  documents: number;
  clusters: ClusterSummary[];
}

export function combineReports(reports: ReadonlyArray<{ name: string; report: ScanResult }>): CombinedReports {
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
  return { base, findings, missingRenderers, files, documents, clusters };
}
