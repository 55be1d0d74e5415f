/**
 * Exit on SIGINT, SIGTERM and SIGHUP without leaving anything behind: helm and kubectl run in process groups of
 * their own (and some from the helper process), so the default exit on a signal would leave them running, and
 * their temporary directories in place.
 */
import { removeAllTempDirs } from './node-fs.js';
import { stopAllPrograms } from './node-process.js';

/** 128 + the signal's number, as a shell reports a program ended by it. */
const EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/** The longest the programs are waited for before the process exits anyway. */
const STOP_DEADLINE_MS = 4000;

/**
 * On the first of these signals: kill every program started (with its process group), then remove every temporary
 * directory made, then exit with 128 + the signal's number. Further signals meanwhile change nothing.
 */
export function exitCleanlyOnSignals(say: (line: string) => void): void {
  let stopping = false;
  for (const [signal, code] of Object.entries(EXIT_CODES)) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const exit = (): void => {
        removeAllTempDirs();
        say(`stopped by ${signal}`);
        process.exit(code);
      };
      setTimeout(exit, STOP_DEADLINE_MS);
      stopAllPrograms().then(exit, exit);
    });
  }
}
