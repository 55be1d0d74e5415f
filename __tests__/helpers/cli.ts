/** Runs the CLI in-process with real files and captured output. */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { cliMain, type CliIo } from '../../src/cli/main.js';
import { nodeFileSystem, nodeTempFileSystem } from '../../src/platform/node-fs.js';
import { executableFinder, helperProcessRunner } from '../../src/platform/node-process.js';
import { embeddedCatalogs } from '../../src/platform/catalogs.js';
import { systemClock } from '../../src/platform/clock.js';

/** Programs start from the helper process, as the shipped CLI's do once it is ready (started on the first render). */
export const testProcessRunner = helperProcessRunner({ nodePath: process.execPath, waitForHelper: true });

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `overrides` replace parts of the CLI's environment (render ports, clusters' clock, standard input …). By default
 * renderers run as real processes with an empty PATH: a test that renders names its helm with --helm-path.
 */
export async function runCli(argv: string[], cwd: string, overrides: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await cliMain({
    argv,
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    writeFile: (p, t) => writeFile(p, t),
    fs: nodeFileSystem,
    catalogs: embeddedCatalogs,
    clock: systemClock,
    tool: { name: 'kube-upgrade-gate', version: '0.0.0-test' },
    color: false,
    render: { process: testProcessRunner, temp: nodeTempFileSystem, findExecutable: executableFinder('', cwd), cpus: 2, now: () => performance.now() },
    ...overrides,
  });
  return { code, stdout, stderr };
}
