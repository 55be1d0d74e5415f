import { parseManifestText } from '../../src/parse/manifest.js';

const summary = (text: string) => {
  const r = parseManifestText(text);
  return {
    docs: r.documents.map((d) => [d.apiVersion, d.kind, d.name, d.position.line, d.position.column]),
    problems: r.problems.map((p) => [p.docIndex, p.position.line, p.message]),
  };
};

describe('parseManifestText', () => {
  it('finds each object with the line and column of its apiVersion key', () => {
    const text = ['# header', 'kind: Deployment', 'metadata:', '  name: web', 'apiVersion: apps/v1', '---', 'apiVersion: v1', 'kind: Service', 'metadata: {name: web, namespace: prod}'].join('\n');
    const r = parseManifestText(text);
    expect(r.documents.map((d) => [d.apiVersion, d.kind, d.name, d.namespace, d.position])).toEqual([
      ['apps/v1', 'Deployment', 'web', null, { line: 5, column: 1 }],
      ['v1', 'Service', 'web', 'prod', { line: 7, column: 1 }],
    ]);
  });

  it('keeps positions with CRLF line ends and a byte order mark', () => {
    const text = '\ufeffapiVersion: v1\r\nkind: ConfigMap\r\n---\r\n\r\napiVersion: v1\r\nkind: Secret\r\n';
    expect(summary(text).docs).toEqual([
      ['v1', 'ConfigMap', null, 1, 1],
      ['v1', 'Secret', null, 5, 1],
    ]);
  });

  it('reports a broken document and still reads the others', () => {
    const text = ['apiVersion: extensions/v1beta1', 'kind: Ingress', 'metadata: {name: a}', '---', 'apiVersion: v1', 'kind: ConfigMap', 'data: [unclosed', '---', 'apiVersion: rbac.authorization.k8s.io/v1beta1', 'kind: ClusterRole', 'metadata: {name: c}'].join('\n');
    const s = summary(text);
    expect(s.docs).toEqual([
      ['extensions/v1beta1', 'Ingress', 'a', 1, 1],
      ['rbac.authorization.k8s.io/v1beta1', 'ClusterRole', 'c', 9, 1],
    ]);
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]?.[0]).toBe(1);
    expect(s.problems[0]?.[2]).toMatch(/^is not valid YAML/);
  });

  it('expands List items, each at its own apiVersion line', () => {
    const text = ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: batch/v1beta1', '  kind: CronJob', '  metadata: {name: job}', '-   kind: Deployment', '    apiVersion: apps/v1', '    metadata: {name: d}'].join('\n');
    expect(summary(text).docs).toEqual([
      ['batch/v1beta1', 'CronJob', 'job', 4, 3],
      ['apps/v1', 'Deployment', 'd', 8, 5],
    ]);
  });

  it('reads JSON, including a JSON List', () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', metadata: { name: 'pdb' } }] }, null, 2);
    const s = summary(text);
    expect(s.docs).toEqual([['policy/v1beta1', 'PodDisruptionBudget', 'pdb', 6, 7]]);
  });

  it('does not split on PEM blocks or --- inside block scalars', () => {
    const text = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: tls}', 'stringData:', '  tls.crt: |', '    -----BEGIN CERTIFICATE-----', '    MIIB', '    ---', '    -----END CERTIFICATE-----', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: after}'].join('\n');
    expect(summary(text).docs).toEqual([
      ['v1', 'Secret', 'tls', 1, 1],
      ['v1', 'ConfigMap', 'after', 11, 1],
    ]);
  });

  it('resolves anchors and aliases', () => {
    const text = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata: &m {name: web}', 'spec:', '  template:', '    metadata: *m'].join('\n');
    const r = parseManifestText(text);
    expect((r.documents[0]?.body['spec'] as { template: { metadata: unknown } }).template.metadata).toEqual({ name: 'web' });
  });

  it('turns an alias bomb into a problem instead of expanding it', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const s = summary(lines.join('\n'));
    expect(s.docs).toEqual([]);
    expect(s.problems[0]?.[2]).toMatch(/alias/i);
  });

  it('ignores documents that are not Kubernetes objects quietly', () => {
    expect(summary('name: CI\non: [push]\njobs: {}\n---\nreplicaCount: 3\n')).toEqual({ docs: [], problems: [] });
    // Chart.yaml has an apiVersion but no kind and no metadata: not an object.
    expect(summary('apiVersion: v2\nname: chart\nversion: 1.0.0\n')).toEqual({ docs: [], problems: [] });
  });

  it('ignores broken YAML that does not look like a Kubernetes object', () => {
    expect(summary('foo: [\n')).toEqual({ docs: [], problems: [] });
  });

  it('reports an object with metadata but no kind', () => {
    const s = summary('apiVersion: v1\nmetadata: {name: x}\n');
    expect(s.problems).toEqual([[0, 1, 'has no string kind']]);
  });

  it('reads duplicate keys as kubectl does (the last value wins) and reports each repeat', () => {
    const s = summary('apiVersion: v1\nkind: ConfigMap\nkind: Secret\n');
    expect(s.docs).toEqual([['v1', 'Secret', null, 1, 1]]);
    expect(s.problems).toEqual([[0, 3, 'has duplicate key "kind" (line 3); Kubernetes keeps the last value']]);
  });

  it('accepts %YAML directives and ... document ends', () => {
    const text = '%YAML 1.2\n---\napiVersion: v1\nkind: ConfigMap\n...\n---\napiVersion: v1\nkind: Secret\n';
    expect(summary(text).docs).toEqual([
      ['v1', 'ConfigMap', null, 3, 1],
      ['v1', 'Secret', null, 7, 1],
    ]);
  });

  it('locates nested values by path', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: c\n    args:\n    - --a\n    - --feature-gates=X=true\n';
    const doc = parseManifestText(text).documents[0];
    expect(doc?.locate(['spec', 'containers', 0, 'args', 1])).toEqual({ line: 8, column: 7 });
    expect(doc?.locate(['spec', 'nope'])).toBeNull();
  });

  it('locates values through aliases and merge keys, where the anchored mapping writes them', () => {
    const text = ['defaults: &d', '  schedule: "@daily"', '  jobTemplate: &t {spec: {template: {spec: {containers: []}}}}', 'apiVersion: batch/v1beta1', 'kind: CronJob', 'spec:', '  <<: *d', '  suspend: true', 'other: *t'].join('\n');
    const doc = parseManifestText(text).documents[0];
    expect(doc?.body['spec']).toMatchObject({ schedule: '@daily', suspend: true });
    expect(doc?.locate(['spec', 'schedule'])).toEqual({ line: 2, column: 13 });
    expect(doc?.locate(['spec', 'jobTemplate', 'spec'])).toEqual({ line: 3, column: 26 });
    expect(doc?.locate(['other', 'spec', 'template'])).toEqual({ line: 3, column: 37 });
    expect(doc?.locate(['spec', 'suspend'])).toEqual({ line: 8, column: 12 });
  });

  it('reads !!binary as the text it encodes, and refuses a !!binary that is not base64', () => {
    const ok = parseManifestText('apiVersion: v1\nkind: ConfigMap\ndata:\n  a: !!binary aGVs\n  b: !!binary |\n    aGVsbG8g\n    d29ybGQ=\n').documents[0];
    expect(ok?.body['data']).toEqual({ a: 'hel', b: 'hello world' });
    const bad = summary('apiVersion: v1\nkind: ConfigMap\ndata:\n  a: !!binary aGVsbG8\n');
    expect(bad.docs).toEqual([]);
    expect(bad.problems).toEqual([[0, expect.any(Number), expect.stringMatching(/^is not valid YAML/)]]);
  });
});

describe('fast and full parse paths agree', () => {
  const samples: Record<string, string> = {
    block: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: prod\nspec:\n  replicas: 2\n',
    quoted: '"apiVersion": "batch/v1beta1"\n\'kind\': CronJob\nmetadata: {name: "x"}\n',
    commented: 'apiVersion: v1 # core\nkind: ConfigMap\n',
    indentedRoot: '  apiVersion: v1\n  kind: Secret\n',
    json: '{\n  "apiVersion": "policy/v1beta1",\n  "kind": "PodDisruptionBudget",\n  "metadata": {"name": "p"}\n}\n',
    list: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n- {apiVersion: extensions/v1beta1, kind: Ingress, metadata: {name: b}}\n',
    typedList: 'apiVersion: v1\nkind: ConfigMapList\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n',
    merge: 'base: &b {app: x}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    <<: *b\n',
    nestedApiVersion: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  inner: |\n    apiVersion: extensions/v1beta1\n',
    multi: 'apiVersion: v1\nkind: A\n---\napiVersion: v2\nkind: B\n---\n# none\n',
  };
  it.each(Object.entries(samples))('%s', (_name, text) => {
    const view = (fast: boolean) => {
      const r = parseManifestText(text, { fast });
      return {
        docs: r.documents.map((d) => ({ av: d.apiVersion, kind: d.kind, name: d.name, ns: d.namespace, pos: d.position, item: d.itemIndex, body: d.body })),
        problems: r.problems,
      };
    };
    expect(view(true)).toEqual(view(false));
  });
});
