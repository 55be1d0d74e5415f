/**
 * Stopped by a signal, the CLI and the action leave nothing behind: no renderer process (helm runs in a process
 * group of its own, sometimes started from the helper process), no temporary directory, and they exit at once with
 * 128 + the signal's number. The bundles run as their users run them (build with `npm run build` first), with a
 * helm stand-in that hangs, a private TMPDIR, and the signal sent once the render is running. POSIX only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { helperProcessRunner, nodeProcessRunner, stopAllPrograms } from '../../src/platform/node-process.js';
import { removeAllTempDirs, trackedTempFileSystem } from '../../src/platform/node-fs.js';
import { makeSandbox, SECRET, type Sandbox } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cliBundle = join(repo, 'dist', 'cli', 'index.js');
const actionBundle = join(repo, 'dist', 'index.js');
// The suite runs where its helm and kubectl run: the layer packages' Linux builds. So these tests run everywhere
// the suite does, and never skip themselves.

/** Processes alive (not zombies) in a process group, from /proc. */
function groupMembers(pgid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command name: state, parent, process group.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') out.push(Number(name));
  }
  return out;
}

/** Whether a process is still running (a zombie is not). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

async function waitFor<T>(what: string, get: () => T | null, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== null) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((res) => setTimeout(res, 25));
  }
}

interface Run {
  dir: string;
  tmp: string;
  markers: string;
  sb: Sandbox;
}

/**
 * A helm stand-in that answers the version probe and hangs in every real render, after writing
 * `<markers>/render.<pid>` with its pid and parent and starting a second process in its group. With `firstQuick`,
 * the first real render of the run finishes after two seconds instead (by then the helper process is ready, so the
 * renders after it start there).
 */
function fakeHelm(dir: string, markers: string, firstQuick: boolean): string {
  const path = join(dir, 'helm');
  const probe = 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: probe\\ndata:\\n  helm: "v3.16.0"\\n  versions: "[]"\\n';
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      'case "$1" in version) echo v3.16.0; exit 0;; esac',
      `if [ "$2" = probe ]; then printf '${probe}'; exit 0; fi`,
      ...(firstQuick ? [`if /bin/mkdir ${markers}/first 2>/dev/null; then /bin/sleep 2; printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: a\\n'; exit 0; fi`] : []),
      '/bin/sleep 300 &',
      // A shell builtin: no third process in the group while the marker is read.
      `echo "$$ $PPID" > ${markers}/render.$$`,
      'exec /bin/sleep 300',
    ].join('\n') + '\n',
  );
  chmodSync(path, 0o755);
  return path;
}

function prepare(charts: string[]): Run {
  const dir = mkdtempSync(join(tmpdir(), 'kug-signals-'));
  const tmp = join(dir, 'tmp');
  const markers = join(dir, 'markers');
  mkdirSync(tmp);
  mkdirSync(markers);
  const sb = makeSandbox();
  for (const c of charts) {
    sb.write(`charts/${c}/Chart.yaml`, `apiVersion: v2\nname: ${c}\nversion: 1.0.0\n`);
    sb.write(`charts/${c}/templates/cm.yaml`, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${c}\n`);
  }
  sb.write('manifests/cron.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n');
  return { dir, tmp, markers, sb };
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the signal to the exit. */
  afterSignal: number;
}

/** Starts a bundle; `ended` resolves when it exits. */
function start(bundle: string, args: string[], env: Record<string, string>, cwd: string): { child: ChildProcess; ended: (signalledAt: () => number) => Promise<Ended> } {
  const child = spawn(process.execPath, [bundle, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr?.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return {
    child,
    ended: async (signalledAt) => {
      const e = await exit;
      return { code: e.code, signal: e.signal, stdout, stderr, afterSignal: e.at - signalledAt() };
    },
  };
}

/** The renders running now: pid and parent of each, from the stand-in's markers (those completely written). */
function renders(markers: string): Array<{ pid: number; parent: number }> {
  return readdirSync(markers)
    .filter((n) => n.startsWith('render.'))
    .flatMap((n) => {
      const m = /^(\d+) (\d+)\n$/.exec(readFileSync(join(markers, n), 'utf8'));
      return m ? [{ pid: Number(m[1]), parent: Number(m[2]) }] : [];
    });
}

type Bundle = 'cli' | 'action';

function launch(kind: Bundle, run: Run, helm: string, extra: { workers?: number } = {}) {
  const base = { PATH: process.env['PATH'] ?? '', TMPDIR: run.tmp };
  if (kind === 'cli') {
    const args = ['scan', '.', '--target', '1.30', '--helm-path', helm, '--format', 'json', ...(extra.workers ? ['--render-workers', String(extra.workers)] : [])];
    return start(cliBundle, args, base, run.sb.root);
  }
  const runnerTemp = join(run.dir, 'runner-temp');
  mkdirSync(runnerTemp);
  const env: Record<string, string> = {
    ...base,
    GITHUB_WORKSPACE: run.sb.root,
    RUNNER_TEMP: runnerTemp,
    'INPUT_TARGET-VERSION': '1.30',
    'INPUT_HELM-PATH': helm,
    INPUT_PATHS: '.',
    ...(extra.workers ? { 'INPUT_RENDER-WORKERS': String(extra.workers) } : {}),
  };
  return start(actionBundle, [], env, run.sb.root);
}

describe('stopped by a signal', () => {
  beforeAll(() => {
    for (const file of [cliBundle, actionBundle]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  });

  let run: Run;
  afterEach(() => {
    run.sb.assertOutsideUnchanged();
    run.sb.remove();
    rmSync(run.dir, { recursive: true, force: true });
  });

  it.each([
    ['cli', 'SIGTERM', 143],
    ['cli', 'SIGINT', 130],
    ['cli', 'SIGHUP', 129],
    ['action', 'SIGTERM', 143],
    ['action', 'SIGINT', 130],
  ] as const)('the %s on %s while helm renders: exits with %i, no renderer process and no temporary directory left', async (kind, signal, code) => {
    run = prepare(['web']);
    const helm = fakeHelm(run.dir, run.markers, false);
    const { child, ended } = launch(kind, run, helm);
    const [render] = await waitFor('the render to start', () => {
      const r = renders(run.markers);
      return r.length > 0 ? r : null;
    });
    const { pid } = render as { pid: number };
    // The render's group holds the stand-in (now sleep) and the process it started.
    expect(groupMembers(pid).length).toBe(2);
    expect(readdirSync(run.tmp).filter((n) => n.startsWith('kug-')).length).toBeGreaterThan(0);
    const signalledAt = Date.now();
    child.kill(signal);
    const e = await ended(() => signalledAt);
    expect({ code: e.code, signal: e.signal }).toEqual({ code, signal: null });
    expect(e.afterSignal).toBeLessThan(5000);
    expect(e.stderr).toContain(`kube-upgrade-gate: stopped by ${signal}`);
    expect(groupMembers(pid)).toEqual([]);
    expect(readdirSync(run.tmp)).toEqual([]);
    expect(e.stdout + e.stderr).not.toContain(SECRET);
    // Nothing was reported: a stopped scan does not pass for a finished one.
    expect(e.stdout).not.toContain('"ruleId"');
    expect(readdirSync(run.sb.root).sort()).toEqual(['charts', 'manifests']);
  });

  it.each(['cli', 'action'] as const)('the %s on SIGTERM stops the renders the helper process started, and the helper', async (kind) => {
    run = prepare(['a', 'b']);
    const helm = fakeHelm(run.dir, run.markers, true);
    const { child, ended } = launch(kind, run, helm, { workers: 1 });
    const [render] = await waitFor('the second render to start', () => {
      const r = renders(run.markers);
      return r.length > 0 ? r : null;
    });
    const { pid, parent } = render as { pid: number; parent: number };
    // Started by the helper process, not by the bundle itself.
    expect(parent).not.toBe(child.pid);
    expect(running(parent)).toBe(true);
    expect(groupMembers(pid).length).toBe(2);
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const e = await ended(() => signalledAt);
    expect(e.code).toBe(143);
    expect(e.afterSignal).toBeLessThan(5000);
    expect(groupMembers(pid)).toEqual([]);
    expect(running(parent)).toBe(false);
    expect(readdirSync(run.tmp)).toEqual([]);
    expect(e.stdout + e.stderr).not.toContain(SECRET);
  });
});

describe('stopping in-process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kug-stop-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('kills every program of every runner with its group, the helper too, removes the temporary directories, and starts nothing after', async () => {
    const helper = helperProcessRunner({ nodePath: process.execPath, waitForHelper: true });
    const pids = join(dir, 'pids');
    mkdirSync(pids);
    const hang = (name: string) => `/bin/sleep 300 & echo "$$ $PPID" > ${pids}/${name}; wait`;
    let settled = 0;
    void nodeProcessRunner.run('/bin/sh', ['-c', hang('direct')]).then(() => settled++);
    void helper.run('/bin/sh', ['-c', hang('helper')]).then(() => settled++);
    const started = await waitFor('both programs', () => {
      const found = readdirSync(pids).flatMap((n) => {
        const m = /^(\d+) (\d+)\n$/.exec(readFileSync(join(pids, n), 'utf8'));
        return m ? [[n, [Number(m[1]), Number(m[2])]] as [string, number[]]] : [];
      });
      return found.length === 2 ? Object.fromEntries(found) : null;
    });
    const [direct] = started['direct'] as number[];
    const [viaHelper, helperPid] = started['helper'] as number[];
    expect(helperPid).not.toBe(process.pid);
    expect(groupMembers(direct as number).length).toBe(2);
    expect(groupMembers(viaHelper as number).length).toBe(2);

    const temp = trackedTempFileSystem(() => dir);
    const kept = await temp.mkdtemp('kug-kept-');
    const gone = await temp.mkdtemp('kug-gone-');
    await temp.writeFile(join(kept, 'f'), 'x');
    await temp.rm(gone);

    await stopAllPrograms();
    removeAllTempDirs();
    expect(groupMembers(direct as number)).toEqual([]);
    expect(groupMembers(viaHelper as number)).toEqual([]);
    expect(running(helperPid as number)).toBe(false);
    expect(existsSync(kept)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('kug-'))).toEqual([]);

    // Later work neither starts a program nor writes a file, and nothing settles: the process is on its way out.
    const later = join(dir, 'later');
    void nodeProcessRunner.run('/bin/sh', ['-c', `: > ${later}`]).then(() => settled++);
    void helper.run('/bin/sh', ['-c', `: > ${later}`]).then(() => settled++);
    void temp.mkdir(join(kept, 'again')).then(() => settled++);
    await new Promise((res) => setTimeout(res, 500));
    expect(existsSync(later)).toBe(false);
    expect(existsSync(kept)).toBe(false);
    expect(settled).toBe(0);
  });
});
