/**
 * A rule is metadata plus a check, as in ESLint: the rule says what it found; the engine stamps the rule id,
 * the default severity and the location, so no rule can emit a finding under another rule's name.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import type { AddonApiCatalog } from '../catalog/addon-apis.js';
import type { ComponentConfigCatalog } from '../catalog/component-config.js';
import type { FeatureGateCatalog } from '../catalog/feature-gates.js';
import type { PreReleaseTargetFacts } from '../catalog/pre-release.js';
import type { AdvisorySourceFacts, ClusterEvaluation } from '../clusters/evaluate.js';
import type { ObjectRef, Severity } from '../findings/types.js';
import type { ManifestDocument, ParseProblem } from '../parse/manifest.js';
import type { ComponentSettings } from '../components/index.js';
import type { RuleId } from '../findings/rule-ids.js';
import type { RenderEvent, SkippedFile } from '../render/types.js';

export interface RuleMeta {
  id: RuleId;
  /** A few words, for annotation titles and the SARIF rule name. */
  title: string;
  /** One sentence: what the rule reports (SARIF shortDescription). */
  description: string;
  /** What the finding means and why it matters (SARIF fullDescription). */
  details: string;
  /** How to fix it (SARIF help, the summary's "how to fix" column). */
  help: string;
  /** The README rules table's "reported when" cell (Markdown). */
  summary: string;
  /** The README rules table's severity cell, e.g. "warning / notice" or "from CVSS". */
  severityText: string;
  defaultSeverity: Severity;
  /** Severities the rule may choose per finding (defaults to [defaultSeverity]). */
  severities?: readonly Severity[];
  /**
   * Which gate a finding of this rule counts toward: the repository's files (`fail-on`), the declared clusters, or
   * none (findings about the tool's own sources, such as the advisory feed, never fail a run).
   */
  gate: 'files' | 'clusters' | 'never';
  /**
   * Which findings GitHub shows first when a step has more than its 10 annotations of a severity: a lower rank first
   * (0: what breaks the upgrade, 1: what it will soon or what hides checks, 2–3: what is worth a look, 4: context).
   */
  annotationRank: number;
}

/** What a rule hands to `report`; the engine adds ruleId, severity and (by default) the location. */
export interface Report {
  message: string;
  severity?: Severity;
  line?: number | null;
  column?: number | null;
  object?: ObjectRef | null;
  data?: Record<string, unknown>;
}

export interface RuleContext {
  readonly target: string;
  readonly current: string | null;
  readonly catalog: ApiCatalog;
  /** Feature gates per release (data/feature-gates.json unless the engine was given another). */
  readonly featureGates: FeatureGateCatalog;
  /** Config-file API versions, removed flags and admission plugins, kubeadm gates (data/component-config.json). */
  readonly componentConfig: ComponentConfigCatalog;
  /** The component settings (flags, feature gates, config-file API versions) of a document, read once per document. */
  settingsOf(doc: ManifestDocument): ComponentSettings;
  /** Add-on API versions (data/addon-apis.json unless the engine was given another). */
  readonly addonApis: AddonApiCatalog;
  /** Add-on releases the configuration file declares (`addons:`), by add-on name; empty when none. */
  readonly addonVersions: Readonly<Record<string, string>>;
  report(r: Report): void;
}

export interface DocumentRule {
  meta: RuleMeta;
  scope: 'document';
  check(doc: ManifestDocument, ctx: RuleContext): void;
}

export interface ProblemRule {
  meta: RuleMeta;
  scope: 'problem';
  check(problem: ParseProblem, ctx: RuleContext): void;
}

export interface SkippedRule {
  meta: RuleMeta;
  scope: 'skipped';
  check(skipped: SkippedFile, ctx: RuleContext): void;
}

export interface RunSummaryFacts {
  files: number;
  documents: number;
  paths: readonly string[];
  /** The target is the catalogs' pre-release minor (not GA in their data); null or absent for a GA target. */
  preRelease?: PreReleaseTargetFacts | null;
}

export interface RunRule {
  meta: RuleMeta;
  scope: 'run';
  check(facts: RunSummaryFacts, ctx: RuleContext): void;
}

/** A declared cluster, evaluated on the run's date; reported at its place in the configuration file, if any. */
export interface ClusterRule {
  meta: RuleMeta;
  scope: 'cluster';
  check(cluster: ClusterEvaluation, ctx: RuleContext): void;
}

/** Where the run's advisories came from (embedded catalog, live feed) and how fresh they are. */
export interface AdvisorySourceRule {
  meta: RuleMeta;
  scope: 'advisory-source';
  check(source: AdvisorySourceFacts, ctx: RuleContext): void;
}

/** A render event, reported at the chart or overlay file it concerns. */
export interface RenderRule {
  meta: RuleMeta;
  scope: 'render';
  check(event: RenderEvent, ctx: RuleContext): void;
}

/**
 * Something about a suppression itself (an `ignore:` entry of the configuration file, or an inline comment in a
 * manifest): past its expiry date, matching no finding, or not valid. Reported at the suppression's own line.
 */
export interface SuppressionEvent {
  type: 'expired' | 'unused' | 'invalid';
  source: 'config' | 'inline';
  /** What the suppression selects, in words: `rule removed-api, kind PodDisruptionBudget, path legacy/**`. */
  selects: string;
  reason: string | null;
  /** YYYY-MM-DD, or null. */
  expires: string | null;
  /** The run's date (YYYY-MM-DD) the expiry was judged on; null when no date was needed. */
  asOf: string | null;
  /** Why an inline comment is not valid (type 'invalid'). */
  problem?: string;
}

/** A suppression's own state, reported at its line in the configuration file or manifest. */
export interface SuppressionRule {
  meta: RuleMeta;
  scope: 'suppression';
  check(event: SuppressionEvent, ctx: RuleContext): void;
}


/** An object of the scan kept for the scan rules: where it was read, and where it is reported. */
/** Where a rendered object is reported instead of its own (rendered) lines. */
export interface At {
  line: number | null;
  column: number | null;
  /** A rendered object's source document: where a key path's value is, when it is the value rendered (see ReportPlace). */
  locate?: (path: ReadonlyArray<string | number>) => { line: number; column: number } | null;
}

export interface ScanObject {
  doc: ManifestDocument;
  /** Workspace-relative file, or null (standard input). */
  file: string | null;
  /** Where a rendered object is reported (its template line), or null: a plain file's object is reported at its own lines. */
  at: At | null;
  /** What the render says of a rendered object (source, chart, values file, overlay); its findings carry it. */
  data?: Record<string, unknown>;
}

/** What a scan rule hands to `report`: the object the finding is about, and optionally the key path of the offending value. */
export interface ScanReport extends Omit<Report, 'line' | 'column'> {
  subject: ScanObject;
  /** Key path below the object (e.g. ['spec', 'maxUnavailable']): a plain file's finding is placed at that value's line. */
  path?: ReadonlyArray<string | number>;
}

export interface ScanRuleContext extends Omit<RuleContext, 'report'> {
  report(r: ScanReport): void;
}

/**
 * A rule over the whole scan: it receives every object of the kinds it declares, once all documents are seen (after
 * rendering too), and reports each finding at the place of the object it names.
 */
export interface ScanRule {
  meta: RuleMeta;
  scope: 'scan';
  /** The kinds the rule reads; only objects of these kinds are kept for it. */
  kinds: readonly string[];
  check(objects: readonly ScanObject[], ctx: ScanRuleContext): void;
}

export type Rule = DocumentRule | ProblemRule | SkippedRule | RunRule | ClusterRule | AdvisorySourceRule | RenderRule | SuppressionRule | ScanRule;

export function objectRef(doc: ManifestDocument): ObjectRef {
  return { apiVersion: doc.apiVersion, kind: doc.kind, name: doc.name, namespace: doc.namespace };
}

export type { RenderEvent, SkippedFile };
