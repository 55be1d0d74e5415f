import { addMinors, compareReleases, formatRelease, parseRelease } from '../version/index.js';
import { checkPreRelease, horizonOf, preReleaseAt, type PreRelease } from './pre-release.js';
/**
 * The feature-gate catalog: for every Kubernetes feature gate, its stage, default and lock per span of
 * releases, the release that removed it, and where the upstream sources disagree. The data is generated
 * (scripts/generate-feature-gates.ts) and committed in data/feature-gates.json; this module only types and
 * queries it. Every function takes the parsed catalog object (no fs, no process).
 *
 * Meaning of "removed": components of that release no longer recognise the gate, and a component given an
 * unknown gate in `--feature-gates` / `featureGates` refuses to start. A locked gate (`locked: true`) set to
 * a value other than its default also makes the component refuse to start.
 *
 * From the first release whose code the data holds (1.18) the spans are what each release's code registers;
 * earlier releases come from the website's feature-gate pages.
 *
 * The pre-release minor (`preRelease`, the minor after newestRelease) comes from kubernetes master's lists during
 * its development: an open span (`to: null`) reaches it unless the gate's `plannedRemovalIn` is that minor (then the
 * gate is not accepted there), and a span that starts in it is marked `preRelease: true`.
 */

export type Stage = 'alpha' | 'beta' | 'ga' | 'deprecated';

/**
 * A run of releases with the same state. `to: null` = still in this state in the catalog's newestRelease (and in its
 * pre-release minor, unless a removal is planned for it).
 * `default: null` when the source does not state it; `locked: null` when unknown (GA/deprecated stages of
 * releases before the code coverage, known only from the website, whose pages did not always record locks).
 * `components`: only these components register the gate in these releases (e.g. a gate of the
 * controller-manager package that kube-controller-manager alone adds); absent = every Kubernetes component.
 */
export interface StageSpan {
  stage: Stage;
  default: boolean | null;
  locked: boolean | null;
  from: string;
  to: string | null;
  components?: string[];
  /** The span starts in the catalog's pre-release minor: a fact of that release's development data. */
  preRelease?: true;
}

/**
 * 'code': the gate source files each release compiles in (primary from their first release on);
 * 'kubernetes' / 'kubernetes-feature-list': the generated lists of kubernetes master (development);
 * 'website': the feature-gate pages; 'release-notes': the release notes.
 */
export type SourceId = 'code' | 'kubernetes' | 'kubernetes-feature-list' | 'website' | 'release-notes';

/**
 * A release range where another source disagrees with the one the catalog follows (`chosen`) on one field.
 * 'presence': one source has the gate in those releases, the other not; 'removal': release notes date a
 * removal the code does not show; 'lock': release notes call the gate locked where the code does not lock it.
 * Every disagreement is reviewed (scripts/overlays/feature-gate-exceptions.yaml).
 */
export interface Disagreement {
  field: 'presence' | 'stage' | 'default' | 'locked' | 'removal' | 'lock';
  from: string;
  to: string;
  values: Partial<Record<SourceId, string | boolean | null>>;
  chosen: SourceId;
}

/** How `removedIn` was decided (rules in scripts/lib/feature-gates.ts, `resolveRemoval`). */
export type RemovalBasis =
  /** the first release whose code no longer registers the gate. */
  | 'code'
  /**
   * a gate only the website knows whose (website) removal falls after the first release the code covers: that
   * release's code does not register it, so removedIn is that release (the page's `toVersion` was the removal
   * release, or the gate was never in the code under that name).
   */
  | 'code-absent'
  /** website `removed: true`; removedIn = last stage `toVersion` + 1; no release note covers it. */
  | 'website'
  /** as `website`, and a release note of removedIn confirms it. */
  | 'website+release-notes'
  /** website `removed: true`, but the notes of the `toVersion` release state the removal: removedIn = toVersion. */
  | 'release-notes-at-to-version'
  /** a release note dates the removal where the website does not (gate shown active, or another release). */
  | 'release-notes'
  /**
   * no release note covers the gate, but most gates with the same website `toVersion` that have one were
   * removed in that `toVersion` release: removedIn = toVersion. (The per-gate pages were converted from the
   * website's former removed-gates table, content/en/docs/reference/command-line-tools-reference/
   * feature-gates-removed.md, whose "To" column gave the removal release for GA and deprecated stages.)
   */
  | 'peers-at-to-version'
  /** website `removed: true` without a `toVersion`: assumed accepted only in the last stage's first release. */
  | 'assumed';

/** How `plannedRemovalIn` was decided. */
export type PlannedRemovalBasis =
  /** the development release's draft notes state the removal. */
  | 'release-notes-draft'
  /** absent from kubernetes master (development) but active in newestRelease per the website; no note found. */
  | 'absent-from-kubernetes-master';

export interface GateProvenance {
  /** Sources of the spans, highest precedence first. */
  stages: SourceId[];
  removedIn?: { basis: RemovalBasis; evidence: string[] };
  plannedRemovalIn?: { basis: PlannedRemovalBasis; evidence: string[] };
  disagreements?: Disagreement[];
  /**
   * GA/deprecated releases whose lock the other sources did not record, set locked by release notes that say
   * the gate is (or, before its removal, was) locked or unconditionally enabled (rule `applyLockEvidence`).
   */
  locks?: Array<{ from: string; to: string; evidence: string[] }>;
  notes?: string[];
}

export interface GateEntry {
  /** Ascending, contiguous; the last span ends at removedIn - 1, or is open (`to: null`). */
  stages: StageSpan[];
  /** First release that no longer accepts the gate, or null. */
  removedIn: string | null;
  /** A release after newestRelease whose development data already lacks the gate, or null. */
  plannedRemovalIn: string | null;
  /**
   * True when the first release that accepted the gate is unknown: the oldest code release already has it and
   * no other source dates it (stages[0].from is then that release).
   */
  introducedUnknown?: true;
  provenance: GateProvenance;
}

export interface CatalogSource {
  name: string;
  repository: string;
  commit: string;
  path: string;
  mirrorPath: string;
}

export interface FeatureGateCatalog {
  _generated: string;
  schemaVersion: 1;
  catalogVersion: string;
  /** Newest GA minor the data describes. */
  newestRelease: string;
  /** Contiguous minors whose whole gate set the data covers, oldest first. */
  releases: string[];
  /** The minor after newestRelease, from kubernetes master's development lists; null or absent when none. */
  preRelease?: PreRelease | null;
  sources: CatalogSource[];
  /** Keyed by gate name (case-sensitive, as components match it). */
  gates: Record<string, GateEntry>;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

const STAGES: readonly Stage[] = ['alpha', 'beta', 'ga', 'deprecated'];

function fail(path: string, what: string): never {
  throw new Error(`feature-gate catalog: ${path}: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isReleaseString(v: unknown): v is string {
  return typeof v === 'string' && /^\d+\.\d+$/.test(v);
}

function checkSpan(v: unknown, path: string): void {
  if (!isRecord(v)) fail(path, 'not an object');
  if (!STAGES.includes(v.stage as Stage)) fail(path, `unknown stage ${JSON.stringify(v.stage)}`);
  if (v.default !== null && typeof v.default !== 'boolean') fail(path, 'default must be boolean or null');
  if (v.locked !== null && typeof v.locked !== 'boolean') fail(path, 'locked must be boolean or null');
  if (!isReleaseString(v.from)) fail(path, 'from must be a release');
  if (v.to !== null && !isReleaseString(v.to)) fail(path, 'to must be a release or null');
}

/**
 * Checks the shape of a parsed catalog (schemaVersion 1) and returns it typed. Throws on the first problem.
 * Checks structure and span order, not provenance details.
 */
export function parseFeatureGateCatalog(json: unknown): FeatureGateCatalog {
  if (!isRecord(json)) fail('$', 'not an object');
  if (json.schemaVersion !== 1) fail('schemaVersion', `unsupported ${JSON.stringify(json.schemaVersion)}`);
  if (!isReleaseString(json.newestRelease)) fail('newestRelease', 'not a release');
  if (!Array.isArray(json.releases) || !json.releases.every(isReleaseString)) fail('releases', 'not a list of releases');
  try {
    checkPreRelease(json.preRelease, json.newestRelease, 'preRelease');
  } catch (err) {
    fail('preRelease', (err as Error).message);
  }
  if (!isRecord(json.gates)) fail('gates', 'not an object');
  for (const [name, entry] of Object.entries(json.gates)) {
    const path = `gates.${name}`;
    if (!isRecord(entry)) fail(path, 'not an object');
    if (!Array.isArray(entry.stages) || entry.stages.length === 0) fail(`${path}.stages`, 'empty');
    entry.stages.forEach((s, i) => checkSpan(s, `${path}.stages[${i}]`));
    for (const key of ['removedIn', 'plannedRemovalIn'] as const) {
      if (entry[key] !== null && !isReleaseString(entry[key])) fail(`${path}.${key}`, 'must be a release or null');
    }
    entry.stages.forEach((s, i) => {
      const c = (s as Record<string, unknown>).components;
      if (c !== undefined && (!Array.isArray(c) || c.length === 0 || !c.every((x) => typeof x === 'string'))) fail(`${path}.stages[${i}].components`, 'not a non-empty list');
    });
    if (!isRecord(entry.provenance)) fail(`${path}.provenance`, 'missing');
  }
  return json as unknown as FeatureGateCatalog;
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** "1.30", "v1.30" or "1.30.2" → "1.30"; throws on anything else. */
function release(text: string): string {
  const r = parseRelease(text);
  if (!r) throw new Error(`not a Kubernetes release: ${JSON.stringify(text)}`);
  return formatRelease(r);
}

/** The entry for an exact gate name (names are case-sensitive), or undefined. */
export function lookupGate(catalog: FeatureGateCatalog, gate: string): GateEntry | undefined {
  return Object.hasOwn(catalog.gates, gate) ? catalog.gates[gate] : undefined;
}

/** True when any covered release (past or present) knew the gate. */
export function isKnownGate(catalog: FeatureGateCatalog, gate: string): boolean {
  return lookupGate(catalog, gate) !== undefined;
}

/**
 * For a name the catalog does not know: a known gate that differs only in letter case, or by `-`/`_`
 * (e.g. "podsecurity" → "PodSecurity"), else null.
 */
export function suggestGate(catalog: FeatureGateCatalog, gate: string): string | null {
  if (isKnownGate(catalog, gate)) return gate;
  const fold = (s: string): string => s.replace(/[-_\s]/g, '').toLowerCase();
  const want = fold(gate);
  if (!want) return null;
  const matches = Object.keys(catalog.gates).filter((n) => fold(n) === want);
  return matches.length === 1 ? (matches[0] as string) : null;
}

/** The span holding `release`, or null when the gate is not accepted in it. */
export function spanAt(entry: GateEntry, rel: string): StageSpan | null {
  return spanIn(entry.stages, release(rel));
}

function spanIn(stages: readonly StageSpan[], r: string): StageSpan | null {
  for (const s of stages) {
    if (compareReleases(s.from, r) <= 0 && (s.to === null || compareReleases(r, s.to) <= 0)) return s;
  }
  return null;
}

/**
 * The gate's spans as `rel` sees them: in the pre-release minor a removal planned for it has happened, so the open
 * span ends at newestRelease.
 */
function stagesFor(catalog: FeatureGateCatalog, entry: GateEntry, rel: string): readonly StageSpan[] {
  const planned = entry.plannedRemovalIn;
  if (planned === null || !preReleaseAt(catalog, rel) || compareReleases(rel, planned) < 0) return entry.stages;
  return entry.stages.map((s) => (s.to === null ? { ...s, to: catalog.newestRelease } : s));
}

function firstOfStage(entry: GateEntry, stage: Stage): string | null {
  return entry.stages.find((s) => s.stage === stage)?.from ?? null;
}

/**
 * 'accepted': the receiver accepts the gate in the release; 'removed': it accepted the gate in an earlier
 * release and no longer does; 'not-yet-introduced': it accepts the gate only in later releases;
 * 'other-components': the release has the gate, but only other components register it.
 */
export type GateState = 'accepted' | 'removed' | 'not-yet-introduced' | 'other-components';

/**
 * Who is given the gate: one component (`kubelet`), `null` for every Kubernetes component at once (kind's
 * `featureGates`), or `undefined` for the gate as such (accepted when any component accepts it).
 */
export type GateReceiver = string | null | undefined;

/** Whether `receiver` accepts a gate in the releases of `span`. */
function spanAccepts(span: StageSpan, receiver: GateReceiver): boolean {
  if (!span.components || receiver === undefined) return true;
  if (receiver === null) return false; // some component does not register it
  return span.components.includes(receiver);
}

export interface GateStatus {
  gate: string;
  release: string;
  /** The receiver (see `GateReceiver`) accepts the gate in `release`. */
  known: boolean;
  state: GateState;
  /** Stage, default and lock in `release` (null when not accepted; default/locked also null when unknown). */
  stage: Stage | null;
  default: boolean | null;
  locked: boolean | null;
  /** First release that accepted the gate (null when unknown). */
  introducedIn: string | null;
  /** The receiver accepted the gate already in the oldest release the code covers, since an unknown release. */
  introducedUnknown: boolean;
  /** First release of a deprecated stage, if any. */
  deprecatedIn: string | null;
  /** First release of a GA stage, if any. */
  gaIn: string | null;
  /** First release after the receiver's last accepting one (the gate's removal for an unrestricted gate). */
  removedIn: string | null;
  /** Last release that accepts the gate, when it was removed. */
  lastAcceptedIn: string | null;
  plannedRemovalIn: string | null;
  /** The only components that register the gate in `release`; null = every component (or not registered). */
  components: readonly string[] | null;
  /**
   * 'pre-release': `release` is the catalog's pre-release minor, answered from development data.
   * 'after-newest': `release` is newer than the newest release the catalog answers for; the state shown is the
   * newest known (check plannedRemovalIn). 'before-coverage': older than the catalog's first release, whose gate
   * set the data may not fully cover.
   */
  coverage: 'covered' | 'before-coverage' | 'pre-release' | 'after-newest';
}

/**
 * What `release` makes of `gate` given to `receiver`: accepted (with stage/default/lock), removed, not yet
 * introduced, or registered only by other components; or 'unknown' when no covered release knew the gate
 * (components of any release refuse it).
 */
export function gateStatus(catalog: FeatureGateCatalog, gate: string, rel: string, receiver?: GateReceiver): GateStatus | 'unknown' {
  const entry = lookupGate(catalog, gate);
  if (!entry) return 'unknown';
  const r = release(rel);
  const newest = catalog.newestRelease;
  const horizon = horizonOf(catalog);
  const oldest = catalog.releases[0] ?? newest;
  const coverage =
    compareReleases(r, horizon) > 0 ? 'after-newest' : preReleaseAt(catalog, r) ? 'pre-release' : compareReleases(r, oldest) < 0 ? 'before-coverage' : 'covered';
  const effective = coverage === 'after-newest' ? horizon : r;
  const stages = stagesFor(catalog, entry, effective);
  const anySpan = spanIn(stages, effective);
  const accepting = stages.filter((s) => spanAccepts(s, receiver));
  const span = anySpan && spanAccepts(anySpan, receiver) ? anySpan : null;
  const first = accepting[0];
  const last = accepting[accepting.length - 1];
  const introducedUnknown = first !== undefined && entry.introducedUnknown === true && first === entry.stages[0];
  const introducedIn = !first || introducedUnknown ? null : first.from;
  const before = accepting.filter((s) => s.to !== null && compareReleases(s.to, effective) < 0);
  const lastBefore = before[before.length - 1];
  let state: GateState;
  if (span) state = 'accepted';
  else if (lastBefore) state = 'removed';
  else if (first && compareReleases(effective, first.from) < 0) state = 'not-yet-introduced';
  else if (anySpan) state = 'other-components';
  else if (entry.removedIn !== null && compareReleases(effective, entry.removedIn) >= 0) state = 'removed';
  else state = 'not-yet-introduced';
  let removedIn = entry.removedIn;
  if (last && last.to !== null && (removedIn === null || compareReleases(addMinors(last.to, 1), removedIn) < 0)) removedIn = addMinors(last.to, 1);
  if (state === 'removed' && lastBefore?.to) removedIn = addMinors(lastBefore.to, 1);
  return {
    gate,
    release: r,
    known: span !== null,
    state,
    stage: span?.stage ?? null,
    default: span ? span.default : null,
    locked: span ? span.locked : null,
    introducedIn,
    introducedUnknown,
    deprecatedIn: firstOfStage(entry, 'deprecated'),
    gaIn: firstOfStage(entry, 'ga'),
    removedIn,
    lastAcceptedIn: removedIn === null ? null : addMinors(removedIn, -1),
    plannedRemovalIn: entry.plannedRemovalIn,
    components: anySpan?.components ?? null,
    coverage,
  };
}

/** True when the components of `release` accept the gate. */
export function isAcceptedIn(catalog: FeatureGateCatalog, gate: string, rel: string): boolean {
  const s = gateStatus(catalog, gate, rel);
  return s !== 'unknown' && s.known;
}

/**
 * Gates accepted in `from` that a later release up to and including `to` removed (an upgrade from `from`
 * to `to` makes them fatal), sorted by removal release then name.
 */
export function gatesRemovedBetween(catalog: FeatureGateCatalog, from: string, to: string): Array<{ gate: string; removedIn: string }> {
  const a = release(from);
  const b = release(to);
  const out: Array<{ gate: string; removedIn: string }> = [];
  for (const [gate, entry] of Object.entries(catalog.gates)) {
    const removedIn = entry.removedIn;
    if (removedIn === null || compareReleases(removedIn, a) <= 0 || compareReleases(removedIn, b) > 0) continue;
    if (spanAt(entry, a)) out.push({ gate, removedIn });
  }
  return out.sort((x, y) => compareReleases(x.removedIn, y.removedIn) || (x.gate < y.gate ? -1 : x.gate > y.gate ? 1 : 0));
}
