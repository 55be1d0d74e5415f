/**
 * The CLI's work, with every side effect passed in: argv, working directory, output streams and the file system.
 * Returns the exit code: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error,
 * or a report that cannot be written (one line naming the path). A reader that closes standard output early
 * (`… | head`) is not an error: the rest of the report is dropped and the exit code is the one the findings give.
 */
import { dirname, relative, resolve, sep, isAbsolute } from 'node:path';
import { withCatalogs, type Catalogs } from '../catalog/index.js';
import type { Clock, FileScanPool, FileSystem, Logger, ProcessRunner, TempFileSystem } from '../ports/index.js';
import type { RenderDeps, RenderObserver } from '../render/index.js';
import { mergeScan, runScan, shouldFail } from '../app/run.js';
import { resolveFailOn, resolveScanSettings, type Format } from '../settings/scan.js';
import { CLI_CLUSTER_NAMES, loadClusters } from '../settings/clusters.js';
import { resolveSettings, type AllSettingNames } from '../settings/index.js';
import type { ClusterDeps } from '../clusters/check.js';

import { render } from '../reporters/index.js';
import { renderJsonChunks } from '../reporters/json.js';
import { renderSarifChunks } from '../reporters/sarif.js';
import { logLine, type TextOptions } from '../reporters/text.js';
import type { ScanResult } from '../app/result.js';
import { describeWriteError, isClosedPipe } from '../platform/output.js';
import { parseCommandLine, USAGE, UsageError, type MergeCommand, type PlanCommand } from './args.js';
import { defaultPlanTarget, renderPlanMarkdown, runPlan } from '../plan/index.js';
import { isoDay } from '../catalog/releases.js';
import { parseReport } from '../app/merge.js';
import { fixMain } from '../fix/run.js';
import { InputError, MergeError, SettingsError } from '../ports/errors.js';

export interface CliIo {
  argv: readonly string[];
  cwd: string;
  /** Writes to standard output; may return a promise, awaited, that rejects with the write's error (EPIPE, ENOSPC …). */
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  /** Writes a report file whole (the shipped CLI: atomically); rejects with the file system's error. */
  writeFile: (path: string, text: string | Iterable<string>) => Promise<void>;
  fs: FileSystem;
  /** The catalogs (the API catalog at once, the others on first use). */
  catalogs: () => Catalogs;
  /** Today, for declared clusters without --as-of. */
  clock: Clock;
  tool: { name: string; version: string };
  /** Whether standard output is a terminal that takes colour. */
  color: boolean;
  /** Running helm/kubectl for charts and overlays; without it they are reported as not rendered. */
  render?: {
    process: ProcessRunner;
    temp: TempFileSystem;
    /** Absolute path of an executable given a name on PATH or a path; null when there is none. */
    findExecutable(nameOrPath: string): Promise<string | null>;
    /** CPUs available (os.availableParallelism()): renders at a time by default. */
    cpus: number;
    now(): number;
  };
  /** Worker threads for the plain scan; without it, every file is checked on the main thread. */
  scanPool?: {
    /** CPUs available: workers by default are one fewer (the main thread checks files too). */
    cpus: number;
    /** Repositories smaller than this are checked on the main thread unless --scan-workers asks for workers. */
    minBytes: number;
    create(workers: number, minBytes: number): FileScanPool;
  };
  /** Reads standard input (for `--rendered -`). */
  readStdin?: () => Promise<string>;
  /** Whether standard error is a terminal: render progress is shown there. */
  stderrIsTTY?: boolean;
  /** For declared clusters: another clock, the HTTP client for --advisories live, or other release and advisory data. */
  clusters?: Partial<ClusterDeps>;
}

/** The flags, as the CLI's messages name them. */
const CLI_NAMES: AllSettingNames = {
  ...CLI_CLUSTER_NAMES,
  target: '--target', current: '--current', failOn: '--fail-on', maxFileBytes: '--max-file-bytes',
  releaseName: '--release-name', namespace: '--namespace', values: '--values', renderTimeout: '--render-timeout',
  renderWorkers: '--render-workers', rendered: '--rendered', shard: '--shard', loadRestrictor: '--load-restrictor',
  failOnClusters: '--fail-on-clusters',
};

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

export async function cliMain(io: CliIo): Promise<number> {
  let cmd;
  try {
    cmd = parseCommandLine(io.argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${escaped(`kube-upgrade-gate: ${err.message}`)}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (cmd.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (cmd.command === 'version') {
    io.stdout(`${io.tool.version}\n`);
    return EXIT_OK;
  }
  const catalogs = withCatalogs(io.catalogs(), io.clusters);
  const catalog = catalogs.api;
  if (cmd.command === 'merge') return await mergeMain(cmd, io, catalogs);
  if (cmd.command === 'fix') return await fixMain(cmd, { cwd: io.cwd, fs: io.fs, catalog, stdout: io.stdout, stderr: io.stderr });
  if (cmd.command === 'plan') return await planMain(cmd, io, catalogs);
  const given = cmd.paths.length > 0 ? cmd.paths : ['.'];
  const absPaths = given.map((p) => resolve(io.cwd, p));
  // A path or root that is not there is a usage error, before anything is read.
  for (const [i, p] of absPaths.entries()) {
    if (!(await io.fs.stat(p).catch(() => null))) return usage(io, `path "${given[i]}" does not exist`);
  }
  let root = cmd.root ? resolve(io.cwd, cmd.root) : defaultRoot(io.cwd, absPaths);
  const rootStat = await io.fs.stat(root).catch(() => null);
  if (cmd.root && !rootStat?.isDirectory) return usage(io, `--root "${cmd.root}" is not a directory`);
  // One file outside the working directory: its directory is the workspace.
  if (!rootStat?.isDirectory) root = dirname(root);
  const logger: Logger = { info: () => {}, warn: (m) => io.stderr(`${escaped(`warning: ${m}`)}\n`) };
  const fromCwd = (p: string | undefined): string | undefined => (p === undefined || p.trim() === '' || p.trim() === '-' ? p : resolve(io.cwd, p.trim()));
  const pathLike = (p: string | undefined): string | undefined => (p !== undefined && /[\\/]/.test(p) ? fromCwd(p) : p);
  try {
    const settings = await resolveSettings(
      {
        root,
        paths: absPaths.map((p) => relative(root, p) || '.'),
        target: cmd.target,
        current: cmd.current,
        failOn: cmd.failOn,
        failOnClusters: cmd.failOnClusters,
        include: cmd.include,
        exclude: cmd.exclude,
        maxFileBytes: cmd.maxFileBytes,
        helmPath: pathLike(cmd.helmPath),
        kubectlPath: pathLike(cmd.kubectlPath),
        releaseName: cmd.releaseName,
        namespace: cmd.namespace,
        values: cmd.values.map((pair) => {
          const eq = pair.indexOf('=');
          return eq > 0 ? `${fromCwd(pair.slice(0, eq))}=${fromCwd(pair.slice(eq + 1))}` : pair;
        }),
        renderTimeout: cmd.renderTimeout,
        renderWorkers: cmd.renderWorkers,
        rendered: fromCwd(cmd.rendered),
        loadRestrictor: cmd.loadRestrictor,
        shard: cmd.shard,
        config: fromCwd(cmd.config),
        clusterVersion: cmd.clusterVersion,
        kubeletVersion: cmd.kubeletVersion,
        asOf: cmd.asOf,
        eolWarningDays: cmd.eolWarningDays,
        advisories: cmd.advisories,
      },
      CLI_NAMES,
      catalog,
      io.fs,
    );
    const renderDeps: RenderDeps | undefined = io.render
      ? {
          process: io.render.process,
          temp: io.render.temp,
          findExecutable: io.render.findExecutable,
          workers: io.render.cpus,
          cpus: io.render.cpus,
          now: io.render.now,
          observer: io.stderrIsTTY ? progressLine(io.stderr) : {},
          ...(io.readStdin ? { readStdin: io.readStdin } : {}),
        }
      : undefined;
    const scanPool = createScanPool(io, cmd.scanWorkers);
    let result;
    try {
      result = await runScan(settings, {
        fs: io.fs, catalogs, tool: io.tool, logger, clock: io.clusters?.clock ?? io.clock, ...(renderDeps ? { render: renderDeps } : {}),
        ...(io.clusters?.http ? { http: io.clusters.http } : {}), ...(io.clusters?.feed ? { feed: io.clusters.feed } : {}),
        ...(scanPool ? { scanPool } : {}),
      });
    } finally {
      await scanPool?.close();
    }
    const color = cmd.color ?? (io.color && cmd.output === undefined);
    const code = shouldFail(result, { files: settings.failOn, clusters: settings.failOnClusters ?? 'error' }) ? EXIT_FINDINGS : EXIT_OK;
    // The text report shows paths relative to the working directory, so a terminal can open them; the other formats
    // keep them relative to the workspace.
    const displayPath = (file: string): string => relative(io.cwd, resolve(root, file)).split(sep).join('/') || '.';
    return await writeReport(io, cmd.output, reportChunks(result, cmd.format, { color, quiet: cmd.quiet, displayPath }), code);
  } catch (err) {
    if (err instanceof InputError) {
      return usage(io, err.message);
    }
    throw err;
  }
}

/** A usage or configuration error on standard error; exit 2. */
function usage(io: CliIo, message: string): number {
  io.stderr(`${escaped(`kube-upgrade-gate: ${message}`)}\n`);
  return EXIT_USAGE;
}

/**
 * Messages quote paths and values from the repository, and a CI runner reads standard error for workflow commands
 * too: every line goes through logLine.
 */
function escaped(message: string): string {
  return message.split('\n').map(logLine).join('\n');
}

/** The report in pieces: JSON and SARIF are written a finding at a time (a large report is longer than one string may be). */
function reportChunks(result: ScanResult, format: Format, opts: TextOptions): Iterable<string> {
  if (format === 'json') return renderJsonChunks(result);
  if (format === 'sarif') return renderSarifChunks(result);
  return [render(result, format, opts)];
}

/** Standard output takes chunks of about this many characters at a time. */
const STDOUT_CHUNK = 64 * 1024;

/**
 * Writes the report to --output FILE or standard output and returns the exit code: `code`, or EXIT_USAGE with one
 * line naming the path when the report cannot be written. A closed pipe on standard output ends the report quietly.
 */
async function writeReport(io: CliIo, output: string | undefined, chunks: Iterable<string>, code: number): Promise<number> {
  if (output !== undefined) {
    const path = resolve(io.cwd, output);
    try {
      await io.writeFile(path, chunks);
    } catch (err) {
      return usage(io, `cannot write the report to ${path}: ${describeWriteError(err)}`);
    }
    return code;
  }
  let buf = '';
  const flush = async (): Promise<void> => {
    const text = buf;
    buf = '';
    await io.stdout(text);
  };
  try {
    for (const chunk of chunks) {
      buf += chunk;
      if (buf.length >= STDOUT_CHUNK) await flush();
    }
    if (buf !== '') await flush();
  } catch (err) {
    if (isClosedPipe(err)) return code;
    return usage(io, `cannot write the report to standard output: ${describeWriteError(err)}`);
  }
  return code;
}

function createScanPool(io: CliIo, flag: string | undefined): FileScanPool | undefined {
  if (flag !== undefined && (!/^\d+$/.test(flag.trim()) || Number(flag) > 64)) {
    throw new SettingsError(`--scan-workers "${flag}" is not valid; expected a whole number from 0 to 64`);
  }
  if (!io.scanPool) return undefined;
  if (flag !== undefined) {
    const n = Number(flag);
    return n > 0 ? io.scanPool.create(n, 0) : undefined;
  }
  const n = io.scanPool.cpus - 1;
  return n > 0 ? io.scanPool.create(n, io.scanPool.minBytes) : undefined;
}

/** `merge`: the reports of every part of a sharded scan in, the report of the whole out. */
async function mergeMain(cmd: MergeCommand, io: CliIo, catalogs: Catalogs): Promise<number> {
  try {
    const failOn = { files: resolveFailOn(cmd.failOn, '--fail-on'), clusters: resolveFailOn(cmd.failOnClusters, '--fail-on-clusters') };
    const reports = [];
    for (const name of cmd.reports) {
      let text: string;
      try {
        text = new TextDecoder().decode(await io.fs.readFile(resolve(io.cwd, name)));
      } catch (err) {
        throw new MergeError(`cannot read ${name} (${(err as Error).message})`);
      }
      reports.push({ name, report: parseReport(text, name) });
    }
    const result = await mergeScan(reports, catalogs);
    const chunks = reportChunks(result, cmd.format, { color: cmd.color ?? (io.color && cmd.output === undefined), quiet: cmd.quiet });
    return await writeReport(io, cmd.output, chunks, shouldFail(result, failOn) ? EXIT_FINDINGS : EXIT_OK);
  } catch (err) {
    if (err instanceof InputError) {
      return usage(io, err.message);
    }
    throw err;
  }
}

/** `plan`: the change record of each declared cluster (or of --cluster NAME), as Markdown or JSON. */
async function planMain(cmd: PlanCommand, io: CliIo, catalogs: Catalogs): Promise<number> {
  const root = resolve(io.cwd, cmd.root ?? '.');
  if (!(await io.fs.stat(root).catch(() => null))?.isDirectory) return usage(io, `--root "${cmd.root ?? '.'}" is not a directory`);
  const logger: Logger = { info: () => {}, warn: (m) => io.stderr(`${escaped(`warning: ${m}`)}\n`) };
  const fromCwd = (p: string | undefined): string | undefined => (p === undefined || !/[\\/]/.test(p) ? p : resolve(io.cwd, p));
  try {
    const declared = await loadClusters({ root, config: resolve(io.cwd, cmd.config), asOf: cmd.asOf, advisories: cmd.advisories }, io.fs, catalogs.api, CLI_CLUSTER_NAMES);
    const clock = io.clusters?.clock ?? io.clock;
    const target = declared?.target ?? defaultPlanTarget(catalogs.releases(), cmd.asOf ?? isoDay(clock.now()));
    const paths = (cmd.paths.length > 0 ? cmd.paths : ['.']).map((p) => relative(root, resolve(io.cwd, p)) || '.');
    const scan = resolveScanSettings(
      { root, paths, target, include: cmd.include, exclude: cmd.exclude, helmPath: fromCwd(cmd.helmPath), kubectlPath: fromCwd(cmd.kubectlPath), failOn: 'never' },
      catalogs.api,
      { target: 'target', current: '--current', failOn: '--fail-on', maxFileBytes: '--max-file-bytes' },
    );
    const renderDeps: RenderDeps | undefined = io.render
      ? { process: io.render.process, temp: io.render.temp, findExecutable: io.render.findExecutable, workers: io.render.cpus, cpus: io.render.cpus, now: io.render.now, observer: {} }
      : undefined;
    const record = await runPlan(
      { scan, clusters: declared!.resolve(target), only: cmd.cluster ?? null },
      { fs: io.fs, catalogs, tool: io.tool, logger, clock, ...(renderDeps ? { render: renderDeps } : {}), ...(io.clusters?.http ? { http: io.clusters.http } : {}), ...(io.clusters?.feed ? { feed: io.clusters.feed } : {}) },
    );
    const text = cmd.format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : renderPlanMarkdown(record);
    return await writeReport(io, cmd.output, [text], EXIT_OK);
  } catch (err) {
    if (err instanceof InputError) return usage(io, err.message);
    throw err;
  }
}

/** One progress line on a terminal, rewritten in place and cleared when the last render is done. */
function progressLine(write: (text: string) => void): RenderObserver {
  return {
    progress(done, total, label) {
      write(done >= total ? '\r\u001b[K' : `\r\u001b[Krendered ${done}/${total}: ${logLine(label)}`);
    },
  };
}

/** The working directory, unless a scanned path lies outside it: then the deepest directory holding every path. */
function defaultRoot(cwd: string, paths: readonly string[]): string {
  const within = (p: string): boolean => {
    const rel = relative(cwd, p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  if (paths.every(within)) return cwd;
  let common = paths[0] as string;
  for (const p of paths.slice(1)) {
    while (!(p === common || p.startsWith(common.endsWith(sep) ? common : common + sep))) common = dirname(common);
  }
  return common;
}
