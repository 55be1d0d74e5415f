/** The CLI with declared clusters: config file, flags, reports and exit codes, embedded and live advisories. */
import { runCli, type CliRun } from '../helpers/cli.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ScanResult } from '../../src/app/result.js';
import type { ClusterDeps } from '../../src/clusters/check.js';
import { fetchHttpClient } from '../../src/platform/http.js';
import { catalogOf, fixture, json, SEED, startServer } from './helpers.js';

const THREE_CLUSTERS = `# Declared clusters
target: "1.35"
clusters:
  - name: staging
    version: 1.34.1
  - name: production
    version: 1.34.2            # kube-apiserver
    provider: eks
    components:
      kube-controller-manager: 1.34.2
      kube-scheduler: 1.34.2
    nodePools:
      - { name: general, kubelet: 1.33.7, kubeProxy: 1.33.7 }
    paths: ["deploy/prod/**"]
  - name: development
    version: 1.33.7
`;

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kug-clusters-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

async function run(argv: string[], cwd: string, clusters?: Partial<ClusterDeps>): Promise<CliRun> {
  // The clock must not matter whenever --as-of is given.
  return await runCli(argv, cwd, { clusters: { clock: { now: () => new Date('2031-01-01T00:00:00Z') }, ...(clusters ?? {}) } });
}

const findingsOf = (r: ScanResult, rule: string) => r.findings.filter((f) => f.ruleId === rule);

describe('scan --config FILE --as-of 2026-11-23 --format json (embedded catalog)', () => {
  test('reports advisories, recommended targets, support and path; reproducible; exit code per fail-on', async () => {
    const root = repo({ 'clusters.yaml': THREE_CLUSTERS, 'deploy/prod/web.yaml': DEPLOYMENT });
    const argv = ['scan', '--config', 'clusters.yaml', '--as-of', '2026-11-23', '--format', 'json'];
    const first = await run(argv, root);
    const second = await run(argv, root);
    expect(first.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    expect(first.code).toBe(1); // end-of-life clusters are errors under the default fail-on error
    // Findings about the clusters answer to --fail-on-clusters (default error), those about the files to --fail-on.
    expect((await run([...argv, '--fail-on', 'never'], root)).code).toBe(1);
    expect((await run([...argv, '--fail-on-clusters', 'never'], root)).code).toBe(0);

    const result = JSON.parse(first.stdout) as ScanResult;
    expect(result.target).toBe('1.35'); // from the file: no --target
    expect(Object.keys(result).at(-1)).toBe('clusters');
    expect(result.clusters.map((c) => [c.name, c.version, c.target, c.recommendedTarget, c.supported, c.endOfLife, c.path])).toEqual([
      ['staging', '1.34.1', '1.35', '1.35.0', false, '2026-10-27', ['1.34', '1.35']],
      ['production', '1.34.2', '1.35', '1.35.0', false, '2026-10-27', ['1.34', '1.35']],
      ['development', '1.33.7', '1.35', '1.35.0', false, '2026-06-28', ['1.33', '1.34', '1.35']],
    ]);
    // The unfixable design issues affect every apiserver; the kube-controller-manager of staging has a fixed CVE.
    expect(result.clusters[0]!.advisories).toEqual(['CVE-2020-8554', 'CVE-2020-8561', 'CVE-2020-8562', 'CVE-2021-25740', 'CVE-2024-7598', 'CVE-2025-13281']);
    expect(result.clusters[1]!.advisories).toContain('CVE-2025-1767'); // the kubelet of the node pool

    const kcm = findingsOf(result, 'cluster-advisory').find((f) => f.data['cve'] === 'CVE-2025-13281')!;
    expect(kcm).toMatchObject({
      severity: 'warning',
      file: 'clusters.yaml',
      line: 5, // staging's version: line (its controller-manager defaults to it)
      data: { cluster: 'staging', cve: 'CVE-2025-13281', component: 'kube-controller-manager', smallestFixedTarget: '1.35.0', fixedVersions: ['1.32.10', '1.33.6', '1.34.2'] },
    });
    const kubelet = findingsOf(result, 'cluster-advisory').find((f) => f.data['cve'] === 'CVE-2025-1767')!;
    expect(kubelet).toMatchObject({ line: 13, data: { cluster: 'production', component: 'kubelet', nodePools: ['general'], fix: 'none', smallestFixedTarget: null } });
    expect(kubelet.message).toMatch(/No fixed release exists.*Mitigation: No fix will be released, block gitRepo volumes via admission policy\./);

    const eol = findingsOf(result, 'unsupported-version').filter((f) => f.severity === 'error');
    expect(eol.map((f) => [f.data['cluster'], f.line])).toEqual([
      ['staging', 5],
      ['production', 7],
      ['development', 16],
    ]);
    expect(eol[1]!.message).toMatch(/EKS publishes its own support calendar/);
    expect(findingsOf(result, 'upgrade-path').map((f) => [f.data['cluster'], f.data['path']])).toEqual([['development', ['1.33', '1.34', '1.35']]]);
    // Every cluster finding names its cluster.
    for (const f of result.findings.filter((x) => ['cluster-advisory', 'unsupported-version', 'version-skew', 'upgrade-path'].includes(x.ruleId))) {
      expect(typeof f.data['cluster']).toBe('string');
    }
    // The embedded catalog is more than 30 days old on that date: the report says so.
    expect(findingsOf(result, 'advisory-feed')).toEqual([expect.objectContaining({ severity: 'notice', file: null, data: expect.objectContaining({ ageDays: 249 }) })]);
  });

  test('without --as-of, the Clock decides the date', async () => {
    const root = repo({ 'clusters.yaml': THREE_CLUSTERS });
    const r = await run(['scan', '--config', 'clusters.yaml', '--format', 'json'], root, { clock: { now: () => new Date('2026-03-15T12:00:00Z') } });
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.clusters.every((c) => c.asOf === '2026-03-15')).toBe(true);
    expect(result.clusters.map((c) => c.supported)).toEqual([true, true, true]);
  });
});

describe('seed scenario through the CLI (synthetic advisory)', () => {
  test.each([
    ['2026-03-15', ['1.34.4', '1.34.4', '1.33.9']],
    ['2026-07-15', ['1.34.4', '1.34.4', '1.34.4']],
  ])('on %s', async (asOf, targets) => {
    const root = repo({ '.github/kube-upgrade-gate.yaml': THREE_CLUSTERS });
    const r = await run(['scan', '--as-of', asOf, '--format', 'json'], root, { advisories: catalogOf([SEED]) });
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.clusters.map((c) => c.recommendedTarget)).toEqual(targets);
    expect(result.clusters.map((c) => c.blockingAdvisories)).toEqual([[SEED.id], [SEED.id], [SEED.id]]);
    const seed = findingsOf(result, 'cluster-advisory').filter((f) => f.data['component'] === 'kube-apiserver');
    expect(seed.map((f) => [f.data['cluster'], f.severity, f.data['smallestFixedTarget'], f.file])).toEqual([
      ['staging', 'error', targets[0], '.github/kube-upgrade-gate.yaml'],
      ['production', 'error', targets[1], '.github/kube-upgrade-gate.yaml'],
      ['development', 'error', targets[2], '.github/kube-upgrade-gate.yaml'],
    ]);
    expect(seed[2]!.message).toMatch(/Exploitable when: Attackers who can reach the API server\. Until upgraded: Restrict access to the API server\./);
    expect(r.code).toBe(1);
  });

  test('the text report has the cluster table', async () => {
    const root = repo({ '.github/kube-upgrade-gate.yaml': THREE_CLUSTERS });
    const r = await run(['scan', '--as-of', '2026-03-15'], root, { advisories: catalogOf([SEED]) });
    const table = r.stdout.slice(r.stdout.indexOf('Clusters on 2026-03-15'));
    expect(table.split('\n').slice(0, 5).join('\n')).toBe(
      [
        'Clusters on 2026-03-15',
        '  cluster      current  support           target  secure target  path                blocking advisories  skew',
        '  staging      1.34.1   until 2026-10-27  1.35    1.34.4         1.34 → 1.35         CVE-2026-10001       ok',
        '  production   1.34.2   until 2026-10-27  1.35    1.34.4         1.34 → 1.35         CVE-2026-10001       ok',
        '  development  1.33.7   until 2026-06-28  1.35    1.33.9         1.33 → 1.34 → 1.35  CVE-2026-10001       ok',
      ].join('\n'),
    );
  });
});

describe('configuration and flags', () => {
  test('--target overrides the file target for clusters without their own; a cluster target wins', async () => {
    const root = repo({
      '.github/kube-upgrade-gate.yaml': 'target: "1.34"\nclusters:\n  - {name: a, version: 1.33.7}\n  - {name: b, version: 1.33.7, target: "1.36"}\n',
    });
    const r = await run(['scan', '--target', '1.35', '--as-of', '2026-03-15', '--format', 'json'], root, { advisories: catalogOf([]) });
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.target).toBe('1.35');
    expect(result.clusters.map((c) => [c.name, c.target])).toEqual([
      ['a', '1.35'],
      ['b', '1.36'],
    ]);
  });

  test('--cluster-version and --kubelet-version declare one cluster (no file place)', async () => {
    const root = repo({ 'deploy/app.yaml': DEPLOYMENT });
    const r = await run(['scan', '--target', '1.35', '--cluster-version', 'v1.34.2-gke.1014001', '--kubelet-version', '1.31.4', '--as-of', '2026-03-15', '--format', 'json'], root, {
      advisories: catalogOf([]),
    });
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.clusters).toEqual([
      expect.objectContaining({
        name: 'cluster',
        version: '1.34.2',
        target: '1.35',
        path: ['1.34', '1.35'],
        skew: [
          expect.stringMatching(/^plan: moving the control plane to 1\.35 would leave kubelet 1\.31\.4 in node pool nodes 4 minor versions behind/),
          expect.stringMatching(/^plan: moving the control plane to 1\.35 would leave kube-proxy 1\.31\.4/),
        ],
      }),
    ]);
    const skew = findingsOf(result, 'version-skew');
    expect(skew.map((f) => [f.severity, f.file, f.line, f.data['component'], f.data['cluster']])).toEqual([
      ['warning', null, null, 'kube-proxy', 'cluster'],
      ['warning', null, null, 'kubelet', 'cluster'],
    ]);
  });

  test('a cluster target beyond the scan target: removals at the later steps are errors, at their config line', async () => {
    const vap = 'apiVersion: admissionregistration.k8s.io/v1beta1\nkind: ValidatingAdmissionPolicy\nmetadata:\n  name: deny\n';
    const root = repo({
      '.github/kube-upgrade-gate.yaml': 'target: "1.33"\nclusters:\n  - name: legacy\n    version: 1.32.4\n    target: "1.35"\n    paths: [deploy/legacy]\n',
      'deploy/legacy/policy.yaml': vap,
      'deploy/other/policy.yaml': vap,
    });
    const r = await run(['scan', '--as-of', '2026-01-15', '--format', 'json'], root, { advisories: catalogOf([]) });
    const result = JSON.parse(r.stdout) as ScanResult;
    const [path] = findingsOf(result, 'upgrade-path');
    expect(path).toMatchObject({ severity: 'error', file: '.github/kube-upgrade-gate.yaml', line: 5, data: { cluster: 'legacy', path: ['1.32', '1.33', '1.34', '1.35'], unreportedRemovals: 1 } });
    expect(path!.message).toMatch(/1\.34 removes ValidatingAdmissionPolicy "deny" admissionregistration\.k8s\.io\/v1beta1 \(→ admissionregistration\.k8s\.io\/v1\) at deploy\/legacy\/policy\.yaml:1/);
    expect(path!.message).not.toMatch(/deploy\/other/);
    expect(path!.message).not.toMatch(/1\.33 removes/);
  });

  test.each([
    [['--config', 'missing.yaml'], /--config ".*missing\.yaml" does not exist/],
    [['--as-of', '2026-13-01'], /--as-of "2026-13-01" is not valid; expected a calendar date YYYY-MM-DD/],
    [['--advisories', 'sometimes'], /--advisories "sometimes" is not valid; expected embedded or live/],
    [['--eol-warning-days=-1'], /--eol-warning-days "-1" is not valid; expected a whole number of days/],
    [['--kubelet-version', '1.34.2'], /--kubelet-version needs --cluster-version/],
    [['--cluster-version', '1.34'], /--cluster-version "1\.34" is not valid; expected a Kubernetes version with its patch number/],
    [['--cluster-version', '1.35.1', '--target', '1.34'], /the cluster runs 1\.35 \(1\.35\.1\) but --target is 1\.34; expected a target of 1\.35 or newer/],
    [['--cluster-version', '1.37.1'], /the cluster runs 1\.37 \(1\.37\.1\), newer than the newest release this kube-upgrade-gate knows \(1\.36\); update kube-upgrade-gate/],
  ])('usage error %j → exit 2', async (flags, message) => {
    const root = repo({ 'a.yaml': DEPLOYMENT });
    const r = await run(['scan', '--target', '1.35', ...flags], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('an invalid configuration file → exit 2 with file, line, path and the expected form', async () => {
    const root = repo({ '.github/kube-upgrade-gate.yaml': 'clusters:\n  - name: prod\n    version: 1.34\n    nodePool: []\n' });
    const r = await run(['scan', '--target', '1.35'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'kube-upgrade-gate: invalid configuration:\n' +
        '.github/kube-upgrade-gate.yaml:3: clusters[0].version: expected a Kubernetes version with its patch number, such as "1.34.2", "v1.34.2-eks-113cf36" or "1.30.5-gke.1014001", got "1.34"\n' +
        '.github/kube-upgrade-gate.yaml:4: clusters[0].nodePool: unknown key "nodePool" (did you mean "nodePools"?); expected one of name, version, target, provider, apiservers, components, nodePools, inventory, paths\n',
    );
  });

  test('a cluster target older than its version, or newer than the catalog → exit 2 at its line', async () => {
    const older = repo({ '.github/kube-upgrade-gate.yaml': 'clusters:\n  - name: a\n    version: 1.34.2\n    target: "1.33"\n' });
    const r1 = await run(['scan', '--target', '1.35'], older);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/\.github\/kube-upgrade-gate\.yaml:4: clusters "a": the cluster runs 1\.34 \(1\.34\.2\) but its target is 1\.33/);
    const newer = repo({ '.github/kube-upgrade-gate.yaml': 'target: "1.99"\n' });
    const r2 = await run(['scan'], newer);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/\.github\/kube-upgrade-gate\.yaml:1: target: 1\.99 is newer than the newest release in the API catalog/);
  });

  test('no configuration and no cluster flags: no clusters, an empty list in the report', async () => {
    const root = repo({ 'a.yaml': DEPLOYMENT });
    const r = await run(['scan', '--target', '1.35', '--format', 'json'], root);
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.clusters).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('--advisories live', () => {
  const CONFIG = 'target: "1.35"\nclusters:\n  - name: edge\n    version: 1.35.1\n';

  // A feed that answers gets a generous time limit (a loaded machine must not turn it into a fallback); the hanging
  // feed's case uses a short one.
  async function live(routes: Parameters<typeof startServer>[0], failOn: string, timeoutMs = 20_000) {
    const server = await startServer(routes);
    try {
      const root = repo({ '.github/kube-upgrade-gate.yaml': CONFIG, 'a.yaml': DEPLOYMENT });
      const r = await run(['scan', '--advisories', 'live', '--as-of', '2026-09-01', '--format', 'json', '--fail-on', failOn], root, {
        http: fetchHttpClient('test'),
        advisories: catalogOf([], '20260820'),
        feed: { feedUrl: `${server.url}/feed.json`, osvBaseUrl: `${server.url}/osv/`, timeoutMs },
      });
      return { r, result: JSON.parse(r.stdout) as ScanResult, requests: server.requests };
    } finally {
      await server.close();
    }
  }

  test('a new CVE with an OSV record is matched against the cluster; the rest are notices', async () => {
    const { r, result, requests } = await live(
      { '/feed.json': json(fixture('official-cve-feed.json')), '/osv/CVE-2026-90001.json': json(fixture('CVE-2026-90001.osv.json')) },
      'error',
    );
    // The feed, then one OSV record per CVE the (empty) embedded catalog lacks: 7 items, one of them naming two CVEs.
    expect(requests).toHaveLength(1 + 8);
    const hit = findingsOf(result, 'cluster-advisory').find((f) => f.data['cve'] === 'CVE-2026-90001')!;
    expect(hit).toMatchObject({ severity: 'error', data: { cluster: 'edge', component: 'kube-apiserver', source: 'live', smallestFixedTarget: '1.35.3' } });
    expect(hit.message).toMatch(/Read live from the official CVE feed/);
    const notices = findingsOf(result, 'advisory-feed');
    expect(notices.find((f) => f.data['cve'] === 'CVE-2026-90002')!.message).toMatch(/^CVE-2026-90002 \(feed status: open\) is in the official Kubernetes CVE feed but not in the embedded catalog/);
    expect(notices.every((f) => f.severity === 'notice')).toBe(true);
    expect(result.clusters[0]!.recommendedTarget).toBe('1.35.3');
    expect(r.code).toBe(1);
  });

  test.each([
    ['down (500)', { '/feed.json': json('{}', 500) }],
    ['hanging', { '/feed.json': () => {} }],
    ['truncated', { '/feed.json': json(fixture('official-cve-feed.json').slice(0, 300)) }],
  ] as const)('a feed that is %s never fails the run: embedded catalog, visible warning', async (name, routes) => {
    const { r, result, requests } = await live(routes as Parameters<typeof startServer>[0], 'notice', name === 'hanging' ? 300 : 20_000);
    expect(requests).toEqual(['/feed.json']);
    expect(findingsOf(result, 'advisory-feed')).toEqual([
      expect.objectContaining({ severity: 'warning', file: null, data: expect.objectContaining({ source: 'official-cve-feed', fallback: 'embedded' }) }),
    ]);
    expect(findingsOf(result, 'advisory-feed')[0]!.message).toMatch(/Falling back to the embedded catalog 20260820/);
    // Nothing else is wrong with the cluster (1.35 is supported, no embedded advisory applies): exit 0 even under fail-on notice.
    expect(result.findings.filter((f) => f.ruleId !== 'advisory-feed')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: live advisories: /);
  });

  test('plan over several clusters reads the feed once and records it once', async () => {
    const server = await startServer({ '/feed.json': json(fixture('official-cve-feed.json')), '/osv/CVE-2026-90001.json': json(fixture('CVE-2026-90001.osv.json')) });
    try {
      const three = 'target: "1.35"\nclusters:\n  - name: edge\n    version: 1.35.1\n  - name: core\n    version: 1.34.2\n  - name: lab\n    version: 1.35.1\n';
      const root = repo({ '.github/kube-upgrade-gate.yaml': three, 'a.yaml': DEPLOYMENT });
      const r = await run(['plan', '--config', '.github/kube-upgrade-gate.yaml', '--advisories', 'live', '--as-of', '2026-09-01', '--format', 'json'], root, {
        http: fetchHttpClient('test'),
        advisories: catalogOf([], '20260820'),
        feed: { feedUrl: `${server.url}/feed.json`, osvBaseUrl: `${server.url}/osv/`, timeoutMs: 20_000 },
      });
      expect(r.stderr).toBe('');
      const record = JSON.parse(r.stdout) as { catalogs: { advisories: string }; clusters: Array<{ name: string; advisories: Array<{ id: string }> }> };
      expect(server.requests.filter((p) => p === '/feed.json')).toHaveLength(1);
      expect(record.catalogs.advisories).toBe('20260820+live');
      expect(record.clusters.map((c) => c.name)).toEqual(['edge', 'core', 'lab']);
      // The live CVE reaches every cluster it affects.
      expect(record.clusters.find((c) => c.name === 'edge')!.advisories.map((a) => a.id)).toContain('CVE-2026-90001');
    } finally {
      await server.close();
    }
  });

  test('without an HTTP client, live mode falls back with a warning', async () => {
    const root = repo({ '.github/kube-upgrade-gate.yaml': CONFIG });
    // The default environment: no clusters dependencies at all, so no HTTP client.
    const { code, stdout } = await runCli(['scan', '--advisories', 'live', '--as-of', '2026-09-01', '--format', 'json'], root);
    const result = JSON.parse(stdout) as ScanResult;
    expect(findingsOf(result, 'advisory-feed')[0]!.message).toMatch(/no HTTP client/);
    expect(code).toBe(0);
  });
});
