/** Command-line parsing for the CLI: argv in, a typed command out. No I/O. */
import { parseArgs } from 'node:util';
import { FORMATS, type Format } from '../settings/scan.js';

export const USAGE = `Usage: kube-upgrade-gate scan [PATH...] --target X.Y [options]
       kube-upgrade-gate merge REPORT.json... [--format FORMAT] [--output FILE] [--fail-on LEVEL] [--fail-on-clusters LEVEL]

Finds Kubernetes manifests whose apiVersion/kind the target release no longer serves (error) or has deprecated (warning).

Options:
  --target X.Y            Kubernetes release to check against (required; "latest" = newest in the catalog)
  --current X.Y           the cluster's current release: says whether each replacement can be adopted before the upgrade
  --format FORMAT         text (default), json, sarif or markdown
  --output FILE           write the report to FILE instead of standard output
  --fail-on LEVEL         error (default), warning, notice or never: exit 1 when a finding about the files is at or
                          above LEVEL
  --fail-on-clusters LEVEL  the same for findings about the declared clusters (advisories, support window, skew,
                          upgrade path; default error); never lets the date of a run not change its exit code
  --include GLOB          only scan files matching GLOB (repeatable, or comma-separated)
  --exclude GLOB          skip files matching GLOB (repeatable, or comma-separated)
  --root DIR              workspace root that reported paths are relative to (default: the current directory)
  --max-file-bytes N      skip files larger than N bytes with a notice (default 5242880)
  --scan-workers N        worker threads that check files beside the main thread (default: one per CPU but one,
                          for repositories of 32 MiB or more; 0: check every file on the main thread)
  --shard I/N             scan part I of N (a stable partition of files, charts and overlays); merge the N JSON
                          reports with "merge" for the report of the whole

Helm charts and Kustomize overlays (rendered offline for the target release, then checked):
  --helm-path PATH        helm 3 or 4 to render charts with (default: helm on PATH)
  --kubectl-path PATH     kubectl or kustomize to build overlays with (default: kustomize, then kubectl, on PATH)
  --values CHART=FILE     also render CHART with values FILE (repeatable; paths relative to the working directory)
  --release-name NAME     release name for helm template (default release-name)
  --namespace NAME        namespace for helm template (default default)
  --render-timeout SEC    time limit per render (default 60)
  --render-workers N      renders at a time (default: one per CPU)
  --rendered FILE|-       also read helm template output from FILE or standard input

Declared clusters (advisories, support window, version skew, upgrade path):
  --config FILE           cluster configuration (default: <root>/.github/kube-upgrade-gate.yaml when it exists)
  --cluster-version V     check one cluster running kube-apiserver V (e.g. 1.34.2) instead of the file's clusters
  --kubelet-version V     the kubelet version of that cluster's nodes
  --as-of DATE            evaluate support windows and fixes on DATE (YYYY-MM-DD; default today)
  --eol-warning-days N    warn N days before a minor's end of life (default 60)
  --advisories SOURCE     embedded (default: the catalog shipped with the tool) or live (official CVE feed + OSV)
  --no-color              plain text output
  -h, --help              this help
  -v, --version           print the version

Exit codes: 0 nothing at or above --fail-on (--fail-on-clusters for cluster findings), 1 findings at or above it,
2 usage or configuration error.`;

export interface ScanCommand {
  command: 'scan';
  paths: string[];
  target: string | undefined;
  current: string | undefined;
  format: Format;
  output: string | undefined;
  failOn: string | undefined;
  failOnClusters: string | undefined;
  include: string[];
  exclude: string[];
  root: string | undefined;
  maxFileBytes: string | undefined;
  color: boolean | undefined;
  helmPath: string | undefined;
  kubectlPath: string | undefined;
  values: string[];
  releaseName: string | undefined;
  namespace: string | undefined;
  renderTimeout: string | undefined;
  renderWorkers: string | undefined;
  scanWorkers: string | undefined;
  rendered: string | undefined;
  config: string | undefined;
  clusterVersion: string | undefined;
  kubeletVersion: string | undefined;
  asOf: string | undefined;
  eolWarningDays: string | undefined;
  advisories: string | undefined;
  shard: string | undefined;
}

export interface MergeCommand {
  command: 'merge';
  reports: string[];
  format: Format;
  output: string | undefined;
  failOn: string | undefined;
  failOnClusters: string | undefined;
  color: boolean | undefined;
}

export type Command = ScanCommand | MergeCommand | { command: 'help' } | { command: 'version' };

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
        'fail-on-clusters': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        root: { type: 'string' },
        'max-file-bytes': { type: 'string' },
        'helm-path': { type: 'string' },
        'kubectl-path': { type: 'string' },
        values: { type: 'string', multiple: true },
        'release-name': { type: 'string' },
        namespace: { type: 'string' },
        'render-timeout': { type: 'string' },
        'render-workers': { type: 'string' },
        rendered: { type: 'string' },
        config: { type: 'string' },
        'cluster-version': { type: 'string' },
        'kubelet-version': { type: 'string' },
        'as-of': { type: 'string' },
        'eol-warning-days': { type: 'string' },
        advisories: { type: 'string' },
        shard: { type: 'string' },
        'scan-workers': { type: 'string' },
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
  if (cmd === undefined) throw new UsageError('missing command; expected "scan" or "merge"');
  if (cmd !== 'scan' && cmd !== 'merge') throw new UsageError(`unknown command "${cmd}"; expected "scan" or "merge"`);
  const format = v.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not valid; expected one of ${FORMATS.join(', ')}`);
  }
  if (cmd === 'merge') {
    const scanOnly = Object.keys(v).filter((k) => !['format', 'output', 'fail-on', 'fail-on-clusters', 'color', 'no-color'].includes(k));
    if (scanOnly.length > 0) throw new UsageError(`merge takes only --format, --output, --fail-on and --fail-on-clusters, not --${scanOnly[0]}`);
    if (paths.length === 0) throw new UsageError('merge needs the JSON reports of every part of the sharded scan');
    return { command: 'merge', reports: paths, format: format as Format, output: v.output, failOn: v['fail-on'], failOnClusters: v['fail-on-clusters'], color: v['no-color'] ? false : v.color };
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
    failOnClusters: v['fail-on-clusters'],
    include: list(v.include),
    exclude: list(v.exclude),
    root: v.root,
    maxFileBytes: v['max-file-bytes'],
    color: v['no-color'] ? false : v.color,
    helmPath: v['helm-path'],
    kubectlPath: v['kubectl-path'],
    values: list(v.values),
    releaseName: v['release-name'],
    namespace: v.namespace,
    renderTimeout: v['render-timeout'],
    renderWorkers: v['render-workers'],
    rendered: v.rendered,
    config: v.config,
    clusterVersion: v['cluster-version'],
    kubeletVersion: v['kubelet-version'],
    asOf: v['as-of'],
    eolWarningDays: v['eol-warning-days'],
    advisories: v.advisories,
    shard: v.shard,
    scanWorkers: v['scan-workers'],
  };
}
