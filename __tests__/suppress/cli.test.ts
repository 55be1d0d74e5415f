/** Suppressions end to end: the CLI on real files, the gate, the JSON and SARIF reports, expiry at --as-of, shards. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { layerBinaries } from '../helpers/binaries.js';
import type { ScanResult } from '../../src/app/result.js';

const PDB = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n';
const CRON = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n';
const CONFIG = `ignore:
  - rule: removed-api
    kind: PodDisruptionBudget
    path: "legacy/**"
    reason: "moving to policy/v1 in the Q1 platform sprint"
    expires: 2026-12-31
`;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kug-suppress-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

// The clock must not matter whenever --as-of is given.
const clusters = { clusters: { clock: { now: () => new Date('2031-01-01T00:00:00Z') } } };
const scan = async (root: string, ...args: string[]) => runCli(['scan', '--target', '1.35', '--format', 'json', ...args], root, clusters);

describe('a suppressed removed API', () => {
  test('passes the gate and stays in the JSON report, marked; past its expiry the run fails and names the suppression', async () => {
    const root = repo({ '.github/kube-upgrade-gate.yaml': CONFIG, 'legacy/pdb.yaml': PDB });
    const ok = await scan(root, '--as-of', '2026-11-23', '--fail-on', 'warning');
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.stdout) as ScanResult;
    expect(report.summary).toEqual({ files: 2, documents: 1, errors: 0, warnings: 0, notices: 0, suppressed: 1 });
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'removed-api',
        severity: 'error',
        file: 'legacy/pdb.yaml',
        line: 1,
        suppressed: { reason: 'moving to policy/v1 in the Q1 platform sprint', source: 'config', file: '.github/kube-upgrade-gate.yaml', line: 2, expires: '2026-12-31' },
      }),
    ]);

    const expired = await scan(root, '--as-of', '2027-01-01');
    expect(expired.code).toBe(1);
    const after = JSON.parse(expired.stdout) as ScanResult;
    expect(after.summary).toEqual({ files: 2, documents: 1, errors: 1, warnings: 1, notices: 0, suppressed: 0 });
    expect(after.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.suppressed ?? null])).toEqual([
      ['expired-suppression', 'warning', '.github/kube-upgrade-gate.yaml', 2, null],
      ['removed-api', 'error', 'legacy/pdb.yaml', 1, null],
    ]);
    expect(after.findings[0]!.message).toBe(
      'The suppression of rule removed-api, path legacy/**, kind PodDisruptionBudget expired on 2026-12-31 (run date 2027-01-01); the findings it matched count again. Fix them, or renew the entry with a new expires date.',
    );
  });

  test('the text report counts it and leaves it out of the list', async () => {
    const root = repo({ '.github/kube-upgrade-gate.yaml': CONFIG, 'legacy/pdb.yaml': PDB, 'apps/cron.yaml': CRON });
    const r = await runCli(['scan', '--target', '1.35', '--as-of', '2026-11-23'], root, clusters);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('CronJob "nightly"');
    expect(r.stdout).not.toContain('PodDisruptionBudget "web"');
    expect(r.stdout).toContain('3 files, 2 documents checked: 1 error, 0 warnings, 0 notices, 1 suppressed.');
  });

  test('SARIF keeps it with an external suppression and its justification; an inline one is inSource', async () => {
    const root = repo({
      '.github/kube-upgrade-gate.yaml': CONFIG,
      'legacy/pdb.yaml': PDB,
      'apps/cron.yaml': `# kube-upgrade-gate: ignore removed-api -- the job is deleted with the 1.35 upgrade\n${CRON}`,
    });
    const r = await runCli(['scan', '--target', '1.35', '--as-of', '2026-11-23', '--format', 'sarif'], root, clusters);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: unknown[]; suppressions?: unknown }> }> };
    const results = sarif.runs[0]!.results.map((x) => ({ ruleId: x.ruleId, uri: JSON.stringify(x.locations).match(/"uri":"([^"]+)"/)![1], suppressions: x.suppressions }));
    expect(results).toEqual([
      { ruleId: 'removed-api', uri: 'apps/cron.yaml', suppressions: [{ kind: 'inSource', justification: 'the job is deleted with the 1.35 upgrade' }] },
      { ruleId: 'removed-api', uri: 'legacy/pdb.yaml', suppressions: [{ kind: 'external', justification: 'moving to policy/v1 in the Q1 platform sprint' }] },
    ]);
  });
});

test('a suppression that matches nothing is a notice at its line; one without a reason is a configuration error', async () => {
  const root = repo({ '.github/kube-upgrade-gate.yaml': `ignore:\n  - kind: CronJob\n    reason: old jobs\n  - name: gone\n    reason: removed last year\n`, 'apps/cron.yaml': CRON });
  const r = await scan(root, '--fail-on', 'notice');
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as ScanResult;
  expect(report.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.suppressed?.line ?? null])).toEqual([
    ['unused-suppression', 'notice', '.github/kube-upgrade-gate.yaml', 4, null],
    ['removed-api', 'error', 'apps/cron.yaml', 1, 2],
  ]);
  expect(report.summary.notices).toBe(1);

  const bad = repo({ '.github/kube-upgrade-gate.yaml': 'ignore:\n  - kind: CronJob\n', 'apps/cron.yaml': CRON });
  const b = await scan(bad);
  expect(b.code).toBe(2);
  expect(b.stderr).toContain('.github/kube-upgrade-gate.yaml:2: ignore[0]: ');
  expect(b.stderr).toContain('reason');
});

test('inline comments on the line, the line before and the document; a comment without a reason is a warning and suppresses nothing', async () => {
  const root = repo({
    'apps/jobs.yaml': [
      'apiVersion: batch/v1beta1 # kube-upgrade-gate: ignore removed-api -- same line',
      'kind: CronJob',
      'metadata: { name: a }',
      '---',
      'metadata: { name: b }',
      '# kube-upgrade-gate: ignore removed-api -- line before',
      'apiVersion: batch/v1beta1',
      'kind: CronJob',
      '---',
      '# kube-upgrade-gate: ignore removed-api -- whole document',
      'metadata: { name: c }',
      'apiVersion: batch/v1beta1',
      'kind: CronJob',
      '---',
      'metadata: { name: d }',
      '# kube-upgrade-gate: ignore removed-api',
      'apiVersion: batch/v1beta1',
      'kind: CronJob',
      '',
    ].join('\n'),
  });
  const r = await scan(root);
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as ScanResult;
  expect(report.findings.map((f) => [f.ruleId, f.severity, f.line, f.object?.name ?? null, f.suppressed?.line ?? null])).toEqual([
    ['removed-api', 'error', 1, 'a', 1],
    ['removed-api', 'error', 7, 'b', 6],
    ['removed-api', 'error', 12, 'c', 10],
    ['invalid-suppression', 'warning', 16, null, null],
    ['removed-api', 'error', 17, 'd', null],
  ]);
  expect(report.summary).toEqual({ files: 1, documents: 4, errors: 1, warnings: 1, notices: 0, suppressed: 3 });
});

test('accepted advisories: an unfixed CVE on one cluster stops failing fail-on warning until the acceptance expires', async () => {
  const config = (ignore: string) => `clusters:\n  - name: prod\n    version: 1.35.0\n${ignore}`;
  const accept = `ignore:\n  - cve: CVE-2020-8554\n    cluster: prod\n    reason: "no upstream fix; external IPs are denied by admission policy"\n    expires: 2026-12-31\n`;
  const before = repo({ '.github/kube-upgrade-gate.yaml': config(''), 'apps/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' });
  const plain = await scan(before, '--as-of', '2026-11-23', '--fail-on', 'warning');
  const cves = (JSON.parse(plain.stdout) as ScanResult).findings.filter((f) => f.data['cve'] === 'CVE-2020-8554');
  expect(cves).toHaveLength(1);
  expect(cves[0]!.suppressed).toBeUndefined();

  const root = repo({ '.github/kube-upgrade-gate.yaml': config(accept), 'apps/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' });
  const r = await scan(root, '--as-of', '2026-11-23', '--fail-on', 'warning');
  const report = JSON.parse(r.stdout) as ScanResult;
  const accepted = report.findings.filter((f) => f.data['cve'] === 'CVE-2020-8554');
  expect(accepted).toEqual([expect.objectContaining({ ruleId: 'cluster-advisory', suppressed: expect.objectContaining({ source: 'config', line: 5, expires: '2026-12-31' }) })]);
  // The other unfixed advisories still count.
  const counting = report.findings.filter((f) => f.ruleId === 'cluster-advisory' && !f.suppressed);
  expect(counting.length).toBeGreaterThan(0);
  expect(counting.every((f) => f.data['cve'] !== 'CVE-2020-8554')).toBe(true);

  const later = await scan(root, '--as-of', '2027-01-01', '--fail-on', 'warning');
  const afterReport = JSON.parse(later.stdout) as ScanResult;
  expect(afterReport.findings.filter((f) => f.data['cve'] === 'CVE-2020-8554' && !f.suppressed)).toHaveLength(1);
  expect(afterReport.findings.filter((f) => f.ruleId === 'expired-suppression').map((f) => f.line)).toEqual([5]);
});

test('without ignore entries or inline comments the JSON report has no trace of suppressions', async () => {
  const root = repo({ 'apps/cron.yaml': CRON, 'legacy/pdb.yaml': PDB });
  const r = await scan(root);
  expect(r.code).toBe(1);
  expect(r.stdout).not.toContain('suppress');
  expect(Object.keys((JSON.parse(r.stdout) as ScanResult).summary)).toEqual(['files', 'documents', 'errors', 'warnings', 'notices']);
});

test('a sharded scan: each part applies the suppressions; an entry is unused only when no part used it', async () => {
  const root = repo({
    '.github/kube-upgrade-gate.yaml': `ignore:\n  - kind: CronJob\n    reason: old jobs\n  - kind: PodDisruptionBudget\n    reason: old budgets\n  - kind: Nothing\n    reason: never matches\n`,
    'a/cron.yaml': CRON,
    'b/pdb.yaml': PDB,
    'c/cron2.yaml': CRON.replace('nightly', 'weekly'),
    'd/pdb2.yaml': PDB.replace('web', 'api'),
  });
  const names: string[] = [];
  for (const part of ['1/2', '2/2']) {
    const out = join(root, `part-${part[0]}.json`);
    const r = await runCli(['scan', '--target', '1.35', '--format', 'json', '--shard', part, '--output', out, '.'], root, clusters);
    expect(r.stderr).toBe('');
    names.push(out);
  }
  const merged = await runCli(['merge', ...names, '--format', 'json'], root, clusters);
  expect(merged.stderr).toBe('');
  expect(merged.code).toBe(0);
  const report = JSON.parse(merged.stdout) as ScanResult;
  expect(report.findings.filter((f) => f.ruleId === 'removed-api').every((f) => f.suppressed)).toBe(true);
  expect(report.findings.filter((f) => f.ruleId === 'unused-suppression').map((f) => f.line)).toEqual([6]);
  expect(report.summary.suppressed).toBe(4);
});

describe('rendered and run-level findings pass the same stage', () => {
  test('an inline comment in a chart template suppresses the rendered finding at that template line; a config entry suppresses a run-level finding', async () => {
    const { helm } = layerBinaries('v35');
    const root = repo({
      'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'chart/templates/cron.yaml': '# kube-upgrade-gate: ignore removed-api -- the chart is retired with 1.35\napiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: {{ .Release.Name }}-nightly\n',
      'chart/templates/pdb.yaml': 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: {{ .Release.Name }}-web\n',
    });
    const r = await runCli(['scan', '--target', '1.35', '--format', 'json', '--helm-path', helm], root, clusters);
    const report = JSON.parse(r.stdout) as ScanResult;
    expect(report.findings.filter((f) => f.ruleId === 'removed-api').map((f) => [f.file, f.line, f.data['source'], f.suppressed?.source ?? null, f.suppressed?.line ?? null])).toEqual([
      ['chart/templates/cron.yaml', 2, 'helm', 'inline', 1],
      ['chart/templates/pdb.yaml', 1, 'helm', null, null],
    ]);
    expect(r.code).toBe(1);

    const empty = repo({ '.github/kube-upgrade-gate.yaml': 'ignore:\n  - rule: no-manifests\n    reason: the manifests live in another repository\n', 'docs/readme.yaml': 'title: docs\n' });
    const e = await scan(empty, '--fail-on', 'warning', 'docs');
    const run = JSON.parse(e.stdout) as ScanResult;
    expect(run.findings.map((f) => [f.ruleId, f.file, f.suppressed?.line ?? null])).toEqual([['no-manifests', null, 2]]);
    expect(e.code).toBe(0);
  });
});
