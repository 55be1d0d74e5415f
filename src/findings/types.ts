import type { RuleId } from './rule-ids.js';

export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

/** The Kubernetes object a finding is about. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string | null;
  namespace: string | null;
}

/** One finding, as it appears in the JSON report (schemaVersion 1). */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  /** Repository-relative POSIX path, or null for run- or cluster-scope findings. */
  file: string | null;
  /** 1-based line, or null when the finding has no place in a file. */
  line: number | null;
  /** 1-based column, or null. */
  column: number | null;
  object: ObjectRef | null;
  data: Record<string, unknown>;
  /**
   * Present when a suppression (an `ignore:` entry of the configuration file, or an inline comment) accepted the
   * finding: it stays in the report but never counts toward the gate.
   */
  suppressed?: Suppressed;
}

/** The suppression that accepted a finding. */
export interface Suppressed {
  reason: string;
  /** `config`: an `ignore:` entry of the configuration file; `inline`: a comment in the scanned file. */
  source: 'config' | 'inline';
  /** Workspace-relative file of the entry or comment, or null (a configuration file outside the workspace). */
  file: string | null;
  line: number | null;
  /** YYYY-MM-DD, or null when the suppression does not expire. */
  expires: string | null;
}

export interface Summary {
  files: number;
  documents: number;
  /** Findings of each severity that count: suppressed findings are not in these counts. */
  errors: number;
  warnings: number;
  notices: number;
  /** Suppressed findings; present only when the run had suppressions (configured or inline). */
  suppressed?: number;
}

export function compareFindings(a: Finding, b: Finding): number {
  // Run-scope findings (no file) come first, then by file, line, column, rule, message.
  if (a.file !== b.file) {
    if (a.file === null) return -1;
    if (b.file === null) return 1;
    return a.file < b.file ? -1 : 1;
  }
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.column ?? 0;
  const cb = b.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Counts by severity; with `withSuppressed`, suppressed findings are counted apart (and only there). */
export function summarize(findings: readonly Finding[], files: number, documents: number, withSuppressed = false): Summary {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) suppressed++;
    else if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notices++;
  }
  return withSuppressed || suppressed > 0 ? { files, documents, errors, warnings, notices, suppressed } : { files, documents, errors, warnings, notices };
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/**
 * An inline suppression comment of a scanned file (`# kube-upgrade-gate: ignore RULE -- REASON`), as the scan
 * found it: the rules it names and the lines it covers, or why it is not valid.
 */
export interface InlineDirective {
  /** 1-based line of the comment. */
  line: number;
  /** The lines it covers, both included: its own line or the next one, or its whole YAML document. */
  from: number;
  to: number;
  scope: 'line' | 'document';
  rules: RuleId[];
  reason: string;
  /** Set when the comment is not valid: it then suppresses nothing. */
  problem?: string;
}
