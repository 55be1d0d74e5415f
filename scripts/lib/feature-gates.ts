/**
 * Reconciliation of the Kubernetes feature-gate catalog (data/feature-gates.json) from four kinds of
 * upstream data. Everything here is pure (no fs, no network) except `loadFeatureGateInputs` and `loadReleaseCode`, which
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
 *  - `feature-gates/per-release/1.N/*.go` (1.18 … newest, listed in `feature-gates/per-release/sources.tsv`): the
 *    gate source files each release compiles in (k8s.io/kubernetes pkg/features and the staging packages). For
 *    1.32+ the folder's k/k files are an OpenShift fork's; the exact upstream copies (`upstream-vX.Y.Z_<name>`)
 *    are used instead and the fork's own files (`openshift_*`) are left out (scripts/lib/feature-gate-code.ts).
 *
 * Which source wins (each rule is a named function below, with table tests):
 *  - from the oldest release code (1.18) on, the code: which gates each release has, with stage, default and
 *    lock (`codeHistory`); a gate registered only from the controller-manager (or apiextensions) package is
 *    limited to that component (`codeComponents`). removedIn = the first release whose code lacks the gate.
 *  - before 1.18, the website pages (`websiteHistory`): for a gate the 1.18 code has, they fill the earlier
 *    releases (if they have none, the first release is unknown: `introducedUnknown`); a gate only the website
 *    knows keeps the website's removal (`resolveRemoval`, release notes and peers as before), but never later
 *    than 1.18, whose code does not have it.
 *  - plannedRemovalIn: a gate of the newest release's code that kubernetes master (versioned list and feature
 *    list) lacks, or that the development draft notes remove; never the featuregate package's AllAlpha/AllBeta.
 *  - every disagreement of the website (per release), the release notes (removal and lock statements) and the
 *    kubernetes master lists (newest release) with the code is listed (`compareWithCode`) and must be reviewed
 *    in scripts/overlays/feature-gate-exceptions.yaml (`reviewDisagreements`).
 *  - the development release (newest + 1) is the catalog's pre-release minor (`preRelease`), answered from the
 *    kubernetes master lists alone (no release code exists for it): a gate of the newest release keeps its state
 *    there unless master gives it another one (`developmentState`), a span that starts in it is marked
 *    `preRelease: true`, a gate only master has gets an entry from that release on, and a gate with a planned
 *    removal is not accepted there (its spans stay open through newestRelease; the queries close them).
 */
import { parse as parseYaml } from 'yaml';
import { compactJson, readOptional, type Source } from './source.js';
import { parseGoFeatureFile, releaseGates, upstreamGoFiles, type CodeGateState } from './feature-gate-code.js';
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
import { compareReleases } from '../../src/version/index.js';

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
  /** The gates each release's code registers, from the first release the data has (1.18) to newestRelease. */
  code: CodeRelease[];
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
    .sort(compareReleases);
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
    (a, b) => (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) || compareReleases(a.release, b.release) || (a.pr ?? 0) - (b.pr ?? 0),
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
    (a, b) => (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) || compareReleases(a.release, b.release) || (a.pr ?? 0) - (b.pr ?? 0),
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
    if (!seen || compareReleases(e.release, seen.release) > 0) byKey.set(key, e);
  }
  out.push(...byKey.values());
  return out.sort(
    (a, b) => (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) || compareReleases(a.release, b.release) || (a.pr ?? 0) - (b.pr ?? 0),
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
  return a.stage === b.stage && a.default === b.default && a.locked === b.locked && (a.components ?? []).join() === (b.components ?? []).join();
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
        default: row.enabledFrom !== null && compareReleases(row.enabledFrom, r) <= 0,
        locked: row.lockedFrom !== null && compareReleases(row.lockedFrom, r) <= 0,
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
      spans.push({ stage: s.stage, default: s.default, locked: s.locked, from: releaseOf(m), to: releaseOf(m), ...(s.components ? { components: [...s.components] } : {}) });
    }
  }
  const last = spans[spans.length - 1];
  if (last && !closed && last.to === newestRelease) last.to = null;
  return spans;
}

/**
 * Rule `developmentState`: a gate's state in the development release from the kubernetes master lists (the
 * versioned YAML, else the feature-list table), or undefined when neither has it. A "1.0" placeholder spec
 * (see `placeholderIntroduction`) counts from its next spec on; the newest code state's component limit is kept.
 */
export function developmentState(
  versioned: VersionedGate | undefined,
  row: FeatureListRow | undefined,
  development: string,
  components?: readonly string[],
): GateState | undefined {
  const dev = minorOf(development);
  let state: GateState | undefined;
  if (versioned) state = kubernetesHistory(versioned.versionedSpecs, development, placeholderIntroduction(versioned.versionedSpecs, null))[dev];
  else if (row) state = featureListHistory(row, development)[dev];
  if (!state) return undefined;
  return components ? { ...state, components: [...components] } : state;
}

/** Marks the spans that start in the pre-release minor (`preRelease: true`): facts of that release's development data. */
export function markPreReleaseSpans(spans: StageSpan[], development: string): StageSpan[] {
  for (const s of spans) if (s.from === development) s.preRelease = true;
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
  const evidence = [...input.evidence].sort((a, b) => compareReleases(a.release, b.release));
  const draft = input.draftEvidence.map(describeDraftEvidence);
  const planned = (basis: PlannedRemovalBasis, ev: string[]): Pick<RemovalResult, 'plannedRemovalIn' | 'planned'> => ({
    plannedRemovalIn: input.developmentRelease,
    planned: { basis, evidence: ev },
  });
  const first = input.firstAccepted;
  const afterFirst = evidence.filter((e) => first === null || compareReleases(e.release, first) > 0);

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
      const after = evidence.find((e) => compareReleases(e.release, from) > 0);
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
  const dated = afterFirst.find((e) => compareReleases(e.release, input.newestRelease) <= 0);
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
  for (const r of removedIns) if (r !== null && (earliest === null || compareReleases(r, earliest) < 0)) earliest = r;
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

/** One release's code: the gates its files register (scripts/lib/feature-gate-code.ts). */
export interface CodeRelease {
  release: string;
  gates: ReadonlyMap<string, CodeGateState>;
}

/** A disagreement between the code and another source, with the gate it concerns. */
export interface GateDisagreement extends Disagreement {
  gate: string;
}

/** One reviewed disagreement (scripts/overlays/feature-gate-exceptions.yaml). */
export interface ReviewedException {
  gate: string;
  field: Disagreement['field'];
  /** "1.30" or "1.30-1.32". */
  releases: string;
  /** The other source: website, release-notes or kubernetes (master lists). */
  source: SourceId;
  code: string | boolean | null;
  other: string | boolean | null;
  reason: string;
}

/** The files a gate is registered from decide which components have it (see the per-release README). */
const COMPONENT_ONLY_FILES: Readonly<Record<string, string[]>> = {
  // k8s.io/controller-manager: added by kube-controller-manager (and cloud-controller-manager) setup only.
  'controller-manager_kube_features.go': ['kube-controller-manager'],
  // k8s.io/apiextensions-apiserver: registered by its package, which only kube-apiserver links.
  'apiextensions-apiserver_kube_features.go': ['kube-apiserver'],
};

/** The featuregate package's own gates (AllAlpha, AllBeta): every component has them in every release. */
export const FRAMEWORK_FILE = 'component-base_featuregate_feature_gate.go';

/**
 * Rule `codeComponents`: a gate registered only from a file that some components alone add (the
 * controller-manager or apiextensions package) is limited to them; any other file (k/k `pkg/features`, which
 * every component imports, apiserver, client-go through the adapter, component-base) means every component.
 */
export function codeComponents(files: readonly string[]): string[] | undefined {
  let only: string[] | undefined;
  for (const f of files) {
    const c = COMPONENT_ONLY_FILES[f];
    if (!c) return undefined;
    only = [...new Set([...(only ?? []), ...c])].sort();
  }
  return only;
}

/** Rule `codeHistory`: the gate's state in each release whose code the data holds. */
export function codeHistory(gate: string, code: readonly CodeRelease[]): History {
  const h: History = [];
  for (const { release, gates } of code) {
    const s = gates.get(gate);
    if (!s) continue;
    const components = codeComponents(s.files);
    h[minorOf(release)] = { stage: s.stage, default: s.default, locked: s.locked, ...(components ? { components } : {}) };
  }
  return h;
}

function stateValue(field: Disagreement['field'], s: GateState | undefined): string | boolean | null {
  if (field === 'presence') return s ? s.stage : null;
  if (!s) return null;
  if (field === 'stage') return s.stage;
  if (field === 'default') return s.default;
  return s.locked;
}

/**
 * Rule `compareWithCode`: every release from `fromMinor` to `toMinor` where `other` differs from the code —
 * presence (one has the gate, the other not), else stage, default and lock (a null default or lock of the
 * other source means "not stated" and differs from nothing). Consecutive releases with the same values are
 * one range.
 */
export function compareWithCode(code: History, other: History, otherId: SourceId, fromMinor: number, toMinor: number): Disagreement[] {
  const raw: Array<{ minor: number; field: Disagreement['field']; c: string | boolean | null; o: string | boolean | null }> = [];
  for (let m = fromMinor; m <= toMinor; m++) {
    const c = code[m];
    const o = other[m];
    if (!c && !o) continue;
    if (!c || !o) {
      raw.push({ minor: m, field: 'presence', c: stateValue('presence', c), o: stateValue('presence', o) });
      continue;
    }
    if (c.stage !== o.stage) raw.push({ minor: m, field: 'stage', c: c.stage, o: o.stage });
    if (o.default !== null && c.default !== o.default) raw.push({ minor: m, field: 'default', c: c.default, o: o.default });
    if (o.locked !== null && c.locked !== o.locked) raw.push({ minor: m, field: 'locked', c: c.locked, o: o.locked });
  }
  const out: Disagreement[] = [];
  for (const d of raw.sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field) || a.minor - b.minor)) {
    const prev = out[out.length - 1];
    if (prev && prev.field === d.field && minorOf(prev.to) + 1 === d.minor && prev.values.code === d.c && prev.values[otherId] === d.o) {
      prev.to = releaseOf(d.minor);
    } else {
      out.push({ field: d.field, from: releaseOf(d.minor), to: releaseOf(d.minor), values: { code: d.c, [otherId]: d.o }, chosen: 'code' });
    }
  }
  return out;
}

/** The identity of a disagreement, as the reviewed-exceptions file spells it. */
export function disagreementKey(d: { gate: string; field: string; releases: string; source: string; code: unknown; other: unknown }): string {
  return `${d.gate} ${d.field} ${d.releases} code=${JSON.stringify(d.code)} ${d.source}=${JSON.stringify(d.other)}`;
}

function keyOf(d: GateDisagreement): string {
  const source = (Object.keys(d.values).find((k) => k !== 'code') ?? 'code') as SourceId;
  return disagreementKey({ gate: d.gate, field: d.field, releases: d.from === d.to ? d.from : `${d.from}-${d.to}`, source, code: d.values.code ?? null, other: d.values[source] ?? null });
}

/**
 * Rule `reviewDisagreements`: every disagreement must have a reviewed exception and every exception must
 * still match a disagreement. Returns the unreviewed disagreements and the stale exceptions.
 */
export function reviewDisagreements(found: readonly GateDisagreement[], reviewed: readonly ReviewedException[]): { unreviewed: string[]; stale: string[] } {
  const have = new Set(found.map(keyOf));
  const want = new Set(reviewed.map((e) => disagreementKey({ ...e })));
  return { unreviewed: [...have].filter((k) => !want.has(k)).sort(), stale: [...want].filter((k) => !have.has(k)).sort() };
}

/** Reconciles all inputs into the catalog object (deterministic: same inputs, same output). */
export function buildFeatureGateCatalog(inputs: FeatureGateInputs): FeatureGateCatalog {
  return reconcileFeatureGates(inputs).catalog;
}

/**
 * The catalog and every disagreement between the code and the other sources (also those of website gates
 * that no covered release accepts, which the catalog leaves out).
 */
export function reconcileFeatureGates(inputs: FeatureGateInputs): { catalog: FeatureGateCatalog; disagreements: GateDisagreement[] } {
  const newest = inputs.newestRelease;
  const development = addMinors(newest, 1);
  const code = [...inputs.code].sort((a, b) => compareReleases(a.release, b.release));
  if (code.length === 0) throw new Error('no release code');
  const codeFirst = minorOf((code[0] as CodeRelease).release);
  code.forEach((c, i) => {
    if (minorOf(c.release) !== codeFirst + i) throw new Error(`release code is not contiguous at ${c.release}`);
  });
  if ((code[code.length - 1] as CodeRelease).release !== newest) throw new Error(`release code ends at ${code[code.length - 1]?.release}, not at ${newest}`);
  const codeFirstRelease = releaseOf(codeFirst);
  const newestCode = (code[code.length - 1] as CodeRelease).gates;
  // The development release is the pre-release minor when kubernetes master's versioned list is in the inputs.
  const masterSource = inputs.sources.find((x) => x.mirrorPath === PATHS.versioned);
  const preRelease: FeatureGateCatalog['preRelease'] =
    inputs.versioned.length > 0 && masterSource
      ? { release: development, source: `${masterSource.repository} master ${masterSource.commit} (${development} development): ${masterSource.path} and feature_list.md` }
      : null;

  const versioned = new Map(inputs.versioned.map((g) => [g.name, g]));
  const listed = new Map(inputs.featureList.map((r) => [r.name, r]));
  const codeNames = new Set<string>();
  for (const c of code) for (const n of c.gates.keys()) codeNames.add(n);
  const names = [...new Set([...Object.keys(inputs.website), ...codeNames])].sort(byName);
  const known = new Set([...names, ...versioned.keys(), ...listed.keys()]);

  const all: RemovalEvidence[] = [];
  for (const file of inputs.notes) {
    if (compareReleases(file.release, newest) > 0) throw new Error(`notes for ${file.release} are newer than ${newest}; pass them as draftNotes`);
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
      if (!last?.toVersion || codeNames.has(gate)) return [];
      return [{ gate, toVersion: last.toVersion, outcome: classifyAgainstToVersion(last.toVersion, evidenceByGate.get(gate) ?? []) }];
    }),
  );

  const gates: Record<string, GateEntry> = {};
  const found: GateDisagreement[] = [];
  for (const name of names) {
    const web = inputs.website[name];
    const notes: string[] = [];
    const disagreements: Disagreement[] = [];
    const ch = codeHistory(name, code);
    const inCode = ch.some((s) => s !== undefined);

    // The website as it documents itself: the last stage of a removed gate ends at its toVersion.
    const webLast = web ? lastWebsiteStage(web) : null;
    const webEnd = web?.removed ? (webLast?.toVersion ? normalizeRelease(webLast.toVersion) : webLast ? normalizeRelease(webLast.fromVersion) : newest) : newest;
    const webOwn = web ? websiteHistory(web, compareReleases(webEnd, newest) > 0 ? newest : webEnd) : null;
    if (webOwn) disagreements.push(...compareWithCode(ch, webOwn.history, 'website', codeFirst, minorOf(newest)));

    let history: History;
    let removedIn: string | null;
    let removal: GateProvenance['removedIn'];
    let introducedUnknown = false;
    const sources: SourceId[] = [];
    if (inCode) {
      const firstCode = ch.findIndex((s) => s !== undefined);
      const lastCode = ch.length - 1;
      history = [...ch];
      sources.push('code');
      if (firstCode === codeFirst) {
        const before = web ? websiteHistory(web, releaseOf(codeFirst - 1)) : null;
        let filled = false;
        for (let m = 0; m < codeFirst; m++) {
          const w = before?.history[m];
          if (w) {
            history[m] = w;
            filled = true;
          }
        }
        if (filled) {
          sources.push('website');
          notes.push(...(before?.patchNotes ?? []));
        } else {
          introducedUnknown = true;
          notes.push(`the oldest release code (${codeFirstRelease}) already registers the gate and no other source dates it: first release unknown`);
        }
      }
      removedIn = lastCode < minorOf(newest) ? releaseOf(lastCode + 1) : null;
      removal = removedIn ? { basis: 'code', evidence: [`the code of ${releaseOf(lastCode)} registers the gate, the code of ${removedIn} does not`] } : undefined;
    } else {
      if (!web) continue;
      const provisional = websiteHistory(web, newest).history;
      const r = resolveRemoval({
        websiteRemoved: web.removed === true,
        websiteLastStage: webLast,
        inKubernetesMaster: false,
        firstAccepted: firstRelease(provisional),
        evidence: (evidenceByGate.get(name) ?? []).filter((e) => compareReleases(e.release, codeFirstRelease) <= 0),
        draftEvidence: [],
        peers,
        newestRelease: newest,
        developmentRelease: development,
      });
      notes.push(...r.notes);
      if (r.removedIn !== null && compareReleases(r.removedIn, codeFirstRelease) <= 0) {
        removedIn = r.removedIn;
        removal = r.removal;
      } else {
        removedIn = codeFirstRelease;
        removal = { basis: 'code-absent', evidence: [`the code of ${codeFirstRelease} does not register the gate`] };
      }
      const wh = websiteHistory(web, addMinors(removedIn, -1));
      history = wh.history.slice(0, codeFirst);
      notes.push(...wh.patchNotes);
      sources.push('website');
    }

    // Release notes: a removal or lock the code does not show.
    const lastAccepted = removedIn ? minorOf(removedIn) - 1 : minorOf(newest);
    for (const e of evidenceByGate.get(name) ?? []) {
      if (removedIn === e.release) continue;
      disagreements.push({ field: 'removal', from: e.release, to: e.release, values: { code: removedIn, 'release-notes': e.release }, chosen: 'code' });
    }
    for (const e of lockByGate.get(name) ?? []) {
      const at = e.when === 'now' ? minorOf(e.release) : lastAccepted;
      if (at < codeFirst) continue;
      const s = ch[at];
      if (s?.locked) continue;
      disagreements.push({ field: 'lock', from: releaseOf(at), to: releaseOf(at), values: { code: s ? s.locked : null, 'release-notes': true }, chosen: 'code' });
    }

    // Kubernetes master (development): its specs for the newest release, and whether it still has the gate.
    const k = versioned.get(name);
    const row = listed.get(name);
    const masterHistory = k ? kubernetesHistory(k.versionedSpecs, newest, null) : row ? featureListHistory(row, newest) : null;
    if (masterHistory && (masterHistory[minorOf(newest)] || ch[minorOf(newest)])) {
      disagreements.push(...compareWithCode(ch, masterHistory, k ? 'kubernetes' : 'kubernetes-feature-list', minorOf(newest), minorOf(newest)));
    }
    let plannedRemovalIn: string | null = null;
    let planned: GateProvenance['plannedRemovalIn'];
    const newestState = newestCode.get(name);
    const framework = newestState?.files.includes(FRAMEWORK_FILE) === true;
    if (removedIn === null && !framework) {
      const draft = (draftByGate.get(name) ?? []).map(describeDraftEvidence);
      if (draft.length) {
        plannedRemovalIn = development;
        planned = { basis: 'release-notes-draft', evidence: draft };
      } else if (!k && !row) {
        plannedRemovalIn = development;
        planned = { basis: 'absent-from-kubernetes-master', evidence: [] };
      }
    }

    // The pre-release minor: master's state for a gate of the newest release that no removal is planned for.
    let horizonRelease = newest;
    if (preRelease && removedIn === null && plannedRemovalIn === null && ch[minorOf(newest)]) {
      const newestHistory = ch[minorOf(newest)] as GateState;
      const dev = framework ? newestHistory : developmentState(k, row, development, newestHistory.components);
      if (!dev) throw new Error(`${name}: the newest release code has it and no removal is planned, but kubernetes master gives no state for ${development}`);
      history[minorOf(development)] = dev;
      horizonRelease = development;
    }

    for (const d of disagreements) found.push({ gate: name, ...d });
    const stages = markPreReleaseSpans(historyToSpans(history, horizonRelease, removedIn !== null), development);
    if (stages.length === 0) continue;
    if (stages.some((x) => x.preRelease) && !sources.includes(k ? 'kubernetes' : 'kubernetes-feature-list')) sources.push(k ? 'kubernetes' : 'kubernetes-feature-list');
    const provenance: GateProvenance = { stages: sources };
    if (removal) provenance.removedIn = removal;
    if (planned) provenance.plannedRemovalIn = planned;
    if (disagreements.length) provenance.disagreements = disagreements;
    if (notes.length) provenance.notes = notes;
    gates[name] = { stages, removedIn, plannedRemovalIn, ...(introducedUnknown ? { introducedUnknown: true as const } : {}), provenance };
  }

  // Gates only kubernetes master has: new in the development release (a master state in the newest release, which
  // its code does not register, is a presence disagreement to review).
  if (preRelease) {
    const masterOnly = [...new Set([...versioned.keys(), ...listed.keys()])].filter((n) => !Object.hasOwn(gates, n) && !names.includes(n)).sort(byName);
    for (const name of masterOnly) {
      const k = versioned.get(name);
      const row = listed.get(name);
      const mh = k ? kubernetesHistory(k.versionedSpecs, newest, placeholderIntroduction(k.versionedSpecs, null)) : row ? featureListHistory(row, newest) : [];
      const disagreements = compareWithCode([], mh, k ? 'kubernetes' : 'kubernetes-feature-list', minorOf(newest), minorOf(newest));
      for (const d of disagreements) found.push({ gate: name, ...d });
      const dev = developmentState(k, row, development);
      if (!dev) continue;
      const provenance: GateProvenance = { stages: [k ? 'kubernetes' : 'kubernetes-feature-list'] };
      if (disagreements.length) provenance.disagreements = disagreements;
      provenance.notes = [`only kubernetes master (${development} development) registers the gate`];
      const h: History = [];
      h[minorOf(development)] = dev;
      gates[name] = { stages: markPreReleaseSpans(historyToSpans(h, development, false), development), removedIn: null, plannedRemovalIn: null, provenance };
    }
  }

  const first = firstCoveredRelease(Object.values(gates).map((g) => g.removedIn));
  const catalog: FeatureGateCatalog = {
    _generated: GENERATED_HEADER,
    schemaVersion: 1,
    catalogVersion: catalogVersionFor(newest, inputs.newestSourceDate),
    newestRelease: newest,
    releases: releaseRange(first, newest),
    preRelease,
    sources: [...inputs.sources].sort((a, b) => byName(a.name, b.name) || byName(a.mirrorPath, b.mirrorPath)),
    gates: Object.fromEntries(Object.entries(gates).sort(([a], [b]) => byName(a, b))),
  };
  return { catalog, disagreements: found };
}

function groupByGate(evidence: readonly RemovalEvidence[]): Map<string, RemovalEvidence[]> {
  const out = new Map<string, RemovalEvidence[]>();
  for (const e of evidence) out.set(e.gate, [...(out.get(e.gate) ?? []), e]);
  return out;
}

function minRelease(releases: readonly string[]): string | null {
  let min: string | null = null;
  for (const r of releases) if (min === null || compareReleases(r, min) < 0) min = r;
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
  for (const key of ['_generated', 'schemaVersion', 'catalogVersion', 'newestRelease', 'releases', 'preRelease', 'sources'] as const) {
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
  codeIndex: 'feature-gates/per-release/sources.tsv',
  code: (release: string, file: string): string => `feature-gates/per-release/${release}/${file}`,
} as const;

/** One row of the per-release code index (`sources.tsv`). */
export interface CodeSourceRow {
  release: string;
  file: string;
  origin: string;
  repository: string;
  commit: string;
  commitDate: string;
  path: string;
}

/** sources.tsv: a header row, then one tab-separated row per file of the per-release folders. */
export function parseCodeIndex(tsv: string): CodeSourceRow[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim());
  const head = (lines[0] ?? '').split('\t');
  const col = (name: string): number => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`sources.tsv: no column ${name}`);
    return i;
  };
  const idx = { release: col('release'), file: col('file'), origin: col('origin'), repo: col('repo'), commit: col('commit'), date: col('commit_date'), path: col('path') };
  return lines.slice(1).map((line, n) => {
    const c = line.split('\t');
    const row: CodeSourceRow = {
      release: normalizeRelease(c[idx.release] ?? ''),
      file: c[idx.file] ?? '',
      origin: c[idx.origin] ?? '',
      repository: c[idx.repo] ?? '',
      commit: c[idx.commit] ?? '',
      commitDate: c[idx.date] ?? '',
      path: c[idx.path] ?? '',
    };
    if (!/^[0-9a-f]{40}$/.test(row.commit) || !/^\d{4}-\d{2}-\d{2}$/.test(row.commitDate) || !row.file) throw new Error(`sources.tsv row ${n + 2} is malformed`);
    return row;
  });
}

/**
 * Reads the code of every release the index lists (upstream copies only: see `upstreamGoFiles`) and returns
 * the gates per release, the files' provenance and their newest commit date.
 */
export async function loadReleaseCode(source: Source): Promise<{ code: CodeRelease[]; sources: CatalogSource[]; newestDate: string }> {
  const rows = parseCodeIndex(await source.read(PATHS.codeIndex));
  const releases = [...new Set(rows.map((r) => r.release))].sort(compareReleases);
  const code: CodeRelease[] = [];
  const sources: CatalogSource[] = [];
  let newestDate = '';
  for (const release of releases) {
    const inRelease = rows.filter((r) => r.release === release);
    const used = upstreamGoFiles(inRelease.map((r) => r.file));
    const read = await Promise.all(used.map(async ({ file, name }) => ({ file, name, text: await source.read(PATHS.code(release, file)) })));
    // A file of the fork without an upstream copy may only be glue that registers nothing (client_adapter.go).
    const files = read.filter(({ file, name, text }) => {
      const row = inRelease.find((r) => r.file === file) as CodeSourceRow;
      if (row.origin === 'upstream') return true;
      const p = parseGoFeatureFile({ name, text });
      if (p.entries.length > 0) throw new Error(`${release}/${file} registers gates but is not an upstream copy (${row.origin})`);
      return false;
    });
    code.push({ release, gates: releaseGates(files, release) });
    for (const { name } of files) {
      const file = (used.find((u) => u.name === name) as { file: string }).file;
      const row = inRelease.find((r) => r.file === file) as CodeSourceRow;
      sources.push({ name: `feature gate code ${release}`, repository: row.repository, commit: row.commit, path: row.path, mirrorPath: PATHS.code(release, file) });
      if (row.commitDate > newestDate) newestDate = row.commitDate;
    }
  }
  return { code, sources, newestDate };
}

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
  const [websiteText, versionedText, featureListText, scheduleText, readme, releaseCode] = await Promise.all([
    source.read(PATHS.website),
    source.read(PATHS.versioned),
    source.read(PATHS.featureList),
    source.read(PATHS.schedule),
    source.read(PATHS.readme),
    loadReleaseCode(source),
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
    code: releaseCode.code,
    sources: [...PINNED_FEATURE_GATE_SOURCES, ...releaseCode.sources],
    newestSourceDate: [...dates, releaseCode.newestDate].sort().at(-1) as string,
  };
}

const FIELDS: ReadonlyArray<Disagreement['field']> = ['presence', 'stage', 'default', 'locked', 'removal', 'lock'];
const OTHER_SOURCES: readonly SourceId[] = ['website', 'release-notes', 'kubernetes', 'kubernetes-feature-list'];

/** scripts/overlays/feature-gate-exceptions.yaml: `exceptions: [{gate, field, releases, source, code, other, reason}]`. */
export function parseReviewedExceptions(text: string): ReviewedException[] {
  const raw: unknown = parseYaml(text);
  if (!isRecord(raw) || !Array.isArray(raw.exceptions)) throw new Error('feature-gate exceptions: expected `exceptions:` with a list');
  return raw.exceptions.map((e, i): ReviewedException => {
    const where = `feature-gate exceptions: entry ${i + 1}`;
    if (!isRecord(e)) throw new Error(`${where}: not a mapping`);
    const value = (v: unknown): string | boolean | null => {
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
      throw new Error(`${where}: code/other must be a string, a boolean or null`);
    };
    if (typeof e.gate !== 'string' || !e.gate) throw new Error(`${where}: no gate`);
    if (!FIELDS.includes(e.field as Disagreement['field'])) throw new Error(`${where} (${e.gate}): unknown field ${String(e.field)}`);
    if (typeof e.releases !== 'string' || !/^1\.\d+(?:-1\.\d+)?$/.test(e.releases)) throw new Error(`${where} (${e.gate}): releases must be "1.N" or "1.N-1.M"`);
    if (!OTHER_SOURCES.includes(e.source as SourceId)) throw new Error(`${where} (${e.gate}): unknown source ${String(e.source)}`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 20) throw new Error(`${where} (${e.gate}): a reason is required`);
    return { gate: e.gate, field: e.field as Disagreement['field'], releases: e.releases, source: e.source as SourceId, code: value(e.code), other: value(e.other), reason: e.reason };
  });
}

/**
 * Loads the inputs, builds the catalog and checks that every disagreement between the code and the other
 * sources is reviewed in `exceptionsText` (and that every reviewed one still occurs); throws listing the rest.
 */
export async function generateFeatureGateCatalog(source: Source, exceptionsText: string): Promise<FeatureGateCatalog> {
  const { catalog, disagreements } = reconcileFeatureGates(await loadFeatureGateInputs(source));
  const { unreviewed, stale } = reviewDisagreements(disagreements, parseReviewedExceptions(exceptionsText));
  if (unreviewed.length || stale.length) {
    const lines = [
      ...unreviewed.map((k) => `  new, not reviewed: ${k}`),
      ...stale.map((k) => `  reviewed but no longer found: ${k}`),
    ];
    throw new Error(
      `feature gates: ${unreviewed.length} disagreement(s) between the release code and the other sources are not in ${EXCEPTIONS_PATH}, ` +
        `and ${stale.length} entr${stale.length === 1 ? 'y' : 'ies'} there no longer match. Review each (the catalog follows the code) and add or remove the entry with a reason:\n${lines.join('\n')}`,
    );
  }
  return catalog;
}

/** The reviewed-exceptions file, relative to the repository root. */
export const EXCEPTIONS_PATH = 'scripts/overlays/feature-gate-exceptions.yaml';

/** Every disagreement of a catalog (those of gates it keeps), for the generator's summary. */
export function countDisagreements(catalog: FeatureGateCatalog): number {
  return Object.values(catalog.gates).reduce((n, g) => n + (g.provenance.disagreements?.length ?? 0), 0);
}
