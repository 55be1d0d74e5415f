/** Chart metadata: what Chart.yaml and requirements.yaml say, with lines; one read per text, shared and frozen. */
import { ChartError, ChartMetaMemo, readChartMeta } from '../../src/render/chart.js';

describe('readChartMeta', () => {
  it.each([
    ['a v2 chart', 'apiVersion: v2\nname: web\nversion: 1.2.3\n', null, { name: 'web', version: '1.2.3', type: null, kubeVersion: null, kubeVersionLine: null, deps: [], file: 'Chart.yaml' }],
    [
      'kubeVersion and a library type',
      'apiVersion: v2\nname: lib\ntype: library\nversion: 2\nkubeVersion: ">=1.22-0"\n',
      null,
      { name: 'lib', version: '2', type: 'library', kubeVersion: '>=1.22-0', kubeVersionLine: 5, deps: [], file: 'Chart.yaml' },
    ],
    [
      'dependencies in Chart.yaml, with their lines',
      'apiVersion: v2\nname: app\ndependencies:\n  - name: db\n    version: 1.0.0\n    repository: file://../db\n  - name: cache\n    alias: redis\n',
      null,
      { name: 'app', version: null, type: null, kubeVersion: null, kubeVersionLine: null, deps: [['db', 4, null], ['cache', 7, 'redis']], file: 'Chart.yaml' },
    ],
    [
      'a v1 chart with requirements.yaml',
      'apiVersion: v1\nname: old\nversion: 0.1.0\n',
      '# comment\ndependencies:\n- name: db\n  version: 1.0.0\n',
      { name: 'old', version: '0.1.0', type: null, kubeVersion: null, kubeVersionLine: null, deps: [['db', 3, null]], file: 'requirements.yaml' },
    ],
  ])('%s', (_label, chartYaml, requirements, want) => {
    const meta = readChartMeta(chartYaml, requirements);
    expect({
      name: meta.name,
      version: meta.version,
      type: meta.type,
      kubeVersion: meta.kubeVersion,
      kubeVersionLine: meta.kubeVersionLine,
      deps: meta.dependencies.map((d) => [d.name, d.line, d.alias]),
      file: meta.dependenciesFile,
    }).toEqual(want);
  });

  it.each([
    ['is not YAML', 'name: [unclosed\n', /Chart.yaml is not valid YAML/],
    ['is not a mapping', '- a\n- b\n', /Chart.yaml is not a mapping/],
    ['has no name', 'apiVersion: v2\nversion: 1.0.0\n', /Chart.yaml has no name/],
  ])('refuses a Chart.yaml that %s, every time it is read', (_label, text, message) => {
    for (let i = 0; i < 2; i++) {
      expect(() => readChartMeta(text, null)).toThrow(ChartError);
      expect(() => readChartMeta(text, null)).toThrow(message);
    }
  });

  it('reads a text once in a run: later reads of the same text get the same frozen result', () => {
    const memo = new ChartMetaMemo();
    const text = 'apiVersion: v2\nname: shared\ndependencies:\n  - name: db\n';
    const first = memo.read(text, null);
    expect(memo.read(text, null)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.dependencies)).toBe(true);
    expect(Object.isFrozen(first.dependencies[0])).toBe(true);
    expect(() => {
      (first as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    expect(memo.read(text, null).name).toBe('shared');
  });

  it('keeps the same Chart.yaml with and without requirements.yaml apart', () => {
    const memo = new ChartMetaMemo();
    const chart = 'apiVersion: v1\nname: v1chart\n';
    const without = memo.read(chart, null);
    const withReq = memo.read(chart, 'dependencies:\n- name: db\n');
    expect(without.dependencies).toEqual([]);
    expect(withReq.dependencies.map((d) => d.name)).toEqual(['db']);
    expect(memo.read(chart, 'dependencies:\n- name: other\n').dependencies.map((d) => d.name)).toEqual(['other']);
  });
});
