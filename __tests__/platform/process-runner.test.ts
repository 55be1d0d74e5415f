/**
 * The ProcessRunner adapters on node:child_process: programs started from this process, and from the helper process.
 * Both must end runs the same way (exit code, output, environment, working directory, time limit, output limit,
 * programs that cannot start); the helper's runs must really start in the helper, and a helper that dies must lose
 * no run. POSIX only: the programs are /bin/sh scripts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcessRunner } from '../../src/ports/index.js';
import { helperProcessRunner, helperSource, nodeProcessRunner } from '../../src/platform/node-process.js';

// The suite runs where its helm and kubectl run: the layer packages' Linux builds. So these tests run everywhere
// the suite does, and never skip themselves.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kug-runner-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sh = (runner: ProcessRunner, script: string, opts: Parameters<ProcessRunner['run']>[2] = {}) => runner.run('/bin/sh', ['-c', script], opts);

describe.each([
  ['from this process', () => nodeProcessRunner],
  ['from the helper process', () => helperProcessRunner({ nodePath: process.execPath, waitForHelper: true })],
])('programs started %s', (_name, make) => {
  let runner: ProcessRunner;
  beforeAll(() => {
    runner = make();
  });

  it('report exit code, standard output and standard error', async () => {
    const r = await sh(runner, 'echo out; echo err >&2; exit 3');
    expect(r).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false });
  });

  it('get exactly the environment given, and the working directory', async () => {
    const r = await sh(runner, 'echo "A=$A HOME=${HOME-unset}"; pwd', { env: { A: 'one two' }, cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(`A=one two HOME=unset\n${dir}\n`);
  });

  it('pass arguments verbatim, with no shell in between', async () => {
    const args = ['a b', '$HOME', "it's", '"quoted"', '*', ''];
    const r = await runner.run('/bin/sh', ['-c', 'for a in "$@"; do printf "[%s]" "$a"; done', 'sh', ...args]);
    expect(r.stdout).toBe('[a b][$HOME][it\'s]["quoted"][*][]');
  });

  it('stop a run at its time limit, with everything it started', async () => {
    const marker = join(dir, `late-${Math.random().toString(36).slice(2)}`);
    const started = Date.now();
    const r = await sh(runner, `(sleep 1; touch ${marker}) & sleep 5`, { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBeNull();
    expect(Date.now() - started).toBeLessThan(4000);
    await new Promise((res) => setTimeout(res, 1500));
    expect(existsSync(marker)).toBe(false);
  });

  it('report a program that cannot start', async () => {
    const r = await runner.run(join(dir, 'no-such-program'), []);
    expect(r.exitCode).toBeNull();
    expect(r.spawnError).toMatch(/ENOENT/);
  });

  it('run several programs at once, each answer to its own run', async () => {
    const rs = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => sh(runner, `sleep 0.0${5 - i}; echo ${i}`)));
    expect(rs.map((r) => r.stdout)).toEqual(['0\n', '1\n', '2\n', '3\n', '4\n', '5\n']);
  });
});

describe('the helper process', () => {
  it('is where the programs start', async () => {
    const helper = helperProcessRunner({ nodePath: process.execPath, waitForHelper: true });
    const viaHelper = Number((await sh(helper, 'echo $PPID')).stdout);
    const direct = Number((await sh(nodeProcessRunner, 'echo $PPID')).stdout);
    expect(direct).toBe(process.pid);
    expect(viaHelper).not.toBe(process.pid);
    // One helper serves every run.
    expect(Number((await sh(helper, 'echo $PPID')).stdout)).toBe(viaHelper);
  });

  it('does not hold the first runs back: they start from this process until it is ready', async () => {
    const runner = helperProcessRunner({ nodePath: process.execPath });
    const first = Number((await sh(runner, 'echo $PPID')).stdout);
    expect(first).toBe(process.pid);
    let later = first;
    for (let i = 0; i < 50 && later === process.pid; i++) {
      await new Promise((res) => setTimeout(res, 100));
      later = Number((await sh(runner, 'echo $PPID')).stdout);
    }
    expect(later).not.toBe(process.pid);
  });

  it('cuts off output over the limit and stops the program', async () => {
    const runner = helperProcessRunner({ nodePath: process.execPath, waitForHelper: true, maxOutputBytes: 64 * 1024 });
    const r = await sh(runner, 'while :; do echo 0123456789abcdef0123456789abcdef; done');
    expect(r.exitCode).toBeNull();
    expect(r.stderr).toMatch(/output exceeded 65536 bytes and was cut off/);
    expect(r.stdout.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('loses no run when it dies: pending and later runs start from this process', async () => {
    const lost: string[] = [];
    const runner = helperProcessRunner({ nodePath: process.execPath, waitForHelper: true, onHelperLost: (why) => lost.push(why) });
    const helperPid = Number((await sh(runner, 'echo $PPID')).stdout);
    // A run in flight when the helper is killed: its answer is lost, so its program is stopped (the helper's program
    // would otherwise go on, in its own process group) and run again from here. Each start of it writes a line.
    const log = join(dir, `starts-${Math.random().toString(36).slice(2)}`);
    const inFlight = sh(runner, `sleep 0.5; echo $PPID >> ${log}; echo done; echo $PPID`);
    await new Promise((res) => setTimeout(res, 200));
    process.kill(helperPid, 'SIGKILL');
    const r = await inFlight;
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(`done\n${process.pid}\n`);
    await new Promise((res) => setTimeout(res, 500));
    expect(readFileSync(log, 'utf8')).toBe(`${process.pid}\n`);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatch(/the helper process exited \(SIGKILL\)/);
    expect(Number((await sh(runner, 'echo $PPID')).stdout)).toBe(process.pid);
    expect(lost).toHaveLength(1);
  });

  it('that cannot start leaves runs to this process', async () => {
    const lost: string[] = [];
    const runner = helperProcessRunner({ nodePath: join(dir, 'no-such-node'), waitForHelper: true, onHelperLost: (why) => lost.push(why) });
    const r = await sh(runner, 'echo $PPID');
    expect(r.stdout).toBe(`${process.pid}\n`);
    expect(lost[0]).toMatch(/the helper process failed: .*ENOENT/);
  });

  // The parent killed outright (its channel closes), or the terminal's interrupt reaching the helper too: the helper's
  // programs, each in its own process group, would otherwise run on.
  it.each([
    ['its parent goes', (h: ReturnType<typeof spawn>) => h.disconnect()],
    ['it is interrupted', (h: ReturnType<typeof spawn>) => h.kill('SIGINT')],
    ['it is asked to stop', (h: ReturnType<typeof spawn>) => h.kill('SIGTERM')],
  ] as const)('kills its running programs, with their groups, and exits when %s', async (_name, end) => {
    const h = spawn(process.execPath, ['-e', helperSource(1024)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: {} });
    const exited = new Promise<number | null>((res) => h.on('exit', (code) => res(code)));
    const pid = await new Promise<number>((res) => {
      h.on('message', (m: { ready?: true; pid?: number }) => {
        if (m.ready) h.send({ id: 1, command: '/bin/sh', args: ['-c', '/bin/sleep 300 & /bin/sleep 300'], opts: {} });
        else if (m.pid !== undefined) res(m.pid);
      });
    });
    try {
      await new Promise((res) => setTimeout(res, 100));
      expect(groupAlive(pid)).toBe(true);
      end(h);
      expect(await exited).toBe(0);
      expect(groupAlive(pid)).toBe(false);
    } finally {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone, as it should be
      }
    }
  });

  it('runs a self-contained program', () => {
    const source = helperSource(1024);
    expect(source).toContain('const runChild = function runChild(');
    // Nothing of this module is in scope there: the program compiles on its own.
    expect(() => new Function('require', 'process', source)).not.toThrow();
  });
});

/** Whether any process of the group is still running (zombies do not count), from /proc; false where there is none. */
function groupAlive(pgid: number): boolean {
  if (!existsSync('/proc/self/stat')) return false;
  return readdirSync('/proc').some((name) => {
    if (!/^\d+$/.test(name)) return false;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === pgid && state !== 'Z' && state !== 'X';
    } catch {
      return false;
    }
  });
}
