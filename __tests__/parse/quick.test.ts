import { parseManifestText } from '../../src/parse/manifest.js';
import { quickRead } from '../../src/parse/quick.js';

const doc = (...lines: string[]) => lines.join('\n');

/** The parse of a document with and without the quick reader, as plain data. */
const both = (text: string) => {
  const view = (fast: boolean) => {
    const r = parseManifestText(text, { quick: fast });
    return {
      docs: r.documents.map((d) => ({ apiVersion: d.apiVersion, kind: d.kind, name: d.name, namespace: d.namespace, position: d.position, body: d.body })),
      problems: r.problems.map((p) => [p.docIndex, p.position.line, p.message]),
    };
  };
  return { quick: view(true), full: view(false) };
};

describe('quickRead accepts plain block YAML', () => {
  const accepted: Array<[string, string, Record<string, unknown>]> = [
    ['a minimal object', doc('apiVersion: v1', 'kind: ConfigMap'), { apiVersion: 'v1', kind: 'ConfigMap', name: null, namespace: null, apiVersionLine: 0 }],
    [
      'a Deployment with nested maps, sequences at their key\'s indentation and flow values',
      doc(
        '---',
        '# comment',
        'kind: Deployment',
        'apiVersion: apps/v1',
        'metadata:',
        '  name: web',
        '  namespace: prod',
        '  labels: {app: web, "tier": front}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '      - name: c',
        '        image: nginx:1.27 # pinned',
        '        args: ["--port=8080", \'--v=2\']',
        '        env:',
        '          - {name: A, value: "1"}',
        '      - name: d',
        '  replicas: 3',
      ),
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'prod', apiVersionLine: 3 },
    ],
    [
      'block scalars, in maps and sequences',
      doc('apiVersion: v1', 'kind: ConfigMap', 'data:', '  a: |', '    line: one', '      # kept', '', '    end', '  b: >-', '    folded', 'list:', '- |', '  item', '- x'),
      { name: null },
    ],
    ['quoted names and single-quote escapes', doc("apiVersion: 'v1'", 'kind: "Secret"', 'metadata:', "  name: 'it''s'", '  namespace: "ns"'), { apiVersion: 'v1', kind: 'Secret', name: "it's", namespace: 'ns' }],
    ['a name the reader leaves to the full parse', doc('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: 123'), { name: undefined }],
    ['metadata in flow style', doc('apiVersion: v1', 'kind: Secret', 'metadata: {name: x}'), { name: undefined, namespace: undefined }],
    ['an indented document', doc('  apiVersion: v1', '  kind: Pod'), { apiVersionLine: 0, apiVersionColumn: 3 }],
    ['a backslash in a plain scalar before a double-quoted one', doc('apiVersion: v1', 'kind: Pod', 'a: c:\\dir', 'metadata:', '  name: "web"'), { name: 'web' }],
    ['keys and names that only look like booleans or null', doc('apiVersion: v1', 'kind: Pod', 'tru: 1', 'nulls: 2', 'falsey: 3', 'Nul: 4', 'metadata:', '  name: falsy'), { name: 'falsy' }],
    ['no comment anywhere, and colons inside values', doc('apiVersion: v1', 'kind: Pod', 'image: nginx:1.27', 'url: http://x:80/y'), { name: null }],
  ];
  it.each(accepted)('%s', (_what, text, expected) => {
    const head = quickRead(text);
    expect(head).not.toBeNull();
    expect(head).toMatchObject(expected);
    const { quick, full } = both(text);
    expect(quick).toEqual(full);
  });
});

describe('quickRead gives up on everything else, and the full parse decides', () => {
  const base = ['apiVersion: v1', 'kind: ConfigMap'];
  const refused: Array<[string, string, 'valid' | 'invalid']> = [
    ['an anchor and an alias', doc(...base, 'a: &x 1', 'b: *x'), 'valid'],
    ['a tag', doc(...base, 'a: !custom 1'), 'valid'],
    ['a merge key', doc(...base, 'a: {x: 1}', 'b:', '  <<: {y: 2}'), 'valid'],
    ['a duplicate key', doc(...base, 'data: 1', 'data: 2'), 'invalid'],
    ['a duplicate key in a nested map', doc(...base, 'data:', '  a: 1', '  a: 2'), 'invalid'],
    ['a duplicate key in a flow map', doc(...base, 'data: {a: 1, a: 2}'), 'invalid'],
    ['keys that resolve to the same null', doc(...base, 'data:', '  null: 1', '  Null: 2'), 'invalid'],
    ['a plain scalar over two lines', doc(...base, 'a: one', '  two'), 'valid'],
    ['a mapping inside a plain scalar', doc(...base, 'a: b: c'), 'invalid'],
    ['a tab in the indentation', doc(...base, 'data:', '\ta: 1'), 'invalid'],
    ['an explicit key', doc(...base, '? a', ': b'), 'valid'],
    ['a backslash escape', doc(...base, 'a: "ku\\x62e"'), 'valid'],
    ['a backslash escape after quoted scalars without one', doc(...base, 'a: "x"', 'b: "y"', 'c: "ku\\x62e"'), 'valid'],
    ['a boolean key in any case', doc(...base, 'data:', '  TRUE: 1'), 'valid'],
    ['a null key among others', doc(...base, 'data:', '  a: 1', '  Null: 2'), 'valid'],
    ['a mapping inside a plain scalar, with no comment in the document', doc(...base, 'a: x: y'), 'invalid'],
    ['a directive', doc('%YAML 1.2', '---', ...base), 'valid'],
    ['a List, whose items the full parse reads', doc('apiVersion: v1', 'kind: List', 'items: []'), 'valid'],
    ['a key without a space after its colon', doc(...base, 'a:b'), 'invalid'],
    ['a bad indentation', doc(...base, 'data:', '    a: 1', '  b: 2'), 'invalid'],
    ['an unclosed flow sequence', doc(...base, 'data: [a, b'), 'invalid'],
    ['an unclosed quote', doc(...base, 'data: "a'), 'invalid'],
    ['a sequence entry at a mapping\'s indentation', doc(...base, 'a: 1', '- b'), 'invalid'],
    ['a control character', doc(...base, 'a: b\u0007'), 'invalid'],
    ['an apiVersion that is not a simple string', doc('apiVersion: 1.0', 'kind: X'), 'valid'],
    ['a comment glued to a quoted value (js-yaml takes it)', doc(...base, 'a: "x"#c'), 'valid'],
  ];
  it.each(refused)('%s', (_what, text, validity) => {
    expect(quickRead(text)).toBeNull();
    const { quick, full } = both(text);
    expect(quick).toEqual(full);
    expect(full.problems.length > 0).toBe(validity === 'invalid');
  });
});

describe('documents read by the quick reader', () => {
  it('are parsed only when their body is asked for, and then once', () => {
    const r = parseManifestText(doc('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', 'data:', '  k: v'));
    const d = r.documents[0]!;
    expect(d.mentions?.('kube')).toBe(false);
    expect(d.mentions?.('ConfigMap')).toBe(true);
    expect(d.body).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { k: 'v' } });
    expect(d.body).toBe(d.body);
  });

  it('do not offer mentions() when the full parse read them', () => {
    const r = parseManifestText(doc('apiVersion: v1', 'kind: ConfigMap', 'a: "ku\\x62e"'));
    expect(r.documents[0]?.mentions).toBeUndefined();
  });
});
