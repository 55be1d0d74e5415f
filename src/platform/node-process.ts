/**
 * The ProcessRunner port on node:child_process, and executable lookup on a PATH string. Every program runs to its
 * end in its own process group, with only the environment it is given, a time limit and an output limit; every
 * runner can be stopped, killing the process groups it started, and `stopAllPrograms` stops them all.
 *
 * This module is the entry the rest of the tool imports; the work is in node-process/:
 * - child.ts: one program run to its end (runChild), the lazily loaded node:child_process, the shared limits;
 * - stop.ts: the StoppableProcessRunner type, the registry of runners, stopAllPrograms, the kill of a process group;
 * - direct.ts: programs started from this process (nodeProcessRunner);
 * - helper.ts: programs started from a small helper process (helperProcessRunner), falling back to this process;
 * - helper-program.ts: the helper's own program text (helperSource) and its messages;
 * - netns.ts: each program in an empty network namespace where the kernel allows it (networkNamespaceRunner);
 * - executables.ts: an executable found on a PATH string (executableFinder).
 */
export { nodeProcessRunner } from './node-process/direct.js';
export { executableFinder } from './node-process/executables.js';
export { helperProcessRunner, type HelperRunnerOptions } from './node-process/helper.js';
export { helperSource } from './node-process/helper-program.js';
export { networkNamespaceRunner, type NetworkNamespaceOptions } from './node-process/netns.js';
export { stopAllPrograms, type StoppableProcessRunner } from './node-process/stop.js';
