/**
 * Every side effect the action has, as one object: `runAction` takes it as a parameter, tests pass recorders, and
 * `realActionIo` adapts @actions/core, the file system and `process` to it.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import type { Clock, FileScanPool, FileSystem } from '../ports/index.js';
import type { Catalogs } from '../catalog/index.js';
import type { ClusterDeps } from '../clusters/check.js';
import type { RenderDeps } from '../render/index.js';
import type { AnnotationSink } from '../github/annotations.js';
import type { SummaryWriter } from '../github/summary.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { TOOL } from '../app/tool.js';
import { embeddedCatalogs } from '../platform/catalogs.js';
import { systemClock } from '../platform/clock.js';
import { fetchHttpClient } from '../platform/http.js';
import { nodeFileSystem, nodeTempFileSystem } from '../platform/node-fs.js';
import { executableFinder, helperProcessRunner, networkNamespaceRunner } from '../platform/node-process.js';
import { writeReportFile } from '../platform/output.js';
import { POOL_MIN_BYTES, workerScanPool } from '../platform/scan-worker.js';
import type { GetInput } from './inputs.js';

export interface ActionIo {
  getInput: GetInput;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  fs: FileSystem;
  /** The catalogs (the API catalog at once, the others on first use). */
  catalogs: () => Catalogs;
  /** Today, for declared clusters without as-of. */
  clock: Clock;
  tool: { name: string; version: string };
  annotations: AnnotationSink;
  /** The job summary, or null when the runner provides none (GITHUB_STEP_SUMMARY unset). */
  summary: SummaryWriter | null;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** A plain log line: anything in it from the scanned repository must have gone through logLine. */
  info(message: string): void;
  /** A warning annotation (its text is escaped as command data). */
  warning(message: string): void;
  /** Writes a file whole, creating its directory; rejects with the file system's error. */
  writeFile(path: string, text: string | Iterable<string>): Promise<void>;
  /** An unguessable token, used to switch off workflow commands while untrusted text is logged. */
  randomToken(): string;
  /** A collapsible group in the log. */
  group(title: string, lines: readonly string[]): void;
  /** Running helm/kubectl for charts and overlays; without it they are reported as not rendered. */
  render?: Omit<RenderDeps, 'observer'>;
  /** Clock and HTTP for declared clusters and live advisories. */
  clusters?: Partial<ClusterDeps>;
  /** Worker threads for the plain scan of large repositories. */
  scanPool?: FileScanPool;
  /** The GitHub REST client for a token and API root; default createGitHubClient with its retries. */
  github?: (token: string, baseUrl: string) => GitHubClient;
}

/** The real runner: @actions/core, the file system and process. */
export function realActionIo(): ActionIo {
  const cpus = availableParallelism();
  return {
    getInput: (name) => core.getInput(name),
    env: process.env,
    cwd: process.cwd(),
    fs: nodeFileSystem,
    catalogs: embeddedCatalogs,
    clock: systemClock,
    tool: TOOL,
    annotations: {
      error: (m, p) => core.error(m, p),
      warning: (m, p) => core.warning(m, p),
      notice: (m, p) => core.notice(m, p),
    },
    summary: process.env['GITHUB_STEP_SUMMARY']
      ? {
          write: async (markdown) => {
            await core.summary.addRaw(markdown, true).write();
          },
        }
      : null,
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeReportFile(path, text);
    },
    randomToken: () => crypto.randomUUID().replace(/-/g, ''),
    group: (title, lines) => {
      core.startGroup(title);
      for (const line of lines) core.info(line);
      core.endGroup();
    },
    render: {
      // helm and kubectl start from a small helper process (a fork from this one costs more as the scan grows), in
      // an empty network namespace where the kernel allows it.
      process: networkNamespaceRunner(helperProcessRunner({ nodePath: process.execPath, onHelperLost: (reason) => core.debug(`${reason}; programs start from the main process`) })),
      temp: nodeTempFileSystem,
      findExecutable: executableFinder(process.env['PATH'] ?? '', process.env['GITHUB_WORKSPACE'] ?? process.cwd()),
      workers: cpus,
      now: () => performance.now(),
    },
    clusters: { http: fetchHttpClient(`${TOOL.name}/${TOOL.version}`) },
    // One worker per CPU but one (this thread checks files too), started only for a large repository.
    ...(cpus > 1 ? { scanPool: workerScanPool({ script: new URL(import.meta.url), workers: cpus - 1, minBytes: POOL_MIN_BYTES }) } : {}),
    github: (token, baseUrl) =>
      createGitHubClient({ token, baseUrl, userAgent: `${TOOL.name}/${TOOL.version}`, log: { debug: (m) => core.debug(m), warn: (m) => core.warning(m) } }),
  };
}
