/**
 * The SARIF 2.1.0 report, shaped for GitHub code scanning: one run, one rule per rule id (each with its README
 * entry as helpUri and its help as text and Markdown), plus one rule per security advisory reported
 * (`cluster-advisory/CVE-…`, tagged `security`, with the CVSS base score as `security-severity` so code scanning
 * rates it), and one result per finding that has a file. Findings about the whole scan (no file) cannot carry a
 * location, which code scanning requires, so they become tool execution notifications of the invocation instead.
 * Pure: result in, text out.
 */
import { createRequire } from 'node:module';
import type { ScanResult } from '../app/result.js';
import type { Finding, Severity } from '../findings/types.js';
import { RULES } from '../rules/index.js';
import { jsonChunks, StreamedArray } from './json.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/kube-upgrade-gate/kube-upgrade-gate';
/** The README, whose rules table has an anchor `rule-<id>` per rule. */
const README_URL = `${INFORMATION_URI}/blob/main/README.md`;
/** Name of the partial fingerprint; bump the version suffix if the fingerprint input ever changes. */
export const FINGERPRINT_KEY = 'kubeUpgradeGateFinding/v2';

/** The README entry of a rule (the anchor scripts/lib/readme.ts writes into the rules table). */
export function ruleHelpUri(id: string): string {
  return `${README_URL}#rule-${id}`;
}

const CVE_ID = /^CVE-\d{4}-\d{4,7}$/;
const SRCROOT = '%SRCROOT%';

// node:crypto (for the fingerprints' hash) is loaded when a SARIF report is first written, not at start-up.
const require = createRequire(import.meta.url);
let nodeCrypto: typeof import('node:crypto') | undefined;

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', notice: 'note' };

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
  const rules: Array<Record<string, unknown>> = RULES.map((r) => ({
    id: r.meta.id,
    name: ruleName(r.meta.id),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.details },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    helpUri: ruleHelpUri(r.meta.id),
    help: { text: r.meta.help, markdown: `${r.meta.help}\n\n[More about \`${r.meta.id}\`](${ruleHelpUri(r.meta.id)})` },
    properties: { tags: ['kubernetes'] },
  }));
  // One rule per advisory, so code scanning shows each CVE with its own security severity.
  const advisoryMeta = RULES.find((r) => r.meta.id === 'cluster-advisory')!.meta;
  const ruleOf = (f: Finding): string => {
    const cve = advisoryId(f);
    if (cve === null) return f.ruleId;
    const id = `cluster-advisory/${cve}`;
    if (!ruleIndex.has(id)) {
      ruleIndex.set(id, rules.length);
      const score = cvssScore(f);
      rules.push({
        id,
        name: `ClusterAdvisory${cve.replace(/-/g, '')}`,
        shortDescription: { text: `Kubernetes security advisory ${cve} affects a declared cluster.` },
        fullDescription: { text: advisoryMeta.details },
        defaultConfiguration: { level: LEVEL[f.severity] },
        helpUri: ruleHelpUri('cluster-advisory'),
        help: {
          text: advisoryMeta.help,
          markdown: `${advisoryMeta.help}\n\n[More about \`cluster-advisory\`](${ruleHelpUri('cluster-advisory')})`,
        },
        properties: {
          tags: ['security', 'kubernetes'],
          ...(score !== null ? { 'security-severity': score.toFixed(1) } : {}),
        },
      });
    }
    return id;
  };

  const fingerprints = fingerprintAll(result.findings);
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  result.findings.forEach((f, i) => {
    const id = ruleOf(f);
    const rule = { id, index: ruleIndex.get(id) ?? -1 };
    if (f.file === null) {
      notifications.push({
        level: LEVEL[f.severity],
        message: { text: plainText(f.message) },
        associatedRule: rule,
        ...(f.suppressed ? { properties: { suppressed: true, justification: f.suppressed.reason } } : {}),
      });
      return;
    }
    results.push({
      ruleId: id,
      ruleIndex: rule.index,
      level: LEVEL[f.severity],
      message: { text: plainText(f.message) },
      locations: [location(f.file, f.line, f.column)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
      // A suppressed finding stays in the log, marked: code scanning shows it as dismissed, not as an alert.
      ...(f.suppressed ? { suppressions: [{ kind: f.suppressed.source === 'inline' ? 'inSource' : 'external', justification: f.suppressed.reason }] } : {}),
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

/** The advisory a cluster-advisory finding reports, when its id is a CVE id. */
function advisoryId(f: Finding): string | null {
  const cve = f.data['cve'];
  return f.ruleId === 'cluster-advisory' && typeof cve === 'string' && CVE_ID.test(cve) ? cve : null;
}

function cvssScore(f: Finding): number | null {
  const cvss = f.data['cvss'] as { score?: unknown } | null | undefined;
  const score = cvss?.score;
  return typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10 ? score : null;
}

/**
 * The parts of a finding's data that name what it is about (never what is said about it, nor when): the cluster,
 * advisory and component of a cluster finding, the gate, flag or admission plugin of a component setting, the
 * chart or overlay and values file of a render.
 */
const IDENTITY_KEYS = ['cluster', 'cve', 'component', 'nodePool', 'relativeTo', 'gate', 'flag', 'admissionPlugin', 'chart', 'kustomization', 'values', 'renderer', 'document'] as const;

/**
 * One fingerprint per finding, from its identity only: the rule, the file, the object (kind, namespace, name) and
 * the identity keys of its data. Never the message, a date, a version that moves with the date, or the line, so a
 * finding keeps its fingerprint when lines move, the wording changes or the evaluation date does. Findings that
 * would share a hash (two unnamed objects of the same kind in one file) are told apart by a 1-based occurrence
 * count suffix, in report order.
 */
export function fingerprintAll(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const o = f.object;
    const data = IDENTITY_KEYS.filter((k) => f.data[k] !== undefined && f.data[k] !== null).map((k) => [k, f.data[k]]);
    const identity = [f.ruleId, f.file ?? '', o ? [o.kind, o.namespace ?? '', o.name ?? ''] : null, data];
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
