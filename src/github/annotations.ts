/**
 * Workflow annotations for findings. GitHub shows at most 10 annotations of each severity (error, warning, notice)
 * for one step and drops the rest silently, so this module chooses which ones to emit: the most important of each
 * severity, plus one notice that says how many were left out and where to find them.
 *
 * `selectAnnotations` is pure; `emitAnnotations` writes through the sink it is given (the action adapts
 * @actions/core to it), so nothing here touches the runner directly.
 */
import type { Finding, Severity } from '../findings/types.js';
import type { RuleId } from '../findings/rule-ids.js';
import { ruleMeta } from '../rules/index.js';

/** GitHub's limit of annotations per severity for one step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationProperties {
  /** Repository-relative path. Absent for findings about the whole scan. */
  file?: string;
  startLine?: number;
  startColumn?: number;
  title?: string;
}

export interface Annotation {
  severity: Severity;
  message: string;
  properties: AnnotationProperties;
}

/** What the action passes in: @actions/core's error/warning/notice, or a recorder in tests. */
export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export interface SelectOptions {
  /** Annotations per severity; defaults to GitHub's limit of 10. */
  perSeverity?: number;
  /**
   * Slots the step uses for other annotations, per severity: the action's own failure message is an error
   * annotation, so it reserves one error slot when the step will fail.
   */
  reserved?: Partial<Record<Severity, number>>;
  /** The files the pull request changes: their findings come first. Null or absent outside a pull request. */
  changed?: ReadonlySet<string> | null;
  /** Where every finding can be read, for the notice about those left out. */
  elsewhere?: { summary: boolean; sarif: string | null; json: string | null };
}

/**
 * Which findings matter most for the people looking at the step: those in files the pull request changes, then
 * those about the rest of the repository (its other files, or the scan as a whole, such as no manifests found),
 * then those about the declared clusters (advisories, support window, skew: facts about the clusters, not about the
 * change).
 */
function tier(f: Finding, changed: ReadonlySet<string> | null): number {
  if (ruleMeta(f.ruleId)?.gate !== 'files') return 2;
  return changed !== null && f.file !== null && changed.has(f.file) ? 0 : 1;
}

/**
 * Within one severity, which rules matter most: a removed API (or a chart Helm refuses to install) breaks the
 * upgrade; a scan that found no manifests, could not render a chart or could not parse a document may hide one; a
 * deprecation is a plan for later; skipped files and offline-render caveats are housekeeping.
 */

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** A rule's annotation rank (its meta): among findings of one severity, a lower rank is annotated first. */
const rank = (id: RuleId): number => ruleMeta(id)?.annotationRank ?? 4;

/**
 * Chooses the annotations to emit, errors first, then warnings, then notices. Each severity keeps its
 * `perSeverity` most important findings (by rule priority, then report order), less any `reserved` slots. When
 * anything is left out, the last annotation is a notice saying how many findings of each severity are not shown;
 * that notice takes one of the notice slots, so the notices shown are one fewer.
 */
export function selectAnnotations(findings: readonly Finding[], opts: SelectOptions = {}): Annotation[] {
  const limit = Math.max(1, Math.floor(opts.perSeverity ?? ANNOTATIONS_PER_SEVERITY));
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], notice: [] };
  const changed = opts.changed ?? null;
  findings
    // A suppressed finding was accepted for a reason: it is in the reports, not on the pull request.
    .filter((f) => !f.suppressed)
    .map((f, i) => ({ f, i, t: tier(f, changed) }))
    .sort((a, b) => a.t - b.t || rank(a.f.ruleId) - rank(b.f.ruleId) || a.i - b.i)
    .forEach(({ f }) => bySeverity[f.severity].push(f));

  const free = (sev: Severity): number => Math.max(0, limit - Math.max(0, Math.floor(opts.reserved?.[sev] ?? 0)));
  const budget: Record<Severity, number> = { error: free('error'), warning: free('warning'), notice: free('notice') };
  const overflows = SEVERITIES.some((sev) => bySeverity[sev].length > budget[sev]);
  // The "N more" notice needs a notice slot of its own.
  if (overflows) budget.notice = Math.max(0, budget.notice - 1);

  const out: Annotation[] = [];
  const hidden: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const sev of SEVERITIES) {
    const list = bySeverity[sev];
    for (const f of list.slice(0, budget[sev])) out.push(toAnnotation(f));
    hidden[sev] = Math.max(0, list.length - budget[sev]);
  }
  const total = hidden.error + hidden.warning + hidden.notice;
  if (total > 0) {
    const parts = SEVERITIES.filter((s) => hidden[s] > 0).map((s) => plural(hidden[s], s));
    out.push({
      severity: 'notice',
      message:
        `${plural(total, 'more finding')} (${parts.join(', ')}) ${total === 1 ? 'is' : 'are'} not shown as annotations: ` +
        `GitHub shows at most ${limit} annotations of each severity per step. ${whereTheRestAre(opts.elsewhere)}`,
      properties: { title: 'More findings in the job summary' },
    });
  }
  return out;
}

function whereTheRestAre(where: SelectOptions['elsewhere']): string {
  if (where === undefined) return 'The job summary and the JSON report list every finding.';
  const places = [
    where.summary ? "this step's job summary" : null,
    where.sarif !== null ? `the SARIF report ${where.sarif} (code scanning, once uploaded)` : null,
    where.json !== null ? `the JSON report ${where.json} (upload it with actions/upload-artifact to keep it)` : null,
  ].filter((p): p is string => p !== null);
  if (places.length === 0) return 'The workflow log lists every finding.';
  const list = places.length === 1 ? places[0]! : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]!}`;
  return `Every finding is in ${list}.`;
}

export function toAnnotation(f: Finding): Annotation {
  const properties: AnnotationProperties = {};
  if (f.file !== null) {
    properties.file = f.file;
    if (f.line !== null && f.line >= 1) {
      properties.startLine = f.line;
      if (f.column !== null && f.column >= 1) properties.startColumn = f.column;
    }
  }
  properties.title = titleOf(f);
  return { severity: f.severity, message: f.message, properties };
}

/**
 * The rule's title and what the finding is about: a feature gate, flag or admission plugin names itself (its
 * document, a kubeadm or kubelet configuration, is only where it was set); an API finding names the kind and
 * apiVersion.
 */
function titleOf(f: Finding): string {
  const title = ruleMeta(f.ruleId)?.title ?? f.ruleId;
  const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  const gate = text(f.data['gate']);
  if (gate !== null) return `${title}: ${gate}`;
  const plugin = text(f.data['admissionPlugin']);
  if (plugin !== null) return `${title}: admission plugin ${plugin}`;
  const flag = text(f.data['flag']);
  if (flag !== null) return `${title}: ${flag.startsWith('-') ? flag : `--${flag}`}`;
  const o = f.object;
  return o ? `${title}: ${o.kind} ${o.apiVersion}` : title;
}

export function emitAnnotations(annotations: readonly Annotation[], sink: AnnotationSink): void {
  for (const a of annotations) sink[a.severity](a.message, { ...a.properties });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
