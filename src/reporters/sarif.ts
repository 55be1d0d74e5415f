/**
 * The SARIF 2.1.0 report, shaped for GitHub code scanning: one run, one rule per rule id, one result per
 * finding that has a file. Findings about the whole scan (no file) cannot carry a location, which code
 * scanning requires, so they become tool execution notifications of the invocation instead.
 * Pure: result in, text out.
 */
import { createRequire } from 'node:module';
import type { ScanResult } from '../app/result.js';
import type { Finding, Severity } from '../findings/types.js';
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
    fullDescription: { text: r.meta.details },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    help: { text: r.meta.help },
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
        ...(f.suppressed ? { properties: { suppressed: true, justification: f.suppressed.reason } } : {}),
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
