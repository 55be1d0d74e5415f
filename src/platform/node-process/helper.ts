/**
 * The runner that starts programs from a small helper process (`helperProcessRunner`). One closure holds its state:
 * the helper, the requests sent or held, and the fallback to starting programs from this process (until the
 * helper is ready, and for good once it is lost, its pending runs' programs killed and run again). The helper holds
 * the event loop only while runs are pending.
 */
import type { ProcessResult } from '../../ports/index.js';
import { loadChildProcess, MAX_OUTPUT_BYTES } from './child.js';
import { directRunner } from './direct.js';
import { helperSource, type HelperMessage, type HelperRequest } from './helper-program.js';
import { delay, killGroup, runners, STOP_WAIT_MS, type StoppableProcessRunner } from './stop.js';

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
