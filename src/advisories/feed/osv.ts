/**
 * Building an advisory from a CVE's OSV record (kubernetes-sigs/cve-feed-osv, ecosystem "kubernetes"): the
 * Kubernetes packages mapped to cluster components, the OSV event timeline turned into affected ranges, the first
 * fixed patch per minor, severity from the CVSS vector. Pure: a record that is not about the CVE, or whose ranges
 * are not Kubernetes versions, is returned as the reason it cannot be used.
 */
import {
  CORE_COMPONENTS,
  type Advisory,
  type AffectedRange,
  type CoreComponent,
  type Cvss,
} from '../../catalog/advisories.js';
import { patchesOf, type ReleasesCatalog } from '../../catalog/releases.js';
import { cvssFromVector } from '../cvss.js';
import { compareVersions, minorOf, parseVersion } from '../../version/index.js';
import { isRecord, type FeedItem } from './model.js';

/** OSV package names of Kubernetes components (ecosystem "kubernetes"). */
const PACKAGE_COMPONENTS: Readonly<Record<string, readonly CoreComponent[]>> = {
  'k8s.io/apiserver': ['kube-apiserver'],
  'k8s.io/kube-apiserver': ['kube-apiserver'],
  'k8s.io/controller-manager': ['kube-controller-manager'],
  'k8s.io/kube-controller-manager': ['kube-controller-manager'],
  'k8s.io/kube-scheduler': ['kube-scheduler'],
  'k8s.io/kubelet': ['kubelet'],
  'k8s.io/kube-proxy': ['kube-proxy'],
  'k8s.io/kubectl': ['kubectl'],
  // The whole release, no component named: every cluster component.
  'k8s.io/kubernetes': ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy'],
};

type OsvEvent = { kind: 'introduced' | 'fixed' | 'last_affected' | 'limit'; version: string };

/**
 * Builds an advisory from an OSV record of cve-feed-osv (ecosystem "kubernetes"), or returns why it cannot be used.
 * Ranges follow the OSV timeline: events sorted by version; `introduced` opens a range, `fixed`/`limit` close it
 * (exclusive), `last_affected` closes it inclusively; an `introduced` inside an open range changes nothing.
 */
export function advisoryFromOsv(value: unknown, cve: string, item: FeedItem | null, releases: ReleasesCatalog): Advisory | string {
  if (!isRecord(value)) return 'the OSV record is not a JSON object';
  const id = value['id'];
  const aliases = Array.isArray(value['aliases']) ? value['aliases'].filter((a): a is string => typeof a === 'string').slice(0, 20) : [];
  if (typeof id !== 'string' || (id.toUpperCase() !== cve && !aliases.some((a) => a.toUpperCase() === cve))) {
    return `the OSV record is not about ${cve}`;
  }
  const affected = value['affected'];
  if (!Array.isArray(affected) || affected.length === 0 || affected.length > 100) return 'the OSV record has no usable "affected" list';
  const components = new Set<CoreComponent>();
  const published: string[] = [];
  const ranges: AffectedRange[] = [];
  let severity: Cvss | null = null;
  const readSeverity = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const s of list) {
      if (severity === null && isRecord(s) && typeof s['score'] === 'string') severity = cvssFromVector(s['score'], 'live OSV record (computed from the vector)');
    }
  };
  readSeverity(value['severity']);
  for (const a of affected) {
    if (!isRecord(a) || !isRecord(a['package'])) return 'an "affected" entry has no package';
    const pkg = a['package'];
    if (typeof pkg['name'] !== 'string' || typeof pkg['ecosystem'] !== 'string') return 'an "affected" package has no name or ecosystem';
    published.push(pkg['name']);
    readSeverity(a['severity']);
    const mapped = pkg['ecosystem'].toLowerCase() === 'kubernetes' ? PACKAGE_COMPONENTS[pkg['name']] : undefined;
    if (!mapped) continue;
    if (!Array.isArray(a['ranges'])) return `the ranges of ${pkg['name']} are missing`;
    for (const r of a['ranges']) {
      if (!isRecord(r) || !Array.isArray(r['events']) || r['events'].length > 200) return `a range of ${pkg['name']} has no events list`;
      if (r['type'] !== 'SEMVER' && r['type'] !== 'ECOSYSTEM') continue;
      const events: OsvEvent[] = [];
      for (const e of r['events']) {
        if (!isRecord(e)) return `a range of ${pkg['name']} has an event that is not an object`;
        const keys = Object.keys(e);
        const kind = keys[0];
        if (keys.length !== 1 || (kind !== 'introduced' && kind !== 'fixed' && kind !== 'last_affected' && kind !== 'limit')) {
          return `a range of ${pkg['name']} has an event with keys ${keys.join(', ') || '(none)'}`;
        }
        const version = e[kind];
        const norm = typeof version === 'string' ? normalizeOsvVersion(version) : null;
        if (norm === null) return `a range of ${pkg['name']} has ${kind} ${JSON.stringify(version)}, not a Kubernetes version`;
        events.push({ kind, version: norm });
      }
      for (const r of timeline(events)) ranges.push(r);
    }
    for (const c of mapped) components.add(c);
  }
  const core = components.size > 0;
  const fixedByMinor: Record<string, string> = {};
  for (const r of ranges) {
    const first = r.fixed ?? (r.lastAffected !== null ? nextPatch(releases, r.lastAffected) : null);
    if (first !== null) {
      const minor = minorOf(first);
      if (fixedByMinor[minor] === undefined || compareVersions(first, fixedByMinor[minor]!) < 0) fixedByMinor[minor] = first;
    }
  }
  if (core && ranges.length === 0) return 'the OSV record has no Kubernetes version ranges';
  const references = Array.isArray(value['references']) ? value['references'] : [];
  const issueUrl =
    references
      .map((r) => (isRecord(r) && typeof r['url'] === 'string' ? r['url'] : null))
      .find((u): u is string => u !== null && /^https:\/\/github\.com\/kubernetes\/kubernetes\/issues\/\d+$/.test(u)) ?? item?.url ?? null;
  const unfixed = item?.status === 'unfixed';
  const title = typeof value['summary'] === 'string' ? value['summary'].slice(0, 300) : item?.summary ?? null;
  const publishedDate = typeof value['published'] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value['published']) ? value['published'].slice(0, 10) : item?.published ?? null;
  return {
    id: cve,
    aliases: aliases.filter((a) => a.toUpperCase() !== cve),
    title,
    kind: core ? 'core' : 'add-on',
    components: core ? CORE_COMPONENTS.filter((c) => components.has(c)) : published,
    componentsAsPublished: published,
    versionScheme: core ? 'kubernetes' : null,
    versionedProduct: null,
    matchesClusterVersion: core,
    published: publishedDate,
    issueUrl,
    inOfficialFeed: true,
    severity,
    severityNvd: null,
    fix: unfixed ? 'none' : ranges.some((r) => r.fixed !== null || r.lastAffected !== null) ? 'available' : 'unknown',
    affected: ranges,
    fixedByMinor,
    conditions: null,
    mitigation: unfixed ? 'Upstream lists no fix; read the advisory for mitigations.' : null,
    provenance: {
      ranges: { from: 'live OSV record (kubernetes-sigs/cve-feed-osv)', rule: 'osv-timeline' },
      severity: severity === null ? null : 'live OSV record',
      title: 'live OSV record',
      published: 'live OSV record',
      aliases: 'live OSV record',
      conditionsAndMitigation: 'none (live record)',
      records: [],
    },
    rulesApplied: [],
    notes: ['Read live from the official CVE feed and its OSV record; not reviewed like the embedded catalog.'],
    crossChecks: [],
  };
}

function normalizeOsvVersion(text: string): string | null {
  if (text === '0') return '0';
  const v = parseVersion(text);
  if (!v || v.major !== 1 || v.patch === null) return null;
  return v.normalized;
}

function compareEvent(a: OsvEvent, b: OsvEvent): number {
  if (a.version === '0' || b.version === '0') return a.version === b.version ? 0 : a.version === '0' ? -1 : 1;
  return compareVersions(a.version, b.version);
}

function timeline(events: OsvEvent[]): AffectedRange[] {
  const sorted = [...events].sort(compareEvent);
  const out: AffectedRange[] = [];
  let open: string | null = null;
  const close = (bound: Partial<Pick<AffectedRange, 'fixed' | 'lastAffected' | 'limit'>>): void => {
    if (open === null) return;
    const upper = bound.fixed ?? bound.lastAffected ?? bound.limit ?? null;
    const sameMinor = open !== '0' && upper !== null && minorOf(open) === minorOf(upper);
    out.push({
      minor: sameMinor ? minorOf(open) : null,
      introduced: open,
      lastAffected: bound.lastAffected ?? null,
      fixed: bound.fixed ?? null,
      limit: bound.limit ?? null,
    });
    open = null;
  };
  for (const e of sorted) {
    if (e.kind === 'introduced') open ??= e.version;
    else if (e.kind === 'fixed') close({ fixed: e.version });
    else if (e.kind === 'last_affected') close({ lastAffected: e.version });
    else close({ limit: e.version });
  }
  if (open !== null) out.push({ minor: null, introduced: open, lastAffected: null, fixed: null, limit: null });
  return out;
}

/** The first tagged patch after `version` in its minor, if the release catalog knows one. */
function nextPatch(releases: ReleasesCatalog, version: string): string | null {
  return patchesOf(releases, minorOf(version)).find((p) => compareVersions(p.version, version) > 0)?.version ?? null;
}
