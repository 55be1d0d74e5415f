/**
 * Sharding: a stable partition, and the merge of every part's JSON report equals the unsharded scan — manifests,
 * component files, Helm charts, Kustomize overlays and declared clusters included.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a, parseShard, shardFilter, shardOf } from '../../src/shard/shard.js';
import { layerBinaries } from '../helpers/binaries.js';
import { runCli } from '../helpers/cli.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

describe('shard partition', () => {
  it('parses I/N and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/2/3', '-1/2']) expect(parseShard(bad)).toBeNull();
  });

  it('is a fixed function of the path (FNV-1a), the same on every machine', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(shardOf('deploy/app.yaml', 4)).toBe((fnv1a('deploy/app.yaml') % 4) + 1);
  });

  it('puts every path in exactly one part', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `team-${i % 7}/app-${i}/manifest.yaml`);
    const parts = [1, 2, 3, 4].map((index) => paths.filter(shardFilter({ index, count: 4 })));
    expect(parts.flat().sort()).toEqual([...paths].sort());
    for (const p of parts) expect(p.length).toBeGreaterThan(60); // roughly even
    expect(paths.every(shardFilter(null))).toBe(true);
  });
});

describe('merge of a sharded scan', () => {
  let repo: string;
  let out: string; // reports go outside the scanned repository
  const helm = (): string => layerBinaries('v35').helm;
  const kubectl = (): string => layerBinaries('v35').kubectl;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'kug-shard-'));
    out = mkdtempSync(join(tmpdir(), 'kug-shard-out-'));
    cpSync(join(fixtures, 'foundation'), join(repo, 'plain'), { recursive: true });
    cpSync(join(fixtures, 'gates'), join(repo, 'hosts'), { recursive: true });
    cpSync(join(fixtures, 'render', 'repo'), join(repo, 'rendered'), { recursive: true });
    // An inline suppression of a finding only the merge makes (drain-blocker sees the budget and the Deployment
    // together), on the Deployment's replicas line.
    const deployment = join(repo, 'rendered', 'kustomize', 'base', 'deployment.yaml');
    writeFileSync(deployment, readFileSync(deployment, 'utf8').replace('  replicas: 1\n', '  # kube-upgrade-gate: ignore drain-blocker -- one replica until the service is stateless\n  replicas: 1\n'));
    mkdirSync(join(repo, '.github'));
    writeFileSync(
      join(repo, '.github', 'kube-upgrade-gate.yaml'),
      [
        'target: "1.30"', 'clusters:', '  - name: prod', '    version: 1.27.3', '    nodePools:', '      - { name: general, kubelet: 1.25.4 }', '    paths: ["plain/**"]',
        // Suppressions of findings only the merge makes (the scan-wide rules see every part's objects), of findings a
        // part makes, and one that matches nothing anywhere.
        'ignore:',
        '  - { rule: drain-blocker, path: "plain/**", reason: "the platform team owns these budgets" }',
        '  - { rule: removed-api, kind: CronJob, reason: "moving with the batch platform" }',
        '  - { rule: deprecated-api, name: no-such-object, reason: "matches nothing" }',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  const scan = async (...extra: string[]) => {
    const r = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never', '--as-of', '2026-11-23', '--helm-path', helm(), '--kubectl-path', kubectl(), ...extra], repo);
    expect(r.stderr).toBe('');
    return r.stdout;
  };

  it.each([2, 3, 5])('the merge of %i parts equals the unsharded scan', async (n) => {
    const whole = await scan();
    const names: string[] = [];
    for (let i = 1; i <= n; i++) {
      const part = JSON.parse(await scan('--shard', `${i}/${n}`));
      expect(part.shard).toEqual({ index: i, count: n, paths: ['.'] });
      const name = join(out, `part-${i}.json`);
      writeFileSync(name, JSON.stringify(part));
      names.push(name);
    }
    const merged = await runCli(['merge', ...names.reverse(), '--format', 'json', '--fail-on', 'never'], repo);
    expect(merged.stderr).toBe('');
    for (const name of names) rmSync(name);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole));
    const all = JSON.parse(whole) as { findings: Array<{ ruleId: string; file: string; line: number; suppressed?: { source: string } }> };
    expect(all.findings.length).toBeGreaterThan(20);
    // The suppressions at work in the whole scan, so the equality above covers them.
    expect(all.findings.filter((f) => f.ruleId === 'drain-blocker').map((f) => [f.file, f.line, f.suppressed?.source])).toEqual([
      ['plain/workloads.yaml', 16, 'config'],
      ['rendered/kustomize/base/deployment.yaml', 7, 'inline'],
    ]);
    expect(all.findings.filter((f) => f.ruleId === 'removed-api' && f.suppressed?.source === 'config').length).toBeGreaterThan(0);
    expect(all.findings.filter((f) => f.ruleId === 'unused-suppression').map((f) => f.line)).toEqual([11]);
  });

  it('refuses an incomplete or mixed set of parts', async () => {
    const a = join(out, 'a.json');
    const b = join(out, 'b.json');
    writeFileSync(a, await scan('--shard', '1/3'));
    writeFileSync(b, await scan('--shard', '2/3'));
    let r = await runCli(['merge', a, b], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/parts 3 of 3 are missing/);
    r = await runCli(['merge', a, a], repo);
    expect(r.stderr).toMatch(/both part 1 of 3/);
    writeFileSync(b, await scan('--shard', '2/3', '--target', '1.29'));
    r = await runCli(['merge', a, b], repo);
    expect(r.stderr).toMatch(/target 1\.29/);
    writeFileSync(b, 'not json');
    r = await runCli(['merge', a, b], repo);
    expect(r.stderr).toMatch(/b\.json is not JSON/);
    rmSync(a);
    rmSync(b);
    r = await runCli(['scan', '.', '--shard', '4/3', '--target', '1.30'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shard "4\/3" is not valid; expected I\/N/);
  });

  it('keeps the part out of the report of the whole and merges into text, SARIF and Markdown too', async () => {
    const names: string[] = [];
    for (let i = 1; i <= 2; i++) {
      const name = join(out, `fmt-${i}.json`);
      writeFileSync(name, await scan('--shard', `${i}/2`));
      names.push(name);
    }
    for (const format of ['text', 'sarif', 'markdown']) {
      const r = await runCli(['merge', ...names, '--format', format, '--fail-on', 'never', '--fail-on-clusters', 'never'], repo);
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
    }
    const j = JSON.parse((await runCli(['merge', ...names, '--format', 'json'], repo)).stdout);
    expect(j.shard).toBeUndefined();
    for (const n of names) rmSync(n);
    expect(readFileSync(join(repo, '.github', 'kube-upgrade-gate.yaml'), 'utf8')).toContain('prod');
  });
});
