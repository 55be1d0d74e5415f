/**
 * A dependency whose chart in the repository no longer satisfies its version constraint is rendered from that chart,
 * with a notice naming both versions, instead of being left out.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Layer } from '../helpers/binaries.js';
import { findingsOf, runRender } from './run.js';

const REPO: Record<string, string> = {
  'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 17.1.0\n',
  'charts/redis/templates/pdb.yaml': 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: {{ .Release.Name }}-redis\n',
  // Wants 16.x.x; the repository's redis moved on to 17.1.0.
  'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 16.x.x\n    repository: https://charts.example.com/bitnami\n',
  'charts/app/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n',
  // Satisfied: no notice.
  'charts/current/Chart.yaml': 'apiVersion: v2\nname: current\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 17.x.x\n    repository: https://charts.example.com/bitnami\n',
  'charts/current/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: current\n',
};

describe.each([{ layer: 'v35' as Layer }, { layer: 'v32' as Layer }])('dependencies with helm of $layer', ({ layer }) => {
  let root: string;
  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'kug-deps-')));
    for (const [rel, text] of Object.entries(REPO)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('renders with the same-name chart of another version, and says so naming both versions', async () => {
    const r = await runRender(['scan', 'charts/app', 'charts/current', '--target', '1.25', '--format', 'json', '--fail-on', 'never'], { layer, cwd: root });
    const f = findingsOf(r.stdout);
    const notice = f.filter((x) => x.ruleId === 'render-failed');
    expect(notice.map((x) => [x.severity, x.file, x.line, x.data['outcome'], x.data['dependencyVersion'], x.data['substituteVersion'], x.data['substituteChart']])).toEqual([
      ['notice', 'charts/app/Chart.yaml', 5, 'rendered-with-substitute', '16.x.x', '17.1.0', 'charts/redis'],
    ]);
    expect(notice[0]?.message).toBe(
      'Helm chart charts/app: dependency "redis" 16.x.x is not vendored in charts/, and the chart "redis" in the repository (charts/redis, version 17.1.0) does not satisfy 16.x.x; ' +
        'the chart was rendered with it instead, so the objects the dependency renders may differ from those of redis 16.x.x.',
    );
    // The dependency's templates were checked through both charts.
    expect(f.find((x) => x.ruleId === 'removed-api')).toMatchObject({ file: 'charts/redis/templates/pdb.yaml', line: 1, data: { charts: ['charts/app', 'charts/current'] } });
    expect((JSON.parse(r.stdout) as { renders: { charts: unknown } }).renders.charts).toEqual({ found: 2, rendered: 2, renderedWithoutDependency: 0, failed: 0 });
  });
});
