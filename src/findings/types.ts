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
}

export interface Summary {
  files: number;
  documents: number;
  errors: number;
  warnings: number;
  notices: number;
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

export function summarize(findings: readonly Finding[], files: number, documents: number): Summary {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notices++;
  }
  return { files, documents, errors, warnings, notices };
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
