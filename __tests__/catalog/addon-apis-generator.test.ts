/** The add-on catalog generator: facts from the hand-kept overlay, confirmed or corrected against the peer data. */
import { addonRelease, buildAddonCatalog, parseOverlay, peerProvenance, type AddonOverlay, type PeerEntry } from '../../scripts/lib/addon-apis.js';

const prov = { repository: 'example/peer', commit: 'a'.repeat(40) };
const fact = (over: Partial<AddonOverlay['facts'][number]> = {}): AddonOverlay['facts'][number] => ({
  addon: 'cert-manager', apiVersions: ['cert-manager.io/v1alpha2'], kinds: ['Certificate', 'Order'], deprecatedIn: '1.4', removedIn: '1.6',
  replacement: { group: 'cert-manager.io', version: 'v1', acme: 'acme.cert-manager.io/v1' }, source: 'https://example.org/notes', quote: 'no longer served in 1.6', ...over,
});
const peer = (over: Partial<PeerEntry> = {}): PeerEntry => ({
  version: 'cert-manager.io/v1alpha2', kind: 'Certificate', 'deprecated-in': 'v1.4.0', 'removed-in': 'v1.6.0', 'replacement-api': 'cert-manager.io/v1', component: 'cert-manager', ...over,
});

describe('buildAddonCatalog', () => {
  it('one entry per apiVersion and kind, the ACME kinds replaced in their own group, the peer recorded as agreeing', () => {
    const c = buildAddonCatalog({ facts: [fact()], ignoredPeerEntries: [] }, [peer(), { ...peer(), component: 'k8s', version: 'apps/v1beta1' }], prov);
    expect(c.apis.map((a) => [a.apiVersion, a.kind, a.removedIn, a.replacement?.apiVersion, a.peer?.agrees ?? null])).toEqual([
      ['cert-manager.io/v1alpha2', 'Certificate', '1.6', 'cert-manager.io/v1', true],
      ['cert-manager.io/v1alpha2', 'Order', '1.6', 'acme.cert-manager.io/v1', null],
    ]);
    expect(c.addons).toEqual(['cert-manager']);
    expect(c.apis[0]?.peer).toEqual({ repository: 'example/peer', commit: 'a'.repeat(40), file: 'versions.yaml', agrees: true, corrects: null });
  });

  it.each<[string, AddonOverlay, PeerEntry[], RegExp]>([
    ['a peer entry no fact states', { facts: [fact()], ignoredPeerEntries: [] }, [peer({ version: 'cert-manager.io/v1beta1' })], /cert-manager\.io\/v1beta1 Certificate \(cert-manager\) matches no fact/],
    ['a disagreement the fact does not explain', { facts: [fact({ removedIn: '1.7' })], ignoredPeerEntries: [] }, [peer()], /disagree, and the fact does not say why/],
    ['a kind stated twice', { facts: [fact(), fact()], ignoredPeerEntries: [] }, [], /stated twice/],
  ])('refuses %s', (_name, overlay, peers, message) => {
    expect(() => buildAddonCatalog(overlay, peers, prov)).toThrow(message);
  });

  it('accepts a disagreement the fact explains, and records the correction', () => {
    const c = buildAddonCatalog({ facts: [fact({ kinds: ['Order'], corrects: 'the peer names the wrong group' })], ignoredPeerEntries: [] }, [peer({ kind: 'Order' })], prov);
    expect(c.apis[0]?.peer).toMatchObject({ agrees: false, corrects: 'the peer names the wrong group' });
  });

  it('skips an ignored peer entry', () => {
    const c = buildAddonCatalog({ facts: [fact()], ignoredPeerEntries: [{ version: 'x.io', kind: 'Nope', reason: 'not a kind' }] }, [peer({ version: 'x.io', kind: 'Nope' })], prov);
    expect(c.apis).toHaveLength(2);
  });

  it.each([
    ['v1.6.0', '1.6'],
    ['0.11', '0.11'],
    ['1.14.2', '1.14'],
  ])('addonRelease(%s) is %s', (text, release) => {
    expect(addonRelease(text)).toBe(release);
  });

  it('parseOverlay refuses a fact without an https source', () => {
    expect(() => parseOverlay('facts:\n  - {addon: a, apiVersions: [a.io/v1], kinds: [A], source: "http://x", quote: q}\n')).toThrow(/not an https URL/);
  });

  it('peerProvenance reads the repository and commit of a peers README row', () => {
    expect(peerProvenance(`| dir | source |\n|---|---|\n| pluto/ | Org/tool | ${'b'.repeat(40)} (2026-04-27) | x |\n`, 'pluto/')).toEqual({ repository: 'Org/tool', commit: 'b'.repeat(40) });
  });
});
