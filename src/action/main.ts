/**
 * The GitHub Action: read the inputs, scan, report through annotations, the job summary and a JSON file, set the
 * outputs, and fail the step when findings reach `fail-on`.
 *
 * `runAction` takes every side effect as a parameter; `main` is the only code that adapts @actions/core and
 * `process` to it.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { Clock, FileScanPool, FileSystem, Logger } from '../ports/index.js';
import type { ScanResult } from '../app/result.js';
import { mergeScan, runScan, shouldFail } from '../app/run.js';
import { resolveFailOn, splitList, type FailOn } from '../settings/scan.js';
import { parseReport } from '../app/merge.js';
import { discover } from '../discovery/discover.js';
import { TOOL } from '../app/tool.js';
import { withCatalogs, type Catalogs } from '../catalog/index.js';
import { embeddedCatalogs } from '../platform/catalogs.js';
import { emitAnnotations, selectAnnotations, type AnnotationSink } from '../github/annotations.js';
import { writeJobSummary, type SummaryWriter } from '../github/summary.js';
import type { ClusterDeps } from '../clusters/check.js';
import { systemClock } from '../platform/clock.js';
import { fetchHttpClient } from '../platform/http.js';
import { nodeFileSystem, nodeTempFileSystem } from '../platform/node-fs.js';
import { executableFinder, helperProcessRunner, networkNamespaceRunner } from '../platform/node-process.js';
import { POOL_MIN_BYTES, workerScanPool } from '../platform/scan-worker.js';
import type { RenderDeps, RenderLogEntry } from '../render/index.js';
import { renderJsonChunks } from '../reporters/json.js';
import { renderSarifChunks } from '../reporters/sarif.js';
import { logLine, oneLine, renderText } from '../reporters/text.js';
import { describeWriteError, writeReportFile } from '../platform/output.js';
import { INPUT, readActionSettings, type GetInput } from './inputs.js';
import { DiscoveryError, MergeError, SettingsError } from '../ports/errors.js';

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
}

export interface ActionOutcome {
  result: ScanResult;
  reportPath: string;
  failed: boolean;
}

/** Runs the action. Returns null when the inputs or paths are unusable (the step is already marked failed). */
export async function runAction(io: ActionIo): Promise<ActionOutcome | null> {
  const catalogs = withCatalogs(io.catalogs(), io.clusters);
  const catalog = catalogs.api;
  const mode = (io.getInput(INPUT.mode) ?? '').trim() || 'scan';
  let failOn: FailOn;
  let root: string;
  let result: ScanResult;
  const workspace = workspaceRoot(io);
  if (!(await io.fs.stat(workspace).catch(() => null))?.isDirectory) {
    io.setFailed(`GITHUB_WORKSPACE ${oneLine(workspace)} is not a directory; check out the repository before this step`);
    return null;
  }
  try {
    if (mode === 'merge') {
      root = workspaceRoot(io);
      failOn = resolveFailOn(io.getInput(INPUT.failOn), INPUT.failOn);
      result = await mergeInAction(io, catalogs, root);
    } else if (mode === 'scan') {
      const settings = await readActionSettings({ getInput: io.getInput, workspace: io.env['GITHUB_WORKSPACE'], cwd: io.cwd }, catalog, io.fs);
      ({ root, failOn } = settings);
      const part = settings.shard && settings.shard.count > 1 ? ` (part ${settings.shard.index} of ${settings.shard.count})` : '';
      io.info(
        logLine(
          `${io.tool.name} ${io.tool.version}: checking ${settings.paths.join(', ')}${part} against Kubernetes ${settings.target}` +
            (settings.current ? ` (current ${settings.current})` : '') + ` with API catalog ${catalog.version}`,
        ),
      );
      // Messages name files, charts and overlays of the repository.
      const logger: Logger = { info: (m) => io.info(logLine(m)), warn: (m) => io.warning(m) };
      const render: RenderDeps | undefined = io.render ? { ...io.render, observer: { rendered: (e) => logRender(io, e) } } : undefined;
      try {
        result = await runScan(settings, {
          fs: io.fs, catalogs, tool: io.tool, logger, clock: io.clusters?.clock ?? io.clock, ...(render ? { render } : {}),
          ...(io.clusters?.http ? { http: io.clusters.http } : {}), ...(io.clusters?.feed ? { feed: io.clusters.feed } : {}),
          ...(io.scanPool ? { scanPool: io.scanPool } : {}),
        });
      } finally {
        await io.scanPool?.close();
      }
    } else {
      throw new SettingsError(`${INPUT.mode} "${mode}" is not valid; expected scan or merge`);
    }
  } catch (err) {
    if (err instanceof SettingsError || err instanceof MergeError) {
      io.setFailed(err.message);
      return null;
    }
    if (err instanceof DiscoveryError) {
      io.setFailed(`${mode === 'merge' ? INPUT.reports : INPUT.paths}: ${err.message}`);
      return null;
    }
    throw err;
  }

  // The text report quotes names from the scanned files; keep the runner from reading any of it as a command.
  const token = io.randomToken();
  io.info(`::stop-commands::${token}`);
  io.info(renderText(result, { color: false }).trimEnd().split('\n').map(logLine).join('\n'));
  io.info(`::${token}::`);

  const reportPath = reportFile(io.env, root);
  const sarifPath = reportPath.replace(/\.json$/, '.sarif');
  for (const [path, chunks] of [[reportPath, renderJsonChunks(result)], [sarifPath, renderSarifChunks(result)]] as const) {
    try {
      await io.writeFile(path, chunks);
    } catch (err) {
      io.setFailed(`cannot write the report to ${oneLine(path)}: ${describeWriteError(err)}`);
      return null;
    }
  }
  io.setOutput('errors', String(result.summary.errors));
  io.setOutput('warnings', String(result.summary.warnings));
  io.setOutput('report-json', reportPath);
  io.setOutput('report-sarif', sarifPath);

  // One part of a sharded scan: the merge step annotates, summarises and decides for the whole.
  if (result.shard) {
    io.info(logLine(`Part ${result.shard.index} of ${result.shard.count}: report written to ${reportPath}; run the action with mode: merge over every part's report.`));
    return { result, reportPath, failed: false };
  }

  const failed = shouldFail(result, failOn);
  // The failure message below is an error annotation too: keep a slot for it.
  emitAnnotations(selectAnnotations(result.findings, { reserved: { error: failed ? 1 : 0 } }), io.annotations);

  if (io.summary) {
    try {
      await writeJobSummary(result, io.summary);
    } catch (err) {
      io.warning(`Could not write the job summary: ${(err as Error).message}`);
    }
  }

  if (failed) {
    const s = result.summary;
    io.setFailed(
      `Kubernetes ${result.target}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}; ` +
        `${INPUT.failOn} is "${failOn}". See the annotations and the job summary.`,
    );
  }
  return { result, reportPath, failed };
}

/** GITHUB_WORKSPACE (else the working directory), absolute. */
function workspaceRoot(io: ActionIo): string {
  const ws = io.env['GITHUB_WORKSPACE'];
  return resolve(io.cwd, ws && ws.trim() !== '' ? ws : '.');
}

/** mode: merge — the JSON reports of every part of a sharded scan (files or globs in the workspace) into one. */
async function mergeInAction(io: ActionIo, catalogs: Catalogs, root: string): Promise<ScanResult> {
  const patterns = splitList(io.getInput(INPUT.reports));
  if (patterns.length === 0) throw new SettingsError(`${INPUT.reports} is required with ${INPUT.mode}: merge (the JSON reports of every part, e.g. reports/**/*.json)`);
  const found = await discover(io.fs, { root, paths: patterns, include: [], exclude: [], maxFileBytes: 256 * 1024 * 1024 });
  const files = found.files.filter((f) => f.rel.endsWith('.json'));
  if (files.length === 0) throw new MergeError(`${INPUT.reports}: no JSON reports match ${patterns.join(', ')}`);
  const reports = [];
  for (const f of files) reports.push({ name: f.rel, report: parseReport(new TextDecoder().decode(await io.fs.readFile(f.abs)), f.rel) });
  io.info(logLine(`${io.tool.name} ${io.tool.version}: merging ${files.length} report${files.length === 1 ? '' : 's'}: ${files.map((f) => f.rel).join(', ')}`));
  return mergeScan(reports, catalogs);
}

/** One log group per render: the command, how long it took, and what helm or kubectl said. */
function logRender(io: ActionIo, e: RenderLogEntry): void {
  const what = `${e.renderer === 'helm' ? 'helm template' : 'kustomize build'} ${e.subject}${e.values ? ` (values ${e.values})` : ''}`;
  const status = e.ok ? 'ok' : e.timedOut ? 'timed out' : 'failed';
  const token = io.randomToken();
  // What helm or kubectl printed is the repository's text (a template's fail message): each line escaped, and
  // workflow commands off around them besides.
  io.group(oneLine(`${what}: ${status} in ${Math.round(e.durationMs)} ms`), [
    `::stop-commands::${token}`,
    logLine(`$ ${e.command}`),
    ...(e.stderr.trim() === '' ? [] : e.stderr.trimEnd().split(/\r?\n/).map(logLine)),
    `::${token}::`,
  ]);
}

/** Under RUNNER_TEMP (else the workspace), one file per step so two uses of the action in a job do not collide. */
export function reportFile(env: Readonly<Record<string, string | undefined>>, root: string): string {
  const dir = env['RUNNER_TEMP'] && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : root;
  const step = (env['GITHUB_ACTION'] ?? '').replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[._]+/, '');
  return join(dir, step ? `kube-upgrade-gate-report-${step}.json` : 'kube-upgrade-gate-report.json');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The real runner: @actions/core and process, adapted to ActionIo. Never rejects. */
export async function main(): Promise<void> {
  try {
    await runAction({
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
        workers: availableParallelism(),
        now: () => performance.now(),
      },
      clusters: { http: fetchHttpClient(`${TOOL.name}/${TOOL.version}`) },
      // One worker per CPU but one (this thread checks files too), started only for a large repository.
      ...(availableParallelism() > 1
        ? { scanPool: workerScanPool({ script: new URL(import.meta.url), workers: availableParallelism() - 1, minBytes: POOL_MIN_BYTES }) }
        : {}),
    });
  } catch (err) {
    core.setFailed(`kube-upgrade-gate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}
