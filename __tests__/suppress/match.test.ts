/** The suppression stage on findings: each selector alone and combined, expiry, unused entries, inline comments. */
import type { Finding } from '../../src/findings/types.js';
import type { IgnoreEntry } from '../../src/clusters/types.js';
import { applySuppressions, inlineDirectives, type SuppressionInput } from '../../src/suppress/index.js';

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'removed-api',
    severity: 'error',
    message: 'm',
    file: 'legacy/pdb.yaml',
    line: 1,
    column: 1,
    object: { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', name: 'web', namespace: null },
    data: {},
    ...over,
  };
}

const PDB = finding({});
const CRON = finding({ file: 'apps/cron.yaml', object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'nightly', namespace: 'ops' } });
const GATE = finding({ ruleId: 'removed-feature-gate', file: 'nodes/kubelet.yaml', object: null, data: { gate: 'CSIMigrationAWS' } });
const ADVISORY = finding({ ruleId: 'cluster-advisory', severity: 'warning', file: '.github/kube-upgrade-gate.yaml', line: 3, object: null, data: { cluster: 'prod', cve: 'CVE-2020-8554' } });
const ADVISORY_STAGING = finding({ ...ADVISORY, data: { cluster: 'staging', cve: 'CVE-2020-8554' } });
const RUN = finding({ ruleId: 'no-manifests', severity: 'warning', file: null, line: null, column: null, object: null });
const ALL = [PDB, CRON, GATE, ADVISORY, ADVISORY_STAGING, RUN];
const NAMES = ['PDB', 'CRON', 'GATE', 'ADVISORY', 'ADVISORY_STAGING', 'RUN'];

function entry(selectors: IgnoreEntry['selectors'], over: Partial<IgnoreEntry> = {}): IgnoreEntry {
  return { selectors, reason: 'accepted', expires: null, file: '.github/kube-upgrade-gate.yaml', line: 10, ...over };
}

async function suppressedBy(entries: IgnoreEntry[], input: Partial<SuppressionInput> = {}) {
  const findings = ALL.map((f) => ({ ...f, data: { ...f.data } }));
  const outcome = await applySuppressions(findings, { ignore: entries, asOf: '2026-06-01', inline: new Map(), ...input });
  return { names: NAMES.filter((_, i) => findings[i]!.suppressed), findings, outcome };
}

describe('an ignore entry suppresses the findings every one of its selectors matches', () => {
  test.each<[string, IgnoreEntry['selectors'], string[]]>([
    ['rule', { rule: 'removed-api' }, ['PDB', 'CRON']],
    ['path glob', { path: 'legacy/**' }, ['PDB']],
    ['path as a plain directory', { path: 'apps' }, ['CRON']],
    ['path never matches run-scope findings', { path: '**' }, ['PDB', 'CRON', 'GATE', 'ADVISORY', 'ADVISORY_STAGING']],
    ['apiVersion', { apiVersion: 'batch/v1beta1' }, ['CRON']],
    ['kind', { kind: 'PodDisruptionBudget' }, ['PDB']],
    ['name', { name: 'nightly' }, ['CRON']],
    ['gate', { gate: 'CSIMigrationAWS' }, ['GATE']],
    ['cve (any case)', { cve: 'cve-2020-8554' }, ['ADVISORY', 'ADVISORY_STAGING']],
    ['cluster', { cluster: 'prod' }, ['ADVISORY']],
    ['rule for a run-scope finding', { rule: 'no-manifests' }, ['RUN']],
    ['rule + kind + path', { rule: 'removed-api', kind: 'PodDisruptionBudget', path: 'legacy/**' }, ['PDB']],
    ['rule + kind where the path does not match', { rule: 'removed-api', kind: 'PodDisruptionBudget', path: 'apps/**' }, []],
    ['cve + cluster', { cve: 'CVE-2020-8554', cluster: 'prod' }, ['ADVISORY']],
    ['kind + name that belong to different objects', { kind: 'CronJob', name: 'web' }, []],
  ])('%s', async (_, selectors, expected) => {
    const { names, findings, outcome } = await suppressedBy([entry(selectors)]);
    expect(names).toEqual(expected);
    for (const f of findings.filter((x) => x.suppressed)) {
      expect(f.suppressed).toEqual({ reason: 'accepted', source: 'config', file: '.github/kube-upgrade-gate.yaml', line: 10, expires: null });
    }
    // An entry that matched something is not reported; one that matched nothing is, at its line.
    expect(outcome.events.map((e) => [e.event.type, e.place.line])).toEqual(expected.length > 0 ? [] : [['unused', 10]]);
    expect(outcome.active).toBe(true);
  });
});

describe('expiry, judged on the run date', () => {
  test.each<[string, string, boolean]>([
    ['before the last day', '2026-12-30', true],
    ['on the last day', '2026-12-31', true],
    ['the day after', '2027-01-01', false],
  ])('%s (%s): applies = %s', async (_, asOf, applies) => {
    const { names, outcome } = await suppressedBy([entry({ kind: 'PodDisruptionBudget' }, { expires: '2026-12-31' })], { asOf });
    expect(names).toEqual(applies ? ['PDB'] : []);
    expect(outcome.events.map((e) => e.event)).toEqual(
      applies ? [] : [{ type: 'expired', source: 'config', selects: 'kind PodDisruptionBudget', reason: 'accepted', expires: '2026-12-31', asOf }],
    );
  });

  test('an entry with an expiry date needs the run date', async () => {
    await expect(applySuppressions([], { ignore: [entry({ kind: 'X' }, { expires: '2026-12-31' })], asOf: null, inline: new Map() })).rejects.toThrow(/run date/);
  });
});

test('the first matching entry is the one named; every matching entry counts as used', async () => {
  const { findings, outcome } = await suppressedBy([entry({ rule: 'removed-api' }, { reason: 'first', line: 4 }), entry({ kind: 'CronJob' }, { reason: 'second', line: 8 })]);
  expect(findings[1]!.suppressed?.reason).toBe('first');
  expect(outcome.events).toEqual([]);
});

test('without entries or inline comments nothing changes and the run has no suppressions', async () => {
  const { names, findings, outcome } = await suppressedBy([]);
  expect(names).toEqual([]);
  expect(findings.every((f) => !('suppressed' in f))).toBe(true);
  expect(outcome).toEqual({ active: false, events: [], used: [] });
});

describe('inline comments', () => {
  const TEXT = [
    '# kube-upgrade-gate: ignore deprecated-api -- the first document, whole', // 1
    'apiVersion: policy/v1beta1', // 2
    'kind: PodDisruptionBudget', // 3
    '---', // 4
    'metadata:', // 5
    '  name: a', // 6
    '# kube-upgrade-gate: ignore removed-api -- line before', // 7
    'apiVersion: batch/v1beta1', // 8
    'kind: CronJob', // 9
    '---', // 10
    'apiVersion: batch/v1beta1 # kube-upgrade-gate: ignore removed-api,deprecated-api -- same line', // 11
    'kind: CronJob', // 12
    '---', // 13
    'apiVersion: batch/v1beta1', // 14
    'kind: CronJob # kube-upgrade-gate: ignore removed-api', // 15
  ].join('\n');
  const at = (line: number, ruleId: Finding['ruleId'] = 'removed-api'): Finding => finding({ file: 'a.yaml', line, ruleId });

  test('cover their line, the next line, or their whole document; a comment without a reason covers nothing', async () => {
    const findings = [at(2, 'deprecated-api'), at(3, 'deprecated-api'), at(2), at(8), at(9), at(11), at(11, 'deprecated-api'), at(12), at(14), at(15)];
    const outcome = await applySuppressions(findings, { ignore: [], asOf: null, inline: new Map([['a.yaml', inlineDirectives(TEXT)]]) });
    expect(findings.map((f) => (f.suppressed ? `${f.line}:${f.ruleId}<-${f.suppressed.line}` : null))).toEqual([
      '2:deprecated-api<-1', '3:deprecated-api<-1', null, '8:removed-api<-7', null, '11:removed-api<-11', '11:deprecated-api<-11', null, null, null,
    ]);
    expect(findings[0]!.suppressed).toEqual({ reason: 'the first document, whole', source: 'inline', file: 'a.yaml', line: 1, expires: null });
    expect(outcome.events.map((e) => [e.event.type, e.place.file, e.place.line])).toEqual([['invalid', 'a.yaml', 15]]);
  });

  test('a comment that matched nothing is reported unused at its line', async () => {
    const outcome = await applySuppressions([at(14)], { ignore: [], asOf: null, inline: new Map([['a.yaml', inlineDirectives(TEXT)]]) });
    expect(outcome.events.map((e) => [e.event.type, e.place.line])).toEqual([['unused', 1], ['unused', 7], ['unused', 11], ['invalid', 15]]);
  });

  test('the comments of a file the scan did not read are read when a finding points into it', async () => {
    const read: string[] = [];
    const f = finding({ file: 'chart/templates/cron.yaml', line: 2 });
    await applySuppressions([f, finding({ file: 'plain.yaml' })], {
      ignore: [],
      asOf: null,
      inline: new Map(),
      scanned: (file) => file === 'plain.yaml',
      readOther: async (file) => {
        read.push(file);
        return inlineDirectives('# kube-upgrade-gate: ignore removed-api -- rendered from here\napiVersion: batch/v1beta1\n');
      },
    });
    expect(read).toEqual(['chart/templates/cron.yaml']);
    expect(f.suppressed?.source).toBe('inline');
  });
});

test('accepted advisories: one CVE on one cluster, until its expiry', async () => {
  const accept = entry({ cve: 'CVE-2020-8554', cluster: 'prod' }, { reason: 'no fix upstream; external IPs are blocked by policy', expires: '2026-12-31' });
  const before = await suppressedBy([accept], { asOf: '2026-11-23' });
  expect(before.names).toEqual(['ADVISORY']);
  const after = await suppressedBy([accept], { asOf: '2027-01-01' });
  expect(after.names).toEqual([]);
  expect(after.outcome.events.map((e) => e.event.type)).toEqual(['expired']);
});
