/** Command-line parsing for the CLI: argv in, a typed command out. No I/O. */
import { parseArgs } from 'node:util';
import { FORMATS, type Format } from '../settings/scan.js';
import type { FixCommand } from '../fix/run.js';

export const USAGE = `Usage: kube-upgrade-gate scan [PATH...] --target X.Y [options]
       kube-upgrade-gate merge REPORT.json... [--format FORMAT] [--output FILE] [--fail-on LEVEL] [--fail-on-clusters LEVEL]
       kube-upgrade-gate fix [PATH...] --target X.Y [--dry-run] [--root DIR]
       kube-upgrade-gate plan --config FILE [--cluster NAME] [--as-of DATE] [--format markdown|json] [--output FILE]

Finds Kubernetes manifests whose apiVersion/kind the target release no longer serves (error) or has deprecated (warning).

Options:
  --target X.Y            Kubernetes release to check against (required; "latest" = newest in the catalog)
  --current X.Y           the cluster's current release: says whether each replacement can be adopted before the upgrade
  --format FORMAT         text (default), json, sarif or markdown
  --quiet                 text report: list errors only (the summary still counts warnings and notices)
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
  --load-restrictor MODE  root-only (default) or none: let overlays read files outside their own directory
                          (kustomize's LoadRestrictionsNone; still only files inside the workspace)

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

Fixing mechanical migrations (fix --target X.Y [PATH...]): rewrites in place, comments and formatting kept, each
object whose move to an API the target serves is mechanical and safe; names every other one with file:line and why,
and gives chart templates the change to make (they are never rewritten).
  --dry-run               print the changes as a unified diff and write nothing
  --root DIR              workspace (default: the current directory); nothing outside it is read or written
  Exit codes of fix: 0 nothing left to fix, 1 something left for a person, 2 usage error.

plan: a change record per declared cluster (advisories → target, the path one minor at a time with a version-skew
board per step, the provider's runbook, pre-flight evidence from the scan, rollback triggers, post-upgrade checks).
Takes --config (required), --cluster, --as-of, --advisories, --format markdown (default) or json, --output, --root,
--include, --exclude, --helm-path, --kubectl-path.

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
  quiet: boolean;
  helmPath: string | undefined;
  kubectlPath: string | undefined;
  values: string[];
  releaseName: string | undefined;
  namespace: string | undefined;
  renderTimeout: string | undefined;
  renderWorkers: string | undefined;
  scanWorkers: string | undefined;
  rendered: string | undefined;
  loadRestrictor: string | undefined;
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
  quiet: boolean;
}

export interface PlanCommand {
  command: 'plan';
  paths: string[];
  config: string;
  cluster: string | undefined;
  asOf: string | undefined;
  advisories: string | undefined;
  format: 'markdown' | 'json';
  output: string | undefined;
  root: string | undefined;
  include: string[];
  exclude: string[];
  helmPath: string | undefined;
  kubectlPath: string | undefined;
}

const PLAN_OPTIONS = ['config', 'cluster', 'as-of', 'advisories', 'format', 'output', 'root', 'include', 'exclude', 'helm-path', 'kubectl-path'];

export type Command = ScanCommand | MergeCommand | FixCommand | PlanCommand | { command: 'help' } | { command: 'version' };

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
        'load-restrictor': { type: 'string' },
        config: { type: 'string' },
        cluster: { type: 'string' },
        'cluster-version': { type: 'string' },
        'kubelet-version': { type: 'string' },
        'as-of': { type: 'string' },
        'eol-warning-days': { type: 'string' },
        advisories: { type: 'string' },
        shard: { type: 'string' },
        'scan-workers': { type: 'string' },
        'dry-run': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
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
  if (cmd === undefined) throw new UsageError('missing command; expected "scan", "merge", "fix" or "plan"');
  if (cmd !== 'scan' && cmd !== 'merge' && cmd !== 'fix' && cmd !== 'plan') throw new UsageError(`unknown command "${cmd}"; expected "scan", "merge", "fix" or "plan"`);
  if (cmd === 'fix') {
    const other = Object.keys(v).find((k) => !['target', 'root', 'dry-run'].includes(k));
    if (other !== undefined) throw new UsageError(`fix takes only --target, --root and --dry-run, not --${other}`);
    return { command: 'fix', paths, target: v.target, root: v.root, dryRun: v['dry-run'] === true };
  }
  if (v['dry-run']) throw new UsageError('--dry-run is an option of fix');
  const list = (xs: string[] | undefined): string[] => (xs ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  if (cmd === 'plan') {
    const other = Object.keys(v).find((k) => !PLAN_OPTIONS.includes(k));
    if (other !== undefined) throw new UsageError(`plan does not take --${other}`);
    if (v.config === undefined) throw new UsageError('plan needs --config FILE: the configuration that declares the clusters');
    const planFormat = v.format ?? 'markdown';
    if (planFormat !== 'markdown' && planFormat !== 'json') throw new UsageError(`--format "${planFormat}" is not valid for plan; expected markdown or json`);
    return {
      command: 'plan', paths, config: v.config, cluster: v.cluster, asOf: v['as-of'], advisories: v.advisories, format: planFormat, output: v.output,
      root: v.root, include: list(v.include), exclude: list(v.exclude), helmPath: v['helm-path'], kubectlPath: v['kubectl-path'],
    };
  }
  if (v.cluster !== undefined) throw new UsageError('--cluster is an option of plan');
  const format = v.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not valid; expected one of ${FORMATS.join(', ')}`);
  }
  if (cmd === 'merge') {
    const scanOnly = Object.keys(v).filter((k) => !['format', 'output', 'fail-on', 'fail-on-clusters', 'color', 'no-color', 'quiet'].includes(k));
    if (scanOnly.length > 0) throw new UsageError(`merge takes only --format, --output, --fail-on, --fail-on-clusters and --quiet, not --${scanOnly[0]}`);
    if (paths.length === 0) throw new UsageError('merge needs the JSON reports of every part of the sharded scan');
    return {
      command: 'merge', reports: paths, format: format as Format, output: v.output, failOn: v['fail-on'], failOnClusters: v['fail-on-clusters'],
      color: v['no-color'] ? false : v.color, quiet: v.quiet === true,
    };
  }
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
    quiet: v.quiet === true,
    helmPath: v['helm-path'],
    kubectlPath: v['kubectl-path'],
    values: list(v.values),
    releaseName: v['release-name'],
    namespace: v.namespace,
    renderTimeout: v['render-timeout'],
    renderWorkers: v['render-workers'],
    rendered: v.rendered,
    loadRestrictor: v['load-restrictor'],
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
