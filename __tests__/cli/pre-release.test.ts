/**
 * `--target 1.37`, one minor past the newest GA release (1.36), answered from 1.37's pre-release data: the CLI scans
 * with it (APIs, feature gates, config files), says so in one notice in every report format and in a merged sharded
 * report; `latest` is 1.36; 1.38 is refused with exit 2.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const FILES: Record<string, string> = {
  'deploy/cidr.yaml': 'apiVersion: networking.k8s.io/v1beta1\nkind: ServiceCIDR\nmetadata:\n  name: extra\nspec:\n  cidrs: ["10.96.0.0/16"]\n',
  'deploy/cronjob.yaml': 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n',
  'deploy/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n',
  'control-plane/kube-apiserver.yaml': [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: kube-apiserver',
    '  namespace: kube-system',
    'spec:',
    '  containers:',
    '    - name: kube-apiserver',
    '      image: registry.k8s.io/kube-apiserver:v1.36.4',
    '      command:',
    '        - kube-apiserver',
    '        - --feature-gates=SidecarContainers=true',
    '',
  ].join('\n'),
  'kubeadm/config.yaml': 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n',
};

interface Row {
  ruleId: string;
  severity: string;
  file: string | null;
  line: number | null;
  data: Record<string, unknown>;
  message: string;
}

describe('--target 1.37 (pre-release data)', () => {
  let repo: string;
  let out: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'kug-pre-'));
    out = mkdtempSync(join(tmpdir(), 'kug-pre-out-'));
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(repo, rel)), { recursive: true });
      writeFileSync(join(repo, rel), text);
    }
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  const rowsOf = (stdout: string): Row[] => (JSON.parse(stdout) as { findings: Row[] }).findings;

  it('reports the 1.37 removals of APIs, gates and config files, and one pre-release notice', async () => {
    const r = await runCli(['scan', '.', '--target', '1.37', '--current', '1.36', '--format', 'json'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { target: string; catalog: { newestRelease: string }; summary: Record<string, number> };
    expect(report.target).toBe('1.37');
    expect(report.catalog.newestRelease).toBe('1.36');
    expect(rowsOf(r.stdout).map((f) => [f.ruleId, f.severity, f.file, f.line, f.data['removedIn'] ?? null])).toEqual([
      ['pre-release-target', 'notice', null, null, null],
      ['removed-feature-gate', 'error', 'control-plane/kube-apiserver.yaml', 12, '1.37'],
      ['removed-api', 'error', 'deploy/cidr.yaml', 1, '1.37'],
      ['removed-api', 'error', 'deploy/cronjob.yaml', 1, '1.25'],
      ['removed-config-api', 'error', 'kubeadm/config.yaml', 1, '1.37'],
    ]);
    expect(report.summary).toMatchObject({ errors: 4, warnings: 0, notices: 1 });
  });

  it('the notice alone never fails a run, and shows in the text report', async () => {
    const r = await runCli(['scan', 'deploy/app.yaml', '--target', '1.37', '--fail-on', 'notice'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/pre-release-target/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/Kubernetes 1\.37 is not a GA release in this kube-upgrade-gate's data \(newest GA: 1\.36, planned for 2026-08-26/);
  });

  it('latest is 1.36: no notice, the 1.37 removals are only planned', async () => {
    const r = await runCli(['scan', '.', '--target', 'latest', '--format', 'json', '--fail-on', 'never'], repo);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).target).toBe('1.36');
    const rows = rowsOf(r.stdout);
    expect(rows.map((f) => f.ruleId)).not.toContain('pre-release-target');
    expect(rows.find((f) => f.file === 'deploy/cidr.yaml')).toMatchObject({ ruleId: 'deprecated-api', data: { plannedRemovalIn: '1.37' } });
  });

  it('1.38 is refused with exit 2 and a clear message', async () => {
    const r = await runCli(['scan', '.', '--target', '1.38'], repo);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--target 1\.38 is newer than the newest release in the API catalog \(1\.36, catalog 1\.36\.\d{8}; pre-release data covers 1\.37 only\); results for it would be guesses\. Use 1\.37 or older or update kube-upgrade-gate/);
  });

  it('a cluster target of 1.37 is accepted; 1.38 is refused at its line', async () => {
    writeFileSync(join(repo, 'cluster.yaml'), 'clusters:\n  - name: prod\n    version: 1.36.4\n    target: "1.37"\n');
    const ok = await runCli(['scan', 'deploy/app.yaml', '--target', '1.37', '--config', 'cluster.yaml', '--as-of', '2026-08-22', '--format', 'json', '--fail-on', 'never'], repo);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(rowsOf(ok.stdout).filter((f) => f.ruleId === 'pre-release-target')).toHaveLength(1);
    writeFileSync(join(repo, 'cluster.yaml'), 'clusters:\n  - name: prod\n    version: 1.36.4\n    target: "1.38"\n');
    const bad = await runCli(['scan', 'deploy/app.yaml', '--target', '1.37', '--config', 'cluster.yaml'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cluster\.yaml:4: clusters\[0\]\.target: 1\.38 is newer than the newest release in the API catalog \(1\.36; pre-release data covers 1\.37 only\); use 1\.37 or older/);
    rmSync(join(repo, 'cluster.yaml'));
  });

  it('a sharded scan merges into the unsharded report, with one notice', async () => {
    const whole = await runCli(['scan', '.', '--target', '1.37', '--format', 'json', '--fail-on', 'never'], repo);
    const names: string[] = [];
    for (const i of [1, 2]) {
      const part = await runCli(['scan', '.', '--target', '1.37', '--format', 'json', '--fail-on', 'never', '--shard', `${i}/2`], repo);
      expect(part.stderr).toBe('');
      names.push(join(out, `part-${i}.json`));
      writeFileSync(names[names.length - 1]!, part.stdout);
    }
    const merged = await runCli(['merge', ...names, '--format', 'json', '--fail-on', 'never'], repo);
    expect(merged.stderr).toBe('');
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout));
    expect(rowsOf(merged.stdout).filter((f) => f.ruleId === 'pre-release-target')).toHaveLength(1);
  });
});
