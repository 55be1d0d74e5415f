/**
 * The types the helm modules share: the options and context of a chart's renders, what a chart's renders give
 * (ChartRender), and what one `helm template` run gives (RunOutcome). Types only.
 */
import type { FileSystem } from '../../ports/index.js';
import type { ApiCatalog } from '../../catalog/api-catalog.js';
import type { PrepareContext } from '../prepare.js';
import type { RenderDeps, RenderedItem } from '../types.js';
import type { HelmRunner } from './tool.js';

export interface HelmOptions {
  target: string;
  releaseName: string;
  namespace: string;
  timeoutMs: number;
  /** Extra values files for this chart (workspace-relative). */
  values: readonly string[];
  /** Files the plain scan already read (rendered CRDs from them are not reported twice). */
  plainFiles: ReadonlySet<string>;
  excluded(file: string): boolean;
  /** GOMAXPROCS for each helm process (see isolatedEnv); unset: Go's default. */
  goMaxProcs?: number;
}

export interface HelmContext {
  deps: RenderDeps;
  fs: FileSystem;
  catalog: ApiCatalog;
  tool: HelmRunner;
  prepare: Omit<PrepareContext, 'token'>;
  /** Gates every helm process, so no more than the configured number run at once. */
  limit: <R>(fn: () => Promise<R>) => Promise<R>;
}

export interface ChartRender {
  items: RenderedItem[];
  documents: number;
  renders: number;
  failures: number;
  /** Rendered whole; rendered with a dependency (or packaged subchart) left out; or no render succeeded. */
  outcome: ChartOutcome;
}

export type ChartOutcome = 'rendered' | 'rendered-without' | 'not-rendered';

export interface RunOutcome {
  ok: boolean;
  items: RenderedItem[];
  documents: number;
  /** The `# Source:` paths of the documents rendered. */
  sources: Set<string>;
}
