/**
 * Rendered output that is not valid YAML is reported at its template (and the line there when it can be told), with
 * the document's number within that template's output, the key a duplicated-key error names, and the values file.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadApiCatalog } from '../../src/platform/catalogs.js';
import { detectHelm, renderChart, type HelmContext, type HelmTool } from '../../src/render/helm.js';
import { createLimiter } from '../../src/render/pool.js';
import type { RenderDeps } from '../../src/render/types.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { nodeProcessRunner } from '../../src/platform/node-process.js';
import { layerBinaries, type Layer } from '../helpers/binaries.js';
import { findingsOf, runRender, trackingTemp } from './run.js';

const catalog = loadApiCatalog();

const CHART: Record<string, string> = {
  'web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
  'web/values.yaml': 'labels:\n  app: web\nsecond: false\n',
  'web/ci/second-values.yaml': 'second: true\n',
  // CRDs and other templates come first in the output: they must not count towards the document's number.
  'web/crds/crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things.example.com\n',
  'web/templates/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
  'web/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  labels:',
    '    {{- toYaml .Values.labels | nindent 4 }}',
    '  labels:',
    '    extra: "yes"',
    '',
  ].join('\n'),
  'web/templates/service.yaml': [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    '{{- if .Values.second }}',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: second',
    '{{- include "web.data" . | nindent 0 }}',
    '{{- end }}',
    '',
  ].join('\n'),
  // Both keys come from a helper: the template line cannot be told.
  'web/templates/_helpers.tpl': '{{- define "web.data" }}\ndata:\n  k: a\ndata:\n  k: b\n{{- end }}\n',
};

describe.each([{ layer: 'v35' as Layer }, { layer: 'v32' as Layer }])('helm of $layer', ({ layer }) => {
  let tool: HelmTool;
  let root: string;
  const deps: RenderDeps & { temp: ReturnType<typeof trackingTemp> } = { process: nodeProcessRunner, temp: trackingTemp(), findExecutable: async (p) => p, workers: 2, now: () => performance.now() };
  beforeAll(async () => {
    const found = await detectHelm(layerBinaries(layer).helm, deps);
    if ('error' in found) throw new Error(found.error);
    tool = found;
    root = realpathSync(mkdtempSync(join(tmpdir(), 'kug-yaml-')));
    for (const [rel, text] of Object.entries(CHART)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('maps each YAML error to its template, line, key and values file', async () => {
    const ctx: HelmContext = {
      deps,
      fs: nodeFileSystem,
      catalog,
      tool: { path: tool.path, probe: Promise.resolve(tool) },
      prepare: { fs: nodeFileSystem, temp: deps.temp, root, realRoot: root, chartsNamed: async () => [] },
      limit: createLimiter(2),
    };
    const r = await renderChart('web', { target: '1.30', releaseName: 'rn', namespace: 'default', timeoutMs: 60_000, values: [], plainFiles: new Set(), excluded: () => false }, ctx);
    const problems = r.items.flatMap((i) => (i.kind === 'problem' ? [[i.place.file, i.place.line, i.problem.docIndex + 1, i.data['key'], i.data['values'], i.problem.message]] : []));
    expect(problems.sort()).toEqual([
      ['web/templates/deployment.yaml', 7, 1, 'labels', null,
        'of this template\'s output, rendered with its default values, has duplicate key "labels"; Kubernetes keeps the last value (line 7 of that document)'],
      ['web/templates/deployment.yaml', 7, 1, 'labels', 'web/ci/second-values.yaml',
        'of this template\'s output, rendered with values web/ci/second-values.yaml, has duplicate key "labels"; Kubernetes keeps the last value (line 7 of that document)'],
      // Helm prints the ConfigMap before the Service (it sorts by kind).
      ['web/templates/service.yaml', null, 1, 'data', 'web/ci/second-values.yaml',
        'of this template\'s 2 documents (in the order helm template prints them), rendered with values web/ci/second-values.yaml, has duplicate key "data"; Kubernetes keeps the last value (line 8 of that document)'],
    ]);
  });

  it('says so in the invalid-manifest finding', async () => {
    const r = await runRender(['scan', 'web', '--target', '1.30', '--format', 'json', '--fail-on', 'never'], { layer, cwd: root });
    const f = findingsOf(r.stdout).filter((x) => x.ruleId === 'invalid-manifest' && x.file === 'web/templates/service.yaml');
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [null, 'Document 1 of this template\'s 2 documents (in the order helm template prints them), rendered with values web/ci/second-values.yaml, has duplicate key "data"; Kubernetes keeps the last value (line 8 of that document)'],
    ]);
  });
});
