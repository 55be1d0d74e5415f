/**
 * `.Capabilities.APIVersions.Has` answered as the target would: Helm's built-in API list still holds group/versions
 * that later releases removed, so the temporary copy of the chart rewrites each check.
 */
import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadApiCatalog } from '../../src/platform/catalogs.js';
import { rewriteCapabilityChecks, type CapabilityAnswer } from '../../src/render/markers.js';
import { detectHelm, renderChart, targetCapabilities, type HelmContext, type HelmTool } from '../../src/render/helm.js';
import { createLimiter } from '../../src/render/pool.js';
import type { RenderDeps, RenderedItem } from '../../src/render/types.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { nodeProcessRunner } from '../../src/platform/node-process.js';
import { layerBinaries, type Layer } from '../helpers/binaries.js';
import { trackingTemp } from './run.js';

const catalog = loadApiCatalog();

describe('rewriteCapabilityChecks', () => {
  const answer: CapabilityAnswer = { unserved: (api) => api.startsWith('apps/v1beta2') || api.startsWith('policy/v1beta1'), unservedList: ['apps/v1beta2', 'policy/v1beta1'] };
  const computed = (call: string, arg: string): string => `(and (${call}) (not (has ${arg} (list "apps/v1beta2" "policy/v1beta1"))))`;
  it.each([
    ['a quoted API', '{{ if .Capabilities.APIVersions.Has "apps/v1beta2" }}a{{ end }}', '{{ if false }}a{{ end }}', [1, 0, 0]],
    ['from the root', '{{- if $.Capabilities.APIVersions.Has "apps/v1beta2" -}}', '{{- if false -}}', [1, 0, 0]],
    ['from a named root', '{{ if $root.Capabilities.APIVersions.Has "apps/v1beta2" }}', '{{ if false }}', [1, 0, 0]],
    ['in parentheses, with a Kind', '{{ if and (.Capabilities.APIVersions.Has "apps/v1beta2/Deployment") .Values.x }}', '{{ if and (false) .Values.x }}', [1, 0, 0]],
    ['in a raw string', '{{ if .Capabilities.APIVersions.Has `policy/v1beta1` }}', '{{ if false }}', [1, 0, 0]],
    ['within `with .Capabilities`', '{{ with .Capabilities }}{{ if .APIVersions.Has "apps/v1beta2" }}x{{ end }}{{ end }}', '{{ with .Capabilities }}{{ if false }}x{{ end }}{{ end }}', [1, 0, 0]],
    ['an API the target serves', '{{ if .Capabilities.APIVersions.Has "apps/v1" }}', '{{ if .Capabilities.APIVersions.Has "apps/v1" }}', [0, 0, 0]],
    ['a variable', '{{ if .Capabilities.APIVersions.Has $api }}', `{{ if ${computed('.Capabilities.APIVersions.Has $api', '$api')} }}`, [0, 1, 0]],
    ['a field', '{{- if .context.Capabilities.APIVersions.Has .version -}}', `{{- if ${computed('.context.Capabilities.APIVersions.Has .version', '.version')} -}}`, [0, 1, 0]],
    ['an expression', '{{ if (.Capabilities.APIVersions.Has (printf "%s/v1" .g)) }}', `{{ if (${computed('.Capabilities.APIVersions.Has (printf "%s/v1" .g)', '(printf "%s/v1" .g)')}) }}`, [0, 1, 0]],
    ['outside an action', 'text: .Capabilities.APIVersions.Has "apps/v1beta2"', 'text: .Capabilities.APIVersions.Has "apps/v1beta2"', [0, 0, 0]],
    ['in a string', '{{ print ".Capabilities.APIVersions.Has \\"apps/v1beta2\\"" }}', '{{ print ".Capabilities.APIVersions.Has \\"apps/v1beta2\\"" }}', [0, 0, 0]],
    ['in a comment', '{{/* .Capabilities.APIVersions.Has "apps/v1beta2" */}}', '{{/* .Capabilities.APIVersions.Has "apps/v1beta2" */}}', [0, 0, 0]],
    ['over two lines', '{{ if .Capabilities.APIVersions.Has\n  "apps/v1beta2" }}', '{{ if .Capabilities.APIVersions.Has\n  "apps/v1beta2" }}', [0, 0, 1]],
    ['with two arguments', '{{ if .Capabilities.APIVersions.Has $a $b }}', '{{ if .Capabilities.APIVersions.Has $a $b }}', [0, 0, 1]],
  ])('%s', (_name, text, expected, [answered, computedN, unanswered]) => {
    const r = rewriteCapabilityChecks(text, answer);
    expect(r.text).toBe(expected);
    expect([r.answered.length, r.computed.length, r.unanswered.length]).toEqual([answered, computedN, unanswered]);
    expect(r.text.split('\n').length).toBe(text.split('\n').length);
  });

  it('says where each check is', () => {
    const r = rewriteCapabilityChecks('a: 1\n{{/* x\n */}}\nb: {{ if .Capabilities.APIVersions.Has "apps/v1beta2" }}\n{{ if .Capabilities.APIVersions.Has\n"x" }}', answer);
    expect(r.answered).toEqual([{ line: 4, column: 10, expression: '.Capabilities.APIVersions.Has "apps/v1beta2"', apiVersion: 'apps/v1beta2' }]);
    expect(r.unanswered).toEqual([{ line: 5, column: 7, expression: '.Capabilities.APIVersions.Has' }]);
  });
});

describe('targetCapabilities', () => {
  it.each([
    ['1.25', 'apps/v1beta2', true],
    ['1.25', 'policy/v1beta1', true],
    ['1.24', 'policy/v1beta1', false],
    ['1.25', 'policy/v1/PodDisruptionBudget', false],
    ['1.25', 'policy/v1beta1/PodSecurityPolicy', true],
    ['1.20', 'policy/v1', true],
    ['1.25', 'v1/Pod', false],
    ['1.25', 'monitoring.coreos.com/v1', false],
  ])('at %s, %s unserved: %s', (target, api, unserved) => {
    expect(targetCapabilities(catalog, target).unserved(api)).toBe(unserved);
  });
});

const CHART: Record<string, string> = {
  'Chart.yaml': 'apiVersion: v2\nname: caps\nversion: 1.0.0\n',
  'values.yaml': 'enabled: false\n',
  // The check in the apiVersion line itself, as many charts write it.
  'templates/deployment.yaml': [
    '# a comment line',
    '{{- $root := . }}',
    'apiVersion: {{ if .Capabilities.APIVersions.Has "apps/v1beta2" }}apps/v1beta2{{ else }}apps/v1{{ end }}',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '',
  ].join('\n'),
  'templates/psp.yaml': [
    '{{- if (.Capabilities.APIVersions.Has "policy/v1beta1/PodSecurityPolicy") }}',
    'apiVersion: policy/v1beta1',
    'kind: PodSecurityPolicy',
    'metadata:',
    '  name: psp',
    '{{- end }}',
    '',
  ].join('\n'),
  'templates/_helpers.tpl': '{{- define "caps.pdb" -}}\n{{- if $.Capabilities.APIVersions.Has "policy/v1beta1" -}}\npolicy/v1beta1\n{{- else -}}\npolicy/v1\n{{- end -}}\n{{- end }}\n',
  'templates/pdb.yaml': 'apiVersion: {{ include "caps.pdb" . }}\nkind: PodDisruptionBudget\nmetadata:\n  name: pdb\n',
  // A computed argument: answered as the target would at render time.
  'templates/cronjob.yaml': '{{- $api := "batch/v1beta1" }}\n{{- if .Capabilities.APIVersions.Has $api }}\napiVersion: batch/v1beta1\n{{- else }}\napiVersion: batch/v1\n{{- end }}\nkind: CronJob\nmetadata:\n  name: cron\n',
  // A check the copy cannot rewrite (the call spans two lines): a notice, as the template renders.
  'templates/hpa.yaml': '{{- if .Capabilities.APIVersions.Has\n  "autoscaling/v2beta2" }}\napiVersion: autoscaling/v2beta2\n{{- else }}\napiVersion: autoscaling/v2\n{{- end }}\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: hpa\n',
  // The same in a template that does not render: no notice.
  'templates/off.yaml': '{{- if .Values.enabled }}\n{{- if .Capabilities.APIVersions.Has\n  "autoscaling/v2beta2" }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: off\n{{- end }}\n{{- end }}\n',
  // Text outside actions is left as it is.
  'templates/configmap.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: doc\ndata:\n  text: .Capabilities.APIVersions.Has "apps/v1beta2"\n',
};

function writeChart(root: string, dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = join(root, dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

describe.each([{ layer: 'v35' as Layer }, { layer: 'v32' as Layer }])('helm of $layer', ({ layer }) => {
  let tool: HelmTool;
  let root: string;
  const deps: RenderDeps & { temp: ReturnType<typeof trackingTemp> } = { process: nodeProcessRunner, temp: trackingTemp(), findExecutable: async (p) => p, workers: 2, now: () => performance.now() };
  beforeAll(async () => {
    const found = await detectHelm(layerBinaries(layer).helm, deps);
    if ('error' in found) throw new Error(found.error);
    tool = found;
    root = realpathSync(mkdtempSync(join(tmpdir(), 'kug-caps-')));
    writeChart(root, 'caps', CHART);
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    expect(deps.temp.left()).toEqual([]);
  });
  const render = async (target: string): Promise<RenderedItem[]> => {
    const ctx: HelmContext = {
      deps,
      fs: nodeFileSystem,
      catalog,
      tool: { path: tool.path, probe: Promise.resolve(tool) },
      prepare: { fs: nodeFileSystem, temp: deps.temp, root, realRoot: root, chartsNamed: async () => [] },
      limit: createLimiter(2),
    };
    const r = await renderChart('caps', { target, releaseName: 'rn', namespace: 'default', timeoutMs: 60_000, values: [], plainFiles: new Set(), excluded: () => false }, ctx);
    return r.items;
  };
  const docs = (items: RenderedItem[]) =>
    items.flatMap((i) => (i.kind === 'document' ? [[i.doc.kind, i.doc.apiVersion, i.place.file, i.place.line]] : [])).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('at 1.25 renders the branches a 1.25 cluster takes, each at its template line', async () => {
    const items = await render('1.25');
    expect(docs(items)).toEqual([
      ['ConfigMap', 'v1', 'caps/templates/configmap.yaml', 1],
      ['CronJob', 'batch/v1', 'caps/templates/cronjob.yaml', 5],
      ['Deployment', 'apps/v1', 'caps/templates/deployment.yaml', 3],
      ['HorizontalPodAutoscaler', 'autoscaling/v2beta2', 'caps/templates/hpa.yaml', 3],
      ['PodDisruptionBudget', 'policy/v1', 'caps/templates/pdb.yaml', 1],
    ]);
    const cm = items.find((i) => i.kind === 'document' && i.doc.kind === 'ConfigMap');
    expect(cm?.kind === 'document' && (cm.doc.body['data'] as Record<string, unknown>)['text']).toBe('.Capabilities.APIVersions.Has "apps/v1beta2"');
    // Only the check that could not be rewritten, and only where its template rendered.
    const notices = items.filter((i) => i.kind === 'event');
    expect(notices).toEqual([
      {
        kind: 'event',
        event: { type: 'capabilities-removed-api', chart: 'caps', apiVersion: null, expression: '.Capabilities.APIVersions.Has', target: '1.25' },
        place: { file: 'caps/templates/hpa.yaml', line: 1, column: 8 },
      },
    ]);
  });

  it('at 1.24 still renders policy/v1beta1 and batch/v1beta1, which 1.24 serves', async () => {
    const items = await render('1.24');
    expect(docs(items)).toEqual([
      ['ConfigMap', 'v1', 'caps/templates/configmap.yaml', 1],
      ['CronJob', 'batch/v1beta1', 'caps/templates/cronjob.yaml', 3],
      ['Deployment', 'apps/v1', 'caps/templates/deployment.yaml', 3],
      ['HorizontalPodAutoscaler', 'autoscaling/v2beta2', 'caps/templates/hpa.yaml', 3],
      ['PodDisruptionBudget', 'policy/v1beta1', 'caps/templates/pdb.yaml', 1],
      ['PodSecurityPolicy', 'policy/v1beta1', 'caps/templates/psp.yaml', 2],
    ]);
  });
});
