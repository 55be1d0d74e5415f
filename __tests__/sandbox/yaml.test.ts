/**
 * YAML that Kubernetes' decoder reads as an object although its apiVersion or kind is not written as a plain
 * `apiVersion:` line: merge keys, explicit keys, tags and byte order marks. Each must be found at the line where its
 * apiVersion is written (for a merge key: in the merged, anchored mapping), and the file's other documents and the
 * workspace's other files are still reported.
 */
import { runCli } from '../helpers/cli.js';
import { makeSandbox, SECRET, type Sandbox } from './harness.js';

interface Row {
  ruleId: string;
  severity: string;
  file: string;
  line: number | null;
  object: { apiVersion: string; kind: string; name: string | null } | null;
}

/** An ordinary removed-API document after the construct, in the same file. */
const NEIGHBOUR = ['---', 'apiVersion: policy/v1beta1', 'kind: PodDisruptionBudget', 'metadata:', '  name: neighbour'];
const BOM = '\ufeff';

const cases: Array<[string, string[], number, string]> = [
  // [what, the document's lines, the line of its apiVersion, the apiVersion read]
  ['a merge key', ['base: &base', '  apiVersion: batch/v1beta1', '  kind: CronJob', '<<: *base', 'metadata:', '  name: x'], 2, 'batch/v1beta1'],
  ['a merge key with a list of anchors', ['a: &a', '  apiVersion: batch/v1beta1', 'b: &b', '  kind: CronJob', '<<: [*a, *b]', 'metadata: {name: x}'], 2, 'batch/v1beta1'],
  ['a merge of a mapping that merges', ['v: &v', '  apiVersion: batch/v1beta1', 'k: &k', '  <<: *v', '  kind: CronJob', '<<: *k', 'metadata: {name: x}'], 2, 'batch/v1beta1'],
  ['merged anchors in order: the first that has the key wins', ['a: &a {apiVersion: batch/v1beta1}', 'b: &b {apiVersion: batch/v1, kind: CronJob}', '<<: [*a, *b]', 'metadata: {name: x}'], 1, 'batch/v1beta1'],
  ['a key of the mapping itself over a merged one', ['base: &base', '  apiVersion: batch/v1', '  kind: CronJob', '<<: *base', 'apiVersion: batch/v1beta1', 'metadata: {name: x}'], 5, 'batch/v1beta1'],
  ['explicit keys', ['? apiVersion', ': batch/v1beta1', '? kind', ': CronJob', 'metadata: {name: x}'], 1, 'batch/v1beta1'],
  ['an alias as a key', ['k: &k apiVersion', '*k : batch/v1beta1', 'kind: CronJob', 'metadata: {name: x}'], 2, 'batch/v1beta1'],
  ['keys spelled with escapes', ['"\\x61piVersion": batch/v1beta1', '"\\u006bind": CronJob', 'metadata: {name: x}'], 1, 'batch/v1beta1'],
  ['an apiVersion and a kind written as !!binary', ['apiVersion: !!binary YmF0Y2gvdjFiZXRhMQ==', 'kind: !!binary |', '  Q3Jvbk', '  pvYg==', 'metadata: {name: x}'], 1, 'batch/v1beta1'],
  ['a !!binary value elsewhere', ['apiVersion: batch/v1beta1', 'kind: CronJob', 'metadata: {name: x}', 'data:', '  bin: !!binary aGVsbG8='], 1, 'batch/v1beta1'],
  ['tags on the apiVersion key and scalar, with a !!binary value elsewhere', ['!!str apiVersion: !!str batch/v1beta1', 'kind: !<tag:yaml.org,2002:str> CronJob', 'metadata: {name: x}', 'data: {bin: !!binary aGVsbG8=}'], 1, 'batch/v1beta1'],
  ['a !!timestamp value elsewhere', ['apiVersion: batch/v1beta1', 'kind: CronJob', 'metadata:', '  name: x', '  annotations: {at: !!timestamp 2001-12-14}'], 1, 'batch/v1beta1'],
  ['a byte order mark at the start of a later document', ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: first}', '---', `${BOM}apiVersion: batch/v1beta1`, 'kind: CronJob', 'metadata: {name: x}'], 5, 'batch/v1beta1'],
  ['a byte order mark before a later document marker', ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: first}', `${BOM}---`, 'apiVersion: batch/v1beta1', 'kind: CronJob', 'metadata: {name: x}'], 5, 'batch/v1beta1'],
];

let sb: Sandbox;
beforeEach(() => {
  sb = makeSandbox();
  sb.write('ordinary/cronjob.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: ordinary\n');
});
afterEach(() => {
  sb.assertOutsideUnchanged();
  sb.remove();
});

async function scan(): Promise<{ code: number; rows: Row[]; out: string }> {
  const r = await runCli(['scan', '.', '--target', '1.30', '--format', 'json'], sb.root);
  const out = r.stdout + r.stderr;
  const report = JSON.parse(r.stdout) as { findings: Row[] };
  const rows = report.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, object: f.object && { apiVersion: f.object.apiVersion, kind: f.object.kind, name: f.object.name } }));
  return { code: r.code, rows, out };
}

describe('objects Kubernetes reads through merge keys, explicit keys, tags and byte order marks', () => {
  it.each(cases)('%s', async (_what, lines, line, apiVersion) => {
    const text = [...lines, ...NEIGHBOUR].join('\n') + '\n';
    sb.write('construct.yaml', text);
    const { code, rows, out } = await scan();
    expect(code).toBe(1);
    expect(rows).toEqual([
      { ruleId: 'removed-api', severity: 'error', file: 'construct.yaml', line, object: { apiVersion, kind: 'CronJob', name: 'x' } },
      { ruleId: 'removed-api', severity: 'error', file: 'construct.yaml', line: lines.length + 2, object: { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', name: 'neighbour' } },
      { ruleId: 'removed-api', severity: 'error', file: 'ordinary/cronjob.yaml', line: 1, object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'ordinary' } },
    ]);
    expect(out).not.toContain(SECRET);
  });

  it('a List whose items merge an anchored item: each item at the apiVersion line it takes', async () => {
    sb.write('construct.yaml', ['apiVersion: v1', 'kind: List', 'items:', '- &job', '  apiVersion: batch/v1beta1', '  kind: CronJob', '  metadata: {name: a}', '- <<: *job', '  metadata: {name: b}', ...NEIGHBOUR].join('\n'));
    const { code, rows, out } = await scan();
    expect(code).toBe(1);
    expect(rows.map((r) => [r.ruleId, r.severity, r.file, r.line, r.object?.name])).toEqual([
      ['removed-api', 'error', 'construct.yaml', 5, 'a'],
      ['removed-api', 'error', 'construct.yaml', 5, 'b'],
      ['removed-api', 'error', 'construct.yaml', 11, 'neighbour'],
      ['removed-api', 'error', 'ordinary/cronjob.yaml', 1, 'ordinary'],
    ]);
    expect(out).not.toContain(SECRET);
  });

  it.each([
    ['a merge key whose value is not a mapping', ['apiVersion: batch/v1beta1', 'kind: CronJob', 'metadata: {name: x}', '<<: 1']],
  ])('%s is a broken document, as Kubernetes reads it; the others are still found', async (_what, lines) => {
    sb.write('construct.yaml', [...lines, ...NEIGHBOUR].join('\n'));
    const { code, rows, out } = await scan();
    expect(code).toBe(1);
    expect(rows.map((r) => [r.ruleId, r.severity, r.file, r.object?.name ?? null])).toEqual([
      ['invalid-manifest', 'warning', 'construct.yaml', null],
      ['removed-api', 'error', 'construct.yaml', 'neighbour'],
      ['removed-api', 'error', 'ordinary/cronjob.yaml', 'ordinary'],
    ]);
    expect(out).not.toContain(SECRET);
  });
});
