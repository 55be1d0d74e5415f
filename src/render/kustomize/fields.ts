/**
 * Reading a kustomization file's fields as kustomize does: the field names it knows (matched without regard to
 * case), which of them name bases and which name plugin configurations, and readers for mappings, sequences and
 * scalars that follow `<<` merge keys and aliases while keeping each node as written (so its line is where it is
 * used).
 *
 * Pure: it reads parsed YAML and never touches the file system.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/** Field names as kustomize spells them (it matches them without regard to case). */
const FIELDS = [
  'resources', 'bases', 'components', 'generators', 'transformers', 'validators', 'crds', 'configurations',
  'patchesStrategicMerge', 'patches', 'patchesJson6902', 'replacements', 'configMapGenerator', 'secretGenerator',
  'openapi', 'helmCharts', 'helmChartInflationGenerator', 'kind', 'path', 'paths', 'files', 'envs', 'env',
] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_BY_LOWER = new Map<string, Field>(FIELDS.map((f) => [f.toLowerCase(), f]));
export const BASE_FIELDS: ReadonlySet<Field> = new Set(['resources', 'bases', 'components']);
export const PLUGIN_FIELDS: ReadonlySet<Field> = new Set(['generators', 'transformers', 'validators']);

export type YDoc = Document.Parsed;

export const YAML_OPTIONS = { schema: 'failsafe', prettyErrors: false, uniqueKeys: true } as const;

/** The fields of a mapping as [kustomize's name, value, key node], `<<` merge keys and aliases followed. */
export function fieldsOf(doc: YDoc, node: unknown, depth = 0): Array<[Field, unknown, unknown]> {
  const map = deref(doc, node);
  if (!isMap(map) || depth > 8) return [];
  const out: Array<[Field, unknown, unknown]> = [];
  for (const pair of map.items) {
    const key = scalarText(doc, pair.key);
    if (key === null) continue;
    if (key === '<<') {
      const v = deref(doc, pair.value);
      for (const m of isSeq(v) ? v.items : [v]) out.push(...fieldsOf(doc, m, depth + 1));
      continue;
    }
    const field = FIELD_BY_LOWER.get(key.toLowerCase());
    if (field) out.push([field, pair.value, pair.key]);
  }
  return out;
}

/** The items of a sequence (an alias followed); each item as written, so that its line is where it is used. */
export function itemsOf(doc: YDoc, node: unknown): unknown[] {
  const seq = deref(doc, node);
  return isSeq(seq) ? seq.items : [];
}

export function scalarText(doc: YDoc, node: unknown): string | null {
  const n = deref(doc, node);
  return isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : null;
}

function deref(doc: YDoc, node: unknown): unknown {
  for (let i = 0; i < 8 && isAlias(node); i++) node = node.resolve(doc);
  return node;
}

/** Whether a generators/transformers/patchesStrategicMerge entry is YAML written in place rather than a path. */
export function isInline(entry: string): boolean {
  if (!/[\n:{[]/.test(entry)) return false;
  const d = parseDocument(entry, YAML_OPTIONS);
  return d.errors.length === 0 && (isMap(d.contents) || isSeq(d.contents));
}
