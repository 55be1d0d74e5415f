/**
 * Fixes one manifest file's text: finds each Kubernetes object (top-level, or an item of a `kind: List`), decides
 * with the migration table what to do with it at the target release, and edits only the byte ranges that change.
 * Before the new text is accepted it is parsed again and every document compared, as data, with what the
 * migration must give (unchanged documents equal to before): a difference leaves the whole file as it was.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { convertIngress, ingressEdits, ingressProblem } from './ingress.js';
import { decide, type Plain } from './migrations.js';
import { templateObjects } from './templates.js';
import { applyEdits, columnOf, EditConflict, lineEnding, lineOf, oddKeys, pairOf, replaceScalar, sharedStructure, type Edit } from './text-edit.js';
import { deepEqual } from './equal.js';
import { templateAdvice } from './migrations.js';

export type Outcome =
  | {
      type: 'changed';
      line: number;
      object: string;
      from: string;
      to: string;
      note?: string;
      /** The 1-based first and last lines of the object in the original text (its edits all lie in between). */
      span: { from: number; to: number };
    }
  | { type: 'refused'; line: number; object: string; apiVersion: string; why: string }
  | { type: 'advice'; line: number; text: string };

export interface FixedText {
  /** The new text (the same string when nothing changed). */
  text: string;
  outcomes: Outcome[];
}

const BOM = '\ufeff';

/** `Kind "namespace/name"`, read from the object's nodes (it may not be readable as data). */
function describe(node: YAMLMap, kind: string): string {
  const meta = pairOf(node, 'metadata')?.value;
  const text = (key: string): string | null => {
    const v = isMap(meta) ? pairOf(meta, key)?.value : undefined;
    return isScalar(v) && typeof v.value === 'string' ? v.value : null;
  };
  const name = text('name');
  const ns = text('namespace');
  return name ? `${kind} "${ns ? `${ns}/` : ''}${name}"` : `${kind} (unnamed)`;
}

/** The document's indentation step: how much deeper the first nested map's keys (on lines of their own) sit than their parent's. */
function indentUnit(text: string, obj: YAMLMap): number {
  for (const p of obj.items) {
    const v = p.value;
    if (isMap(v) && v.items.length > 0 && isScalar(p.key) && isScalar(v.items[0]!.key)) {
      const parent = p.key.range![0];
      const child = v.items[0]!.key.range![0];
      if (!text.slice(parent, child).includes('\n')) continue;
      const d = columnOf(text, child) - columnOf(text, parent);
      if (d > 0) return d;
    }
  }
  return 2;
}

interface Planned {
  docIndex: number;
  item: number | null;
  expected: Plain;
  edits: Edit[];
  outcome: Outcome;
}

/** The objects of a document: its top-level map, or each map item of a `kind: List`. */
function objectsOf(doc: Document): Array<{ node: YAMLMap; item: number | null }> {
  const top = doc.contents;
  if (!isMap(top)) return [];
  const kind = pairOf(top, 'kind')?.value;
  const items = pairOf(top, 'items')?.value;
  if (isScalar(kind) && typeof kind.value === 'string' && kind.value.endsWith('List') && isSeq(items)) {
    return items.items.flatMap((n, i) => (isMap(n) ? [{ node: n, item: i }] : []));
  }
  return [{ node: top, item: null }];
}

/**
 * `guard` may veto a move that is safe for the object but not for what refers to it (a kustomize selector naming
 * the old version): it returns the reason, or null.
 */
export type MoveGuard = (from: string, to: string, kind: string) => string | null;

export function fixText(input: string, target: string, catalog: ApiCatalog, guard?: MoveGuard): FixedText {
  const bom = input.startsWith(BOM);
  const text = bom ? input.slice(1) : input;
  const eol = lineEnding(text);
  const outcomes: Outcome[] = [];
  const planned: Planned[] = [];
  const docs = parseAllDocuments(text, { keepSourceTokens: true });
  // Documents that are not YAML this tool can edit (often a template): advice at each apiVersion line outside the
  // documents that parse, instead of a change.
  let broken = false;
  const parsed: Array<[number, number]> = [];
  const list = Array.isArray(docs) ? docs : [];
  for (const [docIndex, doc] of list.entries()) {
    if (doc.errors.length > 0) {
      broken = true;
      continue;
    }
    if (doc.range) parsed.push([doc.range[0], doc.range[2]]);
    for (const { node, item } of objectsOf(doc)) {
      const av = pairOf(node, 'apiVersion');
      const kd = pairOf(node, 'kind');
      if (!av || !kd || !isScalar(av.value) || !isScalar(kd.value)) continue;
      const apiVersion = av.value.value;
      const kind = kd.value.value;
      if (typeof apiVersion !== 'string' || typeof kind !== 'string') continue;
      const decision = decide(apiVersion, kind, target, catalog);
      if (decision.type === 'none') continue;
      const line = lineOf(text, (av.key as YamlNode).range![0]);
      const span = { from: lineOf(text, node.range![0]), to: Math.max(lineOf(text, node.range![0]), lineOf(text, node.range![1] - 1)) };
      // Anchors, aliases and merge keys first: an alias cannot be read as data safely before that.
      let shared = sharedStructure(node) ?? oddKeys(node);
      let obj: Plain = {};
      try {
        if (!shared) obj = node.toJS(doc) as Plain;
      } catch {
        shared ??= 'it cannot be read as data';
      }
      const object = describe(node, kind);
      const refuse = (why: string): void => {
        outcomes.push({ type: 'refused', line, object, apiVersion, why });
      };
      if (decision.type === 'refuse') {
        refuse(decision.why);
        continue;
      }
      const m = decision.migration;
      const objText = text.slice(node.range![0], node.range![2]);
      if (shared) {
        refuse(`${shared}: not rewritten; change apiVersion to ${m.to} by hand`);
        continue;
      }
      if (objText.includes('{{')) {
        refuse(`it contains template syntax ({{ … }}): not rewritten; change apiVersion to ${m.to} in the template`);
        continue;
      }
      const vetoed = guard?.(apiVersion, m.to, kind);
      if (vetoed) {
        refuse(vetoed);
        continue;
      }
      const version = replaceScalar(av.value, m.to);
      if (!version) {
        refuse(`its apiVersion is not written as a one-line string: change it to ${m.to} by hand`);
        continue;
      }
      if (m.type === 'move') {
        const unknown = Object.keys(obj).find((k) => !m.fields.includes(k));
        if (unknown !== undefined) {
          refuse(`it has a field this tool does not know for ${kind} (${unknown}): change apiVersion to ${m.to} by hand if it is right`);
          continue;
        }
        const why = m.check?.(obj);
        if (why) {
          refuse(why);
          continue;
        }
        planned.push({ docIndex, item, expected: { ...obj, apiVersion: m.to }, edits: [version], outcome: { type: 'changed', line, object, from: apiVersion, to: m.to, span } });
        continue;
      }
      const problem = ingressProblem(obj);
      if (problem) {
        refuse(`${problem}: not rewritten`);
        continue;
      }
      const edits = ingressEdits(text, node, eol, indentUnit(text, node));
      if (typeof edits === 'string') {
        refuse(`${edits}: not rewritten`);
        continue;
      }
      planned.push({
        docIndex, item, expected: convertIngress(obj, m.to), edits: [version, ...edits],
        outcome: { type: 'changed', line, object, from: apiVersion, to: m.to, note: 'backends as service.name/port, pathType ImplementationSpecific where unset', span },
      });
    }
  }
  if (broken) {
    for (const hit of templateObjects(text)) {
      if (parsed.some(([from, to]) => hit.offset >= from && hit.offset < to)) continue;
      const advice = templateAdvice(hit.apiVersion, hit.kind, target, catalog);
      if (advice) outcomes.push({ type: 'advice', line: hit.line, text: `${advice} (not valid YAML, so not rewritten)` });
    }
  }
  if (planned.length === 0) return { text: input, outcomes: sortOutcomes(outcomes) };

  let next: string;
  try {
    next = applyEdits(text, planned.flatMap((p) => p.edits));
  } catch (err) {
    if (!(err instanceof EditConflict)) throw err;
    return { text: input, outcomes: sortOutcomes([...outcomes, ...planned.map((p) => unverified(p))]) };
  }
  if (!verify(list, text, next, planned)) {
    return { text: input, outcomes: sortOutcomes([...outcomes, ...planned.map((p) => unverified(p))]) };
  }
  return { text: bom ? BOM + next : next, outcomes: sortOutcomes([...outcomes, ...planned.map((p) => p.outcome)]) };
}

function unverified(p: Planned): Outcome {
  const o = p.outcome as Extract<Outcome, { type: 'changed' }>;
  return { type: 'refused', line: o.line, object: o.object, apiVersion: o.from, why: `the rewritten text did not read back as the intended object: not rewritten; change apiVersion to ${o.to} by hand` };
}

/**
 * Whether `next` reads back as intended: the same number of documents; each document without a planned change has
 * the same text as before; each with one parses to the data it had before with its planned objects replaced by
 * their expected form.
 */
function verify(before: Document[], text: string, next: string, planned: readonly Planned[]): boolean {
  const after = parseAllDocuments(next, { keepSourceTokens: true });
  if (!Array.isArray(after) || after.length !== before.length) return false;
  try {
    for (const [i, doc] of after.entries()) {
      const old = before[i]!;
      const mine = planned.filter((p) => p.docIndex === i);
      if (mine.length === 0) {
        if (!old.range || text.slice(old.range[0], old.range[2]) !== next.slice(doc.range[0], doc.range[2])) return false;
        continue;
      }
      if (doc.errors.length > 0) return false;
      let want = old.toJS() as unknown;
      for (const p of mine) {
        if (p.item === null) want = p.expected;
        else {
          const w = want as Plain;
          const items = [...(w['items'] as unknown[])];
          items[p.item] = p.expected;
          want = { ...w, items };
        }
      }
      if (!deepEqual(doc.toJS(), want)) return false;
    }
  } catch {
    // A document that cannot be turned into data (too many aliases): not proven.
    return false;
  }
  return true;
}

function sortOutcomes(outcomes: Outcome[]): Outcome[] {
  return outcomes.sort((a, b) => a.line - b.line);
}
