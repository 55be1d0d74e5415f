/** The change record `plan` writes per declared cluster (the JSON format is exactly this). */
import type { Provider } from '../clusters/config.js';
import type { InventoryEvidence } from '../clusters/types.js';
import type { Severity } from '../findings/types.js';
import type { RuleId } from '../findings/rule-ids.js';

export interface PlanRecord {
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** The date support windows, releases and fixes were evaluated on. */
  asOf: string;
  catalogs: { releases: string; advisories: string; api: string };
  clusters: ClusterPlan[];
}

export interface ClusterPlan {
  name: string;
  provider: Provider | null;
  /** Workspace-relative configuration file and the line of the cluster's `name:`, when declared in one. */
  declaredAt: { file: string; line: number | null } | null;
  /** kube-apiserver now (the newest instance). */
  current: string;
  /** The minor the plan ends on, and the exact patch. */
  target: string;
  targetVersion: string | null;
  /** Why there is no path (no released patch of a minor on the date, …), else null. */
  blocked: string | null;
  /** Where the versions came from: the declaration, or inventory files (with what they showed). */
  evidence: PlanEvidence | null;
  advisories: AdvisoryMapping[];
  steps: PlanStep[];
  /** Node-pool moves after the last control-plane step, for pools still behind the target. */
  catchUp: PlanMove[];
  runbook: RunbookSection[];
  /** Managed providers: what the provider upgrades, and what stays with the cluster's owner. */
  ownership: { provider: string[]; owner: string[] } | null;
  preflight: PreflightItem[];
  rollback: { triggers: string[]; notReasons: string[]; how: string[] };
  validation: ValidationCheck[];
}

export type PlanEvidence = InventoryEvidence;

export interface AdvisoryMapping {
  id: string;
  title: string | null;
  severity: Severity;
  cvss: string | null;
  component: string;
  version: string;
  /** Where the affected version runs (kube-apiserver, node pool general, node worker-3, pod kube-apiserver-cp-2 …). */
  where: string[];
  /** First fixed patch per minor, from the advisory catalog. */
  fixedIn: Record<string, string>;
  /** The version of this plan that first fixes it (step number, 1-based, or "catch-up"), or null. */
  fixedBy: { step: number | 'catch-up'; version: string } | null;
  /** Smallest fixed, supported release on the date, independent of this plan. */
  smallestFix: string | null;
  /** When no version of the plan fixes it: what to do instead. */
  mitigation: string | null;
  note: string;
}

export interface BoardPart {
  key: string;
  component: string;
  /** "kube-apiserver (cp-1)", "node pool general", … */
  label: string;
  pool: string | null;
  node: string | null;
}

export interface PlanMove {
  /** What moves, in words: "control-plane node cp-1 (kube-apiserver, kube-controller-manager, kube-scheduler)". */
  what: string;
  keys: string[];
  from: string;
  to: string;
  /** Why it moves now: "before kube-apiserver goes to 1.33, the kubelet may be at most 3 minors older". */
  why: string;
  /** The state once it has moved. */
  withinPolicy: boolean;
  problems: string[];
}

export interface PlanStep {
  index: number;
  /** kube-apiserver before and after the step. */
  from: string;
  to: string;
  minor: string;
  parts: Array<BoardPart & { before: string; after: string }>;
  /** The starting state's check (always within policy in a plan that can run). */
  startWithinPolicy: boolean;
  startProblems: string[];
  moves: PlanMove[];
}

export interface RunbookSection {
  title: string;
  items: Array<{ text: string; commands: string[] }>;
}

export interface PreflightItem {
  ruleId: RuleId;
  severity: Severity;
  file: string | null;
  line: number | null;
  message: string;
}

export interface ValidationCheck {
  check: string;
  command: string;
  healthy: string;
}
