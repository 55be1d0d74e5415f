/**
 * A duplicated mapping key is read as Kubernetes' decoder (and Helm, for Chart.yaml) reads it: the last value wins,
 * the object is still checked, and each repeat is reported at its own line.
 */
import { parseManifestText } from '../../src/parse/manifest.js';
import { readChartMeta, rewriteChartYaml } from '../../src/render/chart.js';

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('duplicate keys in manifests', () => {
  // name, text, [apiVersion, kind, name, apiVersion line] of the object, [line, key] of each repeat
  const cases: Array<[string, string, [string, string, string | null, number], Array<[number, string]>]> = [
    ['a repeated apiVersion: the last one is checked, at its line', lines('apiVersion: v1', 'kind: CronJob', 'apiVersion: batch/v1beta1', 'metadata: {name: a}'), ['batch/v1beta1', 'CronJob', 'a', 3], [[3, 'apiVersion']]],
    ['a repeated kind', lines('apiVersion: batch/v1beta1', 'kind: ConfigMap', 'kind: CronJob'), ['batch/v1beta1', 'CronJob', null, 1], [[3, 'kind']]],
    ['a repeated metadata', lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}', 'metadata:', '  name: b'), ['v1', 'ConfigMap', 'b', 1], [[4, 'metadata']]],
    ['a nested repeat', lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  name: b', 'data:', '  k: 1', '  k: 2'), ['v1', 'ConfigMap', 'b', 1], [[5, 'name'], [8, 'k']]],
    ['a repeat in a flow mapping', lines('{apiVersion: v1, kind: Secret, kind: ConfigMap}'), ['v1', 'ConfigMap', null, 1], [[1, 'kind']]],
    ['three of one key', lines('apiVersion: v1', 'kind: A', 'kind: B', 'kind: ConfigMap'), ['v1', 'ConfigMap', null, 1], [[3, 'kind'], [4, 'kind']]],
    ['keys that read as the same null', lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  null: 1', '  Null: 2'), ['v1', 'ConfigMap', null, 1], [[5, 'null']]],
  ];
  it.each(cases)('%s', (_name, text, object, repeats) => {
    const r = parseManifestText(text);
    expect(r.documents.map((d) => [d.apiVersion, d.kind, d.name, d.position.line])).toEqual([object]);
    expect(r.problems.map((p) => [p.position.line, p.message])).toEqual(
      repeats.map(([line, key]) => [line, `has duplicate key "${key}" (line ${line}); Kubernetes keeps the last value`]),
    );
  });

  it('the body holds the last value', () => {
    const [doc] = parseManifestText(lines('apiVersion: v1', 'kind: ConfigMap', 'data: {a: 1}', 'data: {b: 2}')).documents;
    expect(doc?.body['data']).toEqual({ b: 2 });
    expect(doc?.locate(['data'])?.line).toBe(4);
  });

  it('a document that is also broken elsewhere is still invalid, once', () => {
    const r = parseManifestText(lines('apiVersion: v1', 'kind: ConfigMap', 'kind: Secret', 'data: [a'));
    expect(r.documents).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(/is not valid YAML/);
  });

  it('merge keys are not duplicates', () => {
    const r = parseManifestText(lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  <<: {a: 1}', '  <<: {b: 2}', '  c: 3'));
    expect(r.problems).toEqual([]);
  });
});

describe('duplicate keys in Chart.yaml', () => {
  it.each([
    ['version', lines('apiVersion: v2', 'name: app', 'version: 0.1.0', 'version: 0.2.0'), { name: 'app', version: '0.2.0' }, [['version', 4]]],
    ['name', lines('apiVersion: v2', 'name: old', 'version: 1.0.0', 'name: app'), { name: 'app', version: '1.0.0' }, [['name', 4]]],
    ['kubeVersion, at the line of the last', lines('apiVersion: v2', 'name: app', 'version: 1.0.0', 'kubeVersion: ">=1.20"', 'kubeVersion: "<1.99"'), { kubeVersion: '<1.99', kubeVersionLine: 5 }, [['kubeVersion', 5]]],
    [
      'dependencies, nested',
      lines('apiVersion: v2', 'name: app', 'version: 1.0.0', 'dependencies:', '- name: a', 'dependencies:', '- name: b', '  version: 1.0.0', '  version: 2.0.0'),
      { dependencies: [{ name: 'b', version: '2.0.0', repository: null, alias: null, index: 0, line: 7 }] },
      [['dependencies', 6], ['version', 9]],
    ],
  ])('a repeated %s keeps the last value and is listed', (_what, text, want, repeats) => {
    const meta = readChartMeta(text, null);
    expect(meta).toMatchObject(want);
    expect(meta.duplicateKeys.map((d) => [d.key, d.line])).toEqual(repeats);
  });

  it('the rewritten copy keeps only the last value', () => {
    const out = rewriteChartYaml(lines('apiVersion: v2', 'name: app', 'kubeVersion: ">=1.20"', 'version: 0.1.0', 'kubeVersion: "<1.2"'), { dropKeys: ['kubeVersion'] });
    expect(out).not.toContain('kubeVersion');
    expect(out).toContain('version: 0.1.0');
  });
});
