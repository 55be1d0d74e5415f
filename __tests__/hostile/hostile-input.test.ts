/**
 * Hostile and broken input: every case names its exact outcome — a finding or a skip notice — keeps the other
 * findings of the run, never throws, and exits as documented.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { layerBinaries } from '../helpers/binaries.js';
import { runCli } from '../helpers/cli.js';

let root: string;
let outside: string;

const REMOVED = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: keep-me\n';

function write(rel: string, content: string | Buffer): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
}

interface Report {
  summary: { files: number; documents: number; errors: number; warnings: number; notices: number };
  findings: Array<{ ruleId: string; severity: string; file: string | null; line: number | null; message: string; object: { name: string | null } | null }>;
}

async function scan(...args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await runCli(['scan', '.', '--target', '1.30', '--format', 'json', ...args], root);
  return { code: r.code, report: r.stdout ? (JSON.parse(r.stdout) as Report) : ({} as Report), stderr: r.stderr };
}

const rows = (rep: Report) => rep.findings.map((f) => [f.ruleId, f.severity, f.file, f.line]);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kug-hostile-'));
  outside = mkdtempSync(join(tmpdir(), 'kug-outside-'));
  write('ok/keep.yaml', REMOVED); // the finding every case must leave intact
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const KEEP = ['removed-api', 'error', 'ok/keep.yaml', 1];

describe('hostile input', () => {
  it('invalid YAML in the middle of a multi-document file: one invalid-manifest, neighbours still checked', async () => {
    write('multi.yaml', `${REMOVED}---\napiVersion: v1\nkind: ConfigMap\ndata: {a: [1, 2}\n---\n${REMOVED.replace('keep-me', 'after')}`);
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(rows(report)).toEqual([
      ['removed-api', 'error', 'multi.yaml', 1],
      ['invalid-manifest', 'warning', 'multi.yaml', 8],
      ['removed-api', 'error', 'multi.yaml', 10],
      KEEP,
    ]);
  });

  it('a YAML alias bomb is refused as invalid-manifest, not expanded', async () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: lol}', 'data:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    write('bomb.yaml', lines.join('\n'));
    const { report } = await scan();
    expect(rows(report)).toEqual([['invalid-manifest', 'warning', 'bomb.yaml', 1], KEEP]);
    expect(report.findings[0]?.message).toMatch(/alias/i);
  });

  it('deeply nested structures are reported, not a stack overflow', async () => {
    write('deep.yaml', `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    const { report } = await scan();
    expect(rows(report)).toEqual([['invalid-manifest', 'warning', 'deep.yaml', 3], KEEP]);
    expect(report.findings[0]?.message).toMatch(/nested too deeply/);
  });

  it('a 50 MB file over the size limit is skipped with a notice', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'a: b\n');
    write('huge.yaml', big);
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(rows(report)).toEqual([['skipped-file', 'notice', 'huge.yaml', null], KEEP]);
    expect(report.findings[0]?.message).toMatch(/size limit/);
    const lower = await scan('--max-file-bytes', '10');
    expect(rows(lower.report)).toEqual([['skipped-file', 'notice', 'huge.yaml', null], ['skipped-file', 'notice', 'ok/keep.yaml', null], ['no-manifests', 'warning', null, null]].sort(sortRows));
  });

  it('binary, UTF-16 and non-UTF-8 files named .yaml are skipped with a warning', async () => {
    write('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    write('latin1.yaml', Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\xe9}\n', 'latin1'));
    write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('apiVersion: v1\n', 'utf16le')]));
    const { report } = await scan();
    expect(rows(report)).toEqual([
      ['skipped-file', 'warning', 'binary.yaml', null],
      ['skipped-file', 'warning', 'latin1.yaml', null],
      KEEP,
      ['skipped-file', 'warning', 'utf16.yaml', null],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/binary/), expect.stringMatching(/not valid UTF-8/), expect.any(String), expect.stringMatching(/UTF-16/),
    ]);
  });

  it('symbolic link loops and links out of the workspace are never followed', async () => {
    writeFileSync(join(outside, 'secret.yaml'), REMOVED.replace('keep-me', 'outside'));
    symlinkSync(outside, join(root, 'escape'));
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'escape.yaml'));
    symlinkSync(root, join(root, 'ok', 'loop'));
    const { report } = await scan();
    expect(rows(report)).toEqual([
      ['skipped-file', 'warning', 'escape', null],
      ['skipped-file', 'warning', 'escape.yaml', null],
      KEEP,
      ['skipped-file', 'notice', 'ok/loop', null],
    ]);
    expect(JSON.stringify(report)).not.toContain('outside"');
  });

  it('paths that point outside the workspace are refused (exit 2)', async () => {
    const r = await runCli(['scan', '../', '--root', root, '--target', '1.30'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/outside the workspace/);
  });

  it('duplicate keys are read as kubectl reads them (the last value wins) and reported at the repeat', async () => {
    write('dup.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nmetadata: {name: b}\n');
    const { report } = await scan();
    expect(rows(report)).toEqual([['invalid-manifest', 'warning', 'dup.yaml', 4], KEEP]);
    expect(report.findings[0]?.message).toBe('Document 1 has duplicate key "metadata" (line 4); Kubernetes keeps the last value');
  });

  it('custom tags are read as their plain values', async () => {
    write('tags.yaml', 'apiVersion: !!str extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: !vault secret/name\n');
    const { report } = await scan();
    expect(rows(report)).toEqual([KEEP, ['removed-api', 'error', 'tags.yaml', 1]]);
  });

  it('%YAML directives and ... document ends are understood', async () => {
    write('directives.yaml', `%YAML 1.2\n---\n${REMOVED}...\n%YAML 1.2\n---\n${REMOVED.replace('keep-me', 'second')}...\n`);
    const { report } = await scan();
    expect(rows(report)).toEqual([['removed-api', 'error', 'directives.yaml', 3], ['removed-api', 'error', 'directives.yaml', 10], KEEP]);
  });

  it('names with Markdown, HTML and @mentions are kept verbatim in JSON', async () => {
    write('names.yaml', REMOVED.replace('keep-me', '"<img src=x onerror=alert(1)> @admin | **x**"'));
    const { report } = await scan();
    expect(report.findings[0]?.object?.name).toBe('<img src=x onerror=alert(1)> @admin | **x**');
  });

  it('a directory with no Kubernetes documents is a visible warning', async () => {
    rmSync(join(root, 'ok'), { recursive: true });
    write('values.yaml', 'replicaCount: 1\n');
    write('broken-values.yaml', 'a: [\n');
    const { code, report } = await scan('--fail-on', 'warning');
    expect(code).toBe(1);
    expect(rows(report)).toEqual([['no-manifests', 'warning', null, null]]);
  });
});

describe('hostile charts', () => {
  const helm = (): string => layerBinaries('v35').helm;
  const chart = (dir: string, template: string): void => {
    write(`${dir}/Chart.yaml`, `apiVersion: v2\nname: ${dir.split('/').pop()}\nversion: 1.0.0\n`);
    write(`${dir}/templates/objects.yaml`, template);
  };

  it('a chart whose render hangs is stopped at the time limit and reported; the rest of the run is intact', async () => {
    chart('charts/spin', '{{- range $i := until 2000000000 }}{{- end }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: never\n');
    const started = Date.now();
    const { report } = await scan('--helm-path', helm(), '--render-timeout', '2');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(rows(report)).toEqual([['render-failed', 'warning', 'charts/spin/Chart.yaml', null], KEEP]);
    const failed = report.findings.find((f) => f.ruleId === 'render-failed');
    expect(failed?.message).toMatch(/time limit/);
    expect(report.findings.some((f) => f.file === 'ok/keep.yaml' && f.ruleId === 'removed-api')).toBe(true);
  });

  it('a chart that renders 10,000 documents has each one checked at the template line', async () => {
    chart('charts/many', '{{- range $i := until 10000 }}\n---\napiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: job-{{ $i }}\nspec:\n  schedule: "@daily"\n{{- end }}\n');
    const { code, report } = await scan('--helm-path', helm());
    expect(code).toBe(1);
    const rendered = report.findings.filter((f) => f.file === 'charts/many/templates/objects.yaml');
    expect(rendered).toHaveLength(10_000);
    expect(new Set(rendered.map((f) => f.line))).toEqual(new Set([3]));
    expect(new Set(rendered.map((f) => f.object?.name)).size).toBe(10_000);
    expect(report.summary.documents).toBe(10_001);
  });
});

describe('names that try to escape a report', () => {
  const NAME = '<img src=x onerror=alert(1)> @admin | **x** [link](http://e.x) \u001b[31m';
  it.each(['text', 'markdown', 'sarif'])('%s keeps them inert', async (format) => {
    write('names.yaml', REMOVED.replace('keep-me', JSON.stringify(`${NAME}\n::warning::injected`)));
    const r = await runCli(['scan', 'names.yaml', '--target', '1.30', '--format', format], root);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\n::warning::injected');
    expect(r.stdout).not.toContain('\u001b[31m');
    if (format === 'markdown') {
      expect(r.stdout).not.toContain('<img');
      expect(r.stdout).not.toMatch(/(^|[^\u200b])@admin/);
      expect(r.stdout).not.toContain('**x**');
    }
    if (format === 'sarif') {
      const text = JSON.parse(r.stdout).runs[0].results[0].message.text as string;
      expect(text).not.toContain('[link](');
    }
  });
});

function sortRows(a: unknown[], b: unknown[]): number {
  const ka = `${a[2] ?? ''}:${a[3] ?? 0}:${a[0]}`;
  const kb = `${b[2] ?? ''}:${b[3] ?? 0}:${b[0]}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
