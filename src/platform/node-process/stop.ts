/**
 * Stopping what the runners started: the StoppableProcessRunner type, the registry of every runner of this module
 * behind `stopAllPrograms` (for an exit on a signal), and the kill of a program's whole process group. A stop waits a
 * bounded time (STOP_WAIT_MS) for killed programs to be gone.
 */
import type { ProcessRunner } from '../../ports/index.js';
import { isWindows } from './child.js';

/** A ProcessRunner that can be stopped: see `stop`. */
export interface StoppableProcessRunner extends ProcessRunner {
  /**
   * Kills every program this runner started that is still running (each with its whole process group) and waits,
   * a bounded time, until they are gone. The process is about to exit: runs in flight and later runs never settle
   * and start nothing.
   */
  stop(): Promise<void>;
}

/** Every runner of this module, for `stopAllPrograms`. */
export const runners = new Set<StoppableProcessRunner>();

/** How long a stop waits for killed programs (and the helper process) to be gone. */
export const STOP_WAIT_MS = 2000;

/**
 * Stops every program started by any runner of this module, directly or through a helper process, and the helper
 * processes themselves. For an exit on a signal: runs in flight and later runs never settle.
 */
export async function stopAllPrograms(): Promise<void> {
  await Promise.all([...runners].map((r) => r.stop()));
}

export function killGroup(pid: number): void {
  try {
    if (!isWindows) process.kill(-pid, 'SIGKILL');
    else process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());
