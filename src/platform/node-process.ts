/** The ProcessRunner port on node:child_process, and executable lookup on a PATH string. */
import { accessSync, constants, statSync } from 'node:fs';
import { platform } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import type { NetworkIsolation, ProcessResult, ProcessRunner } from '../ports/index.js';
import { isWindows, loadChildProcess, MAX_OUTPUT_BYTES } from './node-process/child.js';
import { directRunner } from './node-process/direct.js';
import { helperSource, type HelperMessage, type HelperRequest } from './node-process/helper-program.js';
import { delay, killGroup, runners, STOP_WAIT_MS, type StoppableProcessRunner } from './node-process/stop.js';

export { nodeProcessRunner } from './node-process/direct.js';
export { helperSource } from './node-process/helper-program.js';
export { stopAllPrograms, type StoppableProcessRunner } from './node-process/stop.js';

export interface HelperRunnerOptions {
  /** The node binary that runs the helper (process.execPath). */
  nodePath: string;
  /**
   * Hold runs until the helper has started, instead of starting them from this process meanwhile. Tests use it to
   * run every program through the helper; the default keeps the helper's start off every run's path.
   */
  waitForHelper?: boolean;
  /** Output limit per run (tests lower it). */
  maxOutputBytes?: number;
  /** Called once if the helper cannot be used; its runs, and all later ones, start from this process. */
  onHelperLost?: (reason: string) => void;
}

/**
 * A ProcessRunner that starts programs from a small helper process (plain Node, about 40 MB) instead of this one.
 * Starting a program forks the process that starts it, and the fork blocks that process's main thread for a time
 * that grows with its memory: after a large scan, several milliseconds per render (measured in the bench). The
 * helper's forks stay cheap. The helper starts with the first run and, until it is ready, runs start from this
 * process as before; it holds the event loop only while runs are pending, and exits with its parent, killing its
 * running programs first. If it fails to start or dies, its pending runs (their programs stopped first) and all later
 * ones start from this process.
 */
export function helperProcessRunner(options: HelperRunnerOptions): StoppableProcessRunner {
  const maxBytes = options.maxOutputBytes ?? MAX_OUTPUT_BYTES;
  const direct = directRunner(maxBytes);
  let helper: import('node:child_process').ChildProcess | null = null;
  let ready = false;
  let lost = false;
  let stopped = false;
  let nextId = 1;
  /** Sent to the helper, waiting for its answer; and, with waitForHelper, held until it is ready. */
  const pending = new Map<number, { req: HelperRequest; resolve: (r: ProcessResult) => void; pid?: number }>();
  const held: HelperRequest[] = [];

  // The channel keeps this process alive only while it waits for an answer.
  const hold = (): void => {
    const channel = helper?.channel as { ref?: () => void; unref?: () => void } | null | undefined;
    if (pending.size > 0) channel?.ref?.();
    else channel?.unref?.();
  };
  const send = (req: HelperRequest): void => {
    try {
      helper?.send(req);
    } catch (e) {
      lose(`the helper process could not be reached: ${(e as Error).message}`);
    }
  };
  const lose = (reason: string): void => {
    if (lost || stopped) return;
    lost = true;
    const h = helper;
    helper = null;
    try {
      h?.kill('SIGKILL');
    } catch {
      // already gone
    }
    options.onHelperLost?.(reason);
    const left = [...pending.values()];
    pending.clear();
    held.length = 0;
    // The helper's programs outlive it (each has its own process group): stop them, then run them again from here.
    for (const p of left) if (p.pid !== undefined) killGroup(p.pid);
    for (const p of left) void direct.run(p.req.command, p.req.args, p.req.opts).then(p.resolve);
  };
  const start = (): import('node:child_process').ChildProcess => {
    const h = loadChildProcess().spawn(options.nodePath, ['-e', helperSource(maxBytes)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: {} });
    let stderr = '';
    h.stderr?.setEncoding('utf8');
    h.stderr?.on('data', (t: string) => {
      if (stderr.length < 4096) stderr += t;
    });
    h.on('message', (m: HelperMessage) => {
      if ('ready' in m) {
        ready = true;
        for (const req of held.splice(0)) send(req);
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      if ('pid' in m) {
        p.pid = m.pid;
        return;
      }
      pending.delete(m.id);
      hold();
      p.resolve(m.r);
    });
    h.on('error', (e) => lose(`the helper process failed: ${e.message}`));
    h.on('exit', (code, signal) => lose(`the helper process exited (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`));
    h.unref();
    (h.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    return h;
  };

  const runner: StoppableProcessRunner = {
    run(command, args, opts = {}) {
      if (stopped) return new Promise<ProcessResult>(() => {});
      if (lost) return direct.run(command, args, opts);
      if (!helper) {
        try {
          helper = start();
        } catch (e) {
          lose(`the helper process could not be started: ${(e as Error).message}`);
          return direct.run(command, args, opts);
        }
        hold();
      }
      if (!ready && !options.waitForHelper) return direct.run(command, args, opts);
      const req: HelperRequest = { id: nextId++, command, args: [...args], opts: { ...opts } };
      return new Promise((resolve) => {
        pending.set(req.id, { req, resolve });
        hold();
        if (ready) send(req);
        else held.push(req);
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const h = helper;
      // The programs whose pid is known here are killed at once; the helper kills all of its own (also those whose
      // pid is still on its way) when asked to stop, and exits once they are gone.
      for (const p of pending.values()) if (p.pid !== undefined) killGroup(p.pid);
      pending.clear();
      held.length = 0;
      const helperGone = h && h.exitCode === null && h.signalCode === null
        ? new Promise<void>((resolve) => {
            h.once('exit', () => resolve());
            try {
              h.kill('SIGTERM');
            } catch {
              resolve();
            }
          })
        : Promise.resolve();
      await Promise.all([Promise.race([helperGone, delay(STOP_WAIT_MS)]), direct.stop()]);
      if (h && h.exitCode === null && h.signalCode === null) {
        try {
          h.kill('SIGKILL');
        } catch {
          // already gone
        }
      }
    },
  };
  runners.add(runner);
  return runner;
}

export interface NetworkNamespaceOptions {
  /** util-linux's unshare (default /usr/bin/unshare). */
  unsharePath?: string;
}

/**
 * Runs every program in an empty network namespace of its own where the kernel allows it: `unshare -rn` makes a
 * user namespace (so that no privilege is needed) and in it a network namespace whose only device, loopback, is
 * down, so nothing connects anywhere, not even to this machine's local ports (which Go's HTTP client reaches without
 * the proxy the renderers' environment names). unshare replaces itself with the program, which so keeps the pid,
 * process group, time limit and kill of the runner underneath.
 *
 * Whether it is allowed is found out once, by the first run (`unshare -rn true`); where it is not (no unshare, not
 * Linux, unprivileged user namespaces refused) programs run as before, and `networkIsolation()` says why.
 */
export function networkNamespaceRunner(inner: ProcessRunner, options: NetworkNamespaceOptions = {}): ProcessRunner {
  const unshare = options.unsharePath ?? '/usr/bin/unshare';
  let known: NetworkIsolation | null = null;
  let detection: Promise<NetworkIsolation> | null = null;
  const detect = async (): Promise<NetworkIsolation> => {
    if (platform() !== 'linux') return { kind: 'proxy-only', reason: 'network namespaces are a Linux feature' };
    const r = await inner.run(unshare, ['-rn', 'true'], { env: { PATH: '/usr/bin:/bin' }, timeoutMs: 10_000 });
    if (r.exitCode === 0) return { kind: 'namespace' };
    const said = r.spawnError ?? (r.stderr.trim().split('\n')[0] || (r.timedOut ? 'timed out' : `exit code ${r.exitCode}`));
    return { kind: 'proxy-only', reason: `${unshare} -rn true failed: ${said}` };
  };
  return {
    async run(command, args, opts) {
      detection ??= detect().then((d) => (known = d));
      const isolation = await detection;
      return isolation.kind === 'namespace' ? inner.run(unshare, ['-rn', '--', command, ...args], opts) : inner.run(command, args, opts);
    },
    networkIsolation: () => known,
  };
}

/**
 * Finds an executable by name on the given PATH value (as the shell would), or checks a path given directly.
 * Returns the absolute path, or null when there is none.
 */
export function executableFinder(pathValue: string, cwd: string): (name: string) => Promise<string | null> {
  const dirs = pathValue.split(delimiter).filter((d) => d !== '');
  const exts = isWindows ? ['', '.exe', '.cmd'] : [''];
  const usable = (p: string): boolean => {
    try {
      if (!statSync(p).isFile()) return false;
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  // Sync stats, as for the scan's reads: a PATH is a dozen directories.
  return async (name) => {
    if (name.includes('/') || name.includes('\\')) {
      const p = isAbsolute(name) ? name : join(cwd, name);
      return usable(p) ? p : null;
    }
    for (const d of dirs) {
      for (const ext of exts) {
        const p = join(isAbsolute(d) ? d : join(cwd, d), name + ext);
        if (usable(p)) return p;
      }
    }
    return null;
  };
}
