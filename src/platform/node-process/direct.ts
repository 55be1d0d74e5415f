/**
 * The runner that starts programs from this process (`nodeProcessRunner`, and `directRunner` for another output
 * limit). It tracks each running program by pid until its output is closed, so that `stop` can kill every process
 * group still running; once stopped, runs in flight never settle and later runs start nothing.
 */
import { loadChildProcess, isWindows, MAX_OUTPUT_BYTES, runChild } from './child.js';
import { delay, killGroup, runners, STOP_WAIT_MS, type StoppableProcessRunner } from './stop.js';

/** Programs started from this process. */
export const nodeProcessRunner: StoppableProcessRunner = directRunner(MAX_OUTPUT_BYTES);

export function directRunner(maxBytes: number): StoppableProcessRunner {
  let stopped = false;
  /** Running programs: pid → settles when the program and its output are closed. */
  const live = new Map<number, Promise<void>>();
  const runner: StoppableProcessRunner = {
    run: (command, args, opts = {}) =>
      new Promise((resolve) => {
        if (stopped) return;
        let pid: number | undefined;
        let closed!: () => void;
        const gone = new Promise<void>((res) => (closed = res));
        runChild(
          loadChildProcess(), isWindows, maxBytes, command, [...args], opts,
          (r) => {
            if (pid !== undefined) live.delete(pid);
            closed();
            if (!stopped) resolve(r);
          },
          (p) => {
            pid = p;
            live.set(p, gone);
          },
        );
      }),
    async stop() {
      stopped = true;
      const waiting = [...live.entries()];
      for (const [pid] of waiting) killGroup(pid);
      await Promise.race([Promise.all(waiting.map(([, gone]) => gone)), delay(STOP_WAIT_MS)]);
    },
  };
  runners.add(runner);
  return runner;
}
