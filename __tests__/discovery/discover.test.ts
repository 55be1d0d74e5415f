import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { discover } from '../../src/discovery/discover.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { DiscoveryError } from '../../src/ports/errors.js';

let root: string;
let outside: string;

function write(rel: string, text = 'apiVersion: v1\nkind: ConfigMap\n'): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kug-disc-'));
  outside = mkdtempSync(join(tmpdir(), 'kug-out-'));
  write('deploy/a.yaml');
  write('deploy/b.yml');
  write('deploy/c.json', '{}');
  write('deploy/readme.md', '# no');
  write('node_modules/pkg/x.yaml');
  write('.git/config.yaml');
  write('vendor/lib/x.yaml');
  write('charts/web/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
  write('charts/web/values.yaml', 'a: 1\n');
  write('charts/web/templates/dep.yaml', 'apiVersion: {{ .Values.x }}\n');
  write('charts/web/ci/small-values.yaml', 'a: 2\n');
  write('charts/web/crds/crd.yaml');
  write('overlays/prod/kustomization.yaml', 'resources: []\n');
  write('big/huge.yaml', 'x'.repeat(2000));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const opts = (o: Partial<Parameters<typeof discover>[1]> = {}) => ({ root, paths: ['.'], include: [], exclude: [], maxFileBytes: 1000, ...o });

describe('discover', () => {
  it('finds YAML and JSON files, skipping dependency, VCS and vendored directories and chart templates', async () => {
    const d = await discover(nodeFileSystem, opts());
    expect(d.files.map((f) => f.rel)).toEqual(['charts/web/crds/crd.yaml', 'deploy/a.yaml', 'deploy/b.yml', 'deploy/c.json', 'overlays/prod/kustomization.yaml']);
    expect(d.charts).toEqual(['charts/web']);
    expect(d.kustomizations).toEqual(['overlays/prod']);
    expect(d.skipped).toEqual([{ rel: 'big/huge.yaml', severity: 'notice', reason: expect.stringContaining('size limit') }]);
  });

  it('applies include and exclude globs', async () => {
    const d = await discover(nodeFileSystem, opts({ include: ['deploy/**'], exclude: ['**/*.json'] }));
    expect(d.files.map((f) => f.rel)).toEqual(['deploy/a.yaml', 'deploy/b.yml']);
  });

  it('takes globs and single files as paths', async () => {
    expect((await discover(nodeFileSystem, opts({ paths: ['deploy/*.y*ml'] }))).files.map((f) => f.rel)).toEqual(['deploy/a.yaml', 'deploy/b.yml']);
    expect((await discover(nodeFileSystem, opts({ paths: ['deploy/a.yaml'] }))).files.map((f) => f.rel)).toEqual(['deploy/a.yaml']);
  });

  it('refuses paths outside the workspace and paths that do not exist', async () => {
    await expect(discover(nodeFileSystem, opts({ paths: [outside] }))).rejects.toThrow(DiscoveryError);
    await expect(discover(nodeFileSystem, opts({ paths: ['../'] }))).rejects.toThrow(/outside the workspace/);
    await expect(discover(nodeFileSystem, opts({ paths: ['nope'] }))).rejects.toThrow(/does not exist/);
  });

  it('never follows symbolic links out of the workspace or around a loop', async () => {
    writeFileSync(join(outside, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\n');
    symlinkSync(outside, join(root, 'deploy/out-dir'));
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'deploy/out.yaml'));
    symlinkSync(join(root, 'deploy'), join(root, 'deploy/loop'));
    symlinkSync(join(root, 'deploy/missing'), join(root, 'deploy/dangling.yaml'));
    const d = await discover(nodeFileSystem, opts({ paths: ['deploy'] }));
    expect(d.files.map((f) => f.rel)).toEqual(['deploy/a.yaml', 'deploy/b.yml', 'deploy/c.json']);
    expect(d.skipped.map((s) => [s.rel, s.severity])).toEqual([
      ['deploy/dangling.yaml', 'notice'],
      ['deploy/loop', 'notice'],
      ['deploy/out-dir', 'warning'],
      ['deploy/out.yaml', 'warning'],
    ]);
  });

  it('walks a real directory under its own path and reports a link to it, whatever their names sort as', async () => {
    write('z-real/app.yaml');
    symlinkSync(join(root, 'z-real'), join(root, 'a-link'));
    const d = await discover(nodeFileSystem, opts({ paths: ['a-link', 'z-real'] }));
    expect(d.files.map((f) => f.rel)).toEqual(['a-link/app.yaml']);
    const all = await discover(nodeFileSystem, opts());
    expect(all.files.map((f) => f.rel)).toContain('z-real/app.yaml');
    expect(all.files.map((f) => f.rel)).not.toContain('a-link/app.yaml');
    expect(all.skipped).toContainEqual({ rel: 'a-link', severity: 'notice', reason: expect.stringContaining('already scanned') });
  });

  it('gives the same sorted result for a tree of many directories, read several at a time', async () => {
    for (let i = 0; i < 120; i++) write(`teams/t${i % 7}/app-${i}/${i % 2 ? 'x.yaml' : 'y.json'}`);
    write('teams/t3/chart/Chart.yaml', 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
    write('teams/t5/kustomization.yaml', 'resources: []\n');
    const first = await discover(nodeFileSystem, opts());
    const rels = first.files.map((f) => f.rel);
    expect(rels).toHaveLength(126); // 5 from the shared tree, 120 apps and the kustomization
    expect([...rels].sort()).toEqual(rels);
    expect(first.charts).toEqual(['charts/web', 'teams/t3/chart']);
    expect(first.kustomizations).toEqual(['overlays/prod', 'teams/t5']);
    for (let k = 0; k < 3; k++) expect(await discover(nodeFileSystem, opts())).toEqual(first);
  });
});
