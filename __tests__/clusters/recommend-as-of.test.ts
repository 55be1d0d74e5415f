/**
 * The recommended target on a date D is the smallest supported release that fixes every advisory known and fixed on
 * D: releases tagged after D do not exist yet, an advisory published after D is not known, and one whose only fix
 * ships after D (or only on minors out of support) has no fix to upgrade to and leaves the recommendation alone.
 *
 * Release dates (embedded catalog): 1.34.4 and 1.35.1 on 2026-02-10, 1.34.5 and 1.35.2 on 2026-02-26, 1.34.7 and
 * 1.35.4 on 2026-04-15, 1.32.13 on 2026-02-26 (1.32 ends 2026-02-28); 1.35.0 on 2025-12-17.
 */
import { loadApiCatalog, loadReleasesCatalog } from '../../src/platform/catalogs.js';
import type { Advisory } from '../../src/catalog/advisories.js';
import { evaluateCluster } from '../../src/clusters/evaluate.js';
import { advisory, catalogOf, spec } from './helpers.js';

const releases = loadReleasesCatalog();
const range = (minor: string | null, introduced: string, fixed: string | null, limit: string | null = null) => ({ minor, introduced, lastAffected: null, fixed, limit });

/** Affects 1.34.0–1.34.3; fixed in 1.34.4 (2026-02-10). 1.35 was never affected. */
const EARLY = advisory({ id: 'CVE-2026-20001', published: '2026-01-10', affected: [range('1.34', '1.34.0', '1.34.4')], fixedByMinor: { '1.34': '1.34.4' } });
/** Affects 1.34.0–1.34.6 and 1.35.0–1.35.3; fixed in 1.34.7 and 1.35.4 (2026-04-15), published the same day. */
const LATE = advisory({
  id: 'CVE-2026-20002',
  published: '2026-04-15',
  affected: [range('1.34', '1.34.0', '1.34.7'), range('1.35', '1.35.0', '1.35.4')],
  fixedByMinor: { '1.34': '1.34.7', '1.35': '1.35.4' },
});
/** LATE, published early: known long before its fix ships. */
const KNOWN_EARLY = advisory({ ...LATE, id: 'CVE-2026-20003', published: '2026-02-01' });
/** Every 1.34 is affected and never fixed there; fixed in 1.35.2 (2026-02-26). */
const NEXT_MINOR = advisory({
  id: 'CVE-2026-20004',
  published: '2026-01-20',
  affected: [range(null, '1.34.0', null, '1.35.0'), range('1.35', '1.35.0', '1.35.2')],
  fixedByMinor: { '1.35': '1.35.2' },
});
/** Fixed in 1.32.13 before the date, on a minor out of support soon after; the 1.34 and 1.35 fixes ship in May. */
const OLD_MINOR_FIX = advisory({
  id: 'CVE-2026-20005',
  published: '2026-02-20',
  affected: [range('1.32', '1.32.0', '1.32.13'), range('1.34', '1.34.0', '1.34.8'), range('1.35', '1.35.0', '1.35.5')],
  fixedByMinor: { '1.32': '1.32.13', '1.34': '1.34.8', '1.35': '1.35.5' },
});
/** Fixed in 1.34.4, but 1.35.0–1.35.6 are affected until 1.35.7 (July). */
const NOT_IN_NEXT = advisory({
  id: 'CVE-2026-20006',
  published: '2026-01-20',
  affected: [range('1.34', '1.34.0', '1.34.4'), range('1.35', '1.35.0', '1.35.7')],
  fixedByMinor: { '1.34': '1.34.4', '1.35': '1.35.7' },
});
const NO_FIX = advisory({ id: 'CVE-2026-20007', fix: 'none', published: '2026-01-01', affected: [range(null, '0', null)], fixedByMinor: {} });

function recommended(asOf: string, advisories: Advisory[], version = '1.34.2') {
  const e = evaluateCluster({
    spec: spec({ name: 'c', version, target: '1.35' }),
    asOf,
    eolWarningDays: 60,
    releases,
    advisories: catalogOf(advisories),
    api: loadApiCatalog(),
    scanTarget: '1.35',
    documents: [],
  });
  return { target: e.recommendedTarget, note: e.recommendedNote, hits: e.hits.map((h) => h.advisory.id) };
}

describe('recommended target at a fixed date', () => {
  test.each<[string, string, Advisory[], string]>([
    ['a fix released before the date', '2026-03-01', [EARLY], '1.34.4'],
    ['before the fix: the next minor, never affected', '2026-01-15', [EARLY], '1.35.0'],
    ['an advisory published after the date is not known then', '2026-03-01', [EARLY, LATE], '1.34.4'],
    ['an advisory known then whose fix ships after the date has no fix then', '2026-03-01', [EARLY, KNOWN_EARLY], '1.34.4'],
    ['once its fix is out, it decides', '2026-04-20', [EARLY, KNOWN_EARLY], '1.34.7'],
    ['once published and fixed, it decides', '2026-04-20', [EARLY, LATE], '1.34.7'],
    ['a fix only in the next minor, not out yet', '2026-02-15', [EARLY, NEXT_MINOR], '1.34.4'],
    ['a fix only in the next minor, out', '2026-03-01', [EARLY, NEXT_MINOR], '1.35.2'],
    ['a fix released only on a minor out of support, with the later fixes not out yet', '2026-03-01', [EARLY, OLD_MINOR_FIX], '1.34.4'],
    ['the later fix of that advisory, once out', '2026-05-20', [EARLY, OLD_MINOR_FIX], '1.34.8'],
    ['an advisory without any fix never decides', '2026-03-01', [EARLY, NO_FIX, KNOWN_EARLY], '1.34.4'],
  ])('%s (%s)', (_name, asOf, advisories, want) => {
    const r = recommended(asOf, advisories);
    // Every advisory still affects the cluster's version: the recommendation is not empty because of the later ones.
    expect(r.hits).toEqual(advisories.map((a) => a.id).sort());
    expect(r).toMatchObject({ target: want, note: null });
  });

  test('fixed advisories that no single release fixes together: no target, and the note names them; once one does, it', () => {
    const r = recommended('2026-03-01', [NEXT_MINOR, NOT_IN_NEXT]);
    expect(r.target).toBeNull();
    expect(r.note).toBe('no single release on a supported minor (1.33, 1.34, 1.35) released by 2026-03-01 fixes all of CVE-2026-20004, CVE-2026-20006');
    expect(recommended('2026-07-30', [NEXT_MINOR, NOT_IN_NEXT])).toMatchObject({ target: '1.35.7', note: null });
  });
});
