/**
 * Kustomize failures say their cause in words, at the entry that names it, with workspace-relative paths; and
 * `--load-restrictor none` lets an overlay read files outside its own directory, never outside the workspace.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeSandbox, SECRET, type Sandbox } from '../sandbox/harness.js';
import { type Layer } from '../helpers/binaries.js';
import { findingsOf, runRender } from './run.js';

const FILES: Record<string, string> = {
  'app.yaml': 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: app\n',
  'outside-root/kustomization.yaml': '# uses a file beside its directory\nresources:\n  - ../app.yaml\n',
  'generator/kustomization.yaml': 'configMapGenerator:\n  - name: x\n    files:\n      - ../app.yaml\n',
  'missing/kustomization.yaml': 'resources:\n  - cm.yaml\n  - missing.yaml\n',
  'missing/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n',
  'bad-yaml/kustomization.yaml': 'resources:\n  - bad.yaml\n',
  'bad-yaml/bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  y: [\n',
  'uses-bad/kustomization.yaml': 'resources:\n  - ../bad-yaml\n',
  'base/kustomization.yaml': 'resources:\n  - cm.yaml\n',
  'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: base\n',
  'patch-missing/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: nope.yaml\n',
  'plain/cronjob.yaml': 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: plain\n',
};

describe.each([{ layer: 'v35' as Layer }, { layer: 'v32' as Layer }])('kustomize failures with kubectl of $layer', ({ layer }) => {
  let box: Sandbox;
  beforeAll(() => {
    box = makeSandbox();
    for (const [rel, text] of Object.entries(FILES)) box.write(rel, text);
    // An entry that leads out of the workspace: refused before kustomize runs, whatever the load restrictor.
    mkdirSync(join(box.root, 'escape'), { recursive: true });
    writeFileSync(join(box.root, 'escape', 'kustomization.yaml'), `resources:\n  - ${relative(join(box.root, 'escape'), join(box.outside, 'secret.yaml'))}\n`);
  });
  afterAll(() => {
    box.assertOutsideUnchanged();
    box.remove();
  });

  const failure = async (dir: string, extra: string[] = []) => {
    const r = await runRender(['scan', dir, 'plain', '--target', '1.25', '--format', 'json', '--fail-on', 'never', ...extra], { layer, cwd: box.root });
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stdout).not.toMatch(/kug-|<build>|accumulation err/);
    const all = findingsOf(r.stdout);
    // The scan's other findings are still reported.
    expect(all.find((f) => f.file === 'plain/cronjob.yaml')).toMatchObject({ ruleId: 'removed-api', line: 1 });
    return { all, failed: all.filter((f) => f.ruleId === 'render-failed') };
  };

  it.each([
    ['outside-root', 'outside-root/kustomization.yaml', 3, 'load-restrictor',
      'outside-root/kustomization.yaml names "../app.yaml" (app.yaml), a file outside the kustomization\'s directory outside-root: kustomize\'s load restrictor only reads files in or below the kustomization\'s directory. Move the file into that directory, or scan with --load-restrictor none (which still reads nothing outside the workspace).'],
    ['generator', 'generator/kustomization.yaml', 4, 'load-restrictor',
      'generator/kustomization.yaml names "../app.yaml" (app.yaml), a file outside the kustomization\'s directory generator: kustomize\'s load restrictor only reads files in or below the kustomization\'s directory. Move the file into that directory, or scan with --load-restrictor none (which still reads nothing outside the workspace).'],
    ['missing', 'missing/kustomization.yaml', 3, 'missing', 'missing/kustomization.yaml names "missing.yaml", but missing/missing.yaml does not exist.'],
    ['patch-missing', 'patch-missing/kustomization.yaml', 4, 'missing', 'patch-missing/kustomization.yaml names "nope.yaml", but patch-missing/nope.yaml does not exist.'],
    ['bad-yaml', 'bad-yaml/bad.yaml', 5, 'invalid-yaml', 'bad-yaml/bad.yaml is not valid YAML (line 5: did not find expected node content); kustomize cannot read it.'],
    ['uses-bad', 'bad-yaml/bad.yaml', 5, 'invalid-yaml', 'bad-yaml/bad.yaml is not valid YAML (line 5: did not find expected node content); kustomize cannot read it.'],
  ])('%s: says the cause at the entry that names it', async (dir, file, line, cause, reason) => {
    const { failed } = await failure(dir);
    expect(failed.map((f) => [f.severity, f.file, f.line, f.data['cause'], f.data['reason'], f.data['outcome']])).toEqual([['warning', file, line, cause, reason, 'not-rendered']]);
  });

  it('renders files outside the overlay\'s directory with --load-restrictor none', async () => {
    const { all, failed } = await failure('outside-root', ['--load-restrictor', 'none']);
    expect(failed).toEqual([]);
    expect(all.find((f) => f.file === 'app.yaml')).toMatchObject({ ruleId: 'removed-api', line: 1, data: { kustomization: 'outside-root' } });
  });

  it('still refuses a file outside the workspace with --load-restrictor none', async () => {
    const { failed } = await failure('escape', ['--load-restrictor', 'none']);
    expect(failed.map((f) => [f.file, f.line])).toEqual([['escape/kustomization.yaml', 2]]);
    expect(failed[0]?.message).toMatch(/outside the workspace/);
  });

  it('refuses an unknown load restrictor', async () => {
    const r = await runRender(['scan', '.', '--target', '1.25', '--load-restrictor', 'everything'], { layer, cwd: box.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--load-restrictor "everything" is not valid; expected root-only or none/);
  });
});

