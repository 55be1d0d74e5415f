/**
 * The CLI bundle (dist/cli/index.js, run with plain node) reads what kubectl and Helm read: a stream of JSON objects
 * is one document per object, and a duplicated key keeps its last value (reported, not hiding the object).
 * Build with `npm run build` before running this file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layerBinaries } from '../helpers/binaries.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = join(repo, 'dist', 'cli', 'index.js');

interface Report {
  summary: { documents: number };
  findings: Array<{ ruleId: string; severity: string; file: string | null; line: number | null; message: string; object: { apiVersion: string; name: string | null } | null }>;
}

let root: string;
beforeAll(() => {
  if (!existsSync(bundle)) throw new Error('dist/cli/index.js is missing: run npm run build first');
});
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kug-read-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, content: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), content);
}

async function scan(...args: string[]): Promise<{ code: number | null; report: Report; stderr: string }> {
  const { helm } = await layerBinaries('v35');
  const p = spawnSync(process.execPath, [bundle, 'scan', '.', '--target', '1.25', '--format', 'json', '--helm-path', helm, ...args], { cwd: root, encoding: 'utf8' });
  return { code: p.status, report: JSON.parse(p.stdout) as Report, stderr: p.stderr };
}

const rows = (r: Report) => r.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.object?.name ?? null]);
const cron = (name: string) => `{"apiVersion":"batch/v1beta1","kind":"CronJob","metadata":{"name":"${name}"}}`;
const pdb = (name: string) => `{"apiVersion":"policy/v1beta1","kind":"PodDisruptionBudget","metadata":{"name":"${name}"}}`;

describe('JSON streams through the CLI bundle', () => {
  it.each([
    ['back to back', `${cron('a')}${pdb('b')}`, [1, 1]],
    ['one per line', `${cron('a')}\n${pdb('b')}\n`, [1, 2]],
    ['pretty-printed, separated by a blank line', `${JSON.stringify(JSON.parse(cron('a')), null, 2)}\n\n${JSON.stringify(JSON.parse(pdb('b')), null, 2)}\n`, [2, 10]],
  ])('%s: every object is checked at its own line, exit 1', async (_name, text, [lineA, lineB]) => {
    write('stream.json', text);
    const { code, report } = await scan();
    expect(rows(report)).toEqual([
      ['removed-api', 'error', 'stream.json', lineA, 'a'],
      ['removed-api', 'error', 'stream.json', lineB, 'b'],
    ]);
    expect(report.summary.documents).toBe(2);
    expect(code).toBe(1);
  });
});

describe('duplicate keys through the CLI bundle', () => {
  it('a manifest: the removed API is still found, and the repeat is a warning at its line', async () => {
    write('dup.yaml', 'apiVersion: v1\nkind: CronJob\napiVersion: batch/v1beta1\nmetadata:\n  name: a\n  name: b\n');
    const { code, report } = await scan();
    expect(rows(report)).toEqual([
      ['invalid-manifest', 'warning', 'dup.yaml', 3, null],
      ['removed-api', 'error', 'dup.yaml', 3, 'b'],
      ['invalid-manifest', 'warning', 'dup.yaml', 6, null],
    ]);
    expect(report.findings[0]?.message).toBe('Document 1 has duplicate key "apiVersion" (line 3); Kubernetes keeps the last value');
    expect(report.findings[2]?.message).toBe('Document 1 has duplicate key "name" (line 6); Kubernetes keeps the last value');
    expect(code).toBe(1);
  });

  it('a Chart.yaml: the chart renders as Helm renders it, and the repeat is a warning at its line', async () => {
    write('chart/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 0.1.0\nversion: 0.2.0\n');
    write('chart/templates/job.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: job-{{ .Chart.Version }}\n');
    const { code, report } = await scan();
    expect(rows(report)).toEqual([
      ['invalid-manifest', 'warning', 'chart/Chart.yaml', 4, null],
      ['removed-api', 'error', 'chart/templates/job.yaml', 1, 'job-0.2.0'],
    ]);
    expect(report.findings[0]?.message).toBe('Document 1 has duplicate key "version" (line 4); Helm keeps the last value');
    expect(code).toBe(1);
  });
});
