/**
 * The types of a chart's temporary copy: what the caller gives (PrepareContext, PrepareOptions), what it gets
 * (PreparedChart, with what was missing, resolved, substituted or left out), and the state one copy builds up as it
 * goes (State). Types only.
 */
import type { FileSystem, TempFileSystem } from '../../ports/index.js';
import type { Severity } from '../../findings/types.js';
import type { WorkspaceBox } from '../../workspace/box.js';
import type { ChartDependency, ChartMeta, ChartMetaMemo } from '../chart.js';
import type { CapabilityAnswer, CapabilityCheck } from '../markers.js';
import type { ChartNode, MarkedFile } from '../source-map.js';

export interface RepoChart {
  /** Workspace-relative directory. */
  dir: string;
  name: string;
  version: string | null;
}

export interface PrepareContext {
  fs: FileSystem;
  temp: TempFileSystem;
  /** Absolute workspace root, and its real path. */
  root: string;
  realRoot: string;
  token: string;
  /** Charts of the workspace with this Chart.yaml name. */
  chartsNamed(name: string): Promise<RepoChart[]>;
  /** What may be read; opened on the root when not given. */
  box?: WorkspaceBox;
  /** The run's chart metadata read so far (one read per Chart.yaml text). */
  charts?: ChartMetaMemo;
}

/**
 * Something left out of the copy. `skipped`: a file not read (a link that leads out, a FIFO), reported as skipped
 * files are. `left-out`: part of the chart the render goes without (a dependency with an unsafe name, an archive that
 * cannot be unpacked, a schema reference); `severity` is a notice when leaving it out cannot change what renders.
 */
export type PrepareProblem =
  | { kind: 'skipped'; file: string; reason: string; severity: Severity }
  | { kind: 'left-out'; file: string; line: number | null; reason: string; severity: 'warning' | 'notice' };

export interface MissingDependency {
  /** Workspace-relative file listing the dependency (Chart.yaml or requirements.yaml), or the archive holding it. */
  file: string;
  line: number | null;
  dependency: ChartDependency;
  /** Name of the chart that needs it. */
  chart: string;
  /** Why a `file://` path named for it was not read (it leads outside the workspace, or is no chart there). */
  refused?: string;
}

export interface ResolvedDependency {
  chart: string;
  dependency: string;
  /** Workspace-relative directory it was taken from. */
  from: string;
}

/**
 * A dependency rendered from the workspace's chart of that name although that chart's version does not satisfy the
 * dependency's constraint (a sibling chart that moved on, e.g. `16.x.x` wanted and 17.1.0 in the repository).
 */
export interface SubstitutedDependency {
  /** Workspace-relative file listing the dependency, and the entry's line. */
  file: string;
  line: number | null;
  dependency: ChartDependency;
  /** Name of the chart that needs it. */
  chart: string;
  /** The chart used instead: its directory and version. */
  used: { dir: string; version: string | null };
}

export interface PreparedChart {
  /** Temporary directory to remove when done. */
  scratch: string;
  /** The chart copy to hand to Helm. */
  chartDir: string;
  meta: ChartMeta;
  files: MarkedFile[];
  tree: ChartNode;
  missing: MissingDependency[];
  resolved: ResolvedDependency[];
  substituted: SubstitutedDependency[];
  problems: PrepareProblem[];
  /** Capabilities checks the copy could not make answer as the target would, by index in `files`. */
  unanswered: Array<CapabilityCheck & { file: number }>;
  /** Capabilities checks the copy answers as the target would (see markers.ts rewriteCapabilityChecks). */
  answered: number;
}

export interface PrepareOptions {
  dropKubeVersion: boolean;
  /** How the target answers `.Capabilities.APIVersions.Has`; absent: templates are copied as they are. */
  capabilities?: CapabilityAnswer;
}

export interface State {
  ctx: PrepareContext;
  box: WorkspaceBox;
  /** The copy's temporary directory: nothing is written outside it. */
  scratch: string;
  files: MarkedFile[];
  missing: MissingDependency[];
  resolved: ResolvedDependency[];
  substituted: SubstitutedDependency[];
  problems: PrepareProblem[];
  made: Set<string>;
  capabilities: CapabilityAnswer | null;
  unanswered: Array<CapabilityCheck & { file: number }>;
  answered: number;
}
