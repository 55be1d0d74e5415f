import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const fixtures = join(here, '..', 'fixtures');

describe('kube-upgrade-gate scan', () => {
  it('reports each removed API at its apiVersion line, a broken document, nothing for current APIs, and exits 1', async () => {
    const r = await runCli(['scan', 'foundation', '--target', '1.25', '--format', 'json'], fixtures);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'kube-upgrade-gate' }, target: '1.25', current: null, catalog: { newestRelease: expect.stringMatching(/^1\.\d+$/) } });
    const rows = report.findings.map((f: { ruleId: string; file: string; line: number; object: { apiVersion: string; kind: string } | null; data: { removedIn?: string; replacement?: string } }) =>
      [f.ruleId, f.file, f.line, f.object?.apiVersion ?? null, f.object?.kind ?? null, f.data.removedIn ?? null, f.data.replacement ?? null]);
    expect(rows).toEqual([
      ['removed-api', 'foundation/ingress.yaml', 1, 'extensions/v1beta1', 'Ingress', '1.22', 'networking.k8s.io/v1'],
      ['removed-api', 'foundation/list.json', 6, 'autoscaling/v2beta1', 'HorizontalPodAutoscaler', '1.25', 'autoscaling/v2'],
      ['removed-api', 'foundation/pdb-crlf.yaml', 1, 'policy/v1beta1', 'PodDisruptionBudget', '1.25', 'policy/v1'],
      ['invalid-manifest', 'foundation/rbac.yaml', 6, null, null, null, null],
      ['removed-api', 'foundation/rbac.yaml', 8, 'rbac.authorization.k8s.io/v1beta1', 'ClusterRole', '1.22', 'rbac.authorization.k8s.io/v1'],
      ['removed-api', 'foundation/workloads.yaml', 3, 'batch/v1beta1', 'CronJob', '1.25', 'batch/v1'],
    ]);
    expect(report.summary).toEqual({ files: 7, documents: 9, errors: 5, warnings: 1, notices: 0 });
  });

  it('warns instead of passing silently at a release before the removals, and passes with fail-on never', async () => {
    const r = await runCli(['scan', 'foundation', '--target', '1.21', '--format', 'json', '--fail-on', 'never'], fixtures);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'deprecated-api').length).toBeGreaterThanOrEqual(4);
  });

  it('fails on warnings when asked to', async () => {
    const r = await runCli(['scan', 'foundation', '--target', '1.21', '--fail-on', 'warning'], fixtures);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('deprecated-api');
  });

  it('says the current release already serves the replacement', async () => {
    const r = await runCli(['scan', 'foundation/ingress.yaml', '--target', '1.22', '--current', '1.21', '--format', 'json'], fixtures);
    const [f] = JSON.parse(r.stdout).findings;
    expect(f.message).toContain('The current release 1.21 already serves networking.k8s.io/v1: migrate before the upgrade.');
  });

  it.each([
    [['--target', '1.99'], /--target 1\.99 is newer than the newest release in the API catalog/],
    [['--target', 'banana'], /--target "banana" is not a Kubernetes release; expected MAJOR\.MINOR/],
    [[], /--target is required/],
    [['--target', '1.25', '--fail-on', 'sometimes'], /--fail-on "sometimes" is not valid; expected one of error, warning, notice, never/],
    [['--target', '1.25', '--format', 'yaml'], /--format "yaml" is not valid/],
    [['--target', '1.25', '--current', '1.30'], /--current 1\.30 is newer than --target 1\.25/],
    [['--target', '1.25', '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const r = await runCli(['scan', 'foundation', ...args], fixtures);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 for a path that does not exist', async () => {
    const r = await runCli(['scan', 'nowhere', '--target', '1.25'], fixtures);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/path "nowhere" does not exist/);
  });

  it('reports a scan that found no Kubernetes documents as a warning, not green', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kug-empty-'));
    try {
      writeFileSync(join(dir, 'values.yaml'), 'a: 1\n');
      const r = await runCli(['scan', '.', '--target', '1.30', '--format', 'json', '--fail-on', 'warning'], dir);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).findings).toMatchObject([{ ruleId: 'no-manifests', severity: 'warning', file: null }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports paths relative to the scanned directory when it lies outside the working directory', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kug-cwd-'));
    try {
      const r = await runCli(['scan', join(fixtures, 'foundation'), '--target', '1.25', '--format', 'json'], cwd);
      expect(JSON.parse(r.stdout).findings[0].file).toBe('ingress.yaml');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('writes the report to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kug-out-'));
    try {
      const out = join(dir, 'report.json');
      const r = await runCli(['scan', 'foundation', '--target', '1.25', '--format', 'json', '--output', out], fixtures);
      expect(r.stdout).toBe('');
      expect(JSON.parse(readFileSync(out, 'utf8')).summary.errors).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints a readable text report of the demo repository', async () => {
    const r = await runCli(['scan', 'examples/demo-repo', '--target', 'latest', '--fail-on', 'never'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('examples/demo-repo/deploy/web/ingress.yaml');
    expect(r.stdout).toMatch(/2:1\s+error\s+Ingress "web\/shop" uses extensions\/v1beta1/);
  });
});
