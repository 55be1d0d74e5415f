import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA, parseConfigText } from '../../src/clusters/config.js';
import { checkSchemaKeywords, validateWithSchema, type JsonSchema } from '../../src/clusters/schema.js';
import { ConfigError } from '../../src/ports/errors.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * An independent, boolean-only reading of the same JSON Schema subset (written from the 2020-12 specification, not
 * from the production interpreter): the two must agree on every case below.
 */
function conforms(value: unknown, schema: JsonSchema, root: JsonSchema = schema): boolean {
  if (typeof schema['$ref'] === 'string') {
    const name = (schema['$ref'] as string).replace('#/$defs/', '');
    return conforms(value, (root['$defs'] as Record<string, JsonSchema>)[name]!, root);
  }
  const t = schema['type'];
  if (t !== undefined) {
    const types = Array.isArray(t) ? t : [t];
    const typeOf = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
    if (!types.includes(typeOf)) return false;
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) return false;
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) return false;
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength']) return false;
    if (typeof schema['maxLength'] === 'number' && [...value].length > schema['maxLength']) return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) return false;
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) return false;
    if (schema['items'] && !value.every((v) => conforms(v, schema['items'] as JsonSchema, root))) return false;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
    for (const r of (schema['required'] ?? []) as string[]) if (!(r in value)) return false;
    for (const [k, v] of Object.entries(value)) {
      if (props[k]) {
        if (!conforms(v, props[k], root)) return false;
      } else if (schema['additionalProperties'] === false) return false;
    }
  }
  return true;
}

const valid: Array<[string, unknown]> = [
  ['empty', {}],
  ['target only', { target: '1.35' }],
  ['latest', { target: 'latest' }],
  ['three clusters', {
    target: '1.35',
    clusters: [
      { name: 'staging', version: '1.34.1' },
      {
        name: 'production', version: '1.34.2-eks-113cf36', provider: 'eks',
        components: { 'kube-controller-manager': '1.34.2', 'kube-scheduler': '1.34.2' },
        nodePools: [{ name: 'general', kubelet: '1.33.7', kubeProxy: '1.33.7' }],
        paths: ['deploy/prod/**'],
      },
      { name: 'development', version: 'v1.33.7', target: '1.34' },
    ],
  }],
  ['gke suffix', { clusters: [{ name: 'g', version: 'v1.30.5-gke.1014001' }] }],
  ['k3s build metadata', { clusters: [{ name: 'k', version: '1.29.7+k3s1' }] }],
  ['HA apiservers', { clusters: [{ name: 'ha', version: '1.34.2', apiservers: ['1.34.2', '1.33.9'] }] }],
  ['cloud-controller-manager', { clusters: [{ name: 'c', version: '1.34.2', components: { 'cloud-controller-manager': '1.33.0' } }] }],
  ['$schema key', { $schema: './schema/kube-upgrade-gate.schema.json' }],
];

const invalid: Array<[string, unknown, string, RegExp]> = [
  ['top level is a list', [], '', /expected a mapping/],
  ['unknown top-level key', { targets: '1.35' }, 'targets', /unknown key "targets" \(did you mean "target"\?\)/],
  ['target with a patch', { target: '1.35.2' }, 'target', /expected a Kubernetes release MAJOR\.MINOR such as "1\.35"/],
  ['target is a number', { target: 1.35 }, 'target', /got 1\.35/],
  ['clusters is a mapping', { clusters: { name: 'x' } }, 'clusters', /expected a list/],
  ['cluster without name', { clusters: [{ version: '1.34.2' }] }, 'clusters[0]', /missing required key "name"/],
  ['version without patch', { clusters: [{ name: 'x', version: '1.34' }] }, 'clusters[0].version', /with its patch number.*got "1\.34"/],
  ['version is garbage', { clusters: [{ name: 'x', version: 'banana' }] }, 'clusters[0].version', /got "banana"/],
  ['major 2', { clusters: [{ name: 'x', version: '2.0.1' }] }, 'clusters[0].version', /got "2\.0\.1"/],
  ['misspelt key', { clusters: [{ name: 'x', version: '1.34.2', verison: '1' }] }, 'clusters[0].verison', /did you mean "version"/],
  ['bad provider', { clusters: [{ name: 'x', version: '1.34.2', provider: 'EKS' }] }, 'clusters[0].provider', /expected one of eks, gke, aks, kubeadm, other, got "EKS"/],
  ['bad name', { clusters: [{ name: 'prod cluster', version: '1.34.2' }] }, 'clusters[0].name', /letters, digits/],
  ['unknown component', { clusters: [{ name: 'x', version: '1.34.2', components: { kubelet: '1.34.2' } }] }, 'clusters[0].components.kubelet', /unknown key "kubelet"/],
  ['pool without kubelet', { clusters: [{ name: 'x', version: '1.34.2', nodePools: [{ name: 'p' }] }] }, 'clusters[0].nodePools[0]', /missing required key "kubelet"/],
  ['pool kubelet bad', { clusters: [{ name: 'x', version: '1.34.2', nodePools: [{ name: 'p', kubelet: 'x' }] }] }, 'clusters[0].nodePools[0].kubelet', /patch number/],
  ['empty path', { clusters: [{ name: 'x', version: '1.34.2', paths: [''] }] }, 'clusters[0].paths[0]', /a glob relative to the workspace root/],
  ['paths is a string', { clusters: [{ name: 'x', version: '1.34.2', paths: 'deploy/**' }] }, 'clusters[0].paths', /expected a list, got "deploy\/\*\*"/],
  ['empty apiservers', { clusters: [{ name: 'x', version: '1.34.2', apiservers: [] }] }, 'clusters[0].apiservers', /at least 1 item/],
  ['cluster target bad', { clusters: [{ name: 'x', version: '1.34.2', target: 'next' }] }, 'clusters[0].target', /MAJOR\.MINOR/],
];

describe('the committed schema is the single source of validation', () => {
  test('it uses only keywords the interpreter enforces', () => {
    expect(checkSchemaKeywords(CONFIG_SCHEMA)).toEqual([]);
  });

  test('the loader uses the committed file', () => {
    expect(JSON.parse(readFileSync(join(repo, 'schema', 'kube-upgrade-gate.schema.json'), 'utf8'))).toEqual(CONFIG_SCHEMA);
  });

  test('an unsupported keyword would be reported', () => {
    expect(checkSchemaKeywords({ type: 'object', properties: { a: { oneOf: [] } } })).toEqual(['#/properties/a/oneOf']);
  });

  test.each(valid)('valid: %s (both readings agree)', (_name, value) => {
    expect(validateWithSchema(value, CONFIG_SCHEMA)).toEqual([]);
    expect(conforms(value, CONFIG_SCHEMA)).toBe(true);
  });

  test.each(invalid)('invalid: %s (both readings agree; message names the path and the expected form)', (_name, value, path, message) => {
    const errors = validateWithSchema(value, CONFIG_SCHEMA);
    expect(conforms(value, CONFIG_SCHEMA)).toBe(false);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.path).toBe(path);
    expect(errors[0]!.message).toMatch(message);
  });
});

describe('parseConfigText', () => {
  const text = [
    'target: "1.35"', // 1
    'clusters:', // 2
    '  - name: production', // 3
    '    version: 1.34.2-eks-113cf36', // 4
    '    nodePools:', // 5
    '      - { name: general, kubelet: 1.33.7 }', // 6
    '    paths: ["deploy/prod/**"]', // 7
    '',
  ].join('\n');

  test('values and the line of every key', () => {
    const { config, lines } = parseConfigText(text, '.github/kube-upgrade-gate.yaml');
    expect(config.clusters![0]).toEqual({ name: 'production', version: '1.34.2-eks-113cf36', nodePools: [{ name: 'general', kubelet: '1.33.7' }], paths: ['deploy/prod/**'] });
    expect(lines.get('target')).toBe(1);
    expect(lines.get('clusters[0]')).toBe(3);
    expect(lines.get('clusters[0].name')).toBe(3);
    expect(lines.get('clusters[0].version')).toBe(4);
    expect(lines.get('clusters[0].nodePools[0].kubelet')).toBe(6);
  });

  test('an unquoted 1.30 is read as written, not as the number 1.3', () => {
    expect(parseConfigText('target: 1.30\n', 'f').config.target).toBe('1.30');
  });

  test('an empty file declares nothing', () => {
    expect(parseConfigText('', 'f').config).toEqual({});
    expect(parseConfigText('# only a comment\n', 'f').config).toEqual({});
  });

  const fails = (t: string): string => {
    try {
      parseConfigText(t, 'cfg.yaml');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  test('schema errors carry the file, the line, the path and the expected form', () => {
    expect(fails(text.replace('1.34.2-eks-113cf36', '1.34'))).toBe(
      'cfg.yaml:4: clusters[0].version: expected a Kubernetes version with its patch number, such as "1.34.2", "v1.34.2-eks-113cf36" or "1.30.5-gke.1014001", got "1.34"',
    );
    expect(fails(text.replace('    paths', '    pathz'))).toMatch(/^cfg\.yaml:7: clusters\[0\]\.pathz: unknown key "pathz" \(did you mean "paths"\?\)/);
  });

  test('a missing key points at the mapping that lacks it', () => {
    expect(fails('clusters:\n  - name: a\n')).toMatch(/^cfg\.yaml:2: clusters\[0\]: expected "version", or an "inventory" with the "version" or "pods" file that gives it/);
  });

  test('several errors are all listed', () => {
    const message = fails('clusters:\n  - name: a\n    version: x\n  - name: b\n    version: y\n');
    expect(message.split('\n')).toHaveLength(2);
  });

  test('rules the schema cannot say: unique names, HA list includes the version', () => {
    expect(fails('clusters:\n  - {name: a, version: 1.34.2}\n  - {name: a, version: 1.34.2}\n')).toMatch(/cfg\.yaml:3: clusters\[1\]\.name: "a" is already the name of clusters\[0\]/);
    expect(fails('clusters:\n  - name: a\n    version: 1.34.2\n    nodePools: [{name: p, kubelet: 1.34.2}, {name: p, kubelet: 1.34.2}]\n')).toMatch(/nodePools\[1\]\.name: "p" is already/);
    expect(fails('clusters:\n  - name: a\n    version: 1.34.2\n    apiservers: [1.33.9]\n')).toMatch(/cfg\.yaml:4: clusters\[0\]\.apiservers: expected the list to include the cluster version "1\.34\.2"/);
  });

  test('YAML errors and duplicate keys are reported with their line', () => {
    expect(fails('target: "1.35"\nclusters: [\n')).toMatch(/^cfg\.yaml:\d+: not valid YAML/);
    expect(fails('target: "1.35"\ntarget: "1.34"\n')).toMatch(/^cfg\.yaml:2: not valid YAML: .*[Uu]nique/);
  });

  test('a hostile key cannot reach the prototype', () => {
    const message = fails('__proto__: { polluted: true }\n');
    expect(message).toMatch(/unknown key "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('anchors and aliases are resolved', () => {
    const { config } = parseConfigText('clusters:\n  - name: a\n    version: &v 1.34.2\n    nodePools: [{name: p, kubelet: *v}]\n', 'f');
    expect(config.clusters![0]!.nodePools![0]!.kubelet).toBe('1.34.2');
  });
});
