/** What the renderers hand back to the orchestrator, and the ports and hooks they run with. */
import type { NetworkIsolation, ProcessRunner, TempFileSystem } from '../ports/index.js';
import type { Severity } from '../findings/types.js';
import type { ManifestDocument, ParseProblem } from '../parse/manifest.js';

/** Where a finding about rendered output is reported. */
export interface ReportPlace {
  /** Workspace-relative file, or null for a run-level finding. */
  file: string | null;
  /** 1-based line, or null when unknown. */
  line: number | null;
  column: number | null;
  /**
   * A rendered object matched to its document in a source file: the place of a key path in that document when the
   * value there is the one rendered (a value a patch replaced is not placed at the line it replaced), else null.
   */
  locate?: (path: ReadonlyArray<string | number>) => { line: number; column: number } | null;
}

export type RenderedItem =
  | { kind: 'document'; doc: ManifestDocument; place: ReportPlace; data: Record<string, unknown> }
  | { kind: 'problem'; problem: ParseProblem; place: ReportPlace; data: Record<string, unknown> }
  | { kind: 'event'; event: RenderEvent; place: ReportPlace }
  /** A file a render did not read (a link that leads out of the workspace, a FIFO, an empty pre-rendered input). */
  | { kind: 'skipped'; skipped: SkippedFile; file: string | null };

/**
 * What the scan found to render and what came of it (`ScanResult.renders`). A chart counts once however many values
 * files it is rendered with: rendered when at least one render succeeded, without a dependency when it rendered with
 * a dependency (or a packaged subchart) left out, failed when no render succeeded (or helm was missing). Overlays are
 * the kustomizations no other kustomization of the scan uses as a base; bases rendered on their own after their
 * overlays failed are not counted.
 */
export interface RenderCounts {
  charts: { found: number; rendered: number; renderedWithoutDependency: number; failed: number };
  overlays: { found: number; rendered: number; failed: number };
  /** Documents that renders (and pre-rendered input) produced and the rules checked. */
  renderedDocuments: number;
}

export function emptyRenderCounts(): RenderCounts {
  return { charts: { found: 0, rendered: 0, renderedWithoutDependency: 0, failed: 0 }, overlays: { found: 0, rendered: 0, failed: 0 }, renderedDocuments: 0 };
}

/** One finished render, for logs (the action groups these; the CLI shows progress). */
export interface RenderLogEntry {
  renderer: 'helm' | 'kustomize';
  /** Chart or kustomization directory. */
  subject: string;
  values?: string | null;
  /** The command line, with the long --api-versions list abbreviated. */
  command: string;
  durationMs: number;
  ok: boolean;
  timedOut: boolean;
  /** Standard error of the program (warnings, or the error). */
  stderr: string;
}

export interface RenderObserver {
  /** Progress over charts and overlays: `done` of `total` finished; `label` names the one that just finished. */
  progress?(done: number, total: number, label: string): void;
  /** Each finished render, in completion order. */
  rendered?(entry: RenderLogEntry): void;
}

/** What rendering needs from the entry point. */
export interface RenderDeps {
  process: ProcessRunner;
  temp: TempFileSystem;
  /** Absolute path of an executable, given a name (looked up on PATH) or a path; null when there is none. */
  findExecutable(nameOrPath: string): Promise<string | null>;
  /** Renders at a time when the settings do not say (the entry point passes os.availableParallelism()). */
  workers: number;
  /** CPUs the renders share (default: `workers`): each render's Go runtime is given its share. */
  cpus?: number;
  /** Milliseconds from some fixed point, for durations in logs. */
  now(): number;
  observer?: RenderObserver;
  /** Reads standard input, for `--rendered -`. */
  readStdin?(): Promise<string>;
}

/**
 * The garbage collector of each helm or kubectl process. A render is short-lived, and Go's default (GOGC=100, from a
 * 4 MB heap) collects many times while helm loads a chart: on the bench's charts, about a quarter of helm's CPU time.
 * GOGC=400 collects when the heap has grown by 4× its live size instead of 1×. Measured on this project's 2-CPU
 * machine, helm 4 rendering the bench's 24 charts one after another: 1.22 s of user CPU instead of 1.67 s; a
 * 10,000-document chart peaked at 115 MB instead of 83 MB; `kubectl kustomize` of a small overlay used 179 ms of user
 * CPU instead of 219 ms. GOMEMLIMIT makes a very large render collect as usual again before its heap reaches 1 GiB.
 */
const GO_GC_ENV: Readonly<Record<string, string>> = { GOGC: '400', GOMEMLIMIT: '1GiB' };

/**
 * The environment every renderer runs in: nothing inherited, no configuration, no network (proxies at a closed local
 * port; the entry points' runner adds an empty network namespace where the kernel allows it, since Go's HTTP client
 * connects to local addresses without a proxy), no plugins, and the collector settings above. `goMaxProcs` caps the threads of helm's or kubectl's Go runtime: when several renders run
 * at once, each gets its share of the CPUs instead of all of them, so their garbage collectors do not compete for the
 * same cores.
 */
export function isolatedEnv(scratch: string, goMaxProcs?: number): Record<string, string> {
  const dead = 'http://127.0.0.1:9';
  return {
    ...(goMaxProcs !== undefined ? { GOMAXPROCS: String(goMaxProcs) } : {}),
    ...GO_GC_ENV,
    PATH: '',
    HOME: scratch,
    TMPDIR: scratch,
    XDG_CACHE_HOME: `${scratch}/cache`,
    XDG_CONFIG_HOME: `${scratch}/config`,
    XDG_DATA_HOME: `${scratch}/data`,
    HELM_CACHE_HOME: `${scratch}/helm/cache`,
    HELM_CONFIG_HOME: `${scratch}/helm/config`,
    HELM_DATA_HOME: `${scratch}/helm/data`,
    HELM_PLUGINS: `${scratch}/helm/plugins`,
    HELM_REGISTRY_CONFIG: `${scratch}/helm/registry.json`,
    HELM_REPOSITORY_CONFIG: `${scratch}/helm/repositories.yaml`,
    HELM_REPOSITORY_CACHE: `${scratch}/helm/repository`,
    KUBECONFIG: `${scratch}/no-kubeconfig`,
    // Anything that still tries the network goes to a closed local port and fails at once.
    HTTP_PROXY: dead,
    HTTPS_PROXY: dead,
    ALL_PROXY: dead,
    http_proxy: dead,
    https_proxy: dead,
    all_proxy: dead,
    NO_PROXY: '',
    no_proxy: '',
  };
}

/**
 * For the log: what kept the renderers off the network. Their environment always sends any proxied request to a
 * closed local port ("proxy"); a network namespace, where the runner could make one, also cuts direct connections,
 * local ones included.
 */
export function networkMeasures(isolation: NetworkIsolation | null): string {
  if (isolation?.kind === 'namespace') return 'network namespace (no network devices) and dead proxy';
  return `proxy only${isolation ? ` (no network namespace: ${isolation.reason})` : ''}`;
}

/**
 * The error a program printed, on one line and without Helm's "Error: " prefix: from the first `Error:` line to the
 * end (helm 4 spreads one error over several indented lines), or the last line when there is no `Error:` line.
 */
export function firstErrorLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^Use --debug flag/.test(l));
  const start = lines.findIndex((l) => /^Error:/i.test(l));
  const picked = start < 0 ? lines.slice(-1) : lines.slice(start);
  const text = picked.join(' ').replace(/^Error:\s*/i, '').replace(/\s+/g, ' ');
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** Each render's share of the CPUs when `renders` run at once (at least one). */
export function cpuShare(cpus: number, renders: number): number {
  return Math.max(1, Math.floor(cpus / Math.max(1, renders)));
}

/** A values file to render a chart with (each is its own render), both workspace-relative. */
export interface ValuesFileSetting {
  chart: string;
  file: string;
}

/** How Helm charts and Kustomize overlays are rendered. */
/** What a render needs to know of the scan (the scan settings satisfy it). */
export interface RenderScope {
  /** Absolute workspace path. */
  root: string;
  target: string;
  current: string | null;
  exclude: string[];
  maxFileBytes: number;
  /** Absent = DEFAULT_RENDER_SETTINGS. */
  render?: RenderSettings;
}

export interface RenderSettings {
  /** helm program: a path, or a name looked up on PATH; null = "helm" on PATH. */
  helmPath: string | null;
  /** kubectl (`kubectl kustomize`) or kustomize (`kustomize build`) program; null = kustomize, then kubectl, on PATH. */
  kubectlPath: string | null;
  releaseName: string;
  namespace: string;
  valuesFiles: ValuesFileSetting[];
  renderTimeoutSec: number;
  /** Renders at a time; null = one per CPU. */
  renderWorkers: number | null;
  /** Pre-rendered `helm template` output to read: a workspace-relative file, or "-" for standard input. */
  rendered: string | null;
  /**
   * kustomize's load restrictor: 'rootOnly' (kustomize's default; absent = this) or 'none' (files outside a
   * kustomization's own directory may be read, still only inside the workspace).
   */
  loadRestrictor?: 'rootOnly' | 'none';
}

export const DEFAULT_RENDER_SETTINGS: RenderSettings = {
  helmPath: null,
  kubectlPath: null,
  releaseName: 'release-name',
  namespace: 'default',
  valuesFiles: [],
  renderTimeoutSec: 60,
  renderWorkers: null,
  rendered: null,
};

/** Files the scan could not read (binary, too large, not UTF-8, links it would not follow). */
export interface SkippedFile {
  reason: string;
  severity: Severity;
}

/** Something that happened while rendering Helm charts or Kustomize overlays. */
export type RenderEvent =
  | {
      type: 'render-failed';
      renderer: 'helm' | 'kustomize';
      /** The chart or kustomization directory. */
      subject: string;
      /** Why, in one line (Helm's or kustomize's own error where there is one). */
      reason: string;
      /** The values file of a failed Helm render (null: the chart's defaults). */
      values?: string | null;
      /** A dependency that could not be resolved offline (or, with `substitute`, only by a chart of another version). */
      dependency?: { name: string; version: string | null; repository: string | null };
      /**
       * The workspace's chart of the dependency's name that was rendered in its place, although its version does not
       * satisfy the dependency's constraint (a notice).
       */
      substitute?: { dir: string; version: string | null };
      /** The render was cut off by the timeout. */
      timedOut?: boolean;
      /** Other renders of the same chart succeeded, so the chart was still checked. */
      partial?: boolean;
      /**
       * Part of the chart (named in `reason`) was left out and the chart rendered without it. A notice when leaving
       * it out cannot change which objects render (a values-schema reference), else a warning.
       */
      leftOut?: 'warning' | 'notice';
      data?: Record<string, unknown>;
    }
  | { type: 'renderer-missing'; renderer: 'helm' | 'kustomize'; count: number; reason: string; subjects: string[] }
  | { type: 'chart-kube-version'; chart: string; chartName: string; constraint: string; target: string; error?: string }
  /**
   * A `.Capabilities.APIVersions.Has` check the render could not make answer as the target would (the others are
   * rewritten in the chart's temporary copy), in a template that rendered: `apiVersion` when the check names one.
   */
  | { type: 'capabilities-removed-api'; chart: string; apiVersion: string | null; target: string; expression?: string };
