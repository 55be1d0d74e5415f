/**
 * Live advisories against a local HTTP server (127.0.0.1, started and stopped here) serving recorded feeds:
 * success, HTTP errors, timeouts, truncated, malformed and oversize bodies. Every failure falls back to the
 * embedded catalog; requests are bounded.
 */
import { HttpError } from '../../src/ports/index.js';
import { advisoryFromOsv, loadLiveAdvisories, parseFeed, type FeedOptions } from '../../src/advisories/feed.js';
import { cvssFromVector } from '../../src/advisories/cvss.js';
import { loadAdvisoriesCatalog, loadReleasesCatalog } from '../../src/platform/catalogs.js';
import { isVersionAffected } from '../../src/catalog/advisories.js';
import { fetchHttpClient } from '../../src/platform/http.js';
import { fixture, json, startServer, type Handler, type LocalServer } from './helpers.js';

const http = fetchHttpClient('kube-upgrade-gate-test');
const embedded = loadAdvisoriesCatalog();
const releases = loadReleasesCatalog();
const FEED = fixture('official-cve-feed.json');
const OSV_90001 = fixture('CVE-2026-90001.osv.json');
const OSV_90003 = fixture('CVE-2026-90003.osv.json');

let servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function serve(routes: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const s = await startServer(routes);
  servers.push(s);
  return s;
}
const options = (s: LocalServer, over: Partial<FeedOptions> = {}): Partial<FeedOptions> => ({
  feedUrl: `${s.url}/feed.json`,
  osvBaseUrl: `${s.url}/osv/`,
  timeoutMs: 500,
  ...over,
});

describe('the HttpClient on fetch', () => {
  test('returns the body and the status, 500 included', async () => {
    const s = await serve({ '/ok': json('{"a":1}'), '/boom': json('{"error":true}', 500) });
    const ok = await http.get(`${s.url}/ok`, { timeoutMs: 1000, maxBytes: 100 });
    expect(ok.status).toBe(200);
    expect(new TextDecoder().decode(ok.body)).toBe('{"a":1}');
    expect((await http.get(`${s.url}/boom`, { timeoutMs: 1000, maxBytes: 100 })).status).toBe(500);
  });

  test('gives up after the deadline', async () => {
    const s = await serve({ '/hang': () => {} });
    const started = Date.now();
    await expect(http.get(`${s.url}/hang`, { timeoutMs: 200, maxBytes: 100 })).rejects.toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('gives up on a body that stalls half way', async () => {
    const s = await serve({
      '/stall': (_req, res) => {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"items": [');
      },
    });
    await expect(http.get(`${s.url}/stall`, { timeoutMs: 200, maxBytes: 1000 })).rejects.toMatchObject({ kind: 'timeout' });
  });

  test('refuses a body over the limit, by Content-Length or by bytes read', async () => {
    const big = 'x'.repeat(5000);
    const s = await serve({
      '/declared': json(big),
      '/chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < 5; i++) res.write(big);
        res.end();
      },
    });
    await expect(http.get(`${s.url}/declared`, { timeoutMs: 1000, maxBytes: 1000 })).rejects.toMatchObject({ kind: 'too-large' });
    await expect(http.get(`${s.url}/chunked`, { timeoutMs: 1000, maxBytes: 1000 })).rejects.toMatchObject({ kind: 'too-large' });
  });

  test('a connection closed before the promised length is a network failure', async () => {
    const s = await serve({
      '/cut': (req, res) => {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('{"version":"https://jsonfeed.org/version/1.1","items":[');
        setTimeout(() => req.socket.destroy(), 20);
      },
    });
    const err = await http.get(`${s.url}/cut`, { timeoutMs: 2000, maxBytes: 10000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).kind).toBe('network');
  });

  test('an unreachable server and a non-HTTP URL are network failures', async () => {
    const s = await serve({});
    const url = s.url;
    await s.close();
    servers = [];
    await expect(http.get(`${url}/x`, { timeoutMs: 1000, maxBytes: 100 })).rejects.toMatchObject({ kind: 'network' });
    await expect(http.get('file:///etc/passwd', { timeoutMs: 1000, maxBytes: 100 })).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('loadLiveAdvisories', () => {
  test('merges new CVEs that have an OSV record; lists the others by name and status, never matched', async () => {
    const s = await serve({
      '/feed.json': json(FEED),
      '/osv/CVE-2026-90001.json': json(OSV_90001),
      '/osv/CVE-2026-90003.json': json(OSV_90003),
    });
    const live = await loadLiveAdvisories(http, embedded, releases, options(s));
    expect(live.feedOk).toBe(true);
    expect(live.failures).toEqual([]);
    expect(live.feedUpdatedAt).toBe('2026-10-02T12:00:00Z');
    // One request for the feed, one per unknown CVE; the CVEs the embedded catalog has are not looked up.
    expect([...s.requests].sort()).toEqual(['/feed.json', '/osv/CVE-2026-90001.json', '/osv/CVE-2026-90002.json', '/osv/CVE-2026-90003.json']);
    expect(live.added.map((a) => a.id)).toEqual(['CVE-2026-90001']);
    expect(live.unmatched.map((u) => [u.cve, u.status, u.reason])).toEqual([
      ['CVE-2026-90002', 'open', 'no-versioned-record'],
      ['CVE-2026-90003', 'fixed', 'add-on'],
    ]);
    expect(live.catalog.advisories).toHaveLength(embedded.advisories.length + 1);
    expect(embedded.advisories.some((a) => a.id === 'CVE-2026-90001')).toBe(false);

    const a = live.added[0]!;
    expect(a).toMatchObject({ kind: 'core', components: ['kube-apiserver'], matchesClusterVersion: true, versionScheme: 'kubernetes', fix: 'available' });
    expect(a.severity).toMatchObject({ baseScore: 8.1, severity: 'HIGH' });
    // fixed 1.34.6; last_affected 1.35.2 → first later patch 1.35.3; "v1.36.0" read without its v.
    expect(a.fixedByMinor).toEqual({ '1.34': '1.34.6', '1.35': '1.35.3', '1.36': '1.36.1' });
    expect(['1.34.5', '1.35.2', '1.36.0'].map((v) => isVersionAffected(a, v))).toEqual([true, true, true]);
    expect(['1.33.9', '1.34.6', '1.35.3', '1.36.1'].map((v) => isVersionAffected(a, v))).toEqual([false, false, false, false]);
  });

  test.each([
    ['HTTP 500', { '/feed.json': json('oops', 500) }, /HTTP 500/],
    ['a timeout', { '/feed.json': () => {} }, /no complete response within 500 ms/],
    ['a truncated body', { '/feed.json': json(FEED.slice(0, FEED.length / 2)) }, /not complete, valid JSON/],
    ['malformed JSON', { '/feed.json': json('{"version": "https://jsonfeed.org/version/1.1", items: [') }, /not complete, valid JSON/],
    ['an oversize body', { '/feed.json': json(FEED) }, /bytes, more than the limit of 1000 bytes/],
    ['JSON that is not a feed', { '/feed.json': json('{"items": 3}') }, /not a JSON Feed/],
    ['a feed without items', { '/feed.json': json('{"version": "https://jsonfeed.org/version/1.1"}') }, /no items list/],
    ['a body that is not UTF-8', { '/feed.json': ((_q, r) => void r.writeHead(200).end(Buffer.from([0xff, 0xfe, 0x00]))) as Handler }, /not UTF-8/],
  ] as const)('falls back to the embedded catalog on %s, without reading OSV records', async (_name, routes, reason) => {
    const s = await serve(routes as Parameters<typeof startServer>[0]);
    const started = Date.now();
    const live = await loadLiveAdvisories(http, embedded, releases, options(s, { maxFeedBytes: _name === 'an oversize body' ? 1000 : 8 << 20 }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(live.feedOk).toBe(false);
    expect(live.catalog).toBe(embedded);
    expect(live.failures).toEqual([{ source: 'official-cve-feed', url: `${s.url}/feed.json`, reason: expect.stringMatching(reason) }]);
    expect(s.requests).toEqual(['/feed.json']);
  });

  test('an OSV record that fails or is wrong leaves its CVE unmatched, with a warning', async () => {
    const s = await serve({
      '/feed.json': json(FEED),
      '/osv/CVE-2026-90001.json': json('{"id": "CVE-1999-0001", "affected": []}'),
      '/osv/CVE-2026-90002.json': json('broken', 502),
      '/osv/CVE-2026-90003.json': json(OSV_90003.slice(0, 40)),
    });
    const live = await loadLiveAdvisories(http, embedded, releases, options(s));
    expect(live.feedOk).toBe(true);
    expect(live.added).toEqual([]);
    expect(live.catalog).toBe(embedded);
    expect(live.unmatched.map((u) => [u.cve, u.reason])).toEqual([
      ['CVE-2026-90001', 'record-unusable'],
      ['CVE-2026-90002', 'record-unusable'],
      ['CVE-2026-90003', 'record-unusable'],
    ]);
    expect(live.failures.map((f) => [f.source, f.reason])).toEqual([
      ['osv', 'the OSV record is not about CVE-2026-90001'],
      ['osv', 'HTTP 502'],
      ['osv', expect.stringMatching(/not complete, valid JSON/)],
    ]);
  });

  test('looks up at most maxRecords OSV records', async () => {
    const s = await serve({ '/feed.json': json(FEED), '/osv/CVE-2026-90001.json': json(OSV_90001) });
    const live = await loadLiveAdvisories(http, embedded, releases, options(s, { maxRecords: 1 }));
    expect(s.requests).toEqual(['/feed.json', '/osv/CVE-2026-90001.json']);
    expect(live.unmatched.map((u) => [u.cve, u.reason])).toEqual([
      ['CVE-2026-90002', 'not-fetched'],
      ['CVE-2026-90003', 'not-fetched'],
    ]);
  });

  test('an OSV source that does not respond is given up after three requests', async () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ id: `CVE-2026-9100${i}`, status: 'open', summary: `synthetic ${i}` }));
    const s = await serve({
      '/feed.json': json(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items })),
      ...Object.fromEntries(items.map((i) => [`/osv/${i.id}.json`, () => {}])),
    });
    const live = await loadLiveAdvisories(http, embedded, releases, options(s, { timeoutMs: 100, concurrency: 1 }));
    expect(s.requests).toHaveLength(1 + 3);
    expect(live.unmatched.map((u) => u.reason)).toEqual(['record-unusable', 'record-unusable', 'record-unusable', 'not-fetched', 'not-fetched', 'not-fetched']);
    expect(live.failures).toHaveLength(3);
    expect(live.feedOk).toBe(true);
  });

  test('a feed of known CVEs reads no OSV record', async () => {
    const known = JSON.parse(FEED) as { items: Array<{ id: string }> };
    known.items = known.items.filter((i) => !i.id.startsWith('CVE-2026-'));
    const s = await serve({ '/feed.json': json(JSON.stringify(known)) });
    const live = await loadLiveAdvisories(http, embedded, releases, options(s));
    expect(live).toMatchObject({ feedOk: true, added: [], unmatched: [], failures: [] });
    // "CVE-2023-2727, CVE-2023-2728" is one item naming two CVEs.
    expect(live.feedCves).toBe(5);
    expect(s.requests).toEqual(['/feed.json']);
  });
});

describe('parsing', () => {
  test('feed items: combined ids split, unknown status kept as unknown, bad items skipped', () => {
    const parsed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'CVE-2023-2727, CVE-2023-2728', url: 'https://github.com/kubernetes/kubernetes/issues/118640', summary: 'x' },
        { id: 'CVE-2026-1', status: 'weird' },
        { id: 'CVE-2026-12345', status: 'weird', date_published: '2026-01-02T00:00:00Z' },
        { id: 42 },
        { id: 'CVE-2026-22222', summary: 7 },
        'nonsense',
      ],
    });
    expect(parsed).toEqual({
      items: [
        { cves: ['CVE-2023-2727', 'CVE-2023-2728'], status: 'unknown', summary: 'x', url: 'https://github.com/kubernetes/kubernetes/issues/118640', published: null },
        { cves: ['CVE-2026-12345'], status: 'unknown', summary: null, url: null, published: '2026-01-02' },
      ],
      skipped: 4,
      updatedAt: null,
    });
  });

  test('OSV timeline: a dangling introduced stays open until the next bound', () => {
    const a = advisoryFromOsv(
      {
        id: 'CVE-2026-3',
        affected: [{ package: { ecosystem: 'kubernetes', name: 'k8s.io/kubelet' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '1.30.0' }, { introduced: '1.31.0' }, { last_affected: '1.31.14' }] }] }],
      },
      'CVE-2026-3',
      null,
      releases,
    );
    if (typeof a === 'string') throw new Error(a);
    expect(a.affected).toEqual([{ minor: null, introduced: '1.30.0', lastAffected: '1.31.14', fixed: null, limit: null }]);
    expect(a.components).toEqual(['kubelet']);
  });

  test('OSV records with bad versions or events are refused with a reason', () => {
    const record = (events: unknown[]) => ({ id: 'CVE-2026-4', affected: [{ package: { ecosystem: 'kubernetes', name: 'k8s.io/apiserver' }, ranges: [{ type: 'SEMVER', events }] }] });
    expect(advisoryFromOsv(record([{ introduced: 'zero' }]), 'CVE-2026-4', null, releases)).toMatch(/not a Kubernetes version/);
    expect(advisoryFromOsv(record([{ introduced: '0', fixed: '1.2.3' }]), 'CVE-2026-4', null, releases)).toMatch(/event with keys introduced, fixed/);
    expect(advisoryFromOsv({ id: 'CVE-2026-4' }, 'CVE-2026-4', null, releases)).toMatch(/no usable "affected"/);
    expect(advisoryFromOsv([], 'CVE-2026-4', null, releases)).toMatch(/not a JSON object/);
  });

  test('CVSS 3.x vectors are scored; others are not', () => {
    expect(cvssFromVector('CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:N', 't')).toMatchObject({ baseScore: 6.5, severity: 'MEDIUM' });
    expect(cvssFromVector('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 't')).toMatchObject({ baseScore: 10, severity: 'CRITICAL' });
    expect(cvssFromVector('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 't')).toMatchObject({ baseScore: 0, severity: 'NONE' });
    expect(cvssFromVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 't')).toBeNull();
    expect(cvssFromVector('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 't')).toBeNull();
  });

  test('the CVSS calculator agrees with every 3.x score in the embedded catalog', () => {
    let checked = 0;
    for (const a of embedded.advisories) {
      for (const s of [a.severity, a.severityNvd]) {
        if (!s || !s.vector.startsWith('CVSS:3')) continue;
        checked++;
        expect([a.id, cvssFromVector(s.vector, 'x')?.baseScore]).toEqual([a.id, s.baseScore]);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
