import { readSettings } from '../../src/components/index.js';
import { parseManifestText, type ManifestDocument } from '../../src/parse/manifest.js';

/** A document whose body must not be read: reading it is reported as a settings problem. */
const untouchable = (apiVersion: string, kind: string, text: string): ManifestDocument => ({
  docIndex: 0,
  itemIndex: null,
  apiVersion,
  kind,
  name: null,
  namespace: null,
  position: { line: 1, column: 1 },
  get body(): Record<string, unknown> {
    throw new Error('body read');
  },
  locate: () => null,
  mentions: (needle) => text.includes(needle),
});

describe('component settings skip bodies that cannot hold any', () => {
  it.each([
    ['apps/v1', 'Deployment', 'image: nginx'],
    ['v1', 'ConfigMap', 'data: {a: b}'],
    ['batch/v1', 'CronJob', 'command: [sh, -c, echo]'],
  ])('%s %s without the words its reader looks for', (apiVersion, kind, text) => {
    const s = readSettings(untouchable(apiVersion, kind, text));
    expect(s.problems).toEqual([]);
    expect(s.gates).toEqual([]);
  });

  it.each([
    ['apps/v1', 'Deployment', 'image: registry.k8s.io/kube-proxy'],
    ['v1', 'ConfigMap', 'kind: KubeletConfiguration'],
  ])('%s %s that mentions them is read', (apiVersion, kind, text) => {
    expect(readSettings(untouchable(apiVersion, kind, text)).problems.map((p) => p.message)).toEqual([expect.stringContaining('body read')]);
  });

  it('still finds a gate in a static pod read by the quick reader', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: kube-apiserver',
      'spec:',
      '  containers:',
      '  - name: kube-apiserver',
      '    image: registry.k8s.io/kube-apiserver:v1.29.0',
      '    command:',
      '    - kube-apiserver',
      '    - --feature-gates=CSIMigration=true',
    ].join('\n');
    const doc = parseManifestText(text).documents[0]!;
    expect(doc.mentions).toBeDefined();
    expect(readSettings(doc).gates.map((g) => [g.gate, g.value, g.place().line])).toEqual([['CSIMigration', true, 11]]);
  });
});
