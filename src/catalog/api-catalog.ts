import { compareApiVersions, compareReleases } from '../version/index.js';
import { preReleaseAt, type PreRelease } from './pre-release.js';
/**
 * The API catalog: for every built-in group/version/kind, the releases that serve it, when it was deprecated
 * and removed, and what replaces it. The data is generated (scripts/generate-api-catalog.ts) and committed in
 * data/api-catalog.json; this module only types and queries it.
 *
 * The pre-release minor (`preRelease`, the minor after newestRelease) is answered from its API beta tag's lifecycle
 * markers: a kind served in newestRelease stays served in it unless its `plannedRemovalIn` is that minor; a kind the
 * markers introduce in it has firstServed = lastServed = that minor; `deprecatedIn` values come from that tag.
 */

export interface ApiReplacement {
  apiVersion: string;
  kind: string;
}

export interface ApiEntry {
  apiVersion: string;
  group: string;
  version: string;
  kind: string;
  stability: 'ga' | 'beta' | 'alpha';
  introducedIn: string | null;
  deprecatedIn: string | null;
  removedIn: string | null;
  plannedRemovalIn: string | null;
  firstServed: string | null;
  lastServed: string | null;
  replacement: ApiReplacement | null;
  noReplacement: string | null;
}

export interface ApiCatalogData {
  _generated: string;
  schemaVersion: number;
  catalogVersion: string;
  newestRelease: string;
  releases: string[];
  /** The minor after newestRelease that the catalog also answers for, from pre-release data; null or absent when none. */
  preRelease?: PreRelease | null;
  apis: ApiEntry[];
}

/**
 * What replaces an entry at a release. `served`: the newest API of its replacement line that the release serves.
 * `upcoming`: with `served`, the newest API of the line that only a later release serves; without, the API of the line
 * served soonest after the release. Neither: the line ends, and `noReplacement` says why when the catalog knows.
 */
export interface ReplacementAt {
  served: ApiEntry | null;
  upcoming: ApiEntry | null;
  noReplacement: string | null;
}

export type ApiStatus =
  | { state: 'unknown' }
  | { state: 'served'; entry: ApiEntry }
  | { state: 'deprecated'; entry: ApiEntry }
  | { state: 'removed'; entry: ApiEntry }
  | { state: 'not-yet-served'; entry: ApiEntry };

export class ApiCatalog {
  readonly version: string;
  readonly newestRelease: string;
  readonly releases: readonly string[];
  readonly preRelease: PreRelease | null;
  /** Entries by apiVersion, then kind: a lookup per document builds no key string. */
  private readonly byApiVersion = new Map<string, Map<string, ApiEntry>>();

  constructor(readonly data: ApiCatalogData) {
    this.version = data.catalogVersion;
    this.newestRelease = data.newestRelease;
    this.releases = data.releases;
    this.preRelease = data.preRelease ?? null;
    for (const e of data.apis) {
      let kinds = this.byApiVersion.get(e.apiVersion);
      if (!kinds) this.byApiVersion.set(e.apiVersion, (kinds = new Map()));
      kinds.set(e.kind, e);
    }
  }

  get oldestRelease(): string {
    return this.releases[0] ?? this.newestRelease;
  }

  lookup(apiVersion: string, kind: string): ApiEntry | undefined {
    return this.byApiVersion.get(apiVersion)?.get(kind);
  }

  /**
   * The release that removes the API as far as `release` is concerned: removedIn, or for the pre-release minor a
   * removal its pre-release data plans for it (plannedRemovalIn); null when `release` still serves it.
   */
  removalFor(entry: ApiEntry, release: string): string | null {
    if (entry.removedIn !== null && compareReleases(release, entry.removedIn) >= 0) return entry.removedIn;
    const planned = entry.plannedRemovalIn;
    if (planned !== null && preReleaseAt(this, release) && compareReleases(release, planned) >= 0) return planned;
    return null;
  }

  /** True when the default cluster of `release` serves this API. */
  isServed(entry: ApiEntry, release: string): boolean {
    if (entry.firstServed === null || entry.lastServed === null) return false;
    if (compareReleases(release, entry.firstServed) < 0) return false;
    if (compareReleases(release, entry.lastServed) <= 0) return true;
    // The pre-release minor serves what newestRelease serves, except what its data removes.
    return preReleaseAt(this, release) !== null && entry.lastServed === this.newestRelease && this.removalFor(entry, release) === null;
  }

  /** What `release` does with apiVersion/kind. Kinds the catalog does not know (CRDs, add-ons) are `unknown`. */
  status(apiVersion: string, kind: string, release: string): ApiStatus {
    const entry = this.lookup(apiVersion, kind);
    if (!entry) return { state: 'unknown' };
    if (this.removalFor(entry, release) !== null) return { state: 'removed', entry };
    if (entry.deprecatedIn !== null && compareReleases(entry.deprecatedIn, release) <= 0) return { state: 'deprecated', entry };
    if (entry.firstServed !== null && compareReleases(release, entry.firstServed) < 0) return { state: 'not-yet-served', entry };
    return { state: 'served', entry };
  }

  /**
   * The entry's replacement line, oldest first: newer versions of its own group/kind, then each group/kind its
   * replacement chain leads to (every version of those), in the order the chain reaches them.
   */
  successors(entry: ApiEntry): ApiEntry[] {
    const groupKinds: Array<[string, string]> = [[entry.group, entry.kind]];
    const seen = new Set([`${entry.group}\u0000${entry.kind}`]);
    const out: ApiEntry[] = [];
    for (let i = 0; i < groupKinds.length; i++) {
      const [group, kind] = groupKinds[i]!;
      const members = this.data.apis
        .filter((e) => e.group === group && e.kind === kind && (i > 0 || compareApiVersions(e.version, entry.version) > 0))
        .sort((a, b) => compareApiVersions(a.version, b.version));
      for (const m of i === 0 ? [entry, ...members] : members) {
        const r = m.replacement ? this.lookup(m.replacement.apiVersion, m.replacement.kind) : undefined;
        if (!r) continue;
        const key = `${r.group}\u0000${r.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        groupKinds.push([r.group, r.kind]);
      }
      out.push(...members);
    }
    return out;
  }

  /** What replaces `entry` at `release` (see ReplacementAt). */
  replacementAt(entry: ApiEntry, target: string): ReplacementAt {
    // A target older than the catalog's first release is answered as that release (the oldest facts it has).
    const release = compareReleases(target, this.oldestRelease) < 0 ? this.oldestRelease : target;
    const line = this.successors(entry);
    let at = -1;
    line.forEach((e, i) => {
      if (this.isServed(e, release)) at = i;
    });
    const served = at >= 0 ? line[at]! : null;
    const later = line.filter((e, i) => i > at && e.firstServed !== null && compareReleases(e.firstServed, release) > 0);
    let upcoming: ApiEntry | null = null;
    if (served) upcoming = later.pop() ?? null;
    else for (const e of later) if (!upcoming || compareReleases(e.firstServed!, upcoming.firstServed!) <= 0) upcoming = e;
    let noReplacement: string | null = null;
    if (!served && !upcoming) noReplacement = [entry, ...line].reverse().find((e) => e.noReplacement)?.noReplacement ?? null;
    return { served, upcoming, noReplacement };
  }

  /** Every entry served by `release`. */
  servedIn(release: string): ApiEntry[] {
    return this.data.apis.filter((e) => this.isServed(e, release));
  }
}
