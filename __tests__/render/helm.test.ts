import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadApiCatalog } from '../../src/platform/catalogs.js';
import { stripMarkers } from '../../src/render/markers.js';
import { detectHelm, renderChart, targetApiVersions, type HelmContext, type HelmTool } from '../../src/render/helm.js';
import { createLimiter } from '../../src/render/pool.js';
import { prepareChart } from '../../src/render/prepare.js';
import { isolatedEnv, type RenderDeps } from '../../src/render/types.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { nodeProcessRunner } from '../../src/platform/node-process.js';
import { HELM_LAYERS, layerBinaries } from '../helpers/binaries.js';
import { renderRepo, trackingTemp } from './run.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'render');
const catalog = loadApiCatalog();

function depsFor(): RenderDeps & { temp: ReturnType<typeof trackingTemp> } {
  return { process: nodeProcessRunner, temp: trackingTemp(), findExecutable: async (p) => p, workers: 2, now: () => performance.now() };
}

describe.each(HELM_LAYERS)('$name', ({ layer }) => {
  let tool: HelmTool;
  const deps = depsFor();

  beforeAll(async () => {
    const found = await detectHelm(layerBinaries(layer).helm, deps);
    if ('error' in found) throw new Error(found.error);
    tool = found;
  });
  afterAll(() => {
    expect(deps.temp.left()).toEqual([]);
  });

  it('is detected with its version and its built-in API list', () => {
    expect(tool.major).toBe(layer === 'v35' ? 4 : 3);
    expect(tool.version).toMatch(/^v[34]\.\d+\.\d+$/);
    // The defaults that make offline renders wrong: removed group/versions, and no group/version/Kind entries.
    expect(tool.defaults.has('policy/v1beta1')).toBe(true);
    expect(tool.defaults.has('extensions/v1beta1')).toBe(true);
    expect([...tool.defaults].some((v) => v.split('/').length === 3)).toBe(false);
  });

  const context = (root: string): HelmContext => {
    const realRoot = realpathSync(root);
    return {
      deps,
      fs: nodeFileSystem,
      catalog,
      tool: { path: tool.path, probe: Promise.resolve(tool) },
      prepare: { fs: nodeFileSystem, temp: deps.temp, root, realRoot, chartsNamed: async () => [] },
      limit: createLimiter(2),
    };
  };
  const opts = (target: string) => ({ target, releaseName: 'rn', namespace: 'default', timeoutMs: 60_000, values: [], plainFiles: new Set<string>(), excluded: () => false });

  it.each([
    ['1.20', 'policy/v1beta1', 4],
    ['1.21', 'policy/v1', 2],
    ['1.25', 'policy/v1', 2],
  ])('at %s renders the PodDisruptionBudget as %s, from template line %d', async (target, apiVersion, line) => {
    const r = await renderChart('charts/capabilities', opts(target), context(renderRepo));
    const pdb = r.items.find((i) => i.kind === 'document' && i.doc.kind === 'PodDisruptionBudget');
    expect(pdb).toMatchObject({ doc: { apiVersion }, place: { file: 'charts/capabilities/templates/pdb.yaml', line, column: 1 } });
    const cron = r.items.find((i) => i.kind === 'document' && i.doc.kind === 'CronJob');
    expect(cron).toMatchObject({ doc: { apiVersion: target === '1.25' ? 'batch/v1' : 'batch/v1beta1' }, place: { file: 'charts/capabilities/templates/cronjob.yaml', line: 1 } });
  });

  it('maps every document of a tricky chart to its line, or says it could not', async () => {
    const r = await renderChart('tricky', opts('1.30'), context(join(fixtures, 'markers')));
    const docs = r.items.flatMap((i) => (i.kind === 'document' ? [[i.doc.kind, i.doc.name, i.place.file, i.place.line, i.data['lineUnknown'] ?? false]] : []));
    expect(docs.sort()).toEqual([
      // `apiVersion: {{ … -}}` is never marked; found by text: the only computed apiVersion line not marked elsewhere.
      ['ConfigMap', 'trimmed', 'tricky/templates/trimmed.yaml', 1, false],
      ['Deployment', 'rn-branches', 'tricky/templates/branches.yaml', 5, false],
      ['PodDisruptionBudget', 'newline-in-value', 'tricky/templates/trimmed.yaml', 14, false],
      ['Secret', 'commented', 'tricky/templates/trimmed.yaml', 9, false],
      ['ServiceAccount', 'crlf', 'tricky/templates/crlf.yaml', 1, false],
    ]);
  });

  it('falls back to the text of the helpers when fromYaml/toYaml drops the marker', async () => {
    const r = await renderChart('merged', opts('1.30'), context(join(fixtures, 'markers')));
    const [doc] = r.items.filter((i) => i.kind === 'document');
    expect(doc).toMatchObject({ place: { file: 'merged/templates/_lib.tpl', line: 2 }, data: { located: 'text', template: 'merged/templates/deployment.yaml' } });
  });

  it.each([
    [join(fixtures, 'markers'), 'merged', 0],
    [renderRepo, 'charts/legacy', 4],
    [renderRepo, 'charts/capabilities', 3],
    [renderRepo, 'charts/guarded', 1],
    [renderRepo, 'charts/jobs', 1],
    [renderRepo, 'charts/broken', 0],
    [join(fixtures, 'markers'), 'tricky', 5],
  ])('markers do not change what %s/%s renders (%d markers come through)', async (root, chart, markers) => {
    const ctx = context(root);
    const token = 'a1b2c3';
    const prepared = await prepareChart(chart, { dropKubeVersion: false }, { ...ctx.prepare, token });
    try {
      const args = ['--kube-version', 'v1.30.0', '--api-versions', targetApiVersions(catalog, '1.30').join(','), '--include-crds'];
      const env = isolatedEnv(prepared.scratch);
      const plain = await nodeProcessRunner.run(tool.path, ['template', 'rn', join(root, chart), ...args], { cwd: prepared.scratch, env });
      const marked = await nodeProcessRunner.run(tool.path, ['template', 'rn', prepared.chartDir, ...args], { cwd: prepared.scratch, env });
      expect(marked.exitCode).toBe(plain.exitCode);
      const stripped = stripMarkers(marked.stdout, token);
      expect(stripped.text).toBe(plain.stdout);
      expect(stripped.hits.size).toBe(markers);
      if (plain.exitCode !== 0) expect(marked.stderr.split(prepared.chartDir).join(join(root, chart))).toBe(plain.stderr);
    } finally {
      await deps.temp.rm(prepared.scratch);
    }
  });
});
