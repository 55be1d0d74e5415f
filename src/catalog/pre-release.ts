/**
 * The pre-release minor: the one minor after a catalog's newest GA release (`newestRelease`) for which upstream has
 * published pre-release data (an API beta tag, master's versioned feature list, draft release notes, the release
 * calendar). Every catalog names it in `preRelease` with the source its facts about that minor come from; `latest`
 * stays the newest GA release. Facts a catalog states for that minor (a removal planned for it, a gate's stage in
 * it, an API first served in it) are pre-release facts: they can still change before the minor's GA.
 */
import { addMinors, compareReleases } from '../version/index.js';

export interface PreRelease {
  /** "1.37": always the minor right after the catalog's newestRelease. */
  release: string;
  /** Where the catalog's facts about that minor come from (upstream name, version or commit, path). */
  source: string;
}

/** The catalog's pre-release minor when `release` is exactly it, else null. */
export function preReleaseAt(catalog: { newestRelease: string; preRelease?: PreRelease | null }, release: string): PreRelease | null {
  const p = catalog.preRelease ?? null;
  return p !== null && compareReleases(p.release, release) === 0 ? p : null;
}

/** The newest release a catalog answers for: its pre-release minor, or its newest GA release. */
export function horizonOf(catalog: { newestRelease: string; preRelease?: PreRelease | null }): string {
  return catalog.preRelease?.release ?? catalog.newestRelease;
}

/** Throws unless `p` is absent or names the minor right after `newestRelease` (what every generator writes). */
export function checkPreRelease(p: unknown, newestRelease: string, where: string): void {
  if (p === undefined || p === null) return;
  const r = p as Partial<PreRelease>;
  if (typeof p !== 'object' || typeof r.release !== 'string' || typeof r.source !== 'string' || r.source.trim() === '') {
    throw new Error(`${where}: preRelease must be null or { release, source }`);
  }
  if (r.release !== addMinors(newestRelease, 1)) throw new Error(`${where}: preRelease ${r.release} is not the minor after ${newestRelease}`);
}

/** What a run whose target is a pre-release minor reports about it (rule pre-release-target). */
export interface PreReleaseTargetFacts {
  /** The target, e.g. "1.37". */
  release: string;
  /** The newest GA release the catalogs cover (what `latest` means). */
  newestRelease: string;
  /** The minor's planned GA day per its release calendar, when the release catalog has one. */
  plannedReleaseDate: string | null;
  /** Each catalog that answers for the minor, with the source of its facts about it. */
  sources: Array<{ catalog: 'api' | 'feature-gates' | 'component-config' | 'releases'; source: string }>;
}
