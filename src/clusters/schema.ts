/**
 * A small interpreter for the subset of JSON Schema (2020-12) that schema/kube-upgrade-gate.schema.json uses, so the
 * committed schema is the single source of what a valid configuration is: editors complete and check it, and the
 * loader validates with it. A schema keyword outside the subset is refused (see `checkSchemaKeywords`), so the file
 * cannot quietly say more than the tool enforces.
 *
 * Messages name the path (`clusters[0].nodePools[1].kubelet`) and the expected form, taken from the schema's
 * `x-expected` annotation where it has one.
 */

export type JsonSchema = { [keyword: string]: unknown };

export interface SchemaError {
  /** `clusters[0].version`; '' for the document itself. */
  path: string;
  message: string;
}

/** Keywords the interpreter evaluates. */
const ASSERTIONS = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'enum', 'pattern',
  'minLength', 'maxLength', '$ref',
]);
/** Keywords that only describe (for people and editors). */
const ANNOTATIONS = new Set([
  '$schema', '$id', '$defs', '$comment', 'title', 'description', 'markdownDescription', 'examples', 'default',
  'deprecated', 'patternErrorMessage', 'x-expected',
]);

/** Every keyword the schema uses, anywhere, that the interpreter does not know; [] when it can be fully enforced. */
export function checkSchemaKeywords(schema: JsonSchema): string[] {
  const unknown: string[] = [];
  const walk = (s: unknown, at: string): void => {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return;
    for (const [k, v] of Object.entries(s as JsonSchema)) {
      if (!ASSERTIONS.has(k) && !ANNOTATIONS.has(k)) unknown.push(`${at}/${k}`);
      if (k === 'properties' || k === '$defs') {
        for (const [name, sub] of Object.entries((v ?? {}) as JsonSchema)) walk(sub, `${at}/${k}/${name}`);
      } else if (k === 'items' || k === 'additionalProperties') {
        walk(v, `${at}/${k}`);
      }
    }
  };
  walk(schema, '#');
  return unknown;
}

/** Validates `value` against `root`; at most `maxErrors` errors, in document order. */
export function validateWithSchema(value: unknown, root: JsonSchema, maxErrors = 20): SchemaError[] {
  const errors: SchemaError[] = [];
  const resolve = (s: JsonSchema): JsonSchema => {
    let cur = s;
    for (let hops = 0; typeof cur['$ref'] === 'string'; hops++) {
      const ref = cur['$ref'] as string;
      const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
      const defs = (root['$defs'] ?? {}) as Record<string, JsonSchema>;
      const target = m ? defs[m[1]!] : undefined;
      if (!target || hops > 16) throw new Error(`schema: cannot resolve ${ref}`);
      // Keywords beside $ref (description, …) only annotate: the referenced schema asserts.
      cur = target;
    }
    return cur;
  };
  const add = (path: string, message: string): void => {
    if (errors.length < maxErrors) errors.push({ path, message });
  };

  const visit = (v: unknown, given: JsonSchema, path: string): void => {
    if (errors.length >= maxErrors) return;
    const s = resolve(given);
    const type = s['type'] as string | string[] | undefined;
    if (type !== undefined) {
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => hasType(v, t))) {
        add(path, `expected ${expected(s)}, got ${describe(v)}`);
        return;
      }
    }
    if (Array.isArray(s['enum']) && !(s['enum'] as unknown[]).some((e) => e === v)) {
      add(path, `expected one of ${(s['enum'] as unknown[]).map(String).join(', ')}, got ${describe(v)}`);
      return;
    }
    if (typeof v === 'string') {
      const length = [...v].length;
      if (typeof s['minLength'] === 'number' && length < s['minLength']) {
        add(path, `expected ${expected(s)}, got ${describe(v)}`);
        return;
      }
      if (typeof s['maxLength'] === 'number' && length > s['maxLength']) {
        add(path, `expected at most ${s['maxLength']} characters, got ${length}`);
        return;
      }
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(v)) {
        add(path, `expected ${expected(s)}, got ${describe(v)}`);
        return;
      }
    }
    if (Array.isArray(v)) {
      if (typeof s['minItems'] === 'number' && v.length < s['minItems']) {
        add(path, `expected at least ${s['minItems']} item${s['minItems'] === 1 ? '' : 's'}, got ${v.length}`);
      }
      if (typeof s['maxItems'] === 'number' && v.length > s['maxItems']) {
        add(path, `expected at most ${s['maxItems']} items, got ${v.length}`);
        return;
      }
      const items = s['items'] as JsonSchema | undefined;
      if (items) v.forEach((item, i) => visit(item, items, `${path}[${i}]`));
      return;
    }
    if (isObject(v)) {
      const props = (s['properties'] ?? {}) as Record<string, JsonSchema>;
      for (const key of (s['required'] ?? []) as string[]) {
        if (!Object.prototype.hasOwnProperty.call(v, key)) {
          const sub = props[key] ? resolve(props[key]) : {};
          add(path, `missing required key "${key}"${sub['x-expected'] ? `: ${sub['x-expected'] as string}` : ''}`);
        }
      }
      for (const [key, val] of Object.entries(v)) {
        const keyPath = joinPath(path, key);
        const sub = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
        if (sub) {
          visit(val, sub, keyPath);
        } else if (s['additionalProperties'] === false) {
          const known = Object.keys(props);
          const near = closest(key, known);
          add(keyPath, `unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}; expected one of ${known.join(', ')}`);
        } else if (isObject(s['additionalProperties'])) {
          visit(val, s['additionalProperties'] as JsonSchema, keyPath);
        }
      }
    }
  };
  visit(value, root, '');
  return errors;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(v: unknown, t: string): boolean {
  switch (t) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    default:
      throw new Error(`schema: unsupported type ${t}`);
  }
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'nothing (null)',
};

function expected(s: JsonSchema): string {
  if (typeof s['x-expected'] === 'string') return s['x-expected'];
  const type = s['type'];
  const types = Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
  if (typeof s['pattern'] === 'string') return `text matching ${s['pattern']}`;
  if (typeof s['minLength'] === 'number' && s['minLength'] > 0) return 'a non-empty string';
  return types.map((t) => TYPE_WORDS[t] ?? t).join(' or ') || 'a value';
}

/** How a value is shown in a message: strings quoted and cut, containers by their kind. */
export function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

/** `clusters[0].components.kube-scheduler`; keys that are not plain words are quoted. */
export function joinPath(base: string, key: string): string {
  const plain = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key);
  if (!plain) return `${base}[${JSON.stringify(key)}]`;
  return base === '' ? key : `${base}.${key}`;
}

function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length]!;
}
