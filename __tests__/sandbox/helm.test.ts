/**
 * Helm charts from a hostile repository, rendered with real helm: nothing a chart, its values files, its schema or
 * its dependencies name may make the scan write or read outside the workspace or reach the network. Each case ends
 * with the exact findings, the outside directory unchanged, no request to the loopback trap, the sentinel absent from
 * everything printed, and the unrelated removed-API finding still reported.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HELM_LAYERS, layerBinaries, type Layer } from '../helpers/binaries.js';
import { runCli } from '../helpers/cli.js';
import { neutraliseSchema } from '../../src/render/values-schema.js';
import { makeSandbox, SECRET, startTrap, type Sandbox, type Trap } from './harness.js';

interface Finding {
  ruleId: string;
  severity: string;
  file: string | null;
  line: number | null;
  message: string;
  data: Record<string, unknown>;
}

let sb: Sandbox;
let trap: Trap;

const KEEP = ['removed-api', 'error', 'keep/cron.yaml', 1];
/** A template that renders a removed API: its finding proves the chart itself still rendered. */
const CRON = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: {{ (.Values.metadata | default dict).name | default "job" }}\n';

beforeEach(async () => {
  sb = makeSandbox();
  trap = await startTrap();
  sb.write('keep/cron.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: keep-me\n');
});
afterEach(async () => {
  await trap.close();
  sb.remove();
});

async function scan(layer: Layer, ...args: string[]): Promise<{ code: number; findings: Finding[]; out: string }> {
  const r = await runCli(['scan', '.', '--target', '1.30', '--format', 'json', '--helm-path', layerBinaries(layer).helm, ...args], sb.root);
  const findings = r.stdout ? (JSON.parse(r.stdout) as { findings: Finding[] }).findings : [];
  return { code: r.code, findings, out: r.stdout + r.stderr };
}

const rows = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.severity, f.file, f.line]);

/** What every case ends with. */
function contained(out: string): void {
  sb.assertOutsideUnchanged();
  expect(trap.requests).toEqual([]);
  expect(out).not.toContain(SECRET);
}

function chart(dir: string, chartYaml: string, files: Record<string, string> = {}): void {
  sb.write(`${dir}/Chart.yaml`, chartYaml);
  sb.write(`${dir}/templates/cron.yaml`, CRON);
  for (const [rel, text] of Object.entries(files)) sb.write(`${dir}/${rel}`, text);
}

/** A gzip-compressed ustar archive of the given entries (names taken as they are, `..` included). */
function tgz(entries: Array<[string, string | Buffer]>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of entries) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const h = Buffer.alloc(512);
    h.write(name, 0, 100);
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

describe('chart dependencies', () => {
  it('a dependency name with ../ that matches a chart elsewhere is left out and reported at its line; nothing is written outside', async () => {
    // From the chart copy (TMP/kug-helm-X/chart/charts/NAME) this name climbs into the sandbox's outside directory.
    const evil = `../../../${basename(sb.base)}/outside/evil`;
    chart('app', `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: ${evil}\n    version: 1.0.0\n    repository: https://charts.example.invalid\n`);
    sb.write('lib/Chart.yaml', `apiVersion: v2\nname: ${evil}\nversion: 1.0.0\ntype: library\n`);
    sb.write('lib/templates/_x.tpl', '{{- define "x" }}{{ end }}\n');
    const { findings, out } = await scan('v35');
    contained(out);
    expect(rows(findings)).toEqual([
      ['render-failed', 'warning', 'app/Chart.yaml', 5],
      ['removed-api', 'error', 'app/templates/cron.yaml', 1],
      KEEP,
    ]);
    expect(findings[0]?.data).toMatchObject({ chart: 'app', leftOut: true });
    expect(findings[0]?.message).toContain(`dependency name ${JSON.stringify(evil)} is not a single path segment`);
  });

  it('the same in a v1 chart\'s requirements.yaml, and an alias with ../ on a vendored subchart', async () => {
    const evil = `../../../${basename(sb.base)}/outside/evil`;
    chart('old', 'apiVersion: v1\nname: old\nversion: 1.0.0\n', { 'requirements.yaml': `dependencies:\n- name: ${evil}\n  version: 1.0.0\n` });
    sb.write('lib/Chart.yaml', `apiVersion: v1\nname: ${evil}\nversion: 1.0.0\n`);
    chart('app', 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: sub\n    version: 0.1.0\n    alias: ../../x\n', {
      'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
      'charts/sub/templates/cron.yaml': CRON,
    });
    const { findings, out } = await scan('v35');
    contained(out);
    expect(rows(findings)).toEqual([
      ['render-failed', 'warning', 'app/Chart.yaml', 5],
      ['removed-api', 'error', 'app/charts/sub/templates/cron.yaml', 1],
      ['removed-api', 'error', 'app/templates/cron.yaml', 1],
      KEEP,
      ['render-failed', 'warning', 'lib/Chart.yaml', null], // helm itself refuses that chart name when rendering lib
      ['render-failed', 'warning', 'old/requirements.yaml', 2],
      ['removed-api', 'error', 'old/templates/cron.yaml', 1],
    ]);
    expect(findings[0]?.message).toContain('dependency alias "../../x" is not a single path segment');
  });

  it('a packaged subchart with a ../ entry is left out and reported; the chart renders without it', async () => {
    chart('app', 'apiVersion: v2\nname: app\nversion: 1.0.0\n');
    sb.write('app/charts/bad-1.0.0.tgz', tgz([
      ['bad/Chart.yaml', 'apiVersion: v2\nname: bad\nversion: 1.0.0\n'],
      ['bad/../../../escape.yaml', 'x: 1\n'],
    ]));
    const { findings, out } = await scan('v35');
    contained(out);
    expect(rows(findings)).toEqual([
      ['render-failed', 'warning', 'app/charts/bad-1.0.0.tgz', null],
      ['removed-api', 'error', 'app/templates/cron.yaml', 1],
      KEEP,
    ]);
    expect(findings[0]?.message).toContain('cannot be unpacked (unsafe path');
  });

  it('a file:// dependency reaching outside through a link is not read and says why', async () => {
    symlinkSync(sb.outside, join(sb.root, 'out'));
    chart('app', 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: db\n    version: 1.0.0\n    repository: file://../out\n');
    const { findings, out } = await scan('v35');
    contained(out);
    expect(rows(findings)).toEqual([
      ['render-failed', 'warning', 'app/Chart.yaml', 5],
      ['removed-api', 'error', 'app/templates/cron.yaml', 1],
      KEEP,
      ['skipped-file', 'warning', 'out', null],
    ]);
    expect(findings[0]?.data['reason']).toBe('dependency "db" is neither vendored nor in the workspace (file://../out: out leads outside the workspace (not read))');
  });
});

describe('files a chart names', () => {
  it.each([
    ['a ci/*-values.yaml', [] as string[], 'c/ci/leak-values.yaml'],
    ['a --values file', ['--values', 'c=deploy/prod-values.yaml'], 'deploy/prod-values.yaml'],
  ])('%s that links outside is reported by name and never read', async (_what, args, link) => {
    chart('c', 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
    sb.write('deploy/.keep', '');
    sb.write('c/ci/.keep', '');
    symlinkSync(join(sb.outside, 'secret.yaml'), join(sb.root, link));
    const { findings, out } = await scan('v35', ...args);
    contained(out);
    // The link itself is also reported as not scanned: by the chart's copy (ci/) or by the plain scan (deploy/).
    const expected = link.startsWith('c/')
      ? [['render-failed', 'warning', link, null], ['skipped-file', 'warning', link, null], ['removed-api', 'error', 'c/templates/cron.yaml', 1], KEEP]
      : [['removed-api', 'error', 'c/templates/cron.yaml', 1], ['render-failed', 'warning', link, null], ['skipped-file', 'warning', link, null], KEEP];
    expect(rows(findings)).toEqual(expected);
    expect(findings.find((f) => f.ruleId === 'render-failed')?.data).toMatchObject({ values: link, reason: `the values file ${link} leads outside the workspace (not read).` });
  });

  it('a Chart.yaml that links outside is not read', async () => {
    sb.write('c/templates/cron.yaml', CRON);
    symlinkSync(join(sb.outside, 'secret.yaml'), join(sb.root, 'c/Chart.yaml'));
    const { findings, out } = await scan('v35');
    contained(out);
    expect(rows(findings)).toEqual([
      ['render-failed', 'warning', 'c/Chart.yaml', null],
      ['skipped-file', 'warning', 'c/Chart.yaml', null],
      KEEP,
    ]);
    expect(findings[0]?.data['reason']).toBe('c/Chart.yaml leads outside the workspace (not read).');
  });

  it('a template linked outside is reported, not copied; a FIFO in the chart is reported, not opened', async () => {
    chart('c', 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
    symlinkSync(join(sb.outside, 'secret.yaml'), join(sb.root, 'c/templates/leak.yaml'));
    execFileSync('mkfifo', [join(sb.root, 'c/templates/pipe.yaml')]);
    const { findings, out } = await scan('v35');
    contained(out);
    expect(rows(findings)).toEqual([
      ['removed-api', 'error', 'c/templates/cron.yaml', 1],
      ['skipped-file', 'warning', 'c/templates/leak.yaml', null],
      ['skipped-file', 'warning', 'c/templates/pipe.yaml', null],
      KEEP,
    ]);
    expect(findings[1]?.message).toBe('Not scanned: symbolic link to a path outside the workspace (not followed).');
  });

  it.each(HELM_LAYERS)('a values.schema.json $ref to a file outside (absolute or climbing) is removed, not read ($name)', async ({ layer }) => {
    const schema = [
      '{',
      '  "type": "object",',
      '  "properties": {',
      `    "a": { "$ref": "file://${join(sb.outside, 'secret.txt')}" },`,
      '    "b": { "$ref": "../../../outside/secret.yaml" },',
      '    "c": { "$ref": "#/definitions/ok" }',
      '  },',
      '  "definitions": { "ok": { "type": "string" } }',
      '}',
    ].join('\n');
    chart('c', 'apiVersion: v2\nname: c\nversion: 1.0.0\n', { 'values.schema.json': schema, 'values.yaml': 'a: x\nb: y\nc: z\n' });
    const { findings, out } = await scan(layer);
    contained(out);
    expect(rows(findings)).toEqual([
      ['removed-api', 'error', 'c/templates/cron.yaml', 1],
      ['render-failed', 'notice', 'c/values.schema.json', 4],
      ['render-failed', 'notice', 'c/values.schema.json', 5],
      KEEP,
    ]);
    expect(findings[1]?.message).toContain('"$ref": "file://');
  });
});

describe('network', () => {
  it.each(HELM_LAYERS)('schema references to a loopback URL, in the chart, a subchart and a packaged subchart, are never fetched ($name)', async ({ layer }) => {
    const schema = (extra: string) => `{\n  "$schema": "${trap.url}/meta",\n  "type": "object",\n  "properties": {\n    "a": { "$ref": "${trap.url}/a.json" }${extra}\n  }\n}\n`;
    chart('c', `apiVersion: v2\nname: c\nversion: 1.0.0\ndependencies:\n  - name: remote\n    version: 1.0.0\n    repository: ${trap.url}/charts\n  - name: registry\n    version: 1.0.0\n    repository: oci://127.0.0.1:${new URL(trap.url).port}/charts\n`, {
      'values.schema.json': schema(`,\n    "d": { "$dynamicRef": "${trap.url}/d" },\n    "r": { "$recursiveRef": "${trap.url}/r" }`),
      'values.yaml': 'a: text\n',
      'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
      'charts/sub/values.schema.json': schema(''),
    });
    sb.write('c/charts/pkg-1.0.0.tgz', tgz([
      ['pkg/Chart.yaml', 'apiVersion: v2\nname: pkg\nversion: 1.0.0\n'],
      ['pkg/values.schema.json', schema('')],
      ['pkg/charts/inner-1.0.0.tgz', tgz([['inner/Chart.yaml', 'apiVersion: v2\nname: inner\nversion: 1.0.0\n'], ['inner/values.schema.json', schema('')]])],
    ]));
    const { findings, out } = await scan(layer);
    contained(out);
    expect(rows(findings)).toEqual([
      ['render-failed', 'warning', 'c/Chart.yaml', 5],
      ['render-failed', 'warning', 'c/Chart.yaml', 8],
      ['render-failed', 'notice', 'c/charts/pkg-1.0.0.tgz', null],
      ['render-failed', 'notice', 'c/charts/pkg-1.0.0.tgz', null],
      ['render-failed', 'notice', 'c/charts/pkg-1.0.0.tgz', null],
      ['render-failed', 'notice', 'c/charts/pkg-1.0.0.tgz', null],
      ['render-failed', 'notice', 'c/charts/sub/values.schema.json', 2],
      ['render-failed', 'notice', 'c/charts/sub/values.schema.json', 5],
      ['removed-api', 'error', 'c/templates/cron.yaml', 1],
      ['render-failed', 'notice', 'c/values.schema.json', 2],
      ['render-failed', 'notice', 'c/values.schema.json', 5],
      ['render-failed', 'notice', 'c/values.schema.json', 6],
      ['render-failed', 'notice', 'c/values.schema.json', 7],
      KEEP,
    ]);
    // Dependencies from a repository are never downloaded: reported as today.
    expect(findings[0]?.data).toMatchObject({ dependency: 'remote', dependencyRepository: `${trap.url}/charts` });
    expect(findings[1]?.data).toMatchObject({ dependency: 'registry' });
    const inArchive = findings.filter((f) => f.file === 'c/charts/pkg-1.0.0.tgz').map((f) => String(f.data['reason']).split(':')[0]);
    expect(inArchive.sort()).toEqual([
      'values.schema.json (entry pkg/charts/inner-1.0.0.tgz/inner/values.schema.json) line 2',
      'values.schema.json (entry pkg/charts/inner-1.0.0.tgz/inner/values.schema.json) line 5',
      'values.schema.json (entry pkg/values.schema.json) line 2',
      'values.schema.json (entry pkg/values.schema.json) line 5',
    ]);
  });
});

describe('pre-rendered input', () => {
  it.each([
    ['empty', () => sb.write('out/rendered.yaml', '# helm template printed nothing\n'), 'pre-rendered input holds no Kubernetes manifest (is it the output of helm template?)'],
    ['a FIFO', () => execFileSync('mkfifo', [join(sb.write('out/.keep', ''), '..', 'rendered.yaml')]), 'pre-rendered input (--rendered) that is not a regular file (a FIFO, device or socket is never read)'],
    ['a link outside', () => symlinkSync(join(sb.outside, 'secret.yaml'), join(sb.write('out/.keep', ''), '..', 'rendered.yaml')), 'pre-rendered input (--rendered) that leads outside the workspace (not read)'],
  ])('a --rendered file that is %s is reported, not silently ignored', async (_what, make, reason) => {
    make();
    const { findings, out } = await scan('v35', '--rendered', 'out/rendered.yaml');
    contained(out);
    const own = findings.filter((f) => f.message === `Not scanned: ${reason}.`);
    expect(rows(own)).toEqual([['skipped-file', 'warning', 'out/rendered.yaml', null]]);
    expect(rows(findings)).toContainEqual(KEEP);
  });

  it('empty standard input is reported', async () => {
    const r = await runCli(['scan', '.', '--target', '1.30', '--format', 'json', '--rendered', '-'], sb.root, { readStdin: async () => '' });
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
    contained(r.stdout + r.stderr);
    expect(rows(findings)).toEqual([['skipped-file', 'warning', null, null], KEEP]);
    expect(findings[0]?.message).toBe('Not scanned: pre-rendered input - holds no Kubernetes manifest (is it the output of helm template?).');
  });
});

describe('neutraliseSchema', () => {
  it.each([
    ['a fragment $ref', { $ref: '#/definitions/a' }, []],
    ['a standard $schema', { $schema: 'https://json-schema.org/draft/2020-12/schema' }, []],
    ['draft-07 with #', { $schema: 'http://json-schema.org/draft-07/schema#' }, []],
    ['draft-03 (fetched by helm 4)', { $schema: 'http://json-schema.org/draft-03/schema#' }, ['$schema']],
    ['a relative $ref', { $ref: 'other.json' }, ['$ref']],
    ['an absolute path $ref', { $ref: '/etc/passwd' }, ['$ref']],
    ['a $ref that is not a string', { $ref: { a: 1 } }, ['$ref']],
    ['deep in arrays', { allOf: [{ anyOf: [{ $dynamicRef: 'https://x/y' }] }] }, ['$dynamicRef']],
    ['a property named $ref (removed too: the safe side)', { properties: { $ref: { type: 'string' } } }, ['$ref']],
  ])('%s', (_what, schema, removed) => {
    const r = neutraliseSchema(JSON.stringify(schema, null, 1));
    if (!r.ok) throw new Error(r.reason);
    expect(r.removed.map((x) => x.keyword)).toEqual(removed);
    const text = r.text;
    for (const k of removed) expect(text).not.toContain(`"${k}"`);
  });

  it('what helm reads is the re-serialised text: an escaped key cannot hide a reference', () => {
    const r = neutraliseSchema('{"\\u0024ref": "http://127.0.0.1:9/x"}');
    expect(r).toMatchObject({ ok: true, removed: [{ keyword: '$ref', line: 1 }] });
    expect(r.ok && JSON.parse(r.text)).toEqual({});
  });

  it('text that is not JSON, or too deep to walk, is refused', () => {
    expect(neutraliseSchema('{"a": ')).toMatchObject({ ok: false });
    expect(neutraliseSchema(`${'['.repeat(200000)}${']'.repeat(200000)}`)).toMatchObject({ ok: false });
  });
});
