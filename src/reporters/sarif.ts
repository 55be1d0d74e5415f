/**
 * The SARIF 2.1.0 report, shaped for GitHub code scanning: one run, one rule per rule id, one result per
 * finding that has a file. Findings about the whole scan (no file) cannot carry a location, which code
 * scanning requires, so they become tool execution notifications of the invocation instead.
 * Pure: result in, text out.
 */
import { createRequire } from 'node:module';
import type { ScanResult } from '../app/result.js';
import type { Finding, Severity } from '../findings/types.js';
import type { RuleId } from '../rules/ids.js';
import { RULES } from '../rules/index.js';
import { jsonChunks, StreamedArray } from './json.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/kube-upgrade-gate/kube-upgrade-gate';
/** Name of the partial fingerprint; bump the version suffix if the fingerprint input ever changes. */
export const FINGERPRINT_KEY = 'kubeUpgradeGateFinding/v1';
const SRCROOT = '%SRCROOT%';

// node:crypto (for the fingerprints' hash) is loaded when a SARIF report is first written, not at start-up.
const require = createRequire(import.meta.url);
let nodeCrypto: typeof import('node:crypto') | undefined;

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', notice: 'note' };

/** Longer text for each rule: what it means and what to do about it. */
const RULE_HELP: Readonly<Record<RuleId, { full: string; help: string }>> = {
  'removed-api': {
    full:
      'The object uses an apiVersion/kind that the target Kubernetes release no longer serves: applying it to a cluster ' +
      'running that release fails, and tools that render or diff it against the cluster break.',
    help:
      'Change the apiVersion (and the kind, when the message names a different one) to the replacement API the message ' +
      'names, then review the object against the schema of the new version: replacement versions often rename, move or ' +
      'require fields. When the message says the current release already serves the replacement, migrate before the ' +
      'upgrade; otherwise migrate during the upgrade window. When there is no replacement API, remove the object and ' +
      'adopt the alternative the message describes.',
  },
  'deprecated-api': {
    full:
      'The object uses an apiVersion/kind that the target Kubernetes release still serves but has deprecated; a later ' +
      'release removes it.',
    help:
      'Nothing breaks at the target release, but plan the migration now: move the object to the replacement API the ' +
      'message names before the release that removes the deprecated one.',
  },
  'invalid-manifest': {
    full:
      'A document that looks like a Kubernetes object could not be parsed, so its API version was not checked. The ' +
      'other documents of the same file were still checked.',
    help:
      'Fix the YAML or JSON syntax at the reported line. If the file is a template rather than a plain manifest, ' +
      'exclude it from the scan.',
  },
  'skipped-file': {
    full:
      'A file or link was not scanned because it is binary, not UTF-8 text, larger than the size limit, or a link the ' +
      'scan does not follow. Manifests in it were not checked.',
    help:
      'If the file holds manifests, store it as UTF-8 text, raise the size limit, or replace the link with the file ' +
      'itself. If it does not, exclude it from the scan.',
  },
  'no-manifests': {
    full: 'The scan matched no Kubernetes documents, so a clean result proves nothing about the repository.',
    help:
      'Check that the scanned paths point at the directories holding the manifests and that the include and ' +
      'exclude patterns do not filter them out.',
  },
  'render-failed': {
    full:
      'A Helm chart or Kustomize overlay could not be rendered without network access (a template error, a chart ' +
      'dependency that is not vendored, a remote base, or a timeout), so the objects it would produce were not checked.',
    help:
      'Render it the same way locally (helm template, kubectl kustomize) to see the error. Vendor chart dependencies ' +
      'into the chart (helm dependency build), replace remote Kustomize bases with local copies, or raise the render ' +
      'timeout. If the chart or overlay does not need checking, exclude it.',
  },
  'renderer-missing': {
    full:
      'Helm charts or Kustomize overlays were found, but helm, kubectl or kustomize is not available to render them, so ' +
      'the objects they produce were not checked.',
    help:
      'Install the renderer before the scan, or tell the scan where it is. Alternatively, render the manifests in an ' +
      'earlier step and scan the output.',
  },
  'chart-kube-version': {
    full:
      "The kubeVersion constraint in a chart's Chart.yaml excludes the target release, so Helm refuses to install or " +
      'upgrade the chart on a cluster running it.',
    help:
      'Check that the chart works on the target release, then widen the kubeVersion constraint in Chart.yaml so it ' +
      'includes that release.',
  },
  'capabilities-removed-api': {
    full:
      'A template tests .Capabilities.APIVersions.Has for an API the target release no longer serves. An offline render ' +
      'still sees the API, so it took a branch that a cluster on the target release would not take.',
    help:
      'Read the findings for objects from that branch as describing the offline render. Prefer templates that use the ' +
      'served API directly once every supported cluster serves it, so the branch and the old API can be removed.',
  },
  'removed-feature-gate': {
    full:
      'A Kubernetes component (kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, kube-proxy) or kubeadm is ' +
      'given a feature gate that the target release no longer has; the component refuses to start ("unrecognized feature gate").',
    help:
      'Delete the gate from the flag or featureGates map the message names before upgrading. A removed gate was GA (its ' +
      'feature is always on) or was withdrawn (its feature is gone).',
  },
  'locked-feature-gate': {
    full:
      'The feature gate is locked to its default in the target release. Set to the default it does nothing and fails once ' +
      'the gate is removed (warning); set to the other value the component refuses to start (error).',
    help: 'Delete the gate from the flag or featureGates map the message names.',
  },
  'deprecated-feature-gate': {
    full: 'The feature gate is deprecated in the target release; a later release removes it, and the component then refuses to start with it.',
    help: 'Stop setting the gate before the release that removes it.',
  },
  'unknown-feature-gate': {
    full:
      'No Kubernetes release has this feature gate (a typo, or a gate of another program given to a Kubernetes ' +
      'component), or the target release does not have it yet; the component refuses to start.',
    help: 'Correct the name (the message suggests the closest known gate) or delete the gate.',
  },
  'removed-config-api': {
    full:
      'A config file (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver audit or admission configuration, ' +
      'kubeconfig exec plugin) uses an apiVersion the target release no longer reads; the file fails to load.',
    help: 'Migrate the file to the version the message names (for kubeadm, with `kubeadm config migrate` of a release that reads both).',
  },
  'deprecated-config-api': {
    full: 'A config file uses an apiVersion the target release still reads but has deprecated; a later release stops reading it.',
    help: 'Migrate the file to the version the message names before the release that removes the deprecated one.',
  },
  'removed-flag': {
    full:
      'A Kubernetes component is given a command-line flag, or kube-apiserver an admission plugin, that the target release ' +
      'no longer has; the component refuses to start.',
    help: 'Delete the flag (or the plugin from the admission plugin list); the message names the replacement when there is one.',
  },
  'cluster-advisory': {
    full:
      'A Kubernetes security advisory affects the version a declared cluster runs for one of its components. Severity ' +
      'follows the CVSS rating: critical and high are errors, medium warnings, low notices.',
    help:
      'Upgrade to the smallest fixed, supported target the message names (a patch of the same minor when that minor is ' +
      'still supported, otherwise the next supported minor, one minor at a time). Until then apply the mitigation the ' +
      'message gives. Advisories without a fix are reported with their mitigation only.',
  },
  'unsupported-version': {
    full:
      'A declared cluster (or one of its components, or its upgrade target) is on a Kubernetes minor release that upstream ' +
      'no longer patches on the evaluation date, or that reaches end of life within the warning window.',
    help: 'Plan the upgrade to a supported minor; the message names the smallest supported target. Managed providers may publish longer support calendars.',
  },
  'version-skew': {
    full:
      'Declared component versions break the Kubernetes version-skew policy, or moving the control plane to the target ' +
      'would: for example a kubelet more minors behind kube-apiserver than the policy allows.',
    help:
      'Upgrade the component the message names to the minor it requires. For a node pool that the planned control-plane ' +
      'upgrade would leave out of skew, upgrade the pool first or along with the control plane.',
  },
  'upgrade-path': {
    full:
      'The target of a declared cluster is more than one minor ahead: kube-apiserver must not skip minors, so the upgrade ' +
      'takes several steps, each of which may remove APIs that the manifests deployed to the cluster use.',
    help: 'Plan one upgrade per step in the order given, migrating the manifests each step lists before taking that step.',
  },
  'advisory-feed': {
    full:
      'About the advisories themselves: the live feed could not be used (the embedded catalog was), a CVE from the feed could ' +
      'not be matched against versions, or the embedded catalog is more than 30 days old and may miss recent advisories.',
    help: 'Check the named CVEs by hand, retry the live feed later, or update kube-upgrade-gate for a newer embedded catalog.',
  },
};

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region: { startLine: number; startColumn?: number };
  };
}

/** The report as one string (a report too long for one string needs renderSarifChunks). */
export function renderSarif(result: ScanResult): string {
  return [...renderSarifChunks(result)].join('');
}

/** The report as chunks, the results written one at a time (see jsonChunks). */
export function* renderSarifChunks(result: ScanResult): Generator<string> {
  const ruleIndex = new Map<string, number>(RULES.map((r, i) => [r.meta.id, i]));
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    name: ruleName(r.meta.id),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: RULE_HELP[r.meta.id].full },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    help: { text: RULE_HELP[r.meta.id].help },
    properties: { tags: ['kubernetes'] },
  }));

  const fingerprints = fingerprintAll(result.findings);
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  result.findings.forEach((f, i) => {
    const rule = { id: f.ruleId, index: ruleIndex.get(f.ruleId) ?? -1 };
    if (f.file === null) {
      notifications.push({
        level: LEVEL[f.severity],
        message: { text: plainText(f.message) },
        associatedRule: rule,
      });
      return;
    }
    results.push({
      ruleId: f.ruleId,
      ruleIndex: rule.index,
      level: LEVEL[f.severity],
      message: { text: plainText(f.message) },
      locations: [location(f.file, f.line, f.column)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
    });
  });

  const invocation: Record<string, unknown> = { executionSuccessful: true };
  if (notifications.length > 0) invocation['toolExecutionNotifications'] = notifications;

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            fullName: `${result.tool.name} ${result.tool.version} (API catalog ${result.catalog.version})`,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        results: new StreamedArray(results),
        properties: {
          target: result.target,
          current: result.current,
          catalogVersion: result.catalog.version,
        },
      },
    ],
  };
  yield* jsonChunks(log);
  yield '\n';
}

function location(file: string, line: number | null, column: number | null): SarifLocation {
  // Code scanning needs a start line; findings about a whole file (e.g. a skipped file) point at its first line.
  const known = line !== null && line >= 1;
  const region: SarifLocation['physicalLocation']['region'] = { startLine: known ? line : 1 };
  if (known && column !== null && column >= 1) region.startColumn = column;
  return { physicalLocation: { artifactLocation: { uri: encodeUri(file), uriBaseId: SRCROOT }, region } };
}

/**
 * Message text with square brackets and backslashes escaped, so text quoted from a manifest (an object named
 * `[docs](https://example.com)`) is shown literally instead of becoming a SARIF embedded link.
 */
export function plainText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** A repository-relative POSIX path as a relative URI reference: each segment percent-encoded, slashes kept. */
export function encodeUri(path: string): string {
  return path.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}

/**
 * One fingerprint per finding, stable when lines move: a hash of the rule, the file and the object
 * (apiVersion, kind, namespace, name). Findings without an object use their message instead. Findings that would
 * share a hash (two unnamed objects of the same kind in one file) are told apart by a 1-based occurrence count
 * suffix, in report order.
 */
export function fingerprintAll(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const o = f.object;
    const identity = o
      ? [f.ruleId, f.file ?? '', o.apiVersion, o.kind, o.namespace ?? '', o.name ?? '']
      : [f.ruleId, f.file ?? '', f.message];
    nodeCrypto ??= require('node:crypto') as typeof import('node:crypto');
    const hash = nodeCrypto.createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}
