import { HELM_LAYERS, layerBinaries } from '../helpers/binaries.js';
import { join } from 'node:path';
import { findingsOf, renderRepo, rows, runRender } from './run.js';

describe.each(HELM_LAYERS)('scan renders charts and overlays with $name', ({ layer }) => {
  beforeAll(() => {
    layerBinaries(layer);
  });

  it('reports each removed API at the template line, failures as render-failed, and exits 1', async () => {
    const r = await runRender(['scan', '.', '--target', '1.25', '--format', 'json'], { layer });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(rows(r.stdout)).toEqual([
      ['render-failed', 'warning', 'charts/broken/templates/configmap.yaml', 6, null, null],
      ['removed-api', 'error', 'charts/common/templates/_pdb.tpl', 3, 'policy/v1beta1', 'PodDisruptionBudget'],
      ['removed-api', 'error', 'charts/jobs/templates/cronjob.yaml', 1, 'batch/v1beta1', 'CronJob'],
      ['psp-without-psa', 'warning', 'charts/legacy/templates/_helpers.tpl', 6, 'policy/v1beta1', 'PodSecurityPolicy'],
      ['removed-api', 'error', 'charts/legacy/templates/_helpers.tpl', 6, 'policy/v1beta1', 'PodSecurityPolicy'],
      ['removed-api', 'error', 'charts/legacy/templates/cronjob.yaml', 2, 'batch/v1beta1', 'CronJob'],
      ['removed-api', 'error', 'charts/legacy/templates/ingress.yaml', 2, 'extensions/v1beta1', 'Ingress'],
      ['render-failed', 'warning', 'charts/needs-remote/Chart.yaml', 5, null, null],
      ['removed-api', 'error', 'charts/needs-remote/templates/cronjob.yaml', 1, 'batch/v1beta1', 'CronJob'],
      ['chart-kube-version', 'error', 'charts/old-cluster/Chart.yaml', 4, null, null],
      ['removed-api', 'error', 'charts/old-cluster/templates/ingress.yaml', 1, 'extensions/v1beta1', 'Ingress'],
      ['removed-api', 'error', 'charts/umbrella/charts/backend/templates/ingress.yaml', 1, 'networking.k8s.io/v1beta1', 'Ingress'],
      ['removed-api', 'error', 'charts/umbrella/charts/legacy-db-1.0.0.tgz', null, 'apps/v1beta2', 'StatefulSet'],
      ['removed-api', 'error', 'kustomize/base/cronjob.yaml', 2, 'batch/v1beta1', 'CronJob'],
      // The chart's PodDisruptionBudget (minAvailable: 1) covers the single-replica web Deployment, read as a plain
      // file (its replicas line) and as rendered by the overlays (its template line).
      // The base's Deployment and the overlay's copy of it: one finding, at the replicas line both have.
      ['drain-blocker', 'warning', 'kustomize/base/deployment.yaml', 6, 'apps/v1', 'Deployment'],
      ['deprecated-api', 'warning', 'kustomize/overlays/prod/hpa.yaml', 1, 'autoscaling/v2beta2', 'HorizontalPodAutoscaler'],
      ['render-failed', 'warning', 'kustomize/overlays/remote/kustomization.yaml', 4, null, null],
      ['removed-api', 'error', 'kustomize/overlays/remote/pdb.yaml', 1, 'policy/v1beta1', 'PodDisruptionBudget'],
    ]);
    expect(r.leftovers).toEqual([]);
    expect(r.tempDirs).toBeGreaterThan(5);
  });

  it('says where each rendered finding came from', async () => {
    const r = await runRender(['scan', '.', '--target', '1.25', '--format', 'json'], { layer });
    const f = findingsOf(r.stdout);
    const at = (file: string, rule = 'removed-api') => f.find((x) => x.file === file && x.ruleId === rule);
    // The same template with the defaults and both ci/ values files: reported once, listing all three.
    expect(at('charts/legacy/templates/cronjob.yaml')?.data).toMatchObject({
      source: 'helm',
      chart: 'charts/legacy',
      values: null,
      valuesFiles: [null, 'charts/legacy/ci/ingress-values.yaml', 'charts/legacy/ci/small-values.yaml'],
      template: 'legacy/templates/cronjob.yaml',
    });
    // A scan-wide finding about an overlay's copy of a base object is the base's finding, listing the overlay.
    expect(at('kustomize/base/deployment.yaml', 'drain-blocker')?.data).toMatchObject({ kustomizations: ['kustomize/overlays/staging'] });
    // Only one values file enables the Ingress.
    expect(at('charts/legacy/templates/ingress.yaml')?.data).toMatchObject({ values: 'charts/legacy/ci/ingress-values.yaml', valuesFiles: ['charts/legacy/ci/ingress-values.yaml'] });
    // An object defined in a helper is reported at the helper, naming the template that included it.
    expect(at('charts/legacy/templates/_helpers.tpl')?.data).toMatchObject({ template: 'legacy/templates/psp.yaml' });
    // Sibling library chart, resolved by name and version; subchart by alias; a file:// sibling rendered twice.
    expect(at('charts/common/templates/_pdb.tpl')?.data).toMatchObject({ chart: 'charts/umbrella', template: 'shop/templates/pdb.yaml' });
    expect(at('charts/umbrella/charts/backend/templates/ingress.yaml')?.data).toMatchObject({ template: 'shop/charts/api/templates/ingress.yaml' });
    expect(at('charts/jobs/templates/cronjob.yaml')?.data).toMatchObject({ chart: 'charts/jobs', charts: ['charts/jobs', 'charts/umbrella'] });
    // A template inside a packaged subchart: the archive, with the entry and its line.
    expect(at('charts/umbrella/charts/legacy-db-1.0.0.tgz')?.data).toMatchObject({
      lineUnknown: true,
      archiveEntry: 'legacy-db/templates/statefulset.yaml',
      archiveLine: 1,
      template: 'shop/charts/legacy-db/templates/statefulset.yaml',
    });
    expect(at('charts/needs-remote/Chart.yaml', 'render-failed')?.data).toMatchObject({ dependency: 'redis', dependencyRepository: 'https://charts.example.com/bitnami' });
    expect(at('charts/needs-remote/Chart.yaml', 'render-failed')?.message).toMatch(/dependency "redis" 17\.x\.x from https:\/\/charts\.example\.com\/bitnami is not vendored/);
    expect(at('charts/broken/templates/configmap.yaml', 'render-failed')?.message).toMatch(/could not be rendered with its default values: .*nil pointer evaluating interface \{\}\.key/);
    expect(at('charts/old-cluster/Chart.yaml', 'chart-kube-version')?.message).toMatch(/requires kubeVersion ">=1\.16\.0-0 <1\.22\.0-0", which excludes Kubernetes 1\.25/);
    // `.Capabilities.APIVersions.Has "policy/v1beta1"` is answered as 1.25 answers it: the PodSecurityPolicy is not rendered.
    expect(f.filter((x) => x.file === 'charts/guarded/templates/psp.yaml')).toEqual([]);
    // The overlay rendered the base's CronJob (as prod-cleanup in namespace shop): merged into the plain finding.
    expect(at('kustomize/base/cronjob.yaml')?.data).toMatchObject({ kustomizations: ['kustomize/overlays/prod'] });
    expect(at('kustomize/overlays/remote/kustomization.yaml', 'render-failed')?.data).toMatchObject({ remote: 'https://github.com/example/platform//deploy/base?ref=v1.4.0' });
    // No temporary path or marker leaks into any message.
    for (const x of f) expect(x.message).not.toMatch(/kug-|#kug\.|\/tmp\//);
  });

  it.each([
    ['1.25', []],
    ['1.36', []],
    ['1.24', [['deprecated-api', 'charts/capabilities/templates/cronjob.yaml', 1, 'batch/v1beta1']]],
    ['1.22', [
      ['deprecated-api', 'charts/capabilities/templates/cronjob.yaml', 1, 'batch/v1beta1'],
      ['deprecated-api', 'charts/capabilities/templates/hpa.yaml', 4, 'autoscaling/v2beta1'],
    ]],
    ['1.20', []],
  ])('renders Capabilities-dependent templates for target %s', async (target, expected) => {
    const r = await runRender(['scan', 'charts/capabilities', '--target', target, '--format', 'json', '--fail-on', 'never'], { layer });
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map(([rule, , file, line, api]) => [rule, file, line, api])).toEqual(expected);
    expect(JSON.parse(r.stdout).summary.documents).toBe(3);
  });

  it('renders a chart with values files named on the command line, each as its own render', async () => {
    const r = await runRender(['scan', 'charts/legacy', '--target', '1.25', '--format', 'json', '--values', 'charts/legacy=charts/legacy/ci/ingress-values.yaml'], { layer });
    const ingress = findingsOf(r.stdout).find((f) => f.file === 'charts/legacy/templates/ingress.yaml');
    expect(ingress?.data['values']).toBe('charts/legacy/ci/ingress-values.yaml');
  });

  it('reports a values file that does not exist, and warns about values for a chart not in the scan', async () => {
    const r = await runRender(['scan', 'charts/jobs', '--target', '1.25', '--format', 'json', '--values', 'charts/jobs=charts/jobs/nope.yaml', '--values', 'charts/other=x.yaml'], { layer });
    expect(findingsOf(r.stdout).find((f) => f.ruleId === 'render-failed')).toMatchObject({ file: 'charts/jobs/Chart.yaml', data: { values: 'charts/jobs/nope.yaml', reason: 'the values file charts/jobs/nope.yaml does not exist.' } });
    expect(r.stderr).toBe('warning: values file x.yaml is for charts/other, which is not a chart rendered in this scan\n');
  });

  it('shows progress on a terminal and clears it at the end', async () => {
    const r = await runRender(['scan', 'charts/jobs', 'kustomize/overlays/prod', '--target', '1.25', '--format', 'json'], { layer, stderrIsTTY: true });
    expect(r.stderr).toMatch(/^\r\u001b\[Krendered 1\/2: (charts\/jobs|kustomize\/overlays\/prod)\r\u001b\[K$/);
  });

  it('renders a base on its own when the only overlay using it fails', async () => {
    const r = await runRender(['scan', '.', '--target', '1.25', '--format', 'json'], { layer, cwd: join(renderRepo, '..', 'kustomize-fallback') });
    const f = findingsOf(r.stdout);
    expect(f.map((x) => [x.ruleId, x.file, x.line])).toEqual([
      ['removed-api', 'base/pdb.yaml', 1],
      ['render-failed', 'overlay/kustomization.yaml', 4],
    ]);
    expect(f[0]?.data['kustomizations']).toEqual(['base']);
    expect(f[1]?.message).toMatch(/does-not-exist\.yaml/);
    expect(f[1]?.message).not.toMatch(/<build>|kug-|fixtures/);
  });

  it('uses the release name and namespace given', async () => {
    const r = await runRender(['scan', 'charts/jobs', '--target', '1.25', '--format', 'json', '--release-name', 'shop', '--namespace', 'prod'], { layer });
    expect(findingsOf(r.stdout)[0]?.message).toMatch(/^CronJob "shop-jobs" uses batch\/v1beta1/);
  });

  it('reports a render that runs out of time and goes on with the others', async () => {
    const r = await runRender(['scan', 'charts/jobs', 'charts/legacy', '--target', '1.25', '--format', 'json', '--render-timeout', '0.001'], { layer });
    const failed = findingsOf(r.stdout).filter((f) => f.ruleId === 'render-failed');
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(failed[0]?.data['timedOut']).toBe(true);
    expect(failed[0]?.message).toMatch(/did not render .*within the time limit/);
    expect(r.leftovers).toEqual([]);
  });
});

describe('scan without helm or kubectl', () => {
  it('says how many charts and overlays were not rendered instead of passing silently', async () => {
    const r = await runRender(['scan', '.', '--target', '1.25', '--format', 'json', '--fail-on', 'warning'], { path: '' });
    expect(r.code).toBe(1);
    const missing = findingsOf(r.stdout).filter((f) => f.ruleId === 'renderer-missing');
    expect(missing.map((f) => [f.severity, f.file, f.data['renderer'], f.data['count']])).toEqual([
      ['warning', null, 'kustomize', 3],
      ['warning', null, 'helm', 8],
    ]);
    expect(missing[1]?.data['charts']).not.toContain('charts/common'); // a library chart is never rendered on its own
    expect(missing[0]?.data['kustomizations']).toEqual(['kustomize/overlays/prod', 'kustomize/overlays/remote', 'kustomize/overlays/staging']);
    expect(missing[1]?.message).toMatch(/^8 Helm charts not rendered and not checked: helm was not found on PATH\. To check them, install helm 3 or 4 or point --helm-path/);
  });

  it('names a helm path that is not a program', async () => {
    const r = await runRender(['scan', 'charts/jobs', '--target', '1.25', '--format', 'json', '--helm-path', './nowhere/helm'], {});
    const f = findingsOf(r.stdout).find((x) => x.ruleId === 'renderer-missing');
    expect(f?.message).toMatch(/^1 Helm chart not rendered and not checked: the helm path ".*nowhere\/helm" is not an executable file/);
  });
});

describe('pre-rendered helm output', () => {
  const layer = 'v35' as const;

  it('maps documents by their # Source: header to the chart in the workspace and does not render it again', async () => {
    const bins = layerBinaries(layer);
    const { nodeProcessRunner } = await import('../../src/platform/node-process.js');
    const { renderRepo } = await import('./run.js');
    const out = await nodeProcessRunner.run(bins.helm, ['template', 'web', 'charts/legacy', '--set', 'ingress.enabled=true', '--kube-version', 'v1.25.0'], {
      cwd: renderRepo,
      env: { HOME: '/nonexistent', HELM_CONFIG_HOME: '/nonexistent', HELM_CACHE_HOME: '/nonexistent', HELM_DATA_HOME: '/nonexistent' },
    });
    expect(out.exitCode).toBe(0);
    const r = await runRender(['scan', 'charts/legacy', '--target', '1.25', '--format', 'json', '--rendered', '-'], { stdin: out.stdout, path: '' });
    expect(rows(r.stdout)).toEqual([
      ['psp-without-psa', 'warning', 'charts/legacy/templates/_helpers.tpl', 6, 'policy/v1beta1', 'PodSecurityPolicy'],
      ['removed-api', 'error', 'charts/legacy/templates/_helpers.tpl', 6, 'policy/v1beta1', 'PodSecurityPolicy'],
      ['removed-api', 'error', 'charts/legacy/templates/cronjob.yaml', 2, 'batch/v1beta1', 'CronJob'],
      ['removed-api', 'error', 'charts/legacy/templates/ingress.yaml', 2, 'extensions/v1beta1', 'Ingress'],
    ]);
    expect(findingsOf(r.stdout)[2]?.data).toMatchObject({ source: 'rendered', chart: 'charts/legacy', renderedFile: '-', template: 'legacy/templates/cronjob.yaml' });
  });

  it('reports documents of a chart that is not in the workspace at their line in the rendered file', async () => {
    const text = '---\n# Source: elsewhere/templates/cj.yaml\napiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: x\n';
    const r = await runRender(['scan', 'charts/jobs', '--target', '1.25', '--format', 'json', '--rendered', '-', '--fail-on', 'never'], { stdin: text, path: '' });
    const f = findingsOf(r.stdout).find((x) => x.ruleId === 'removed-api');
    expect(f).toMatchObject({ file: null, line: null, data: { source: 'rendered', renderedFile: '-', renderedLine: 3, template: 'elsewhere/templates/cj.yaml' } });
  });
});

describe('render settings', () => {
  it.each([
    [['--values', 'charts/legacy'], /--values "charts\/legacy" is not valid; expected CHART=FILE/],
    [['--render-timeout', 'soon'], /--render-timeout "soon" is not valid; expected a number of seconds greater than 0 and at most 86400/],
    [['--render-workers', '0'], /--render-workers "0" is not valid/],
    [['--release-name', 'Bad_Name'], /--release-name "Bad_Name" is not a valid Helm release name/],
  ])('exits 2 for %j', async (args, message) => {
    const r = await runRender(['scan', 'charts/jobs', '--target', '1.25', ...args], { path: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
