/**
 * `plan`: golden change records (Markdown and JSON) for the seed scenario, a kubeadm cluster three minors behind, an
 * EKS cluster and an inventory cluster, all derived from the catalogs and the scan. UPDATE_GOLDEN=1 rewrites them.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.js';
import { catalogOf, SEED } from '../clusters/helpers.js';
import type { PlanRecord } from '../../src/plan/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const GOLDEN = join(here, 'golden');
const INVENTORY = join(here, '..', 'fixtures', 'inventory');

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kug-plan-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

async function plan(root: string, argv: string[]): Promise<{ markdown: string; record: PlanRecord }> {
  const io = { clusters: { advisories: catalogOf([SEED]), clock: { now: () => new Date('2031-01-01T00:00:00Z') } } };
  const md = await runCli(['plan', ...argv], root, io);
  expect(md.stderr).toBe('');
  expect(md.code).toBe(0);
  const json = await runCli(['plan', ...argv, '--format', 'json'], root, io);
  expect(json.code).toBe(0);
  return { markdown: md.stdout, record: JSON.parse(json.stdout) as PlanRecord };
}

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/** Every temporary state of every board is within the skew policy. */
function everyStateWithinPolicy(record: PlanRecord): void {
  for (const c of record.clusters) {
    for (const s of c.steps) {
      expect(s.startProblems).toEqual([]);
      for (const m of s.moves) expect({ cluster: c.name, step: s.index, move: m.what, problems: m.problems }).toEqual({ cluster: c.name, step: s.index, move: m.what, problems: [] });
    }
    for (const m of c.catchUp) expect(m.problems).toEqual([]);
  }
}

const PDB = 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  maxUnavailable: 0\n  selector:\n    matchLabels: { app: web }\n';
const CRONJOB = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n  namespace: shop\n';

describe('plan', () => {
  test('the seed scenario: staging 1.34.1, production 1.34.2, development 1.33.7 against an advisory fixed in 1.33.9/1.34.4/1.35.0', async () => {
    const root = repo({
      '.github/kube-upgrade-gate.yaml': `target: "1.35"
clusters:
  - name: staging
    version: 1.34.1
    paths: ["deploy/staging/**"]
  - name: production
    version: 1.34.2
    provider: kubeadm
    nodePools:
      - { name: general, kubelet: 1.34.2 }
    paths: ["deploy/prod/**"]
  - name: development
    version: 1.33.7
    nodePools:
      - { name: dev, kubelet: 1.33.7 }
`,
      'deploy/prod/pdb.yaml': PDB,
      'deploy/staging/cron.yaml': CRONJOB,
    });
    const { markdown, record } = await plan(root, ['--config', '.github/kube-upgrade-gate.yaml', '--as-of', '2026-03-01']);
    golden('seed.md', markdown);
    golden('seed.json', `${JSON.stringify(record, null, 2)}\n`);
    everyStateWithinPolicy(record);
    const byName = Object.fromEntries(record.clusters.map((c) => [c.name, c]));
    // Each CVE → the version of the plan that fixes it.
    expect(byName['staging']!.advisories).toMatchObject([{ id: 'CVE-2026-10001', version: '1.34.1', fixedBy: { step: 1, version: byName['staging']!.targetVersion }, mitigation: null }]);
    expect(byName['development']!.steps.map((s) => s.to)).toEqual([byName['development']!.steps[0]!.to, byName['development']!.targetVersion]);
    expect(byName['development']!.steps.map((s) => s.minor)).toEqual(['1.34', '1.35']);
    // Pre-flight evidence only from each cluster's own paths.
    expect(byName['staging']!.preflight).toMatchObject([{ ruleId: 'removed-api', file: 'deploy/staging/cron.yaml', line: 1 }]);
    expect(byName['production']!.preflight).toMatchObject([{ ruleId: 'drain-blocker', file: 'deploy/prod/pdb.yaml', line: 7 }]);
  });

  test('a kubeadm cluster three minors behind: the node pool moves before the control plane can', async () => {
    const root = repo({
      'clusters.yaml': `clusters:
  - name: legacy
    version: 1.32.9
    target: "1.35"
    provider: kubeadm
    nodePools:
      - { name: batch, kubelet: 1.29.15 }
      - { name: web, kubelet: 1.32.9 }
`,
    });
    const { markdown, record } = await plan(root, ['--config', 'clusters.yaml', '--as-of', '2026-03-01']);
    golden('kubeadm-behind.md', markdown);
    everyStateWithinPolicy(record);
    const c = record.clusters[0]!;
    expect(c.steps.map((s) => s.minor)).toEqual(['1.33', '1.34', '1.35']);
    const first = c.steps[0]!.moves.map((m) => `${m.what}: ${m.from} → ${m.to}`);
    // batch (1.29) would be 4 minors behind kube-apiserver 1.33: it moves to 1.30 first.
    expect(first[0]).toBe('node pool batch: 1.29.15 → 1.30.14');
    expect(first.indexOf('node pool batch: 1.29.15 → 1.30.14')).toBeLessThan(first.findIndex((m) => m.startsWith('kube-apiserver')));
    expect(markdown).toContain('sudo kubeadm upgrade apply v1.33.');
    expect(markdown).toContain('snapshot save /var/backups/etcd-legacy-before-1.32.9.db');
    expect(markdown).toContain('etcdctl snapshot restore');
    expect(markdown).toContain('apt-mark hold kubelet kubectl');
    expect(markdown).toContain('kubeadm has no control-plane downgrade');
  });

  test('an EKS cluster: provider commands, no kubeadm or etcd steps', async () => {
    const root = repo({
      'clusters.yaml': `target: "1.35"
clusters:
  - name: shop-eks
    version: v1.33.5-eks-3025e55
    provider: eks
    nodePools:
      - { name: ng-general, kubelet: v1.33.5-eks-3025e55 }
      - { name: ng-legacy, kubelet: v1.31.12-eks-3025e55 }
`,
      'deploy/pdb.yaml': PDB,
    });
    const { markdown, record } = await plan(root, ['--config', 'clusters.yaml', '--as-of', '2026-03-01', '--cluster', 'shop-eks']);
    golden('eks.md', markdown);
    everyStateWithinPolicy(record);
    expect(markdown).toContain('aws eks update-cluster-version --name shop-eks --kubernetes-version 1.34');
    expect(markdown).toContain('aws eks update-nodegroup-version --cluster-name shop-eks --nodegroup-name ng-legacy --kubernetes-version 1.32');
    expect(markdown).not.toMatch(/kubeadm upgrade|etcdctl|apt-get/);
    expect(record.clusters[0]!.ownership!.owner.join('\n')).toMatch(/add-ons: kube-proxy, CoreDNS/);
  });

  test('an inventory cluster: one control-plane node behind, one worker pool on an older kubelet', async () => {
    const root = inventoryRepo(`target: "1.35"
clusters:
  - name: prod
    provider: kubeadm
    inventory:
      version: ../inventory/prod/version.json
      nodes: ../inventory/prod/nodes.json
      pods: ../inventory/prod/kube-system-pods.json
`);
    const { markdown, record } = await plan(root, ['--config', 'config/clusters.yaml', '--as-of', '2026-03-01']);
    golden('inventory.md', markdown);
    everyStateWithinPolicy(record);
    const c = record.clusters[0]!;
    expect(c.current).toBe('1.34.2');
    expect(c.evidence!.files).toEqual(['inventory/prod/version.json', 'inventory/prod/nodes.json', 'inventory/prod/kube-system-pods.json']);
    expect(c.evidence!.nodes.find((n) => n.name === 'worker-b1')).toEqual({ name: 'worker-b1', pool: 'c5.xlarge', role: 'worker', kubelet: '1.31.13', kubeProxy: '1.33.7', runtime: 'containerd://1.7.27' });
    expect(c.evidence!.instances.filter((i) => i.component === 'etcd').map((i) => `${i.pod} ${i.version}`)).toEqual(['etcd-cp-1 3.6.4', 'etcd-cp-2 3.6.4', 'etcd-cp-3 3.6.4']);
    // The advisory names the lagging pod; the lagging control-plane node catches up first, the old pool moves before 1.35.
    expect(c.advisories.find((a) => a.version === '1.33.7')!.where).toEqual(['kube-apiserver (pod kube-apiserver-cp-3 on cp-3)']);
    const moves = c.steps[0]!.moves.map((m) => `${m.what}: ${m.from} → ${m.to}`);
    expect(moves[0]).toBe('control-plane node cp-3 (kube-apiserver, kube-controller-manager, kube-scheduler): 1.33.7 → 1.34.2');
    expect(moves[1]).toBe('node pool c5.xlarge: 1.31.13 → 1.32.13');
    expect(markdown).toContain('kubectl drain worker-b1 --ignore-daemonsets --delete-emptydir-data');
  });

  test('an unknown --cluster is a usage error naming the declared ones', async () => {
    const root = repo({ 'clusters.yaml': 'clusters:\n  - name: a\n    version: 1.34.1\n' });
    const r = await runCli(['plan', '--config', 'clusters.yaml', '--cluster', 'b', '--as-of', '2026-03-01'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kube-upgrade-gate: --cluster "b" is not declared; expected one of a\n');
  });
});

function inventoryRepo(config: string): string {
  const files: Record<string, string> = { 'config/clusters.yaml': config };
  for (const f of ['version.json', 'nodes.json', 'kube-system-pods.json']) files[`inventory/prod/${f}`] = readFileSync(join(INVENTORY, 'prod', f), 'utf8');
  return repo(files);
}

describe('scan with inventory evidence', () => {
  test('findings cite the lagging node and pod; a declaration that disagrees with the evidence is a warning', async () => {
    const root = inventoryRepo(`target: "1.35"
clusters:
  - name: prod
    version: 1.34.1
    inventory:
      nodes: ../inventory/prod/nodes.json
      pods: ../inventory/prod/kube-system-pods.json
    nodePools:
      - { name: c5.xlarge, kubelet: 1.32.0 }
`);
    const io = { clusters: { advisories: catalogOf([SEED]), clock: { now: () => new Date('2031-01-01T00:00:00Z') } } };
    const r = await runCli(['scan', '--config', 'config/clusters.yaml', '--as-of', '2026-03-01', '--format', 'json', '--fail-on', 'never'], root, io);
    expect(r.stderr).toBe('');
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; file: string; line: number; message: string }> }).findings;
    const of = (rule: string) => findings.filter((f) => f.ruleId === rule);
    expect(of('inventory-mismatch').map((f) => [f.severity, f.file, f.line, f.message])).toEqual([
      ['warning', 'config/clusters.yaml', 4, 'Cluster prod: kube-apiserver is declared as 1.34.1 but the inventory shows 1.34.2 (inventory/prod/nodes.json, inventory/prod/kube-system-pods.json); the inventory is used.'],
      ['warning', 'config/clusters.yaml', 9, 'Cluster prod: node pool c5.xlarge kubelet is declared as 1.32.0 but the inventory shows 1.31.13 (nodes worker-b1, worker-b2); the inventory is used.'],
    ]);
    expect(of('version-skew').map((f) => f.message).join('\n')).toContain('kubelet 1.31.13 in node pool c5.xlarge (nodes worker-b1, worker-b2)');
    expect(of('version-skew').map((f) => f.message).join('\n')).toContain('kube-controller-manager 1.33.7 (pod kube-controller-manager-cp-3 on cp-3)');
    expect(of('cluster-advisory').map((f) => f.message).join('\n')).toContain('pod kube-apiserver-cp-3 on cp-3');
  });

  test('an inventory path that leaves the workspace is refused by the box and nothing outside is read', async () => {
    const root = inventoryRepo('clusters:\n  - name: prod\n    inventory:\n      version: ../inventory/prod/version.json\n      nodes: ../../../../../../../../etc/passwd\n');
    const r = await runCli(['scan', '--config', 'config/clusters.yaml', '--target', '1.35'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kube-upgrade-gate: config/clusters.yaml:5: clusters[0].inventory.nodes: inventory file ../../etc/passwd leads outside the workspace (not read)\n');
    expect(r.stderr).not.toContain('root:');
  });
});
