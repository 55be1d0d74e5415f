/**
 * The helper process's side: its program text (`helperSource`, runChild's own source with an IPC loop around it)
 * and the messages it exchanges with this process. The program runs requests as they come, reports each pid and
 * result, and when its parent goes, asks or the terminal interrupts, kills its programs' process groups and exits.
 */
import type { ProcessOptions, ProcessResult } from '../../ports/index.js';
import { isWindows, runChild } from './child.js';
import { STOP_WAIT_MS } from './stop.js';

export interface HelperRequest {
  id: number;
  command: string;
  args: string[];
  opts: ProcessOptions;
}

export type HelperMessage = { ready: true } | { id: number; pid: number } | { id: number; r: ProcessResult };

/** The helper process's program: `runChild` from its source text, answering requests over IPC. */
export function helperSource(maxBytes: number): string {
  // `__name`: the no-op that some TypeScript transpilers (esbuild's keepNames, used by tsx) wrap functions in.
  return `'use strict';
const __name = (f) => f;
const cp = require('node:child_process');
const runChild = ${runChild.toString()};
const live = new Map();
let stopping = false;
const tell = (m) => {
  try {
    if (process.connected) process.send(m);
  } catch {}
};
process.on('message', (m) => {
  if (stopping) return;
  runChild(cp, ${JSON.stringify(isWindows)}, ${maxBytes}, m.command, m.args, m.opts, (r) => {
    live.delete(m.id);
    if (stopping) {
      if (live.size === 0) process.exit(0);
      return;
    }
    tell({ id: m.id, r });
  }, (pid) => {
    live.set(m.id, pid);
    tell({ id: m.id, pid });
  });
});
// Its programs run in their own process groups, so nothing else stops them: when the parent goes (or asks, or the
// terminal interrupts), they are killed first, and the helper exits once they are gone.
const stop = () => {
  if (stopping) return;
  stopping = true;
  for (const pid of live.values()) {
    try {
      process.kill(${isWindows ? 'pid' : '-pid'}, 'SIGKILL');
    } catch {}
  }
  if (live.size === 0) process.exit(0);
  setTimeout(() => process.exit(0), ${STOP_WAIT_MS}).unref();
};
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.send({ ready: true });
`;
}
