/**
 * One program run to its end (`runChild`): spawned in its own process group with only the given environment, output
 * collected up to a limit (beyond it the process is killed and the output cut off), a time limit that kills the
 * whole group, and exactly one result however it ends. Also the lazily loaded node:child_process and the constants
 * every runner shares.
 */
import { createRequire } from 'node:module';
import { platform } from 'node:os';
import type { ProcessOptions, ProcessResult } from '../../ports/index.js';

/** Output beyond this is cut off and the process killed: a render that large is a runaway. */
export const MAX_OUTPUT_BYTES = 128 * 1024 * 1024;
export const isWindows = platform() === 'win32';

// node:child_process (with the stream and socket modules it pulls in) is loaded on the first spawn, not at start-up:
// most scans start no process.
const require = createRequire(import.meta.url);
let childProcess: typeof import('node:child_process') | undefined;
export function loadChildProcess(): typeof import('node:child_process') {
  childProcess ??= require('node:child_process') as typeof import('node:child_process');
  return childProcess;
}

/**
 * Runs one program to its end and reports how it ended: its own process group (so a timeout kills it and anything it
 * started), output collected up to `maxBytes`, nothing inherited but the given environment. Self-contained, using
 * only its parameters and Node's globals, because the helper process runs this same function from its source text.
 */
export function runChild(
  cp: typeof import('node:child_process'),
  windows: boolean,
  maxBytes: number,
  command: string,
  args: string[],
  opts: ProcessOptions,
  done: (r: ProcessResult) => void,
  started: (pid: number) => void,
): void {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let size = 0;
  let timedOut = false;
  let overflow = false;
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (r: ProcessResult): void => {
    if (settled) return;
    settled = true;
    if (timer) clearTimeout(timer);
    done(r);
  };
  let child: import('node:child_process').ChildProcessByStdio<null, import('node:stream').Readable, import('node:stream').Readable>;
  try {
    child = cp.spawn(command, args, { cwd: opts.cwd, env: opts.env ?? {}, stdio: ['ignore', 'pipe', 'pipe'], detached: !windows });
  } catch (e) {
    finish({ exitCode: null, stdout: '', stderr: '', timedOut: false, spawnError: (e as Error).message });
    return;
  }
  if (child.pid !== undefined) started(child.pid);
  const kill = (): void => {
    try {
      if (child.pid !== undefined && !windows) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // already gone
    }
  };
  if (opts.timeoutMs !== undefined && opts.timeoutMs > 0) {
    timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, opts.timeoutMs);
  }
  const collect = (into: Buffer[]) => (chunk: Buffer): void => {
    size += chunk.length;
    if (size > maxBytes) {
      if (!overflow) {
        overflow = true;
        kill();
      }
      return;
    }
    into.push(chunk);
  };
  child.stdout.on('data', collect(out));
  child.stderr.on('data', collect(err));
  child.on('error', (e) => finish({ exitCode: null, stdout: '', stderr: '', timedOut: false, spawnError: e.message }));
  child.on('close', (code) => {
    const stderr = Buffer.concat(err).toString('utf8') + (overflow ? `\noutput exceeded ${maxBytes} bytes and was cut off\n` : '');
    finish({ exitCode: overflow ? null : code, stdout: Buffer.concat(out).toString('utf8'), stderr, timedOut });
  });
}
