import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Finding } from '../../src/findings/types.js';
import { mergeFindings } from '../../src/render/dedupe.js';
import { planKustomizations } from '../../src/render/kustomize.js';
import { createLimiter, runPool } from '../../src/render/pool.js';
import { prepareChart, type RepoChart } from '../../src/render/prepare.js';
import { readTgz, readTar, TarError } from '../../src/render/tar.js';
import { topLevelCharts } from '../../src/render/index.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { renderRepo, trackingTemp } from './run.js';

describe('runPool', () => {
  it('keeps input order, never runs more than asked, and isolates a failing job', async () => {
    let active = 0;
    let peak = 0;
    const results = await runPool([5, 1, 3, 2, 4], 2, async (n) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, n * 3));
      active--;
      if (n === 3) throw new Error('three');
      return n * 10;
    });
    expect(peak).toBe(2);
    expect(results.map((r) => (r.ok ? r.value : (r.error as Error).message))).toEqual([50, 10, 'three', 20, 40]);
  });

  it('limits calls through a shared limiter', async () => {
    const limit = createLimiter(1);
    const order: string[] = [];
    await Promise.all(['a', 'b', 'c'].map((x) => limit(async () => {
      order.push(`${x}+`);
      await new Promise((r) => setTimeout(r, 2));
      order.push(`${x}-`);
    })));
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
  });
});

describe('readTgz', () => {
  it('reads a packaged chart', () => {
    const entries = readTgz(readFileSync(join(renderRepo, 'charts/umbrella/charts/legacy-db-1.0.0.tgz')));
    expect(entries.map((e) => e.path).sort()).toEqual(['legacy-db/Chart.yaml', 'legacy-db/templates/statefulset.yaml']);
    expect(new TextDecoder().decode(entries.find((e) => e.path.endsWith('Chart.yaml'))!.data)).toContain('name: legacy-db');
  });

  const header = (name: string, size: number, type = '0'): Uint8Array => {
    const h = new Uint8Array(512);
    new TextEncoder().encodeInto(name, h.subarray(0, 100));
    new TextEncoder().encodeInto(size.toString(8).padStart(11, '0'), h.subarray(124, 136));
    h[156] = type.charCodeAt(0);
    h.fill(0x20, 148, 156);
    const sum = h.reduce((n, b) => n + b, 0);
    new TextEncoder().encodeInto(`${sum.toString(8).padStart(6, '0')}\0 `, h.subarray(148, 156));
    return h;
  };
  const tar = (...parts: Uint8Array[]): Uint8Array => {
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0) + 1024);
    let o = 0;
    for (const p of parts) {
      all.set(p, o);
      o += p.length;
    }
    return all;
  };
  const body = (text: string): Uint8Array => {
    const b = new Uint8Array(Math.ceil(text.length / 512) * 512);
    new TextEncoder().encodeInto(text, b);
    return b;
  };

  it('takes long names from PAX records and refuses paths that climb out', () => {
    const long = `c/${'x'.repeat(120)}.yaml`;
    const record = ` path=${long}\n`;
    const pax = `${record.length + 3}${record}`; // the length counts its own three digits
    const entries = readTar(tar(header('PaxHeader', pax.length, 'x'), body(pax), header('short', 2), body('hi')));
    expect(entries.map((e) => e.path)).toEqual([long]);
    expect(() => readTar(tar(header('../evil', 1), body('x')))).toThrow(TarError);
    expect(() => readTgz(gzipSync(tar(header('/abs', 1), body('x'))))).toThrow(/unsafe path/);
    expect(() => readTgz(new Uint8Array([1, 2, 3]))).toThrow(/not a readable gzip archive/);
  });
});

describe('mergeFindings', () => {
  const f = (over: Partial<Finding>): Finding => ({
    ruleId: 'removed-api', severity: 'error', message: 'm', file: 'a.yaml', line: 2, column: 1,
    object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'x', namespace: null }, data: {}, ...over,
  });

  it('lists the values files of one template finding and keeps plain findings over overlay copies', () => {
    const merged = mergeFindings([
      f({ data: {} }),
      f({ message: 'n', object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'prod-x', namespace: 'prod' }, data: { source: 'kustomize', kustomization: 'o/prod' } }),
      f({ file: 't.yaml', data: { source: 'helm', chart: 'c', values: null, valuesFiles: [null] } }),
      f({ file: 't.yaml', data: { source: 'helm', chart: 'c', values: 'c/ci/a-values.yaml', valuesFiles: ['c/ci/a-values.yaml'] } }),
      f({ file: 't.yaml', object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'other', namespace: null }, data: { source: 'helm', chart: 'c', values: null } }),
    ]);
    expect(merged.map((m) => [m.file, m.object?.name, m.data])).toEqual([
      ['a.yaml', 'x', { kustomizations: ['o/prod'] }],
      ['t.yaml', 'x', { source: 'helm', chart: 'c', values: null, valuesFiles: [null, 'c/ci/a-values.yaml'] }],
      ['t.yaml', 'other', { source: 'helm', chart: 'c', values: null }],
    ]);
  });

  it('keeps the plain finding over overlay copies that arrived before it (a merge reads the parts in their order)', () => {
    const overlay = (name: string, dir: string): Finding => f({ message: name, object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name, namespace: 'prod' }, data: { source: 'kustomize', kustomization: dir } });
    const merged = mergeFindings([overlay('prod-x', 'o/prod'), f({ ruleId: 'deprecated-api', line: 9 }), f({ data: {} }), overlay('dev-x', 'o/dev'), overlay('prod-x', 'o/prod')]);
    expect(merged.map((m) => [m.ruleId, m.line, m.object?.name, m.data])).toEqual([
      ['removed-api', 2, 'x', { kustomizations: ['o/dev', 'o/prod'] }],
      ['deprecated-api', 9, 'x', {}],
    ]);
  });
});

describe('topLevelCharts', () => {
  it('leaves subcharts to their parents', () => {
    expect(topLevelCharts(['a', 'a/charts/b', 'a/charts/b/charts/c', 'd', 'charts/x', '.'])).toEqual(['a', 'd', '.']);
  });
});

describe('prepareChart', () => {
  let root: string;
  const write = (rel: string, text: string): void => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kug-prep-test-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('resolves a dependency by name to the sibling chart whose version matches, and drops what it cannot find', async () => {
    write('app/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: lib\n    version: ~2.1.0\n    repository: oci://registry.example.com/charts\n  - name: gone\n    version: 1.0.0\n    repository: https://example.com\n');
    write('app/templates/a.yaml', 'apiVersion: v1\nkind: ConfigMap\n');
    write('lib-old/Chart.yaml', 'apiVersion: v2\nname: lib\nversion: 1.9.0\n');
    write('lib-new/Chart.yaml', 'apiVersion: v2\nname: lib\nversion: 2.1.3\n');
    write('lib-new/templates/b.yaml', 'apiVersion: v1\nkind: Secret\n');
    const charts: RepoChart[] = [
      { dir: 'lib-old', name: 'lib', version: '1.9.0' },
      { dir: 'lib-new', name: 'lib', version: '2.1.3' },
    ];
    const temp = trackingTemp();
    const p = await prepareChart('app', { dropKubeVersion: false }, {
      fs: nodeFileSystem, temp, root, realRoot: root, token: 't0k', chartsNamed: async (n) => charts.filter((c) => c.name === n),
    });
    try {
      expect(p.resolved).toEqual([{ chart: 'app', dependency: 'lib', from: 'lib-new' }]);
      expect(p.missing.map((m) => [m.file, m.line, m.dependency.name])).toEqual([['app/Chart.yaml', 8, 'gone']]);
      expect(p.files.map((f) => f.origin)).toEqual([{ kind: 'repo', file: 'app/templates/a.yaml' }, { kind: 'repo', file: 'lib-new/templates/b.yaml' }]);
      const copied = readFileSync(join(p.chartDir, 'Chart.yaml'), 'utf8');
      expect(copied).toContain('name: lib');
      expect(copied).not.toContain('gone');
      expect(readFileSync(join(p.chartDir, 'charts/lib/templates/b.yaml'), 'utf8')).toBe('apiVersion: v1 #kug.t0k.1.1\nkind: Secret\n');
    } finally {
      await temp.rm(p.scratch);
    }
    expect(temp.left()).toEqual([]);
  });
});

describe('planKustomizations', () => {
  it('renders overlays, not the bases they use, and notes remote resources', async () => {
    const plan = await planKustomizations(nodeFileSystem, renderRepo, ['kustomize/base', 'kustomize/overlays/prod', 'kustomize/overlays/remote', 'kustomize/overlays/staging']);
    expect(plan.roots).toEqual(['kustomize/overlays/prod', 'kustomize/overlays/remote', 'kustomize/overlays/staging']);
    expect(plan.infos.get('kustomize/overlays/prod')?.bases).toEqual(['kustomize/base']);
    expect(plan.infos.get('kustomize/overlays/remote')?.remote).toEqual([{ entry: 'https://github.com/example/platform//deploy/base?ref=v1.4.0', line: 4 }]);
  });
});
