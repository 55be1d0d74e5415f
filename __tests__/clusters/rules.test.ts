import { shouldFail } from '../../src/app/run.js';
import type { ScanResult } from '../../src/app/result.js';
import { loadApiCatalog, loadReleasesCatalog } from '../../src/platform/catalogs.js';
import { evaluateCluster, type AdvisorySourceFacts } from '../../src/clusters/evaluate.js';
import { type ClusterSpec } from '../../src/clusters/types.js';
import type { Finding } from '../../src/findings/types.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';
import { catalogOf, SEED, spec } from './helpers.js';

const api = loadApiCatalog();

function findings(s: ClusterSpec, asOf: string, place: { file: string; line: number | null } | null, eolWarningDays = 60): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine(RULES, { target: s.target, current: null, catalog: api }, (f) => out.push(f));
  const evaluation = evaluateCluster({ spec: s, asOf, eolWarningDays, releases: loadReleasesCatalog(), advisories: catalogOf([SEED]), api, scanTarget: s.target, documents: [] });
  engine.cluster(evaluation, place);
  return out;
}

const lines = { '': 3, name: 3, version: 4, target: 5, 'nodePools[0].kubelet': 8 };

describe('cluster rules through the engine', () => {
  test('findings point at the offending line of the configuration file and carry data.cluster', () => {
    const s = spec({ name: 'prod', version: '1.34.2', target: '1.36', file: 'k.yaml', lines, nodePools: [{ name: 'p', kubelet: '1.32.4', kubeProxy: '1.32.4', kubeProxyDeclared: false }] });
    const out = findings(s, '2026-05-01', { file: 'k.yaml', line: 3 });
    expect(out.map((f) => [f.ruleId, f.severity, f.file, f.line, f.data['cluster']])).toEqual([
      ['cluster-advisory', 'error', 'k.yaml', 4, 'prod'],
      ['unsupported-version', 'warning', 'k.yaml', 8, 'prod'], // the pool's 1.32 ended 2026-02-28
      ['version-skew', 'warning', 'k.yaml', 8, 'prod'],
      ['version-skew', 'warning', 'k.yaml', 8, 'prod'],
      ['upgrade-path', 'warning', 'k.yaml', 5, 'prod'],
    ]);
    expect(out[0]!.data).toMatchObject({ cve: SEED.id, component: 'kube-apiserver', smallestFixedTarget: '1.34.4', fixedVersions: ['1.33.9', '1.34.4', '1.35.0'] });
    expect(out[0]!.message).toBe(
      'Cluster prod: CVE-2026-10001 (HIGH 8.1) affects kube-apiserver 1.34.2: Seed scenario advisory. Fixed in 1.33.9, 1.34.4, 1.35.0. ' +
        'Smallest fixed, supported target on 2026-05-01: 1.34.4 (a patch upgrade within 1.34). Exploitable when: Attackers who can reach the API server. ' +
        'Until upgraded: Restrict access to the API server.',
    );
    expect(out[4]!.message).toMatch(/^Cluster prod: 1\.34 → 1\.36 takes 2 upgrades, one minor at a time \(kube-apiserver must not skip minors\): 1\.34 → 1\.35 → 1\.36\. No paths are mapped/);
  });

  test('a cluster declared by flags has no place', () => {
    const out = findings(spec({ name: 'cluster', version: '1.34.2' }), '2026-03-15', null);
    expect(out).toEqual([expect.objectContaining({ ruleId: 'cluster-advisory', file: null, line: null, column: null, data: expect.objectContaining({ cluster: 'cluster' }) })]);
  });

  test('end of life is an error; the warning window before it is configurable', () => {
    const s = spec({ name: 'c', version: '1.34.9', file: 'k.yaml', lines });
    expect(findings(s, '2026-10-27', null).filter((f) => f.ruleId === 'unsupported-version').map((f) => f.severity)).toEqual(['error']);
    const soon = findings(s, '2026-09-01', null).filter((f) => f.ruleId === 'unsupported-version');
    expect(soon.map((f) => [f.severity, f.data['daysLeft']])).toEqual([['warning', 56]]);
    expect(soon[0]!.message).toMatch(/reaches end of life on 2026-10-27 \(56 days after 2026-09-01; in maintenance mode since 2026-08-27\)/);
    expect(findings(s, '2026-09-01', null, 30).filter((f) => f.ruleId === 'unsupported-version')).toEqual([]);
  });

  test('a target that is itself out of support is a warning at the target line', () => {
    const out = findings(spec({ name: 'c', version: '1.32.9', target: '1.33', file: 'k.yaml', lines }), '2026-07-01', null).filter((f) => f.ruleId === 'unsupported-version');
    expect(out.map((f) => [f.severity, f.line])).toEqual([
      ['error', 4],
      ['warning', 5],
    ]);
    expect(out[1]!.message).toMatch(/the upgrade target 1\.33 is itself out of upstream support on 2026-07-01/);
  });
});

describe('advisory-feed', () => {
  const facts = (over: Partial<AdvisorySourceFacts>): Finding[] => {
    const out: Finding[] = [];
    createEngine(RULES, { target: '1.35', current: null, catalog: api }, (f) => out.push(f)).advisorySource({
      mode: 'embedded', asOf: '2026-11-23', catalogVersion: '20260319', catalogDate: '2026-03-19', ageDays: 249, staleAfterDays: 30, live: null, ...over,
    });
    return out;
  };

  test('an embedded catalog older than 30 days on the date is a notice; 30 days or less is not', () => {
    expect(facts({}).map((f) => [f.ruleId, f.severity, f.file])).toEqual([['advisory-feed', 'notice', null]]);
    expect(facts({ ageDays: 30 })).toEqual([]);
  });

  test('a live feed that worked replaces the staleness notice', () => {
    const live = { catalog: catalogOf([]), feedOk: true, feedUpdatedAt: null, feedCves: 3, skippedItems: 0, added: [], unmatched: [], failures: [] };
    expect(facts({ mode: 'live', live })).toEqual([]);
  });

  test('findings about the advisory source never fail a run', () => {
    const result = { findings: facts({}).map((f) => ({ ...f, severity: 'warning' as const })) } as ScanResult;
    expect(shouldFail(result, 'notice')).toBe(false);
    expect(shouldFail({ findings: [...result.findings, { ...result.findings[0]!, ruleId: 'unsupported-version' }] } as ScanResult, 'warning')).toBe(true);
  });
});
