/**
 * `plan`: a change record per declared cluster. The repository is scanned once per distinct cluster target (with the
 * same pipeline and rules as `scan`), each cluster is evaluated on the date, and the record is derived from the
 * catalogs, the evaluation and the scan's findings for the cluster's paths.
 */
import { runScan, type RunDeps } from '../app/run.js';
import { checkClusters, pathMatcher } from '../clusters/check.js';
import type { ClusterSettings } from '../clusters/types.js';
import type { ReleasesCatalog } from '../catalog/releases.js';
import type { Finding } from '../findings/types.js';
import { SettingsError } from '../ports/errors.js';
import { RULES } from '../rules/index.js';
import type { ScanSettings } from '../settings/scan.js';
import { buildClusterPlan } from './build.js';
import type { PlanRecord } from './types.js';

export { planProvenance, renderClusterPlanMarkdown, renderPlanMarkdown } from './markdown.js';
export type { PlanRecord } from './types.js';

/** The newest minor released by the date: the plan's target when the configuration names none. */
export function defaultPlanTarget(releases: ReleasesCatalog, asOf: string): string {
  const released = releases.minors.filter((m) => m.released && m.releaseDate !== null && m.releaseDate <= asOf);
  const newest = released.at(-1);
  if (!newest) throw new SettingsError(`the release catalog knows no release by ${asOf}`);
  return newest.minor;
}

/**
 * Rules that only speak when clusters are declared: a scan given in `PlanInput.scanned` made them, the plan's own
 * scans (which leave the clusters out) do not, so they are dropped from it to keep the record the same either way.
 */
const ABOUT_DECLARED_CLUSTERS: ReadonlySet<string> = new Set(RULES.filter((r) => r.scope === 'cluster' || r.scope === 'advisory-source').map((r) => r.meta.id));

export interface PlanInput {
  /** The scan settings (paths, include/exclude, rendering); the target is each cluster's. */
  scan: ScanSettings;
  clusters: ClusterSettings;
  /** Only this cluster (--cluster NAME), or every declared one. */
  only: string | null;
  /**
   * A scan of the same settings already made at this target (with no current version), e.g. the action's own: its
   * findings are used for the clusters with that target instead of scanning the repository again.
   */
  scanned?: { target: string; findings: readonly Finding[] };
}

export async function runPlan(input: PlanInput, deps: RunDeps): Promise<PlanRecord> {
  if (!deps.clock) throw new Error('plan needs a clock (RunDeps.clock)');
  const specs = input.only === null ? input.clusters.clusters : input.clusters.clusters.filter((c) => c.name === input.only);
  if (specs.length === 0) {
    const names = input.clusters.clusters.map((c) => c.name).join(', ');
    throw new SettingsError(input.only === null ? 'plan needs declared clusters: the configuration file declares none' : `--cluster "${input.only}" is not declared; expected one of ${names || '(none)'}`);
  }
  const releases = deps.catalogs.releases();
  const scans = new Map<string, readonly Finding[]>();
  if (input.scanned) scans.set(input.scanned.target, input.scanned.findings.filter((f) => !ABOUT_DECLARED_CLUSTERS.has(f.ruleId)));
  // Every cluster evaluated at once: the live feed, when asked for, is read once. No documents are passed, so the scan
  // target (which only counts the documents' removals past it) does not change the evaluations.
  const checked = await checkClusters(
    { settings: { ...input.clusters, clusters: specs }, documents: [], scanTarget: input.scan.target, api: deps.catalogs.api, logger: deps.logger },
    { releases, advisories: deps.catalogs.advisories(), clock: deps.clock, ...(deps.http ? { http: deps.http } : {}), ...(deps.feed ? { feed: deps.feed } : {}) },
  );
  const clusters: PlanRecord['clusters'] = [];
  for (const [i, spec] of specs.entries()) {
    let findings = scans.get(spec.target);
    if (!findings) {
      const { clusters: _none, ...scan } = input.scan;
      findings = (await runScan({ ...scan, target: spec.target, current: null }, deps)).findings;
      scans.set(spec.target, findings);
    }
    const { evaluation, place } = checked.clusters[i]!;
    const mine = spec.paths.length > 0 ? pathMatcher(spec.paths) : null;
    const relevant = findings.filter((f) => f.file === null || mine === null || mine(f.file));
    clusters.push(buildClusterPlan({ evaluation, place, releases, findings: relevant, evidence: spec.inventory ?? null }));
  }
  const advisories = deps.catalogs.advisories().catalogVersion;
  const asOf = checked.clusters[0]!.evaluation.asOf;
  return {
    schemaVersion: 1,
    tool: deps.tool,
    asOf,
    catalogs: { releases: releases.catalogVersion, advisories: checked.source?.live?.feedOk ? `${advisories}+live` : advisories, api: deps.catalogs.api.version },
    clusters,
  };
}
