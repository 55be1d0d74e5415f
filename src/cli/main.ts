/**
 * The CLI's work, with every side effect passed in: argv, working directory, output streams and the file system.
 * Returns the exit code: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
 */
import { dirname, relative, resolve, sep, isAbsolute } from 'node:path';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import type { FileSystem, Logger } from '../app/ports.js';
import { runScan, shouldFail } from '../app/run.js';
import { resolveScanSettings, SettingsError } from '../app/settings.js';
import { DiscoveryError } from '../discovery/discover.js';
import { render } from '../reporters/index.js';
import { parseCommandLine, USAGE, UsageError } from './args.js';

export interface CliIo {
  argv: readonly string[];
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeFile: (path: string, text: string) => Promise<void>;
  fs: FileSystem;
  catalog: () => ApiCatalog;
  tool: { name: string; version: string };
  /** Whether standard output is a terminal that takes colour. */
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function cliMain(io: CliIo): Promise<number> {
  let cmd;
  try {
    cmd = parseCommandLine(io.argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kube-upgrade-gate: ${err.message}\n\n${USAGE}\n`);
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
  const catalog = io.catalog();
  const absPaths = (cmd.paths.length > 0 ? cmd.paths : ['.']).map((p) => resolve(io.cwd, p));
  const root = cmd.root ? resolve(io.cwd, cmd.root) : defaultRoot(io.cwd, absPaths);
  const logger: Logger = { info: () => {}, warn: (m) => io.stderr(`warning: ${m}\n`) };
  try {
    const settings = resolveScanSettings(
      {
        root,
        paths: absPaths.map((p) => relative(root, p) || '.'),
        target: cmd.target,
        current: cmd.current,
        failOn: cmd.failOn,
        include: cmd.include,
        exclude: cmd.exclude,
        maxFileBytes: cmd.maxFileBytes,
      },
      catalog,
      { target: '--target', current: '--current', failOn: '--fail-on', maxFileBytes: '--max-file-bytes' },
    );
    const result = await runScan(settings, { fs: io.fs, catalog, tool: io.tool, logger });
    const color = cmd.color ?? (io.color && cmd.output === undefined);
    const text = render(result, cmd.format, { color });
    if (cmd.output) await io.writeFile(resolve(io.cwd, cmd.output), text);
    else io.stdout(text);
    return shouldFail(result, settings.failOn) ? EXIT_FINDINGS : EXIT_OK;
  } catch (err) {
    if (err instanceof SettingsError || err instanceof DiscoveryError) {
      io.stderr(`kube-upgrade-gate: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
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
