/**
 * Merging the JSON reports of a sharded scan (one per matrix job) into the report the whole scan would have made:
 * findings of every part, the run-level checks no single part can make (a scan that found nothing; renderers
 * missing for charts spread over several parts), and the clusters the first part evaluated.
 */
import type { Finding, InlineDirective } from '../findings/types.js';
import { isRuleId, type RuleId } from '../findings/rule-ids.js';
import { IGNORE_SELECTORS } from '../clusters/config.js';
import type { IgnoreEntry } from '../clusters/types.js';
import type { ClusterSummary, PartSuppressions, ScanResult } from './result.js';
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
  /** The suppressions the parts handed over (the configuration's entries, every part's inline comments), or null. */
  suppressions: PartSuppressions | null;
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
  // The configuration's entries are the same in every part; each part has the inline comments of its own objects' files.
  const parts = ordered.map((r) => readPartSuppressions(r.report.suppressions)).filter((s): s is PartSuppressions => s !== null);
  const inline = new Map<string, InlineDirective[]>();
  for (const p of parts) for (const i of p.inline) if (!inline.has(i.file)) inline.set(i.file, i.directives);
  const first = parts.find((p) => p.ignore.length > 0) ?? parts[0];
  const suppressions: PartSuppressions | null = first ? { ignore: first.ignore, asOf: first.asOf, inline: [...inline].map(([file, directives]) => ({ file, directives })) } : null;
  return { base, findings, missingRenderers, files, documents, clusters, suppressions };
}

/**
 * A part's suppressions, read from its report as data of the expected shape only (the report is a file another job
 * wrote): entries and comments that do not have it are left out; null when nothing usable is there.
 */
export function readPartSuppressions(raw: unknown): PartSuppressions | null {
  if (!isRecord(raw)) return null;
  const pos = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
  const str = (v: unknown): v is string => typeof v === 'string';
  const ignore: IgnoreEntry[] = [];
  for (const e of Array.isArray(raw['ignore']) ? raw['ignore'] : []) {
    if (!isRecord(e) || !isRecord(e['selectors']) || !str(e['reason'])) continue;
    const selectors: IgnoreEntry['selectors'] = {};
    for (const k of IGNORE_SELECTORS) if (str(e['selectors'][k])) selectors[k] = e['selectors'][k];
    const expires = str(e['expires']) && /^\d{4}-\d{2}-\d{2}$/.test(e['expires']) ? e['expires'] : null;
    if (Object.keys(selectors).length === 0 || (e['expires'] !== null && expires === null)) continue;
    ignore.push({ selectors, reason: e['reason'], expires, file: str(e['file']) ? e['file'] : null, line: pos(e['line']) ? e['line'] : null });
  }
  const inline: PartSuppressions['inline'] = [];
  for (const i of Array.isArray(raw['inline']) ? raw['inline'] : []) {
    if (!isRecord(i) || !str(i['file']) || !Array.isArray(i['directives'])) continue;
    const directives: InlineDirective[] = [];
    for (const d of i['directives']) {
      if (!isRecord(d) || !pos(d['line']) || !pos(d['from']) || !pos(d['to']) || (d['scope'] !== 'line' && d['scope'] !== 'document') || !str(d['reason'])) continue;
      const rules = Array.isArray(d['rules']) ? d['rules'].filter((r): r is RuleId => str(r) && isRuleId(r)) : [];
      directives.push({ line: d['line'], from: d['from'], to: d['to'], scope: d['scope'], rules, reason: d['reason'], ...(str(d['problem']) ? { problem: d['problem'] } : {}) });
    }
    if (directives.length > 0) inline.push({ file: i['file'], directives });
  }
  const asOf = str(raw['asOf']) && /^\d{4}-\d{2}-\d{2}$/.test(raw['asOf']) ? raw['asOf'] : null;
  // Entries with an expiry need the date they were judged on.
  const usable = asOf !== null ? ignore : ignore.filter((e) => e.expires === null);
  return usable.length > 0 || inline.length > 0 ? { ignore: usable, asOf, inline } : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
