/**
 * Reconciliation of the Kubernetes feature-gate catalog (data/feature-gates.json) from three kinds of
 * upstream data. Everything here is pure (no fs, no network) except `loadFeatureGateInputs`, which
 * reads through an injected `Source` with relative paths only.
 *
 * Inputs (paths relative to the data mirror; provenance in PINNED_FEATURE_GATE_SOURCES):
 *  - `feature-gates/kubernetes/versioned_feature_list.yaml`: kubernetes/kubernetes
 *    test/compatibility_lifecycle/reference/versioned_feature_list.yaml (master during 1.37 development):
 *    per gate the versioned specs `{default, lockToDefault, preRelease, version}` the code registers.
 *  - `feature-gates/kubernetes/feature_list.md`: the table generated next to it (same commit); the only
 *    kubernetes-side record of the client-go gates.
 *  - `feature-gates/website-frontmatter.json`: the YAML front matter of every page under kubernetes/website
 *    content/en/docs/reference/command-line-tools-reference/feature-gates/ (`stages[]`, `removed`), keyed by
 *    the page `title` (= the gate name; two pages have file names that differ from the gate name, e.g.
 *    extend-websockets-to-kubelet.md, so the file names cannot be derived from the keys). The generator reads
 *    this one file instead of the 465 pages so that a URL base needs no directory listing;
 *    `parseWebsiteFrontMatter` parses a page itself, and a test checks the JSON against the pages.
 *  - `changelog-notes/v1.N.md` (1.20 … newest) and `v<dev>-draft.md`: upgrade-relevant parts of the
 *    kubernetes/sig-release release-notes drafts; statements that a gate "has been removed" are the
 *    evidence for removal releases the other sources get wrong or do not know.
 *  - `releases/schedule.yaml`: kubernetes/website data/releases/schedule.yaml; its newest `release` is the
 *    newest GA minor (`newestRelease`). The next minor is the development release.
 *
 * Which source wins (each rule is a named function below, with table tests):
 *  - stages/default/locked per release: the kubernetes YAML (what the code registers, including
 *    `lockToDefault`) wins wherever it has a spec ≤ newestRelease; the feature list is used for gates the YAML
 *    lacks; the website fills releases before the first kubernetes spec and is the only source for removed
 *    gates (`mergeStageHistory`, `kubernetesHistory`, `featureListHistory`, `websiteHistory`).
 *  - a kubernetes spec at version "1.0" is a placeholder for "behaviour that predates the gate"; the gate's
 *    first release is then the website's first `fromVersion`, else the next spec's version
 *    (`placeholderIntroduction`).
 *  - specs/ranges for releases after newestRelease (the development release) are ignored for stages.
 *  - removal (`resolveRemoval`): kubernetes master presence wins (never removed); then release notes win over
 *    the website. For a gate the website marks removed, removedIn is the release after the last stage's
 *    `toVersion` (its documented meaning: the last release that accepts the gate) when the notes of that
 *    release confirm it or no note says otherwise; the `toVersion` release itself when its notes state the
 *    removal (older pages used the removal release, e.g. AttachVolumeLimit "toVersion 1.21", removed by
 *    kubernetes#96539 in v1.21) or, without a note, when most gates with the same `toVersion` that have notes
 *    were removed in it (`calibrateToVersion`, e.g. BlockVolume and RotateKubeletClientCertificate, 1.21);
 *    the noted release when notes name another one. A gate the website shows active but that is absent from
 *    kubernetes master was removed in the release whose notes (≤ newestRelease) say so; without such a note
 *    it is only `plannedRemovalIn` the development release.
 *  - release-note statements are found by `extractRemovalEvidence` (sentence-level wording; plans such as
 *    "will be removed in 1.22" and kubeadm's own gates do not count) and dated by the notes file, with a PR
 *    listed in two files kept in the later one (`dedupeEvidence`).
 *  - locks the website did not record (GA/deprecated stages with `locked: null`) are set from release notes
 *    that say a gate is locked or unconditionally enabled (`extractLockEvidence`, `applyLockEvidence`): a
 *    note of release N that the gate is now locked → locked from N to the end of that stage; a note that
 *    removes a gate which "was locked"/"were unconditionally enabled" → locked in its last accepted release
 *    (from the release after "locked since vX" when the note says so). Known locks are never overridden.
 *  - components: none of the inputs says which component reads a gate, so `components` is always empty.
 */
import { parse as parseYaml } from 'yaml';
import { compactJson, compareRelease, readOptional, type Source } from './source.js';
import type {
  CatalogSource,
  Disagreement,
  FeatureGateCatalog,
  GateEntry,
  GateProvenance,
  PlannedRemovalBasis,
  RemovalBasis,
  SourceId,
  Stage,
  StageSpan,
} from '../../src/catalog/feature-gates.js';

// ---------------------------------------------------------------------------------------------
// Output schema (defined with the run-time queries in src/catalog/feature-gates.ts)
// ---------------------------------------------------------------------------------------------

export type { CatalogSource, Disagreement, FeatureGateCatalog, GateEntry, GateProvenance, PlannedRemovalBasis, RemovalBasis, SourceId, Stage, StageSpan };

/**
 * The state of a gate in one release. `default: null` when the source does not state it; `locked: null`
 * for a GA or deprecated stage known only from the website without `locked: true` (the pages did not
 * always record locks, e.g. PodSecurity), i.e. unknown.
 */
export type GateState = Omit<StageSpan, 'from' | 'to'>;

/**
 * A release-notes statement that a gate was removed. `release` is the notes file's release: the notes list
 * the changes since the previous minor, so that is the first release without the gate (the statement's own
 * wording, e.g. "removed in v1.28" in the v1.29 notes, is not trusted over it).
 */
export interface RemovalEvidence {
  gate: string;
  release: string;
  /** kubernetes/kubernetes pull request, when the note links one. */
  pr: number | null;
}

export const GENERATED_HEADER =
  'Generated by scripts/generate-feature-gates.ts from upstream Kubernetes data (see sources). Do not edit; run `npm run generate`.';

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

export interface WebsiteStage {
  stage: string;
  defaultValue?: boolean;
  fromVersion: string;
  toVersion?: string;
  locked?: boolean;
}

export interface WebsiteGate {
  stages: WebsiteStage[];
  removed?: boolean;
}

export interface VersionedSpec {
  default: boolean;
  lockToDefault: boolean;
  preRelease: string;
  version: string;
}

export interface VersionedGate {
  name: string;
  versionedSpecs: VersionedSpec[];
}

export interface ReleaseRange {
  from: string;
  /** null = open-ended */
  to: string | null;
}

/** One row of feature_list.md. */
export interface FeatureListRow {
  name: string;
  enabledFrom: string | null;
  lockedFrom: string | null;
  alpha: ReleaseRange | null;
  beta: ReleaseRange | null;
  ga: ReleaseRange | null;
  deprecated: ReleaseRange | null;
}

export interface ReleaseNotesFile {
  /** "1.21", or the development release for the draft. */
  release: string;
  text: string;
}

export interface FeatureGateInputs {
  newestRelease: string;
  website: Record<string, WebsiteGate>;
  versioned: VersionedGate[];
  featureList: FeatureListRow[];
  notes: ReleaseNotesFile[];
  /** Draft notes of the development release (newestRelease + 1), if any. */
  draftNotes: ReleaseNotesFile | null;
  sources: CatalogSource[];
  /** YYYY-MM-DD of the newest source commit; date part of catalogVersion. */
  newestSourceDate: string;
}

// ---------------------------------------------------------------------------------------------
// Releases
// ---------------------------------------------------------------------------------------------

const VERSION_RE = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;

/** "1.31.0" → "1.31", "v1.21" → "1.21". Throws on anything else. */
export function normalizeRelease(version: string): string {
  const m = VERSION_RE.exec(String(version).trim());
  if (!m) throw new Error(`not a Kubernetes version: ${JSON.stringify(version)}`);
  return `${Number(m[1])}.${Number(m[2])}`;
}

function minorOf(release: string): number {
  const m = VERSION_RE.exec(release);
  if (!m || m[1] !== '1') throw new Error(`only 1.x releases are supported, got ${release}`);
  return Number(m[2]);
}

function releaseOf(minor: number): string {
  return `1.${minor}`;
}

export function addMinors(release: string, steps: number): string {
  return releaseOf(minorOf(release) + steps);
}

/** Every release from `from` to `to` inclusive. */
export function releaseRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = minorOf(from); m <= minorOf(to); m++) out.push(releaseOf(m));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asWebsiteGate(name: string, v: unknown): WebsiteGate {
  if (!isRecord(v) || !Array.isArray(v.stages)) throw new Error(`website gate ${name}: no stages`);
  const stages = v.stages.map((s, i): WebsiteStage => {
    if (!isRecord(s) || typeof s.stage !== 'string' || s.fromVersion === undefined) {
      throw new Error(`website gate ${name}: stage ${i} lacks stage/fromVersion`);
    }
    const out: WebsiteStage = { stage: s.stage.trim(), fromVersion: String(s.fromVersion) };
    if (typeof s.defaultValue === 'boolean') out.defaultValue = s.defaultValue;
    if (s.toVersion !== undefined && s.toVersion !== null) out.toVersion = String(s.toVersion);
    if (s.locked === true) out.locked = true;
    return out;
  });
  return v.removed === true ? { stages, removed: true } : { stages };
}

/** website-frontmatter.json: `{GateName: {stages, removed?}}`. */
export function parseWebsiteFrontMatterJson(text: string): Record<string, WebsiteGate> {
  const raw: unknown = JSON.parse(text);
  if (!isRecord(raw)) throw new Error('website front matter: expected an object');
  const out: Record<string, WebsiteGate> = {};
  for (const name of Object.keys(raw).sort()) out[name] = asWebsiteGate(name, raw[name]);
  return out;
}

/**
 * The front matter of one website feature-gate page (`---\n…\n---`). Returns the gate name (the `title`,
 * which is not always the file name) and its stages, or null for a page without stages (the index page).
 */
export function parseWebsiteFrontMatter(page: string): { name: string; gate: WebsiteGate } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(page);
  if (!m) return null;
  const fm: unknown = parseYaml(m[1] as string);
  if (!isRecord(fm) || !Array.isArray(fm.stages) || typeof fm.title !== 'string') return null;
  return { name: fm.title.trim(), gate: asWebsiteGate(fm.title, fm) };
}

/** versioned_feature_list.yaml: a list of `{name, versionedSpecs[]}`. */
export function parseVersionedFeatureList(text: string): VersionedGate[] {
  const raw: unknown = parseYaml(text);
  if (!Array.isArray(raw)) throw new Error('versioned feature list: expected a list');
  return raw.map((g, i): VersionedGate => {
    if (!isRecord(g) || typeof g.name !== 'string' || !Array.isArray(g.versionedSpecs)) {
      throw new Error(`versioned feature list: entry ${i} lacks name/versionedSpecs`);
    }
    const specs = g.versionedSpecs.map((s, j): VersionedSpec => {
      if (!isRecord(s) || typeof s.default !== 'boolean' || typeof s.preRelease !== 'string' || s.version === undefined) {
        throw new Error(`versioned feature list: ${g.name} spec ${j} is malformed`);
      }
      return { default: s.default, lockToDefault: s.lockToDefault === true, preRelease: s.preRelease, version: String(s.version) };
    });
    return { name: g.name, versionedSpecs: specs };
  });
}

function parseRangeCell(cell: string): ReleaseRange | null {
  const c = cell.trim();
  if (!c) return null;
  const m = /^(\d+\.\d+)(?:\s*([–-])\s*(\d+\.\d+)?)?$/.exec(c);
  if (!m) throw new Error(`feature list: unreadable range ${JSON.stringify(cell)}`);
  const from = m[1] as string;
  if (!m[2]) return { from, to: from };
  return { from, to: m[3] ?? null };
}

function parseSinceCell(cell: string): string | null {
  const m = /(\d+\.\d+)\+/.exec(cell);
  return m ? (m[1] as string) : null;
}

/**
 * feature_list.md: `| Feature | Enabled | Locked | Alpha | Beta | GA | Deprecated | Dependencies | Links |`.
 * Enabled/Locked hold the first release enabled/locked ("1.33+"); stage cells hold ranges ("1.28–1.30",
 * "1.31–" open-ended, "1.22" single release).
 */
export function parseFeatureListMarkdown(text: string): FeatureListRow[] {
  const rows: FeatureListRow[] = [];
  const table = text.split(/^## /m)[0] ?? '';
  for (const line of table.split(/\r?\n/)) {
    if (!line.startsWith('| ')) continue;
    const cells = line.split('|').map((c) => c.trim());
    const name = cells[1] ?? '';
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name) || name === 'Feature') continue;
    rows.push({
      name,
      enabledFrom: parseSinceCell(cells[2] ?? ''),
      lockedFrom: parseSinceCell(cells[3] ?? ''),
      alpha: parseRangeCell(cells[4] ?? ''),
      beta: parseRangeCell(cells[5] ?? ''),
      ga: parseRangeCell(cells[6] ?? ''),
      deprecated: parseRangeCell(cells[7] ?? ''),
    });
  }
  return rows;
}

/** The newest `release` of schedule.yaml's `schedules[]`: the newest GA minor. */
export function newestScheduledRelease(scheduleYaml: string): string {
  const raw: unknown = parseYaml(scheduleYaml);
  if (!isRecord(raw) || !Array.isArray(raw.schedules)) throw new Error('schedule.yaml: no schedules');
  const releases = raw.schedules
    .map((s) => (isRecord(s) && s.release !== undefined ? normalizeRelease(String(s.release)) : null))
    .filter((r): r is string => r !== null)
    .sort(compareRelease);
  const newest = releases[releases.length - 1];
  if (!newest) throw new Error('schedule.yaml: no releases');
  return newest;
}

// ---------------------------------------------------------------------------------------------
// Release notes evidence
// ---------------------------------------------------------------------------------------------

const PR_RE = /\[#(\d+)\]\(https:\/\/github\.com\/kubernetes\/kubernetes\/pull\/\d+\)/;
/** Wording that states a removal has happened. */
const REMOVAL_RE =
  /\b(?:removed|removes|removing|remove|(?:is|are) no longer available|can no longer be specified|must no longer be referenced)\b/gi;
/** Words just before a removal verb that make it a plan, a condition or advice ("will be removed", "please remove"). */
const NOT_DONE_RE = /\b(?:will|would|shall|to|can|could|should|may|might|must|please|going to|'ll)\s+(?:(?:be|get)\s+)?(?:(?:completely|fully|soon|also|then)\s+)?$/i;
const GATE_WORD_RE = /\bfeature[- ]?gates?\b|\bfeature[- ]flags?\b|\bgates?\b|\bwithdrawn feature\b/i;
/** Splits a notes file into bullet items (continuation lines joined), skipping headings and comments. */
export function noteItems(text: string): string[] {
  const items: string[] = [];
  let current: string | null = null;
  let inComment = false;
  const flush = (): void => {
    if (current !== null) items.push(current.trim());
    current = null;
  };
  for (const line of text.split(/\r?\n/)) {
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.trimStart().startsWith('<!--')) {
      flush();
      if (!line.includes('-->')) inComment = true;
      continue;
    }
    if (/^#/.test(line) || /^_.*_\s*$/.test(line)) {
      flush();
      continue;
    }
    const bullet = /^\s{0,3}[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      current = bullet[1] as string;
    } else if (current !== null && line.trim()) {
      current += ` ${line.trim()}`;
    }
  }
  flush();
  return items;
}

/** The release-note items of a file (kubeadm's items left out), each with its PR and its sentences. */
function noteStatements(text: string): Array<{ pr: number | null; sentences: string[] }> {
  const out: Array<{ pr: number | null; sentences: string[] }> = [];
  for (const item of noteItems(text)) {
    const prMatch = PR_RE.exec(item);
    const body = item
      .replace(/\s*\(\[#\d+\]\(.*$/, '')
      .replace(/^\[[a-z ,-]+\]\s*/i, '')
      .replace(/^["']|["']$/g, '');
    if (/\bkubeadm\b/i.test(body)) continue; // kubeadm's feature gates are a separate set
    out.push({ pr: prMatch ? Number(prMatch[1]) : null, sentences: body.split(/(?<=[.;!?])\s+(?=[A-Z`'"])|\s+-\s+(?=[A-Z])/) });
  }
  return out;
}

/** Whether the sentence states `wording` as done, not as a plan or advice (NOT_DONE_RE just before it). */
function statesDone(sentence: string, wording: RegExp): boolean {
  for (const m of sentence.matchAll(wording)) {
    if (!NOT_DONE_RE.test(sentence.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) return true;
  }
  return false;
}

/**
 * Statements in one release-notes file that name a known gate as removed. A statement counts when one
 * sentence names the gate, speaks of a (feature) gate, and uses removal wording that is not a plan or
 * advice ("will be removed in 1.22", "should be removed from --feature-gates"). Items about kubeadm are
 * skipped: kubeadm's feature gates are a separate set.
 */
export function extractRemovalEvidence(file: ReleaseNotesFile, knownGates: ReadonlySet<string>): RemovalEvidence[] {
  const out = new Map<string, RemovalEvidence>();
  for (const { pr, sentences } of noteStatements(file.text)) {
    for (const sentence of sentences) {
      if (!GATE_WORD_RE.test(sentence)) continue;
      const gates = new Set((sentence.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => knownGates.has(w)));
      if (gates.size === 0) continue;
      const states = statesDone(sentence, REMOVAL_RE);
      if (!states) continue;
      for (const gate of gates) {
        const key = `${gate}\u0000${pr ?? ''}`;
        if (!out.has(key)) out.set(key, { gate, release: file.release, pr });
      }
    }
  }
  return [...out.values()].sort(
    (a, b) => (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) || compareRelease(a.release, b.release) || (a.pr ?? 0) - (b.pr ?? 0),
  );
}

export function describeEvidence(e: RemovalEvidence): string {
  return e.pr === null ? `v${e.release} notes` : `v${e.release} notes, kubernetes#${e.pr}`;
}

export function describeDraftEvidence(e: RemovalEvidence): string {
  return e.pr === null ? `v${e.release} draft notes` : `v${e.release} draft notes, kubernetes#${e.pr}`;
}

/**
 * A release-notes statement that a gate is locked to its default. `when: 'now'`: the notes of `release` say
 * the gate is locked (e.g. "was locked to default value and will be removed in v1.30"); `when: 'before-removal'`:
 * the note removes the gate and says it was locked or unconditionally enabled until then (e.g. "that graduated
 * to GA and were unconditionally enabled have been removed"). `since` is the release of "locked since vX".
 */
export interface LockEvidence {
  gate: string;
  release: string;
  pr: number | null;
  when: 'now' | 'before-removal';
  since: string | null;
}

/** Wording that says a gate is locked (a sentence must also speak of a feature or gate). */
const LOCK_RE = /\b(?:locked|unconditionally\s+(?:enabled|disabled)|always\s+enabled)\b/gi;
/** In a removal statement, wording that describes the state before the removal. */
const LOCK_PAST_RE = /\b(?:was|were|had\s+been)\b(?:(?!\b(?:is|are|now)\b)[^.;])*?\b(?:locked|unconditionally\s+enabled)\b|\blocked\b[^.;]*?\bsince\b|\blocked\s+GA\b/i;
const LOCK_SINCE_RE = /\blocked\b[^.;]*?\bsince\s+(?:Kubernetes\s+)?`?v?(\d+\.\d+)/i;
const LOCK_FEATURE_WORD_RE = /\bfeature\b|\bgates?\b|\bfeature-gates?\b/i;
/** A sentence that continues about the gate the previous sentence named ("The gate is now locked"). */
const SAME_GATE_RE = /^(?:the\s+(?:feature[- ]?)?gate|it)\b/i;

/**
 * Statements in one release-notes file that a known gate is or was locked. Same sentence rules as
 * `extractRemovalEvidence` (plans such as "will be unconditionally enabled" and kubeadm's gates do not
 * count); a sentence that names no gate but starts "The gate …"/"It …" refers to the previous sentence's gates.
 */
export function extractLockEvidence(file: ReleaseNotesFile, knownGates: ReadonlySet<string>): LockEvidence[] {
  const out = new Map<string, LockEvidence>();
  for (const { pr, sentences } of noteStatements(file.text)) {
    let previous = new Set<string>();
    for (const sentence of sentences) {
      let gates = new Set((sentence.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => knownGates.has(w)));
      if (gates.size === 0 && SAME_GATE_RE.test(sentence.trim())) gates = previous;
      previous = gates;
      if (gates.size === 0 || !LOCK_FEATURE_WORD_RE.test(sentence)) continue;
      const locked = statesDone(sentence, LOCK_RE);
      if (!locked) continue;
      const removal = statesDone(sentence, REMOVAL_RE);
      // A removal statement counts only when it describes the state before the removal ("was locked"), not
      // the behaviour after it ("has been removed and the feature is unconditionally enabled").
      if (removal && !LOCK_PAST_RE.test(sentence)) continue;
      const sinceMatch = LOCK_SINCE_RE.exec(sentence);
      const since = sinceMatch ? normalizeRelease(sinceMatch[1] as string) : null;
      for (const gate of gates) {
        const key = `${gate}\u0000${pr ?? ''}`;
        if (!out.has(key)) out.set(key, { gate, release: file.release, pr, when: removal ? 'before-removal' : 'now', since });
      }
    }
  }
  return [...out.values()].sort(
    (a, b) => (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) || compareRelease(a.release, b.release) || (a.pr ?? 0) - (b.pr ?? 0),
  );
}

export function describeLockEvidence(e: LockEvidence): string {
  return e.pr === null ? `v${e.release} notes` : `v${e.release} notes, kubernetes#${e.pr}`;
}

/**
 * Rule `applyLockEvidence`: sets `locked: true` where the history has a GA or deprecated state with an
 * unknown lock (`null`) and a release note says the gate is locked:
 *  - `now` in release N: from N until the state stops being GA/deprecated (or the history ends);
 *  - `before-removal`: the last accepted release (`lastAccepted`), or from `since` through it when stated.
 * A known lock (true/false) is never changed; evidence pointing at an alpha/beta or absent release is
 * reported in `notes` and ignored. Returns the ranges set, each with its evidence.
 */
export function applyLockEvidence(
  history: History,
  evidence: readonly LockEvidence[],
  lastAccepted: string | null,
): { history: History; locks: Array<{ from: string; to: string; evidence: string[] }>; notes: string[] } {
  const out: History = [...history];
  const notes: string[] = [];
  const setBy = new Map<number, Set<string>>();
  const lockable = (s: GateState | undefined): boolean => s !== undefined && (s.stage === 'ga' || s.stage === 'deprecated');
  for (const e of evidence) {
    let from: number;
    let to: number;
    if (e.when === 'now') {
      from = minorOf(e.release);
      to = from;
      while (lockable(history[to + 1])) to++;
    } else {
      if (lastAccepted === null) {
        notes.push(`${describeLockEvidence(e)} says the gate was locked before its removal, but the catalog has no removal: ignored`);
        continue;
      }
      to = minorOf(lastAccepted);
      from = e.since !== null ? Math.min(minorOf(e.since), to) : to;
    }
    if (!lockable(history[from])) {
      notes.push(`${describeLockEvidence(e)} says the gate is locked, but 1.${from} is ${describeState(history[from])}: ignored`);
      continue;
    }
    for (let m = from; m <= to; m++) {
      const s = history[m];
      if (!lockable(s) || s!.locked !== null) continue;
      out[m] = { ...s!, locked: true };
      const set = setBy.get(m) ?? new Set<string>();
      set.add(describeLockEvidence(e));
      setBy.set(m, set);
    }
  }
  const locks: Array<{ from: string; to: string; evidence: string[] }> = [];
  for (const m of [...setBy.keys()].sort((a, b) => a - b)) {
    const ev = [...(setBy.get(m) as Set<string>)].sort();
    const prev = locks[locks.length - 1];
    if (prev && minorOf(prev.to) + 1 === m && JSON.stringify(prev.evidence) === JSON.stringify(ev)) prev.to = releaseOf(m);
    else locks.push({ from: releaseOf(m), to: releaseOf(m), evidence: ev });
  }
  return { history: out, locks, notes };
}

/**
 * Rule `dedupeEvidence`: one pull request ships in one release, but a draft (built from master) can list a
 * PR that merged after its release branch was cut, and the next release's final notes list it again. Keep
 * the latest release per (gate, PR); statements without a PR are all kept.
 */
export function dedupeEvidence(evidence: readonly RemovalEvidence[]): RemovalEvidence[] {
  const byKey = new Map<string, RemovalEvidence>();
  const out: RemovalEvidence[] = [];
  for (const e of evidence) {
    if (e.pr === null) {
      out.push(e);
      continue;
    }
    const key = `${e.gate}\u0000${e.pr}`;
    const seen = byKey.get(key);
    if (!seen || compareRelease(e.release, seen.release) > 0) byKey.set(key, e);
  }
  out.push(...byKey.values());
  return out.sort(
    (a, b) => (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) || compareRelease(a.release, b.release) || (a.pr ?? 0) - (b.pr ?? 0),
  );
}

// ---------------------------------------------------------------------------------------------
// Per-release histories (index = minor number)
// ---------------------------------------------------------------------------------------------

/** A gate's state per release, indexed by minor number (1.N → index N); undefined = not accepted/unknown. */
export type History = (GateState | undefined)[];

const STAGE_NAMES: Record<string, Stage> = {
  alpha: 'alpha',
  beta: 'beta',
  stable: 'ga',
  ga: 'ga',
  deprecated: 'deprecated',
};

export function normalizeStage(name: string): Stage {
  const s = STAGE_NAMES[name.trim().toLowerCase()];
  if (!s) throw new Error(`unknown feature stage ${JSON.stringify(name)}`);
  return s;
}

function sameState(a: GateState | undefined, b: GateState | undefined): boolean {
  if (!a || !b) return a === b;
  return a.stage === b.stage && a.default === b.default && a.locked === b.locked;
}

/**
 * Rule `websiteHistory`: website stages, sorted by `fromVersion` (patch versions count within their minor).
 * A stage lasts until the next stage starts, so a later stage wins where ranges overlap (e.g. beta
 * 1.30–1.30 then GA 1.30) and, for a change in a patch release (beta 1.35.0–1.35.3, then 1.35.4), the minor
 * gets its newest patch's state. A missing `toVersion` on a stage that is not last is not a gap. The last
 * stage ends at `lastRelease` (the caller passes the removal-adjusted last accepted release or newestRelease).
 * Stages without `defaultValue` (some deprecated stages of removed gates) get `default: null`; GA and
 * deprecated stages without `locked: true` get `locked: null` (not recorded), alpha and beta `false`.
 */
export function websiteHistory(gate: WebsiteGate, lastRelease: string): { history: History; patchNotes: string[] } {
  const stages = gate.stages
    .map((s, order) => ({ s, order, from: parsePatch(s.fromVersion) }))
    .sort((a, b) => a.from.minor - b.from.minor || a.from.patch - b.from.patch || a.order - b.order);
  const history: History = [];
  const patchNotes: string[] = [];
  const last = minorOf(lastRelease);
  for (let i = 0; i < stages.length; i++) {
    const { s, from } = stages[i] as (typeof stages)[number];
    const next = stages[i + 1];
    const end = next ? next.from.minor - (next.from.patch > 0 ? 0 : 1) : last;
    const stage = normalizeStage(s.stage);
    const locked = s.locked === true ? true : stage === 'ga' || stage === 'deprecated' ? null : false;
    const state: GateState = { stage, default: s.defaultValue ?? null, locked };
    if (from.patch > 0 || (next && next.from.patch > 0)) {
      patchNotes.push(`website: ${describeState(state)} from ${s.fromVersion}${s.toVersion ? ` to ${s.toVersion}` : ''}`);
    }
    for (let m = from.minor; m <= Math.min(end, last); m++) history[m] = state;
  }
  return { history, patchNotes };
}

function parsePatch(version: string): { minor: number; patch: number } {
  const m = VERSION_RE.exec(version.trim());
  if (!m || m[1] !== '1') throw new Error(`not a 1.x version: ${version}`);
  return { minor: Number(m[2]), patch: m[3] === undefined ? 0 : Number(m[3]) };
}

/**
 * Rule `placeholderIntroduction`: kubernetes registers gates that switch off long-standing behaviour with a
 * first spec at version "1.0" (e.g. AllowDNSOnlyNodeCSR: GA 1.0, Deprecated 1.31). That is no evidence that
 * the gate name was accepted before it was added. The first release that accepts it is the website's first
 * `fromVersion` if the website documents the gate, else the version of the next spec; with neither it is
 * unknown (null).
 */
export function placeholderIntroduction(specs: readonly VersionedSpec[], websiteFirstFrom: string | null): string | null {
  if (websiteFirstFrom !== null) return normalizeRelease(websiteFirstFrom);
  const next = specs.find((s) => minorOf(normalizeRelease(s.version)) > 0);
  return next ? normalizeRelease(next.version) : null;
}

/**
 * Rule `kubernetesHistory`: each versioned spec holds from its version until the next spec's version; specs
 * after `newestRelease` (development) are ignored. `introducedIn` cuts a "1.0" placeholder history (see
 * `placeholderIntroduction`); null keeps it.
 */
export function kubernetesHistory(specs: readonly VersionedSpec[], newestRelease: string, introducedIn: string | null): History {
  const newest = minorOf(newestRelease);
  const sorted = specs
    .map((s) => ({ s, minor: minorOf(normalizeRelease(s.version)) }))
    .filter((x) => x.minor <= newest)
    .sort((a, b) => a.minor - b.minor);
  const start = introducedIn === null ? 0 : minorOf(introducedIn);
  const history: History = [];
  for (let i = 0; i < sorted.length; i++) {
    const { s, minor } = sorted[i] as (typeof sorted)[number];
    const end = i + 1 < sorted.length ? (sorted[i + 1] as (typeof sorted)[number]).minor - 1 : newest;
    const state: GateState = { stage: normalizeStage(s.preRelease), default: s.default, locked: s.lockToDefault };
    for (let m = Math.max(minor, start); m <= end; m++) history[m] = state;
  }
  return history;
}

/**
 * Rule `featureListHistory`: the stage is the column whose range holds the release, the default is
 * "enabled from" ≤ release, locked is "locked from" ≤ release. Ranges after `newestRelease` are cut.
 * (The table only keeps the first enabled release, so a default that was switched off again is lost; it
 * is used only for gates the YAML lacks.)
 */
export function featureListHistory(row: FeatureListRow, newestRelease: string): History {
  const newest = minorOf(newestRelease);
  const history: History = [];
  const cols: Array<[Stage, ReleaseRange | null]> = [
    ['alpha', row.alpha],
    ['beta', row.beta],
    ['ga', row.ga],
    ['deprecated', row.deprecated],
  ];
  for (const [stage, range] of cols) {
    if (!range) continue;
    const end = Math.min(range.to === null ? newest : minorOf(range.to), newest);
    for (let m = minorOf(range.from); m <= end; m++) {
      const r = releaseOf(m);
      history[m] = {
        stage,
        default: row.enabledFrom !== null && compareRelease(row.enabledFrom, r) <= 0,
        locked: row.lockedFrom !== null && compareRelease(row.lockedFrom, r) <= 0,
      };
    }
  }
  return history;
}

export function describeState(s: GateState | undefined): string {
  if (!s) return 'absent';
  return `${s.stage} default=${s.default === null ? '?' : String(s.default)}${s.locked ? ' locked' : s.locked === null ? ' lock?' : ''}`;
}

/**
 * Rule `mergeStageHistory`: the primary (kubernetes) history wins in every release where it has a state;
 * the website fills the releases before the primary's first state. Each release where both have a state and
 * differ, or where only one of them has a state after the primary's first release, is reported per field
 * (a null default/lock means "not stated" and differs from nothing).
 */
export function mergeStageHistory(
  primary: { id: SourceId; history: History } | null,
  website: History | null,
): { history: History; disagreements: Disagreement[]; sources: SourceId[] } {
  if (!primary) return { history: website ? [...website] : [], disagreements: [], sources: website ? ['website'] : [] };
  if (!website) return { history: [...primary.history], disagreements: [], sources: [primary.id] };
  const firstPrimary = primary.history.findIndex((s) => s !== undefined);
  const history: History = [...primary.history];
  let filled = false;
  const raw: Array<{ minor: number; field: Disagreement['field']; p: string | boolean | null; w: string | boolean | null }> = [];
  const len = Math.max(primary.history.length, website.length);
  for (let m = 0; m < len; m++) {
    const p = primary.history[m];
    const w = website[m];
    if (firstPrimary < 0 || m < firstPrimary) {
      if (w) {
        history[m] = w;
        filled = true;
      }
      continue;
    }
    if (!p && !w) continue;
    if (!p || !w) {
      raw.push({ minor: m, field: 'presence', p: p ? p.stage : null, w: w ? w.stage : null });
      continue;
    }
    if (p.stage !== w.stage) raw.push({ minor: m, field: 'stage', p: p.stage, w: w.stage });
    if (p.default !== null && w.default !== null && p.default !== w.default) raw.push({ minor: m, field: 'default', p: p.default, w: w.default });
    if (p.locked !== null && w.locked !== null && p.locked !== w.locked) raw.push({ minor: m, field: 'locked', p: p.locked, w: w.locked });
  }
  const disagreements: Disagreement[] = [];
  for (const d of raw.sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field) || a.minor - b.minor)) {
    const prev = disagreements[disagreements.length - 1];
    const values = { [primary.id]: d.p, website: d.w } as Disagreement['values'];
    if (
      prev &&
      prev.field === d.field &&
      minorOf(prev.to) + 1 === d.minor &&
      prev.values[primary.id] === d.p &&
      prev.values.website === d.w
    ) {
      prev.to = releaseOf(d.minor);
    } else {
      disagreements.push({ field: d.field, from: releaseOf(d.minor), to: releaseOf(d.minor), values, chosen: primary.id });
    }
  }
  return { history, disagreements, sources: filled ? [primary.id, 'website'] : [primary.id] };
}

function fieldOrder(f: Disagreement['field']): number {
  return ['presence', 'stage', 'default', 'locked'].indexOf(f);
}

/** Compresses a history into spans; the span reaching `newestRelease` is open (`to: null`) unless `closed`. */
export function historyToSpans(history: History, newestRelease: string, closed: boolean): StageSpan[] {
  const spans: StageSpan[] = [];
  const newest = minorOf(newestRelease);
  for (let m = 0; m < history.length && m <= newest; m++) {
    const s = history[m];
    if (!s) continue;
    const prev = spans[spans.length - 1];
    if (prev && prev.to !== null && minorOf(prev.to) + 1 === m && sameState(prev, s)) {
      prev.to = releaseOf(m);
    } else {
      spans.push({ stage: s.stage, default: s.default, locked: s.locked, from: releaseOf(m), to: releaseOf(m) });
    }
  }
  const last = spans[spans.length - 1];
  if (last && !closed && last.to === newestRelease) last.to = null;
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Removal
// ---------------------------------------------------------------------------------------------

export interface RemovalInput {
  /** The website marks the gate `removed: true`. */
  websiteRemoved: boolean;
  /** Last stage of the website entry, if any. */
  websiteLastStage: WebsiteStage | null;
  /** The gate is in kubernetes master (versioned YAML or feature list). */
  inKubernetesMaster: boolean;
  /** First release the merged history accepts the gate (null if none ≤ newestRelease). */
  firstAccepted: string | null;
  /** Release-notes removal statements for this gate, notes ≤ newestRelease (deduplicated). */
  evidence: readonly RemovalEvidence[];
  /** Removal statements in the development release's draft notes. */
  draftEvidence: readonly RemovalEvidence[];
  /** Per website `toVersion`: what the gates with release-note evidence say it means (`calibrateToVersion`). */
  peers: Readonly<Record<string, ToVersionCalibration>>;
  newestRelease: string;
  developmentRelease: string;
}

export interface RemovalResult {
  removedIn: string | null;
  plannedRemovalIn: string | null;
  removal?: { basis: RemovalBasis; evidence: string[] };
  planned?: { basis: PlannedRemovalBasis; evidence: string[] };
  notes: string[];
}

/** How release notes date the removal of the gates whose website last stage has one `toVersion`. */
export interface ToVersionCalibration {
  /** Gates removed in the `toVersion` release itself. */
  atToVersion: string[];
  /** Gates removed in the release after `toVersion` (the documented meaning). */
  afterToVersion: string[];
}

/**
 * Classifies one website-removed gate's release-note evidence against its `toVersion` T: 'at-to-version'
 * (notes of T state the removal and those of T+1 do not), 'after-to-version' (notes of T+1 do), or null
 * (no evidence at T or T+1).
 */
export function classifyAgainstToVersion(toVersion: string, evidence: readonly RemovalEvidence[]): 'at-to-version' | 'after-to-version' | null {
  const t = normalizeRelease(toVersion);
  if (evidence.some((e) => e.release === addMinors(t, 1))) return 'after-to-version';
  if (evidence.some((e) => e.release === t)) return 'at-to-version';
  return null;
}

/**
 * Rule `calibrateToVersion`: groups the website-removed gates that release notes date by their last
 * `toVersion`, to tell for each `toVersion` which meaning the pages used (see `peersSayAtToVersion`).
 */
export function calibrateToVersion(samples: ReadonlyArray<{ gate: string; toVersion: string; outcome: 'at-to-version' | 'after-to-version' | null }>): Record<string, ToVersionCalibration> {
  const out: Record<string, ToVersionCalibration> = {};
  for (const s of [...samples].sort((a, b) => byName(a.gate, b.gate))) {
    if (s.outcome === null) continue;
    const t = normalizeRelease(s.toVersion);
    const c = (out[t] ??= { atToVersion: [], afterToVersion: [] });
    (s.outcome === 'at-to-version' ? c.atToVersion : c.afterToVersion).push(s.gate);
  }
  return out;
}

/** True when at least two dated gates share the `toVersion` and more than half of them were removed in it. */
export function peersSayAtToVersion(c: ToVersionCalibration | undefined): boolean {
  if (!c) return false;
  const n = c.atToVersion.length + c.afterToVersion.length;
  return n >= 2 && c.atToVersion.length * 2 > n;
}

/**
 * Rule `resolveRemoval` (kubernetes master presence wins over everything; release notes win over the website):
 *  1. in kubernetes master → not removed; removal statements are reported as notes (they concern one
 *     component, e.g. kubeadm or cloud providers, or an earlier incarnation); draft-notes removal →
 *     plannedRemovalIn.
 *  2. website `removed: true` with last `toVersion` T:
 *     a. notes of T+1 state the removal → T+1 (the documented meaning of "To": last release that accepts it);
 *     b. else notes of T → T (older pages used the removal release);
 *     c. else notes of another release after the gate appeared → the earliest of them (the page is wrong);
 *     d. else, for a GA or deprecated last stage, when most dated gates with the same T were removed in T
 *        (`peersSayAtToVersion`) → T;
 *     e. else T+1.
 *  3. website `removed: true` without `toVersion`: the earliest note after the last stage starts, else
 *     assumed removed one release after the last stage starts.
 *  4. website active, absent from kubernetes master: the earliest note ≤ newestRelease after the gate
 *     appeared; otherwise accepted through newestRelease and plannedRemovalIn = development release.
 */
export function resolveRemoval(input: RemovalInput): RemovalResult {
  const notes: string[] = [];
  const evidence = [...input.evidence].sort((a, b) => compareRelease(a.release, b.release));
  const draft = input.draftEvidence.map(describeDraftEvidence);
  const planned = (basis: PlannedRemovalBasis, ev: string[]): Pick<RemovalResult, 'plannedRemovalIn' | 'planned'> => ({
    plannedRemovalIn: input.developmentRelease,
    planned: { basis, evidence: ev },
  });
  const first = input.firstAccepted;
  const afterFirst = evidence.filter((e) => first === null || compareRelease(e.release, first) > 0);

  if (input.inKubernetesMaster) {
    if (evidence.length) {
      notes.push(`release notes mention a removal but kubernetes master still registers the gate: ${evidence.map(describeEvidence).join('; ')}`);
    }
    if (draft.length) return { removedIn: null, ...planned('release-notes-draft', draft), notes };
    return { removedIn: null, plannedRemovalIn: null, notes };
  }

  const last = input.websiteLastStage;
  if (input.websiteRemoved && last) {
    const dated = (e: RemovalEvidence, basis: RemovalBasis): RemovalResult => {
      const rest = evidence.filter((x) => x.release !== e.release);
      if (rest.length) notes.push(`other release notes also mention the removal: ${rest.map(describeEvidence).join('; ')}`);
      const same = evidence.filter((x) => x.release === e.release).map(describeEvidence);
      return { removedIn: e.release, plannedRemovalIn: null, removal: { basis, evidence: same }, notes };
    };
    if (last.toVersion === undefined) {
      const from = normalizeRelease(last.fromVersion);
      const after = evidence.find((e) => compareRelease(e.release, from) > 0);
      if (after) return dated(after, 'release-notes');
      notes.push(`website gives no toVersion for the last stage (from ${from}); assumed accepted in ${from} only`);
      return { removedIn: addMinors(from, 1), plannedRemovalIn: null, removal: { basis: 'assumed', evidence: [] }, notes };
    }
    const t = normalizeRelease(last.toVersion);
    const next = addMinors(t, 1);
    const atNext = evidence.find((e) => e.release === next);
    if (atNext) return dated(atNext, 'website+release-notes');
    const atTo = evidence.find((e) => e.release === t);
    if (atTo) return dated(atTo, 'release-notes-at-to-version');
    const other = afterFirst[0];
    if (other) {
      notes.push(`release notes contradict the website's toVersion ${t} (which implies removal in ${next})`);
      return dated(other, 'release-notes');
    }
    const stage = normalizeStage(last.stage);
    const peers = input.peers[t];
    if ((stage === 'ga' || stage === 'deprecated') && peersSayAtToVersion(peers) && peers) {
      return {
        removedIn: t,
        plannedRemovalIn: null,
        removal: {
          basis: 'peers-at-to-version',
          evidence: [`toVersion ${t}: removed in ${t}: ${peers.atToVersion.join(', ')}; in ${next}: ${peers.afterToVersion.join(', ') || 'none'}`],
        },
        notes,
      };
    }
    return { removedIn: next, plannedRemovalIn: null, removal: { basis: 'website', evidence: [] }, notes };
  }

  // The website shows the gate active (or does not know it) and kubernetes master lacks it.
  const dated = afterFirst.find((e) => compareRelease(e.release, input.newestRelease) <= 0);
  if (dated) {
    const rest = evidence.filter((e) => e !== dated);
    if (rest.length) notes.push(`other release notes also mention the removal: ${rest.map(describeEvidence).join('; ')}`);
    return { removedIn: dated.release, plannedRemovalIn: null, removal: { basis: 'release-notes', evidence: [describeEvidence(dated)] }, notes };
  }
  if (draft.length) return { removedIn: null, ...planned('release-notes-draft', draft), notes };
  return { removedIn: null, ...planned('absent-from-kubernetes-master', []), notes };
}

/**
 * Rule `firstCoveredRelease`: the website's removed-gate pages start with gates removed in the earliest
 * `removedIn`; gates removed before that are not listed, so the first release whose whole gate set is in
 * the data is the one before the earliest removal.
 */
export function firstCoveredRelease(removedIns: Iterable<string | null>): string {
  let earliest: string | null = null;
  for (const r of removedIns) if (r !== null && (earliest === null || compareRelease(r, earliest) < 0)) earliest = r;
  if (earliest === null) throw new Error('no removed gates: cannot tell how far back the data reaches');
  return addMinors(earliest, -1);
}

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

/** `<newestRelease>.<YYYYMMDD>` from the newest source commit date. */
export function catalogVersionFor(newestRelease: string, newestSourceDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(newestSourceDate);
  if (!m) throw new Error(`source date must be YYYY-MM-DD, got ${newestSourceDate}`);
  return `${newestRelease}.${m[1]}${m[2]}${m[3]}`;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reconciles all inputs into the catalog object (deterministic: same inputs, same output). */
export function buildFeatureGateCatalog(inputs: FeatureGateInputs): FeatureGateCatalog {
  const newest = inputs.newestRelease;
  const development = addMinors(newest, 1);
  const versioned = new Map(inputs.versioned.map((g) => [g.name, g]));
  const listed = new Map(inputs.featureList.map((r) => [r.name, r]));
  const names = [...new Set([...Object.keys(inputs.website), ...versioned.keys(), ...listed.keys()])].sort(byName);
  const known = new Set(names);

  const all: RemovalEvidence[] = [];
  for (const file of inputs.notes) {
    if (compareRelease(file.release, newest) > 0) throw new Error(`notes for ${file.release} are newer than ${newest}; pass them as draftNotes`);
    all.push(...extractRemovalEvidence(file, known));
  }
  const evidenceByGate = groupByGate(dedupeEvidence(all));
  const lockByGate = new Map<string, LockEvidence[]>();
  for (const file of inputs.notes) {
    for (const e of extractLockEvidence(file, known)) lockByGate.set(e.gate, [...(lockByGate.get(e.gate) ?? []), e]);
  }
  const draftByGate = groupByGate(inputs.draftNotes ? extractRemovalEvidence(inputs.draftNotes, known) : []);
  const peers = calibrateToVersion(
    Object.entries(inputs.website).flatMap(([gate, web]) => {
      const last = web.removed ? lastWebsiteStage(web) : null;
      if (!last?.toVersion || versioned.has(gate) || listed.has(gate)) return [];
      return [{ gate, toVersion: last.toVersion, outcome: classifyAgainstToVersion(last.toVersion, evidenceByGate.get(gate) ?? []) }];
    }),
  );

  const gates: Record<string, GateEntry> = {};
  for (const name of names) {
    const web = inputs.website[name];
    const k = versioned.get(name);
    const row = listed.get(name);
    const notes: string[] = [];
    const websiteFirstFrom = web && web.stages.length ? minRelease(web.stages.map((s) => normalizeRelease(s.fromVersion))) : null;

    // Kubernetes side: the versioned YAML, else the feature list (client-go gates).
    let primary: { id: SourceId; history: History } | null = null;
    let introducedUnknown = false;
    if (k) {
      const placeholder = k.versionedSpecs.some((s) => minorOf(normalizeRelease(s.version)) === 0);
      const intro = placeholder ? placeholderIntroduction(k.versionedSpecs, websiteFirstFrom) : null;
      if (placeholder) {
        if (intro === null) {
          introducedUnknown = true;
          notes.push('kubernetes lists the gate only with the placeholder version 1.0 and no other source dates it: first release unknown');
        } else {
          notes.push(`kubernetes lists a placeholder spec at version 1.0; first release taken as ${intro} (${websiteFirstFrom !== null ? 'website' : 'next kubernetes spec'})`);
        }
      }
      // The feature list is generated from the same registrations (the mirror README checked that they
      // agree) but keeps only the first enabled/locked release, so it is not compared here.
      primary = { id: 'kubernetes', history: kubernetesHistory(k.versionedSpecs, newest, intro) };
    } else if (row) {
      primary = { id: 'kubernetes-feature-list', history: featureListHistory(row, newest) };
    }
    const inMaster = Boolean(k || row);
    if (primary && primary.history.every((s) => s === undefined)) {
      // Only development-release specs: no released Kubernetes accepts the gate.
      if (!web) continue;
      primary = null;
    }

    // Removal needs the website's raw last stage and the first accepted release.
    const lastStage = web ? lastWebsiteStage(web) : null;
    const provisional = web ? websiteHistory(web, newest).history : [];
    const firstAccepted = firstRelease(primary ? mergeStageHistory(primary, provisional).history : provisional);
    const removal = resolveRemoval({
      websiteRemoved: web?.removed === true,
      websiteLastStage: lastStage,
      inKubernetesMaster: inMaster,
      firstAccepted,
      evidence: evidenceByGate.get(name) ?? [],
      draftEvidence: draftByGate.get(name) ?? [],
      peers,
      newestRelease: newest,
      developmentRelease: development,
    });
    notes.push(...removal.notes);

    const lastAccepted = removal.removedIn ? addMinors(removal.removedIn, -1) : newest;
    let websiteH: History | null = null;
    if (web) {
      const wh = websiteHistory(web, lastAccepted);
      websiteH = wh.history;
      notes.push(...wh.patchNotes);
    }
    const merged = mergeStageHistory(primary, websiteH);
    const locked = applyLockEvidence(merged.history.slice(0, minorOf(lastAccepted) + 1), lockByGate.get(name) ?? [], removal.removedIn ? lastAccepted : null);
    notes.push(...locked.notes);
    const history = locked.history;
    const stages = historyToSpans(history, newest, removal.removedIn !== null);
    if (stages.length === 0) continue;

    const provenance: GateProvenance = { stages: locked.locks.length ? [...merged.sources, 'release-notes'] : merged.sources };
    if (locked.locks.length) provenance.locks = locked.locks;
    if (removal.removal) provenance.removedIn = removal.removal;
    if (removal.planned) provenance.plannedRemovalIn = removal.planned;
    if (merged.disagreements.length) provenance.disagreements = merged.disagreements;
    if (notes.length) provenance.notes = notes;

    gates[name] = {
      stages,
      removedIn: removal.removedIn,
      plannedRemovalIn: removal.plannedRemovalIn,
      ...(introducedUnknown ? { introducedUnknown: true as const } : {}),
      components: [],
      provenance,
    };
  }

  const first = firstCoveredRelease(Object.values(gates).map((g) => g.removedIn));
  const catalog: FeatureGateCatalog = {
    _generated: GENERATED_HEADER,
    schemaVersion: 1,
    catalogVersion: catalogVersionFor(newest, inputs.newestSourceDate),
    newestRelease: newest,
    releases: releaseRange(first, newest),
    sources: [...inputs.sources].sort((a, b) => byName(a.name, b.name)),
    gates,
  };
  return catalog;
}

function groupByGate(evidence: readonly RemovalEvidence[]): Map<string, RemovalEvidence[]> {
  const out = new Map<string, RemovalEvidence[]>();
  for (const e of evidence) out.set(e.gate, [...(out.get(e.gate) ?? []), e]);
  return out;
}

function minRelease(releases: readonly string[]): string | null {
  let min: string | null = null;
  for (const r of releases) if (min === null || compareRelease(r, min) < 0) min = r;
  return min;
}

function firstRelease(history: History): string | null {
  const i = history.findIndex((s) => s !== undefined);
  return i < 0 ? null : releaseOf(i);
}

/** The website stage with the latest `fromVersion` (patch-aware; file order breaks ties). */
export function lastWebsiteStage(gate: WebsiteGate): WebsiteStage | null {
  let best: { s: WebsiteStage; minor: number; patch: number } | null = null;
  for (const s of gate.stages) {
    const p = parsePatch(s.fromVersion);
    if (!best || p.minor > best.minor || (p.minor === best.minor && p.patch >= best.patch)) best = { s, ...p };
  }
  return best ? best.s : null;
}

/** Short human-readable differences between a committed catalog and a regenerated one (for --check). */
export function diffCatalogs(committed: unknown, fresh: FeatureGateCatalog, limit = 40): string[] {
  const out: string[] = [];
  if (!isRecord(committed)) return ['committed file is not a JSON object'];
  for (const key of ['_generated', 'schemaVersion', 'catalogVersion', 'newestRelease', 'releases', 'sources'] as const) {
    if (JSON.stringify(committed[key]) !== JSON.stringify(fresh[key])) out.push(`${key} differs`);
  }
  const old = isRecord(committed.gates) ? committed.gates : {};
  const names = [...new Set([...Object.keys(old), ...Object.keys(fresh.gates)])].sort(byName);
  const gateDiffs: string[] = [];
  for (const n of names) {
    const a = old[n];
    const b = fresh.gates[n];
    if (a === undefined) gateDiffs.push(`gate ${n}: missing from the committed file`);
    else if (b === undefined) gateDiffs.push(`gate ${n}: in the committed file but no longer generated`);
    else if (JSON.stringify(a) !== JSON.stringify(b)) {
      const fields = [...new Set([...Object.keys(isRecord(a) ? a : {}), ...Object.keys(b)])]
        .filter((f) => JSON.stringify(isRecord(a) ? a[f] : undefined) !== JSON.stringify((b as unknown as Record<string, unknown>)[f]))
        .sort(byName);
      gateDiffs.push(`gate ${n}: ${fields.join(', ')} differ`);
    }
  }
  out.push(...gateDiffs.slice(0, limit));
  if (gateDiffs.length > limit) out.push(`… and ${gateDiffs.length - limit} more gates`);
  if (out.length === 0 && JSON.stringify(committed) !== JSON.stringify(fresh)) out.push('key order differs');
  return out;
}

/**
 * The committed file's text: top level and each gate expanded, each gate field (stages, provenance, …) on
 * one line, so the file stays small and a change to one gate is a small diff.
 */
export function formatFeatureGateCatalog(catalog: FeatureGateCatalog): string {
  return compactJson(catalog, 3);
}

// ---------------------------------------------------------------------------------------------
// Loading (through a Source: same relative paths for a directory and a URL base)
// ---------------------------------------------------------------------------------------------

export const PATHS = {
  website: 'feature-gates/website-frontmatter.json',
  versioned: 'feature-gates/kubernetes/versioned_feature_list.yaml',
  featureList: 'feature-gates/kubernetes/feature_list.md',
  schedule: 'releases/schedule.yaml',
  readme: 'README.md',
  notes: (release: string): string => `changelog-notes/v${release}.md`,
  draftNotes: (release: string): string => `changelog-notes/v${release}-draft.md`,
} as const;

/** The mirror's release notes start with v1.20 (see its README, section changelog-notes/). */
export const FIRST_NOTES_RELEASE = '1.20';

/**
 * Provenance of the inputs (the files do not carry it). Commits are from the mirror README's
 * "Commits used" table, which is also checked at load time and gives the commit dates.
 */
export const PINNED_FEATURE_GATE_SOURCES: readonly CatalogSource[] = [
  {
    name: 'feature gate pages (front matter)',
    repository: 'kubernetes/website',
    commit: 'bad70d1db1641fd4bfe653ccf60ea9cef0e36f46',
    path: 'content/en/docs/reference/command-line-tools-reference/feature-gates/*.md',
    mirrorPath: PATHS.website,
  },
  {
    name: 'versioned feature list',
    repository: 'kubernetes/kubernetes',
    commit: 'ae5d4d35bd942887007f2932150e87e7cfce8361',
    path: 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml',
    mirrorPath: PATHS.versioned,
  },
  {
    name: 'feature list table',
    repository: 'kubernetes/kubernetes',
    commit: 'ae5d4d35bd942887007f2932150e87e7cfce8361',
    path: 'test/compatibility_lifecycle/reference/feature_list.md',
    mirrorPath: PATHS.featureList,
  },
  {
    name: 'release notes drafts',
    repository: 'kubernetes/sig-release',
    commit: 'e8dfc80571dcb23c67a5ec044da17374358130cf',
    path: 'releases/release-1.N/release-notes/release-notes-draft.md',
    mirrorPath: 'changelog-notes/v1.N.md',
  },
  {
    name: 'release notes 1.20–1.27 (structured, final)',
    repository: 'kubernetes-sigs/release-notes',
    commit: '1a98f68ecefe983f1b3f508be2f68f77b1d4e403',
    path: 'src/assets/release-notes-1.N.0.json',
    mirrorPath: 'changelog-notes/v1.N.md',
  },
  {
    name: 'release schedule',
    repository: 'kubernetes/website',
    commit: 'bad70d1db1641fd4bfe653ccf60ea9cef0e36f46',
    path: 'data/releases/schedule.yaml',
    mirrorPath: PATHS.schedule,
  },
];

/** The date (YYYY-MM-DD) in the markdown table row that names `commit`, or null. */
export function commitDateFromTable(markdown: string, commit: string): string | null {
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.trimStart().startsWith('|') || !line.includes(commit)) continue;
    // The date cell may carry a remark: "2026-07-24 (master)".
    for (const cell of line.split('|')) {
      const m = /^\s*(\d{4}-\d{2}-\d{2})\b/.exec(cell);
      if (m) return m[1] as string;
    }
  }
  return null;
}

/** Reads and parses every input through `source`. */
export async function loadFeatureGateInputs(source: Source): Promise<FeatureGateInputs> {
  const [websiteText, versionedText, featureListText, scheduleText, readme] = await Promise.all([
    source.read(PATHS.website),
    source.read(PATHS.versioned),
    source.read(PATHS.featureList),
    source.read(PATHS.schedule),
    source.read(PATHS.readme),
  ]);
  const newestRelease = newestScheduledRelease(scheduleText);
  const noteReleases = releaseRange(FIRST_NOTES_RELEASE, newestRelease);
  const notes = await Promise.all(noteReleases.map(async (release) => ({ release, text: await source.read(PATHS.notes(release)) })));
  const development = addMinors(newestRelease, 1);
  // Without a development draft in the mirror, plannedRemovalIn comes from kubernetes master absence only.
  const draftText = await readOptional(source, PATHS.draftNotes(development));
  const draftNotes: ReleaseNotesFile | null = draftText === null ? null : { release: development, text: draftText };
  const dates = PINNED_FEATURE_GATE_SOURCES.map((s) => {
    const d = commitDateFromTable(readme, s.commit);
    if (d === null) throw new Error(`the mirror README does not list commit ${s.commit} (${s.repository}); update PINNED_FEATURE_GATE_SOURCES`);
    return d;
  });
  return {
    newestRelease,
    website: parseWebsiteFrontMatterJson(websiteText),
    versioned: parseVersionedFeatureList(versionedText),
    featureList: parseFeatureListMarkdown(featureListText),
    notes,
    draftNotes,
    sources: [...PINNED_FEATURE_GATE_SOURCES],
    newestSourceDate: dates.sort().at(-1) as string,
  };
}

/** Loads the inputs and builds the catalog. */
export async function generateFeatureGateCatalog(source: Source): Promise<FeatureGateCatalog> {
  return buildFeatureGateCatalog(await loadFeatureGateInputs(source));
}
