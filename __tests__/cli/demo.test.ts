/**
 * `npm start` (scripts/demo.ts) shows every capability on the demo repository: plain manifests, a Helm template, a
 * Kustomize overlay, a kubeadm feature gate, an add-on API judged against the declared add-on release, and the
 * declared clusters with their advisories and recommended target, the same on every run.
 * Build with `npm run build` before running this file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function demo(...args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [tsx, 'scripts/demo.ts', ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout };
}

interface Report {
  findings: Array<{ ruleId: string; severity: string; file: string | null; line: number | null; message: string; object: { name: string | null } | null; data: Record<string, unknown> }>;
}

beforeAll(() => {
  if (!existsSync(join(repo, 'dist', 'cli', 'index.js'))) throw new Error('dist/cli/index.js is missing: run npm run build first');
});

describe('npm start', () => {
  const json = demo('--format', 'json');
  const report = JSON.parse(json.stdout) as Report;
  const has = (pred: (f: Report['findings'][number]) => boolean) => report.findings.some(pred);

  it.each<[string, (f: Report['findings'][number]) => boolean]>([
    ['a removed API in a plain manifest', (f) => f.ruleId === 'removed-api' && f.file === 'deploy/web/ingress.yaml'],
    ['a removed API in a Helm template, rendered by helm', (f) => f.ruleId === 'removed-api' && f.file === 'charts/worker/templates/hpa.yaml' && f.data['source'] === 'helm'],
    ['a removed API that only the Kustomize overlay produces', (f) => f.ruleId === 'removed-api' && f.object?.name === 'staging-shop-batch' && f.data['source'] === 'kustomize'],
    ['a removed feature gate in the kubeadm configuration', (f) => f.ruleId === 'removed-feature-gate' && f.file === 'cluster/kubeadm.yaml' && f.data['gate'] === 'PodSecurity'],
    ['an add-on API the declared cert-manager release no longer serves', (f) => f.ruleId === 'removed-addon-api' && f.severity === 'error' && f.data['addonRelease'] === '1.14'],
    ['an advisory of a declared cluster', (f) => f.ruleId === 'cluster-advisory' && f.file === '.github/kube-upgrade-gate.yaml'],
    ['a declared cluster out of support, with its recommended target', (f) => f.ruleId === 'unsupported-version' && /Recommended secure target: \d+\.\d+\.\d+/.test(f.message)],
  ])('reports %s', (_name, pred) => {
    expect(json.status).toBe(0);
    expect(has(pred)).toBe(true);
  });

  it('prints the same text report on every run, paths relative to the project root', () => {
    const a = demo();
    const b = demo();
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('file: examples/demo-repo/charts/worker/templates/hpa.yaml');
    expect(a.stdout.indexOf('Errors (')).toBeLessThan(a.stdout.indexOf('Warnings ('));
    expect(a.stdout).toContain('Clusters on 2026-11-23');
  });
});
