/**
 * Bad input and bad environments on the command line: each ends in a finding or in a usage error (exit 2, one line,
 * no stack), never a crash; the report is written whole or not at all; nothing the repository names prints a
 * workflow command in the text report; the configuration file is read only through the workspace box.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileScanPool } from '../../src/ports/index.js';
import type { Finding } from '../../src/findings/types.js';
import { nodeReportFileOps, writeReportFile, type ReportFileOps } from '../../src/platform/output.js';
import { renderJson, renderJsonChunks } from '../../src/reporters/json.js';
import { renderSarif, renderSarifChunks } from '../../src/reporters/sarif.js';
import { layerBinaries } from '../helpers/binaries.js';
import { runCli } from '../helpers/cli.js';
import { makeSandbox, SECRET, type Sandbox } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CRONJOB = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n';

let sb: Sandbox;
beforeEach(() => {
  sb = makeSandbox();
  sb.write('deploy/cron.yaml', CRONJOB);
});
afterEach(() => sb.remove());

/** One line on standard error, no stack, naming what went wrong. */
function expectOneLine(stderr: string, message: RegExp): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
  expect(stderr.trimEnd()).toMatch(message);
  expect(stderr).not.toContain(SECRET);
}

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** Report file operations that fail with `code` at `step`; everything else is the real file system. */
function failing(step: 'open' | 'write' | 'rename', code: string, afterWrites = 0): ReportFileOps {
  let writes = 0;
  return {
    ...nodeReportFileOps,
    open: (p, exclusive) => {
      if (step === 'open') throw errno(code);
      return nodeReportFileOps.open(p, exclusive);
    },
    write: (fd, text) => {
      if (step === 'write' && writes++ >= afterWrites) throw errno(code);
      nodeReportFileOps.write(fd, text);
    },
    rename: (from, to) => {
      if (step === 'rename') throw errno(code);
      nodeReportFileOps.rename(from, to);
    },
  };
}

describe('paths that are not there', () => {
  it.each([
    [['scan', '/nonexistent-kug-path'], /^kube-upgrade-gate: path "\/nonexistent-kug-path" does not exist$/m],
    [['scan', 'deploy', 'missing'], /^kube-upgrade-gate: path "missing" does not exist$/m],
    [['scan', '.', '--root', 'no-such-root'], /^kube-upgrade-gate: --root "no-such-root" is not a directory$/m],
    [['scan', '.', '--root', 'deploy/cron.yaml'], /^kube-upgrade-gate: --root "deploy\/cron\.yaml" is not a directory$/m],
  ])('%j exits 2 with one line', async (argv, message) => {
    const r = await runCli([...argv, '--target', '1.25'], sb.root);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, message);
    expect(r.stdout).toBe('');
    sb.assertOutsideUnchanged();
  });

  it('scans one file outside the working directory from its own directory', async () => {
    const r = await runCli(['scan', join(sb.root, 'deploy', 'cron.yaml'), '--target', '1.25', '--format', 'json'], sb.outside);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: Finding) => [f.ruleId, f.file, f.line])).toEqual([['removed-api', 'cron.yaml', 1]]);
    sb.assertOutsideUnchanged();
  });
});

describe('--output', () => {
  it.each([
    ['a missing directory', (s: Sandbox) => join(s.root, 'no', 'such', 'dir', 'report.json'), /the directory does not exist \(ENOENT\)/],
    ['a path under a file', (s: Sandbox) => join(s.root, 'deploy', 'cron.yaml', 'report.json'), /a part of the path is not a directory \(ENOTDIR\)/],
    ['a full device', () => '/dev/full', /no space left on device \(ENOSPC\)/],
  ])('into %s exits 2 with one line naming the path', async (_what, where, reason) => {
    const out = where(sb);
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--output', out], sb.root, { writeFile: (p, t) => writeReportFile(p, t) });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, new RegExp(`^kube-upgrade-gate: cannot write the report to ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    expect(r.stderr).toMatch(reason);
    expect(r.stdout).toBe('');
    sb.assertOutsideUnchanged();
  });

  it.each([
    ['a read-only directory', failing('open', 'EACCES'), /permission denied \(EACCES\)/],
    ['a read-only file system', failing('open', 'EROFS'), /read-only file system \(EROFS\)/],
    ['a disk that fills up half-way', failing('write', 'ENOSPC', 1), /no space left on device \(ENOSPC\)/],
    ['a rename that fails', failing('rename', 'EXDEV'), /EXDEV/],
  ])('into %s exits 2, keeps the earlier report and leaves no partial or empty file', async (_what, ops, reason) => {
    const out = join(sb.root, 'reports', 'report.json');
    sb.write('reports/report.json', 'EARLIER REPORT\n');
    // Enough findings for several chunks, so a failure can come after some were written.
    sb.write('deploy/many.yaml', Array.from({ length: 3000 }, (_, i) => CRONJOB.replace('nightly', `job-${i}-${'x'.repeat(300)}`)).join('---\n'));
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--output', out], sb.root, { writeFile: (p, t) => writeReportFile(p, t, ops) });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, new RegExp(`^kube-upgrade-gate: cannot write the report to ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    expect(r.stderr).toMatch(reason);
    expect(readdirSync(join(sb.root, 'reports'))).toEqual(['report.json']);
    expect(readFileSync(out, 'utf8')).toBe('EARLIER REPORT\n');
    sb.assertOutsideUnchanged();
  });

  it('replaces the report whole, and replaces a link at the report path instead of writing through it', async () => {
    const out = join(sb.root, 'report.json');
    symlinkSync(join(sb.outside, 'secret.txt'), out);
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--output', out], sb.root, { writeFile: (p, t) => writeReportFile(p, t) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    // The link itself was scanned (and skipped: it leads outside); the report took its place.
    expect(JSON.parse(readFileSync(out, 'utf8')).findings.map((f: Finding) => [f.ruleId, f.file, f.line])).toEqual([
      ['removed-api', 'deploy/cron.yaml', 1],
      ['skipped-file', 'report.json', null],
    ]);
    expect(readdirSync(sb.root).sort()).toEqual(['deploy', 'report.json']);
    sb.assertOutsideUnchanged();
  });
});

describe('standard output', () => {
  const closed = (code: string) => async (): Promise<void> => Promise.reject(errno(code));

  it('ends quietly when the reader closes the pipe, with the exit code the findings give', async () => {
    for (const [args, code] of [[[], 1], [['--fail-on', 'never'], 0]] as const) {
      const r = await runCli(['scan', '.', '--target', '1.25', ...args], sb.root, { stdout: closed('EPIPE') });
      expect([r.code, r.stderr]).toEqual([code, '']);
    }
  });

  it('exits 2 with one line when standard output is a full disk', async () => {
    const r = await runCli(['scan', '.', '--target', '1.25'], sb.root, { stdout: closed('ENOSPC') });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^kube-upgrade-gate: cannot write the report to standard output: no space left on device \(ENOSPC\)$/m);
  });

  describe('of the shipped entry point', () => {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
    const entry = join(repo, 'src', 'cli', 'index.ts');
    const run = (args: string[], stdout: 'pipe' | number, closeEarly: boolean): Promise<{ code: number | null; stderr: string; read: number }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', tsx, entry, ...args], { cwd: sb.root, stdio: ['ignore', stdout, 'pipe'] });
        let stderr = '';
        let read = 0;
        child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
        child.stdout?.on('data', (b: Buffer) => {
          read += b.length;
          if (closeEarly) child.stdout!.destroy();
        });
        child.on('close', (code) => resolve({ code, stderr, read }));
      });

    it('ends quietly on a closed pipe (… | head -c 10) with the findings exit code', async () => {
      sb.write('deploy/many.yaml', Array.from({ length: 2000 }, (_, i) => CRONJOB.replace('nightly', `job-${i}`)).join('---\n'));
      const r = await run(['scan', '.', '--target', '1.25'], 'pipe', true);
      expect(r.read).toBeLessThan(1_000_000);
      expect([r.code, r.stderr]).toEqual([1, '']);
    });

    it('exits 2 with one line when standard output is /dev/full', async () => {
      const fd = openSync('/dev/full', 'w');
      try {
        const r = await run(['scan', '.', '--target', '1.25'], fd, false);
        expect(r.code).toBe(2);
        expectOneLine(r.stderr, /^kube-upgrade-gate: cannot write the report to standard output: no space left on device \(ENOSPC\)$/m);
      } finally {
        closeSync(fd);
      }
    });
  });
});

/** A scan pool that answers every batch with `findings` (what workers of a huge repository would send back). */
function poolAnswering(findings: () => Finding[]): { cpus: number; minBytes: number; create(): FileScanPool } {
  return {
    cpus: 2,
    minBytes: 0,
    create: () => ({ minBytes: 0, lanes: 1, scan: async () => ({ findings: findings(), documents: 1 }), close: async () => {} }),
  };
}

function finding(i: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'removed-api', severity: 'error', message: `CronJob "job-${i}" uses batch/v1beta1`, file: 'deploy/cron.yaml', line: i + 1, column: 1,
    object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: `job-${i}`, namespace: null }, data: {}, ...extra,
  };
}

/** Standard output that only counts: the report is far larger than a test should hold. */
function counter(): { stdout: (t: string) => void; chars: () => number; head: () => string; tail: () => string; count: (s: string) => number } {
  let chars = 0;
  let head = '';
  let tail = '';
  const counts = new Map<string, number>();
  const watched = ['"ruleId": "removed-api"'];
  return {
    stdout: (t) => {
      chars += t.length;
      if (head.length < 200) head += t.slice(0, 200);
      tail = (tail + t.slice(-200)).slice(-200);
      for (const w of watched) counts.set(w, (counts.get(w) ?? 0) + (t.split(w).length - 1));
    },
    chars: () => chars,
    head: () => head,
    tail: () => tail,
    count: (s) => counts.get(s) ?? 0,
  };
}

describe('very large results', () => {
  it('takes 150,000 findings from one worker batch', async () => {
    const out = counter();
    const many = Array.from({ length: 150_000 }, (_, i) => finding(i));
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--scan-workers', '1'], sb.root, { scanPool: poolAnswering(() => many), stdout: out.stdout });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(out.count('"ruleId": "removed-api"')).toBe(150_000);
  });

  it('writes a JSON report longer than the longest string in chunks', async () => {
    const out = counter();
    // Each finding carries 1 MiB of data: 540 of them are a report longer than a string may be (2^29 - 24 characters).
    const blob = 'x'.repeat(1 << 20);
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--scan-workers', '1'], sb.root, {
      scanPool: poolAnswering(() => Array.from({ length: 540 }, (_, i) => finding(i, { data: { blob } }))),
      stdout: out.stdout,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(out.chars()).toBeGreaterThan(2 ** 29);
    expect(out.count('"ruleId": "removed-api"')).toBe(540);
    expect(out.head()).toMatch(/^\{\n {2}"schemaVersion": 1,/);
    expect(out.tail()).toMatch(/\n {2}"clusters": \[\]\n\}\n$/);
  });

  it('writes the JSON and SARIF reports as chunks that join to the same text', () => {
    const result = {
      schemaVersion: 1 as const, tool: { name: 'kube-upgrade-gate', version: '0.0.0-test' }, catalog: { version: 'c', newestRelease: '1.35' },
      target: '1.25', current: null, summary: { files: 1, documents: 3, errors: 3, warnings: 0, notices: 0 },
      findings: [finding(0), finding(1, { file: null, line: null, column: null, object: null, data: { nested: { a: [1, { b: null }] } } }), finding(2)],
      clusters: [],
    };
    const json = [...renderJsonChunks(result)];
    expect(json.join('')).toBe(`${JSON.stringify(JSON.parse(renderJson(result)), null, 2)}\n`);
    expect(JSON.parse(json.join(''))).toEqual(JSON.parse(renderJson(result)));
    expect(JSON.parse([...renderSarifChunks(result)].join(''))).toEqual(JSON.parse(renderSarif(result)));
  });
});

describe('numeric options out of range', () => {
  it.each([
    [['--render-timeout', '3000000'], /^kube-upgrade-gate: --render-timeout "3000000" is not valid; expected a number of seconds greater than 0 and at most 86400$/],
    [['--render-timeout', '0'], /--render-timeout "0" is not valid; expected a number of seconds greater than 0 and at most 86400/],
    [['--render-workers', '65'], /^kube-upgrade-gate: --render-workers "65" is not valid; expected a whole number from 1 to 64$/],
    [['--render-workers', '100000'], /--render-workers "100000" is not valid; expected a whole number from 1 to 64/],
    [['--max-file-bytes', '1099511627776'], /^kube-upgrade-gate: --max-file-bytes "1099511627776" is not valid; expected a whole number of bytes from 1 to 268435456 \(256 MiB\)$/],
    [['--max-file-bytes', '0'], /--max-file-bytes "0" is not valid; expected a whole number of bytes from 1 to 268435456/],
    [['--scan-workers', '65'], /^kube-upgrade-gate: --scan-workers "65" is not valid; expected a whole number from 0 to 64$/],
    [['--eol-warning-days', '3651'], /^kube-upgrade-gate: --eol-warning-days "3651" is not valid; expected a whole number of days from 0 to 3650$/],
    [['--shard', '1/1001'], /^kube-upgrade-gate: --shard "1\/1001" is not valid; expected I\/N with 1 ≤ I ≤ N ≤ 1000, e\.g\. 2\/4$/],
  ])('%j exits 2 with one line naming the range', async (args, message) => {
    const r = await runCli(['scan', '.', '--target', '1.25', ...args], sb.root);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, message);
    expect(r.stdout).toBe('');
  });
});

describe('the text report', () => {
  it('never starts a line with a name from the repository, and holds no workflow command', async () => {
    sb.write('::error::pwned.yaml', CRONJOB);
    sb.write('k8s/##[set-output name=x]y.yaml', CRONJOB);
    const r = await runCli(['scan', '.', '--target', '1.25'], sb.root);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(r.stdout).not.toContain('##[');
    expect(lines).toContain('file: ::error::pwned.yaml');
    expect(lines).toContain('file: k8s/##\\x5bset-output name=x]y.yaml');
    expect(lines).toContain('file: deploy/cron.yaml');
    sb.assertOutsideUnchanged();
  });

  it('keeps the JSON report free of workflow commands without changing its value', async () => {
    sb.write('k8s/##[set-output name=x]y.yaml', CRONJOB);
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json'], sb.root);
    expect(r.stdout).not.toContain('##[');
    expect(JSON.parse(r.stdout).findings.map((f: Finding) => f.file)).toEqual(['deploy/cron.yaml', 'k8s/##[set-output name=x]y.yaml']);
  });
});

describe('the render progress line on a terminal', () => {
  it('shows a chart name with an escape sequence escaped', async () => {
    sb.write('charts/0\u001b[2Jb/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
    sb.write('charts/0\u001b[2Jb/templates/cron.yaml', CRONJOB);
    for (const name of ['p1', 'p2']) sb.write(`charts/${name}/Chart.yaml`, `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`);
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--helm-path', layerBinaries('v35').helm, '--render-workers', '1'], sb.root, { stderrIsTTY: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rendered 1/3: ');
    expect(r.stderr).not.toContain('\u001b[2J');
    expect(r.stderr).toContain('\\x1b[2J');
    const found = JSON.parse(r.stdout).findings.map((f: Finding) => [f.ruleId, f.file]);
    expect(found).toContainEqual(['removed-api', 'deploy/cron.yaml']);
    sb.assertOutsideUnchanged();
  });
});

describe('the configuration file', () => {
  const CONFIG = '.github/kube-upgrade-gate.yaml';

  it.each([
    ['a link to a file outside the workspace', (s: Sandbox) => symlinkSync(join(s.outside, 'secret.yaml'), join(s.root, CONFIG)), 'leads outside the workspace (not read)'],
    ['a link to a text file outside the workspace', (s: Sandbox) => symlinkSync(join(s.outside, 'secret.txt'), join(s.root, CONFIG)), 'leads outside the workspace (not read)'],
    ['a dangling link', (s: Sandbox) => symlinkSync(join(s.root, 'nowhere.yaml'), join(s.root, CONFIG)), 'does not exist or cannot be resolved'],
    ['a FIFO', (s: Sandbox) => execFileSync('mkfifo', [join(s.root, CONFIG)]), 'is not a regular file'],
    ['a directory', (s: Sandbox) => mkdirSync(join(s.root, CONFIG)), 'is a directory, not a file'],
  ])('at the default place, %s, is a usage error naming the path and quoting nothing', async (_what, plant, reason) => {
    mkdirSync(join(sb.root, '.github'));
    plant(sb);
    const r = await runCli(['scan', '.', '--target', '1.25'], sb.root);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, new RegExp(`^kube-upgrade-gate: configuration file \\.github/kube-upgrade-gate\\.yaml ${reason.replace(/[()]/g, '\\$&')}`));
    expect(r.stdout).not.toContain(SECRET);
    sb.assertOutsideUnchanged();
  });

  it('named with --config inside the workspace, a link outside is refused the same way', async () => {
    symlinkSync(join(sb.outside, 'secret.yaml'), join(sb.root, 'clusters.yaml'));
    const r = await runCli(['scan', '.', '--target', '1.25', '--config', 'clusters.yaml'], sb.root);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^kube-upgrade-gate: --config: configuration file clusters\.yaml leads outside the workspace \(not read\)$/);
    sb.assertOutsideUnchanged();
  });

  it('an error quoting values from it prints no workflow command on standard error', async () => {
    sb.write(CONFIG, 'clusters:\n  - name: "##[set-output name=x]y"\n    version: "1.30.1\\n::error::x"\n');
    const r = await runCli(['scan', '.', '--target', '1.25'], sb.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('got "##\\x5bset-output name=x]y"');
    expect(r.stderr).not.toContain('##[');
    expect(r.stderr.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
  });

  it('a regular file at the default place is still read, and the scan still reports', async () => {
    sb.write(CONFIG, 'clusters:\n  - name: prod\n    version: 1.24.3\n');
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--as-of', '2026-01-01'], sb.root);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.clusters.map((c: { name: string }) => c.name)).toEqual(['prod']);
    expect(report.findings.some((f: Finding) => f.ruleId === 'removed-api' && f.file === 'deploy/cron.yaml' && f.line === 1)).toBe(true);
    expect(existsSync(join(sb.root, CONFIG))).toBe(true);
  });
});
