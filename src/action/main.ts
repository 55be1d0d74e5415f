/**
 * The GitHub Action: inputs → settings → scan → sinks (report files, outputs, annotations, job summary, pull request
 * comment, tracking issue) → verdict. `runAction` takes every side effect as a parameter (see io.ts); `main` runs it
 * on the real runner.
 */
import * as core from '@actions/core';
import { oneLine } from '../reporters/text.js';
import { SettingsError } from '../ports/errors.js';
import { readRunContext } from './context.js';
import { readGitHubInputs } from './inputs.js';
import { realActionIo, type ActionIo } from './io.js';
import { publish, type ActionOutcome } from './publish.js';
import { scanForMode, workspaceRoot } from './scan.js';

export type { ActionIo } from './io.js';
export type { ActionOutcome } from './publish.js';
export { reportFile } from './report-files.js';

/** Runs the action. Returns null when the inputs or paths are unusable (the step is already marked failed). */
export async function runAction(io: ActionIo): Promise<ActionOutcome | null> {
  const root = workspaceRoot(io);
  if (!(await io.fs.stat(root).catch(() => null))?.isDirectory) {
    io.setFailed(`GITHUB_WORKSPACE ${oneLine(root)} is not a directory; check out the repository before this step`);
    return null;
  }
  let inputs;
  try {
    inputs = readGitHubInputs(io.getInput, root);
  } catch (err) {
    if (!(err instanceof SettingsError)) throw err;
    io.setFailed(err.message);
    return null;
  }
  const run = await readRunContext(io.env, io.fs);
  const scanned = await scanForMode(io, inputs);
  if (scanned === null) return null;
  return publish(io, { inputs, run, ...scanned });
}

/** The real runner. Never rejects. */
export async function main(): Promise<void> {
  try {
    await runAction(realActionIo());
  } catch (err) {
    core.setFailed(`kube-upgrade-gate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}
