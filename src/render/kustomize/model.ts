/**
 * What every part of the Kustomize renderer shares: the tool it runs, a kustomization as planned (with the refusal
 * Preflight found, if any), the options and result of one render, the names of a kustomization file, and the two
 * small helpers that decide whether an entry is remote and how an entry is quoted in a message.
 *
 * Pure: no I/O here.
 */
import type { RenderedItem } from '../types.js';

export interface KustomizeTool {
  path: string;
  mode: 'kubectl' | 'kustomize';
}

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface KustomizationInfo {
  dir: string;
  /** Workspace-relative kustomization file. */
  file: string;
  /** Local directories it builds on that are kustomizations (workspace-relative). */
  bases: string[];
  remote: Array<{ entry: string; line: number | null }>;
  helmChartsLine: number | null;
  isComponent: boolean;
  error: string | null;
  /** Why it is not rendered, found before kustomize runs (in it or in anything it builds on); null: it may be. */
  refused: Refusal | null;
}

/** A reason not to render, at the file and line of the entry that names the problem (line null: the file itself). */
export interface Refusal {
  file: string;
  line: number | null;
  reason: string;
  data?: Record<string, unknown>;
}

/**
 * Whether an entry names something kustomize would fetch rather than read from the workspace: an http(s) file, a git
 * repository (`git@host:org/repo`, `ssh://…`, `gh:org/repo`, `github.com/org/repo`, a `.git` or `_git` segment, a
 * `//` subdirectory, a `?ref=` query) or anything else with a scheme. Names are compared without regard to case, as
 * kustomize does.
 */
export function isRemote(entry: string): boolean {
  const e = entry.trim();
  if (e.includes('://') || e.includes('?')) return true;
  const slash = e.search(/[/\\]/);
  const head = slash < 0 ? e : e.slice(0, slash);
  if (head.includes(':') || /^git@/i.test(head) || /^github\.com$/i.test(head)) return true;
  return /(?:^|\/)[^/]*\.git(?:\/|$)|(?:^|\/)_git\/|[^/]\/\/+[^/]/i.test(e);
}

/** An entry as a message shows it: quoted, on one line, at most 200 characters. */
export function show(entry: string): string {
  return JSON.stringify(entry.length > 200 ? `${entry.slice(0, 200)}…` : entry);
}

export interface KustomizeOptions {
  timeoutMs: number;
  /**
   * kustomize's load restrictor: 'rootOnly' (its default) refuses files outside a kustomization's own directory;
   * 'none' allows them (`--load-restrictor LoadRestrictionsNone`). Either way Preflight has refused everything outside
   * the workspace before kustomize runs.
   */
  loadRestrictor?: 'rootOnly' | 'none';
  excluded(file: string): boolean;
  /** GOMAXPROCS for each kubectl/kustomize process (see isolatedEnv); unset: Go's default. */
  goMaxProcs?: number;
}

export interface OverlayRender {
  items: RenderedItem[];
  documents: number;
  ok: boolean;
}
