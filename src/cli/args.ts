/** Command-line parsing for the CLI: argv in, a typed command out. No I/O. */
import { parseArgs } from 'node:util';
import { FORMATS, type Format } from '../app/settings.js';

export const USAGE = `Usage: kube-upgrade-gate scan [PATH...] --target X.Y [options]

Finds Kubernetes manifests whose apiVersion/kind the target release no longer serves (error) or has deprecated (warning).

Options:
  --target X.Y            Kubernetes release to check against (required; "latest" = newest in the catalog)
  --current X.Y           the cluster's current release: says whether each replacement can be adopted before the upgrade
  --format FORMAT         text (default), json, sarif or markdown
  --output FILE           write the report to FILE instead of standard output
  --fail-on LEVEL         error (default), warning, notice or never: exit 1 when a finding is at or above LEVEL
  --include GLOB          only scan files matching GLOB (repeatable, or comma-separated)
  --exclude GLOB          skip files matching GLOB (repeatable, or comma-separated)
  --root DIR              workspace root that reported paths are relative to (default: the current directory)
  --max-file-bytes N      skip files larger than N bytes with a notice (default 5242880)
  --no-color              plain text output
  -h, --help              this help
  -v, --version           print the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.`;

export interface ScanCommand {
  command: 'scan';
  paths: string[];
  target: string | undefined;
  current: string | undefined;
  format: Format;
  output: string | undefined;
  failOn: string | undefined;
  include: string[];
  exclude: string[];
  root: string | undefined;
  maxFileBytes: string | undefined;
  color: boolean | undefined;
}

export type Command = ScanCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        target: { type: 'string' },
        current: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        root: { type: 'string' },
        'max-file-bytes': { type: 'string' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const [cmd, ...paths] = parsed.positionals;
  if (cmd === undefined) throw new UsageError('missing command; expected "scan"');
  if (cmd !== 'scan') throw new UsageError(`unknown command "${cmd}"; expected "scan"`);
  const format = v.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not valid; expected one of ${FORMATS.join(', ')}`);
  }
  const list = (xs: string[] | undefined): string[] => (xs ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  return {
    command: 'scan',
    paths,
    target: v.target,
    current: v.current,
    format: format as Format,
    output: v.output,
    failOn: v['fail-on'],
    include: list(v.include),
    exclude: list(v.exclude),
    root: v.root,
    maxFileBytes: v['max-file-bytes'],
    color: v['no-color'] ? false : v.color,
  };
}
