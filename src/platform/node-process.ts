/** The ProcessRunner port on node:child_process, and executable lookup on a PATH string. */
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { platform } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import type { ProcessOptions, ProcessResult, ProcessRunner } from '../app/ports.js';

/** Output beyond this is cut off and the process killed: a render that large is a runaway. */
const MAX_OUTPUT_BYTES = 128 * 1024 * 1024;
const isWindows = platform() === 'win32';

// node:child_process (with the stream and socket modules it pulls in) is loaded on the first spawn, not at start-up:
// most scans start no process.
const require = createRequire(import.meta.url);
let childProcess: typeof import('node:child_process') | undefined;

export const nodeProcessRunner: ProcessRunner = {
  run(command: string, args: readonly string[], opts: ProcessOptions = {}): Promise<ProcessResult> {
    return new Promise((resolvePromise) => {
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let size = 0;
      let timedOut = false;
      let overflow = false;
      let settled = false;
      const finish = (r: ProcessResult): void => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        resolvePromise(r);
      };
      let child;
      try {
        childProcess ??= require('node:child_process') as typeof import('node:child_process');
        child = childProcess.spawn(command, [...args], {
          cwd: opts.cwd,
          env: opts.env ?? {},
          stdio: ['ignore', 'pipe', 'pipe'],
          // Own process group, so a timeout kills the program and anything it started.
          detached: !isWindows,
        });
      } catch (e) {
        finish({ exitCode: null, stdout: '', stderr: '', timedOut: false, spawnError: (e as Error).message });
        return;
      }
      const kill = (): void => {
        try {
          if (child.pid !== undefined && !isWindows) process.kill(-child.pid, 'SIGKILL');
          else child.kill('SIGKILL');
        } catch {
          // already gone
        }
      };
      const timer = opts.timeoutMs !== undefined && opts.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            kill();
          }, opts.timeoutMs)
        : undefined;
      const collect = (into: Buffer[]) => (chunk: Buffer): void => {
        size += chunk.length;
        if (size > MAX_OUTPUT_BYTES) {
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
        const stderr = Buffer.concat(err).toString('utf8') + (overflow ? `\noutput exceeded ${MAX_OUTPUT_BYTES} bytes and was cut off\n` : '');
        finish({ exitCode: overflow ? null : code, stdout: Buffer.concat(out).toString('utf8'), stderr, timedOut });
      });
    });
  },
};

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
