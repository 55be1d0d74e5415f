/**
 * The configuration file (.github/kube-upgrade-gate.yaml): YAML text in, validated declarations out, with the line
 * of every key so cluster findings can point at the cluster's `name:` or the offending `version:` line.
 *
 * Validation is driven by the committed schema (schema/kube-upgrade-gate.schema.json); the few rules a schema cannot
 * say (unique names, an HA version list that includes the cluster version) are checked here, in the same message form.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import schemaJson from '../../schema/kube-upgrade-gate.schema.json' with { type: 'json' };

import { describe, joinPath, validateWithSchema, type JsonSchema, type SchemaError } from './schema.js';
import { parseVersion } from '../version/index.js';
import { ConfigError } from '../ports/errors.js';
import { isRuleId } from '../findings/rule-ids.js';

export const CONFIG_SCHEMA = schemaJson as JsonSchema;

/** Largest configuration file read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_NODES = 50_000;
const MAX_DEPTH = 64;

const PROVIDERS = ['eks', 'gke', 'aks', 'kubeadm', 'other'] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface NodePoolDecl {
  name: string;
  kubelet: string;
  kubeProxy?: string;
}

export interface InventoryDecl {
  version?: string;
  nodes?: string;
  pods?: string;
  poolLabel?: string;
}

export interface ClusterDecl {
  name: string;
  /** Required unless `inventory` gives the kube-apiserver version. */
  version?: string;
  inventory?: InventoryDecl;
  target?: string;
  provider?: Provider;
  apiservers?: string[];
  components?: Partial<Record<'kube-controller-manager' | 'kube-scheduler' | 'cloud-controller-manager', string>>;
  nodePools?: NodePoolDecl[];
  paths?: string[];
}

/** The selectors of an `ignore:` entry: a finding is suppressed when every selector the entry gives matches it. */
export const IGNORE_SELECTORS = ['rule', 'path', 'apiVersion', 'kind', 'name', 'gate', 'cve', 'cluster'] as const;
export type IgnoreSelector = (typeof IGNORE_SELECTORS)[number];

/** One `ignore:` entry: selectors, a required reason and an optional last day (YYYY-MM-DD). */
export type IgnoreDecl = Partial<Record<IgnoreSelector, string>> & { reason: string; expires?: string };

/** Rules about suppressions themselves, which no suppression can silence. */
export const SUPPRESSION_RULES: readonly string[] = ['expired-suppression', 'unused-suppression', 'invalid-suppression'];

export interface ConfigDecl {
  target?: string;
  /** Add-on releases by add-on name (`cert-manager: "1.14"`). */
  addons?: Record<string, string>;
  clusters?: ClusterDecl[];
  ignore?: IgnoreDecl[];
}

export interface ParsedConfig {
  config: ConfigDecl;
  /** 1-based line of each key or list item, by path (`clusters[0].version`). */
  lines: Map<string, number>;
}

/**
 * Parses and validates the text of a configuration file. `shownAs` names the file in messages. Throws ConfigError
 * listing every problem as `FILE:LINE: PATH: what is wrong and what is expected`.
 */
export function parseConfigText(text: string, shownAs: string): ParsedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): number => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const problems = doc.errors.slice(0, 5).map((e) => `${shownAs}:${at(e.pos[0])}: not valid YAML: ${firstLine(e.message)}`);
    throw new ConfigError(problems.join('\n'), problems);
  }
  const lines = new Map<string, number>();
  let nodes = 0;
  const toValue = (node: Node | null | undefined, path: string, depth: number): unknown => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      throw new ConfigError(`${shownAs}: the file is too large or too deeply nested for a configuration file`, []);
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return toValue(node.resolve(doc as Document) as Node | undefined, path, depth + 1);
    if (isScalar(node)) {
      const source = (node as { source?: unknown }).source;
      // YAML reads an unquoted 1.30 as the number 1.3; a version-like plain scalar keeps the text as written.
      if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof source === 'string' && /^v?\d+\.\d+(\.\d+)?$/.test(source)) {
        return source;
      }
      return node.value;
    }
    if (isSeq(node)) {
      return node.items.map((item, i) => {
        const p = `${path}[${i}]`;
        const range = (item as Node | null)?.range;
        if (range) lines.set(p, at(range[0]));
        return toValue(item as Node, p, depth + 1);
      });
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? keyNode.value : undefined;
        if (typeof key !== 'string' && typeof key !== 'number') {
          const line = keyNode?.range ? at(keyNode.range[0]) : null;
          const problem = `${shownAs}${line ? `:${line}` : ''}: ${path || '(top level)'}: keys must be plain names`;
          throw new ConfigError(problem, [problem]);
        }
        const name = String(key);
        const p = joinPath(path, name);
        if (keyNode?.range) lines.set(p, at(keyNode.range[0]));
        Object.defineProperty(out, name, { value: toValue(pair.value as Node, p, depth + 1), enumerable: true, configurable: true, writable: true });
      }
      return out;
    }
    return null;
  };
  const value = doc.contents === null ? {} : toValue(doc.contents as Node, '', 0);
  const config = value === null ? {} : value;

  const problems: SchemaError[] = validateWithSchema(config, CONFIG_SCHEMA);
  if (problems.length === 0) for (const p of semanticProblems(config as ConfigDecl)) problems.push(p);
  if (problems.length > 0) {
    const lineOf = (path: string): number | null => {
      for (let p = path; ; ) {
        const line = lines.get(p);
        if (line !== undefined) return line;
        if (p === '') return null;
        p = parentPath(p);
      }
    };
    const messages = problems.map((e) => {
      const line = lineOf(e.path);
      return `${shownAs}${line !== null ? `:${line}` : ''}: ${e.path || '(top level)'}: ${e.message}`;
    });
    throw new ConfigError(messages.join('\n'), messages);
  }
  return { config: config as ConfigDecl, lines };
}

/** Rules the schema cannot express. */
function semanticProblems(config: ConfigDecl): SchemaError[] {
  const out: SchemaError[] = [];
  const seen = new Map<string, number>();
  (config.clusters ?? []).forEach((c, i) => {
    const first = seen.get(c.name);
    if (first !== undefined) out.push({ path: `clusters[${i}].name`, message: `"${c.name}" is already the name of clusters[${first}]; expected a unique name` });
    else seen.set(c.name, i);
    const pools = new Map<string, number>();
    (c.nodePools ?? []).forEach((p, j) => {
      const firstPool = pools.get(p.name);
      if (firstPool !== undefined) {
        out.push({ path: `clusters[${i}].nodePools[${j}].name`, message: `"${p.name}" is already the name of nodePools[${firstPool}]; expected a unique name in the cluster` });
      } else pools.set(p.name, j);
    });
    if (c.version === undefined && !(c.inventory?.version || c.inventory?.pods)) {
      out.push({ path: `clusters[${i}]`, message: 'expected "version", or an "inventory" with the "version" or "pods" file that gives it' });
    }
    if (c.apiservers && c.version !== undefined) {
      const v = parseVersion(c.version)?.normalized;
      if (!c.apiservers.some((a) => parseVersion(a)?.normalized === v)) {
        out.push({ path: `clusters[${i}].apiservers`, message: `expected the list to include the cluster version ${describe(c.version)}` });
      }
    }
  });
  (config.ignore ?? []).forEach((e, i) => {
    const at = `ignore[${i}]`;
    if (!IGNORE_SELECTORS.some((k) => (e[k]?.trim() ?? '') !== '')) {
      out.push({ path: at, message: `expected at least one of ${IGNORE_SELECTORS.join(', ')} (an entry without a selector would suppress everything)` });
    }
    if (e.rule !== undefined && (!isRuleId(e.rule) || SUPPRESSION_RULES.includes(e.rule))) {
      out.push({
        path: `${at}.rule`,
        message: isRuleId(e.rule)
          ? `${describe(e.rule)} reports on suppressions themselves and cannot be suppressed`
          : `${describe(e.rule)} is not a rule id; expected one of the ids in the rules table, such as "removed-api"`,
      });
    }
    if (e.reason.trim() === '') out.push({ path: `${at}.reason`, message: 'expected a reason: why the findings are accepted' });
    if (e.expires !== undefined && !isCalendarDate(e.expires)) {
      out.push({ path: `${at}.expires`, message: `${describe(e.expires)} is not a calendar date; expected YYYY-MM-DD such as "2026-12-31"` });
    }
  });
  return out;
}

function isCalendarDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function parentPath(path: string): string {
  const m = /^(.*?)(\.[^.[\]]+|\[[^\]]*\])$/.exec(path);
  return m ? m[1]! : '';
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
