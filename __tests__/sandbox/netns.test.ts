/**
 * Renderers in an empty network namespace: a renderer that connects straight to a local port (as Go's HTTP client
 * does for loopback addresses, whatever the proxy says) reaches nothing when the runner could make the namespace,
 * and the scan says which measures ran. Where the namespace cannot be made, programs still run, and that is said too.
 * Linux only (network namespaces), with util-linux's unshare at /usr/bin/unshare.
 */
import { chmodSync, existsSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger, ProcessOptions, ProcessResult, ProcessRunner } from '../../src/ports/index.js';
import { runScan } from '../../src/app/run.js';
import { resolveScanSettings } from '../../src/settings/scan.js';
import { loadApiCatalog } from '../../src/platform/catalogs.js';
import { nodeFileSystem, nodeTempFileSystem } from '../../src/platform/node-fs.js';
import { executableFinder, helperProcessRunner, networkNamespaceRunner, nodeProcessRunner } from '../../src/platform/node-process.js';
import { layerBinaries } from '../helpers/binaries.js';
import { makeSandbox, SECRET, startTrap, type Sandbox, type Trap } from './harness.js';
import { embeddedCatalogs } from '../../src/platform/catalogs.js';

const actionBundle = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.js');

const UNSHARE = '/usr/bin/unshare';
// The suite runs where its helm and kubectl run: the layer packages' Linux builds. So the network namespace tests run everywhere
// the suite does, and never skip themselves.
// util-linux's unshare is part of every Debian and Ubuntu system; without it they fail and say so.
beforeAll(() => {
  if (!existsSync(UNSHARE)) throw new Error(`${UNSHARE} (util-linux) is missing: the network namespace tests need it`);
});
const MISSING_UNSHARE = '/nonexistent/unshare';

let tools: string;
let trap: Trap;
beforeAll(async () => {
  tools = mkdtempSync(join(tmpdir(), 'kug-netns-tools-'));
  trap = await startTrap();
});
afterAll(async () => {
  await trap.close();
  rmSync(tools, { recursive: true, force: true });
});
beforeEach(() => {
  trap.requests.length = 0;
});

/** A program that connects straight to the trap (no proxy involved) and says what happened. */
function connectArgs(path: string): string[] {
  const script =
    `require('node:http').get(${JSON.stringify(`${trap.url}${path}`)}, (r) => { r.resume(); r.on('end', () => { console.log('reached'); }); })` +
    `.on('error', (e) => { console.log('no connection: ' + e.code); });`;
  return ['-e', script];
}

describe('a network namespace runner', () => {
  it.each([
    ['in a namespace, started from this process: a direct connection to a local port reaches nothing', () => networkNamespaceRunner(nodeProcessRunner, { unsharePath: UNSHARE }), false],
    ['in a namespace, started from the helper process: a direct connection to a local port reaches nothing', () => networkNamespaceRunner(helperProcessRunner({ nodePath: process.execPath, waitForHelper: true }), { unsharePath: UNSHARE }), false],
    ['without a namespace, the same connection reaches the port (the proxy setting does not stop it)', () => nodeProcessRunner, true],
  ] as const)('%s', async (_name, make, reaches) => {
    const runner: ProcessRunner = make();
    const r = await runner.run(process.execPath, connectArgs('/direct'), { env: {}, timeoutMs: 20_000 });
    expect(r.exitCode).toBe(0);
    if (reaches) {
      expect(r.stdout).toBe('reached\n');
      expect(trap.requests).toEqual(['GET /direct']);
    } else {
      expect(r.stdout).toMatch(/^no connection: (ENETUNREACH|ECONNREFUSED)\n$/);
      expect(trap.requests).toEqual([]);
      expect(runner.networkIsolation?.()).toEqual({ kind: 'namespace' });
    }
  });

  it('runs the program itself in the namespace, leading its process group, so a time limit still stops everything it started', async () => {
    const runner = networkNamespaceRunner(nodeProcessRunner, { unsharePath: UNSHARE });
    const own = readlinkSync('/proc/self/ns/net');
    const r = await runner.run('/bin/sh', ['-c', 'echo $$; /bin/readlink /proc/$$/ns/net; /bin/cat /proc/$$/stat'], { env: {} });
    const [pid, net, stat] = r.stdout.trim().split('\n');
    expect(net).toMatch(/^net:\[\d+\]$/);
    expect(net).not.toBe(own);
    // Fields after the command name: state, parent, process group. unshare did not fork: the program is the process
    // the runner started, and its group is the one a time limit kills.
    const [, , pgrp] = (stat as string).slice((stat as string).lastIndexOf(')') + 2).split(' ');
    expect(pgrp).toBe(pid);

    const marker = join(tools, `late-${Math.random().toString(36).slice(2)}`);
    const started = Date.now();
    const t = await runner.run('/bin/sh', ['-c', `(/bin/sleep 1; : > ${marker}) & /bin/sleep 5`], { env: {}, timeoutMs: 300 });
    expect(t.timedOut).toBe(true);
    expect(t.exitCode).toBeNull();
    expect(Date.now() - started).toBeLessThan(4000);
    await new Promise((res) => setTimeout(res, 1500));
    expect(existsSync(marker)).toBe(false);
  });

  it('finds out once per runner whether the namespace can be made', async () => {
    const calls: string[] = [];
    const counting: ProcessRunner = {
      run: (command: string, args: readonly string[], opts?: ProcessOptions): Promise<ProcessResult> => {
        calls.push([command, ...args].join(' '));
        return nodeProcessRunner.run(command, args, opts);
      },
    };
    const runner = networkNamespaceRunner(counting, { unsharePath: UNSHARE });
    expect(runner.networkIsolation?.()).toBeNull();
    await Promise.all([1, 2, 3].map((i) => runner.run('/bin/sh', ['-c', `echo ${i}`], { env: {} })));
    await runner.run('/bin/sh', ['-c', 'echo 4'], { env: {} });
    expect(calls.filter((c) => c === `${UNSHARE} -rn true`)).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith(`${UNSHARE} -rn -- /bin/sh`))).toHaveLength(4);
  });

  it('without unshare, runs programs as before and says why there was no namespace', async () => {
    const runner = networkNamespaceRunner(nodeProcessRunner, { unsharePath: MISSING_UNSHARE });
    const r = await runner.run(process.execPath, connectArgs('/fallback'), { env: {}, timeoutMs: 20_000 });
    expect(r.stdout).toBe('reached\n');
    expect(trap.requests).toEqual(['GET /fallback']);
    expect(runner.networkIsolation?.()).toEqual({ kind: 'proxy-only', reason: expect.stringMatching(/^\/nonexistent\/unshare -rn true failed: .*ENOENT/) });
  });
});

/** A helm stand-in: answers the version probe, and on a real render connects straight to the trap first. */
function fakeHelm(): string {
  const path = join(tools, 'helm');
  const probe = 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: probe\\ndata:\\n  helm: "v3.16.0"\\n  versions: "[]"\\n';
  const [, script] = connectArgs('/from-helm');
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      'case "$1" in version) echo v3.16.0; exit 0;; esac',
      `if [ "$2" = probe ]; then printf '${probe}'; exit 0; fi`,
      `${JSON.stringify(process.execPath)} -e ${shellQuote(script as string)} >&2`,
      "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: web\\n'",
    ].join('\n') + '\n',
  );
  chmodSync(path, 0o755);
  return path;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

describe('a scan whose renderer tries the network', () => {
  let sb: Sandbox;
  let helm: string;
  beforeAll(() => {
    helm = fakeHelm();
  });
  beforeEach(() => {
    sb = makeSandbox();
    sb.write('charts/web/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
    sb.write('charts/web/templates/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n');
    sb.write('manifests/cron.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n');
  });
  afterEach(() => {
    sb.assertOutsideUnchanged();
    sb.remove();
  });

  async function scan(unsharePath: string): Promise<{ info: string[]; warn: string[]; findings: Array<{ ruleId: string; file: string | null; line: number | null }>; text: string }> {
    const catalog = loadApiCatalog();
    const settings = resolveScanSettings({ root: sb.root, paths: ['.'], target: '1.30', failOn: 'never', helmPath: helm }, catalog, {
      target: 'target', current: 'current', failOn: 'fail-on', maxFileBytes: 'max-file-bytes', releaseName: 'release-name', namespace: 'namespace',
      values: 'values', renderTimeout: 'render-timeout', renderWorkers: 'render-workers', rendered: 'rendered', shard: 'shard',
    });
    const info: string[] = [];
    const warn: string[] = [];
    const logger: Logger = { info: (m) => info.push(m), warn: (m) => warn.push(m) };
    const result = await runScan(settings, {
      fs: nodeFileSystem, catalogs: { ...embeddedCatalogs(), api: catalog }, tool: { name: 't', version: '0' }, logger,
      render: {
        process: networkNamespaceRunner(nodeProcessRunner, { unsharePath }),
        temp: nodeTempFileSystem,
        findExecutable: executableFinder('', sb.root),
        workers: 1,
        now: () => 0,
      },
    });
    const findings = result.findings.map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line }));
    return { info, warn, findings, text: JSON.stringify(result) + info.join('\n') + warn.join('\n') };
  }

  it('in a namespace: the trap gets nothing, the chart still renders, and the log says a namespace was used', async () => {
    const r = await scan(UNSHARE);
    expect(trap.requests).toEqual([]);
    expect(r.info).toContain('Renderers ran without network: network namespace (no network devices) and dead proxy.');
    expect(r.info.some((l) => /^Rendered 1 Helm chart\(s\) with helm v3\.16\.0/.test(l))).toBe(true);
    expect(r.findings).toContainEqual({ ruleId: 'removed-api', file: 'manifests/cron.yaml', line: 1 });
    expect(r.findings.filter((f) => f.ruleId === 'render-failed')).toEqual([]);
    expect(r.text).not.toContain(SECRET);
  });

  it('where the namespace cannot be made: the chart still renders, and the log says only the proxy was there', async () => {
    const r = await scan(MISSING_UNSHARE);
    // Without the namespace the stand-in really connects: this is what the namespace prevents.
    expect(trap.requests).toEqual(['GET /from-helm']);
    expect(r.info.find((l) => l.startsWith('Renderers ran without network:'))).toMatch(
      /^Renderers ran without network: proxy only \(no network namespace: \/nonexistent\/unshare -rn true failed: .*ENOENT.*\)\.$/,
    );
    expect(r.warn).toEqual([]);
    expect(r.findings).toContainEqual({ ruleId: 'removed-api', file: 'manifests/cron.yaml', line: 1 });
    expect(r.findings.filter((f) => f.ruleId === 'render-failed')).toEqual([]);
    expect(r.text).not.toContain(SECRET);
  });
});

describe('the action bundle with real helm (build with npm run build first)', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = makeSandbox();
    sb.write('charts/jobs/Chart.yaml', 'apiVersion: v2\nname: jobs\nversion: 1.0.0\n');
    sb.write('charts/jobs/templates/cron.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: {{ .Release.Name }}\n');
    sb.write('manifests/cron.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n');
  });
  afterEach(() => {
    sb.assertOutsideUnchanged();
    sb.remove();
  });

  it('renders in a network namespace and says so in the log', () => {
    expect(existsSync(actionBundle)).toBe(true);
    const runnerTemp = mkdtempSync(join(tools, 'runner-temp-'));
    const proc = spawnSync(process.execPath, [actionBundle], {
      cwd: sb.root,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env['PATH'] ?? '',
        GITHUB_WORKSPACE: sb.root,
        RUNNER_TEMP: runnerTemp,
        INPUT_PATHS: '.',
        'INPUT_TARGET-VERSION': '1.30',
        'INPUT_FAIL-ON': 'error',
        'INPUT_HELM-PATH': layerBinaries('v35').helm,
      },
    });
    expect(proc.status).toBe(1);
    expect(proc.stdout).toContain('Renderers ran without network: network namespace (no network devices) and dead proxy.');
    expect(proc.stdout).toMatch(/^::error title=Removed API%3A CronJob batch\/v1beta1,file=charts\/jobs\/templates\/cron\.yaml,line=1,col=1::/m);
    expect(proc.stdout).toMatch(/^::error title=Removed API%3A CronJob batch\/v1beta1,file=manifests\/cron\.yaml,line=1,col=1::/m);
    expect(proc.stdout + proc.stderr).not.toContain(SECRET);
    expect(proc.stdout).not.toMatch(/render-failed/);
  });
});
