/**
 * Ingress extensions/v1beta1 and networking.k8s.io/v1beta1 → networking.k8s.io/v1, a fully determined rewrite:
 *
 * - a backend's `serviceName` + `servicePort` become `service.name` + `service.port.number` (an integer port) or
 *   `service.port.name` (a named port); `resource` backends stay as they are;
 * - `spec.backend` is renamed `spec.defaultBackend`;
 * - every path without `pathType` gets `pathType: ImplementationSpecific`, the type v1beta1 gave a path by default,
 *   so matching stays the same.
 *
 * Only the keys that change are edited in the text; the new sub-blocks are written in the style of the map they
 * sit in (block or flow/JSON), indented like the rest of the document.
 */
import { isMap, isScalar, isSeq, Scalar, type Pair, type YAMLMap } from 'yaml';
import { columnOf, endOfLine, isFlow, lineOf, pairOf, scalarSpan, type Edit } from './text-edit.js';
import type { Plain } from './migrations.js';

const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

const KNOWN: Record<string, readonly string[]> = {
  '': ['apiVersion', 'kind', 'metadata', 'spec', 'status'],
  spec: ['backend', 'ingressClassName', 'rules', 'tls'],
  backend: ['serviceName', 'servicePort', 'resource'],
  rule: ['host', 'http'],
  http: ['paths'],
  path: ['path', 'pathType', 'backend'],
  tls: ['hosts', 'secretName'],
};

function unknownKey(obj: unknown, where: string, known: readonly string[]): string | null {
  if (!isObject(obj)) return `${where || 'the object'} is not a map`;
  const k = Object.keys(obj).find((key) => !known.includes(key));
  return k === undefined ? null : `it has a field this tool does not know for Ingress (${where ? `${where}.` : ''}${k})`;
}

function backendProblem(b: unknown, where: string): string | null {
  const u = unknownKey(b, where, KNOWN['backend']!);
  if (u) return u;
  const o = b as Plain;
  const hasService = o['serviceName'] !== undefined || o['servicePort'] !== undefined;
  if (o['resource'] !== undefined) return hasService ? `${where} has both a service and a resource` : null;
  if (typeof o['serviceName'] !== 'string' || o['serviceName'] === '') return `${where}.serviceName is missing or not a string`;
  const port = o['servicePort'];
  if (typeof port === 'number') return Number.isInteger(port) ? null : `${where}.servicePort is not a whole number`;
  if (typeof port !== 'string' || port === '') return `${where}.servicePort is missing`;
  if (/^\d+$/.test(port)) return `${where}.servicePort is the string "${port}": say whether it is port number ${port} or a port named "${port}"`;
  return null;
}

/** Why this Ingress cannot be rewritten (a field this tool does not know, a backend it cannot read), or null. */
export function ingressProblem(obj: Plain): string | null {
  const top = unknownKey(obj, '', KNOWN['']!);
  if (top) return top;
  const spec = obj['spec'];
  if (spec === undefined || spec === null) return null;
  const s = unknownKey(spec, 'spec', KNOWN['spec']!);
  if (s) return s;
  const sp = spec as Plain;
  if (sp['backend'] !== undefined) {
    const b = backendProblem(sp['backend'], 'spec.backend');
    if (b) return b;
  }
  const rules = sp['rules'] ?? [];
  if (!Array.isArray(rules)) return 'spec.rules is not a list';
  for (const [i, r] of rules.entries()) {
    const ru = unknownKey(r, `spec.rules[${i}]`, KNOWN['rule']!);
    if (ru) return ru;
    const http = (r as Plain)['http'];
    if (http === undefined || http === null) continue;
    const hu = unknownKey(http, `spec.rules[${i}].http`, KNOWN['http']!);
    if (hu) return hu;
    const paths = (http as Plain)['paths'] ?? [];
    if (!Array.isArray(paths)) return `spec.rules[${i}].http.paths is not a list`;
    for (const [j, p] of paths.entries()) {
      const where = `spec.rules[${i}].http.paths[${j}]`;
      const pu = unknownKey(p, where, KNOWN['path']!);
      if (pu) return pu;
      const b = backendProblem((p as Plain)['backend'], `${where}.backend`);
      if (b) return b;
    }
  }
  const tls = sp['tls'] ?? [];
  if (!Array.isArray(tls)) return 'spec.tls is not a list';
  for (const [i, t] of tls.entries()) {
    const tu = unknownKey(t, `spec.tls[${i}]`, KNOWN['tls']!);
    if (tu) return tu;
  }
  return null;
}

function convertBackend(b: Plain): Plain {
  if (b['resource'] !== undefined) return { resource: b['resource'] };
  const port = b['servicePort'];
  return { service: { name: b['serviceName'], port: typeof port === 'number' ? { number: port } : { name: port } } };
}

/** The object the rewrite must give, as plain data (checked against the rewritten text before anything is written). */
export function convertIngress(obj: Plain, to: string): Plain {
  const out: Plain = { ...obj, apiVersion: to };
  if (!isObject(obj['spec'])) return out;
  const spec: Plain = { ...obj['spec'] };
  if (spec['backend'] !== undefined) {
    spec['defaultBackend'] = convertBackend(spec['backend'] as Plain);
    delete spec['backend'];
  }
  if (Array.isArray(spec['rules'])) {
    spec['rules'] = spec['rules'].map((r: Plain) => {
      if (!isObject(r['http']) || !Array.isArray(r['http']['paths'])) return r;
      const paths = r['http']['paths'].map((p: Plain) => ({
        ...p,
        pathType: p['pathType'] ?? 'ImplementationSpecific',
        backend: convertBackend(p['backend'] as Plain),
      }));
      return { ...r, http: { ...r['http'], paths } };
    });
  }
  out['spec'] = spec;
  return out;
}

class Refusal extends Error {}

/** How a key is written in the style of `like` (plain, 'single' or "double" quoted). */
function keyWriter(like: unknown): (k: string) => string {
  const type = isScalar(like) ? like.type : Scalar.PLAIN;
  if (type === Scalar.QUOTE_DOUBLE) return (k) => JSON.stringify(k);
  if (type === Scalar.QUOTE_SINGLE) return (k) => `'${k}'`;
  return (k) => k;
}

/**
 * The edits that rewrite an Ingress's text (apiVersion excepted), or the reason they cannot be made. `unit` is the
 * document's indentation step.
 */
export function ingressEdits(text: string, obj: YAMLMap, eol: string, unit: number): Edit[] | string {
  const edits: Edit[] = [];
  const pad = (n: number): string => ' '.repeat(n);
  const source = (node: unknown): string => {
    const span = isScalar(node) ? scalarSpan(node) : null;
    const s = span ? text.slice(span.start, span.end) : null;
    if (s === null || s.includes('\n') || (node as Scalar).type === Scalar.BLOCK_FOLDED || (node as Scalar).type === Scalar.BLOCK_LITERAL) {
      throw new Refusal(`a backend value at line ${lineOf(text, (node as Scalar).range?.[0] ?? 0)} is not written on one line`);
    }
    return s;
  };

  const backend = (b: unknown): void => {
    if (!isMap(b)) throw new Refusal('a backend is not a map');
    if (pairOf(b, 'resource')) return;
    const sn = pairOf(b, 'serviceName') as Pair<Scalar, Scalar>;
    const sp = pairOf(b, 'servicePort') as Pair<Scalar, Scalar>;
    const [first, second] = b.items.indexOf(sn) < b.items.indexOf(sp) ? [sn, sp] : [sp, sn];
    const line = lineOf(text, first.key.range![0]);
    if (Math.abs(b.items.indexOf(sn) - b.items.indexOf(sp)) !== 1) {
      throw new Refusal(`serviceName and servicePort are not next to each other (line ${line})`);
    }
    const start = first.key.range![0];
    const gap = text.slice(first.value!.range![1], second.key.range![0]);
    const end = second.value!.range![1];
    const k = keyWriter(first.key);
    const name = source(sn.value);
    const portValue = sp.value!.value;
    const portKey = typeof portValue === 'number' ? 'number' : 'name';
    const port = typeof portValue === 'number' ? String(portValue) : source(sp.value);
    const col = columnOf(text, start);
    if (isFlow(b)) {
      if (!/^\s*,\s*$/.test(gap)) throw new Refusal(`comments or other text between serviceName and servicePort (line ${line})`);
      if (!gap.includes('\n')) {
        edits.push({ start, end, text: `${k('service')}: {${k('name')}: ${name}, ${k('port')}: {${k(portKey)}: ${port}}}` });
        return;
      }
      const lines = [
        `${k('service')}: {`,
        `${pad(col + unit)}${k('name')}: ${name},`,
        `${pad(col + unit)}${k('port')}: {`,
        `${pad(col + 2 * unit)}${k(portKey)}: ${port}`,
        `${pad(col + unit)}}`,
        `${pad(col)}}`,
      ];
      edits.push({ start, end, text: lines.join(eol) });
      return;
    }
    const m = /^([ \t]*#[^\r\n]*)?[ \t]*\r?\n[ \t]*$/.exec(gap);
    if (!m) throw new Refusal(`comments or other text between serviceName and servicePort (line ${line})`);
    const comment = m[1] ?? '';
    const nameComment = first === sn ? comment : '';
    const portComment = first === sp ? comment : '';
    const lines = [
      `${k('service')}:`,
      `${pad(col + unit)}${k('name')}: ${name}${nameComment}`,
      `${pad(col + unit)}${k('port')}:`,
      `${pad(col + 2 * unit)}${k(portKey)}: ${port}${portComment}`,
    ];
    edits.push({ start, end, text: lines.join(eol) });
  };

  const addPathType = (p: YAMLMap): void => {
    if (pairOf(p, 'pathType')) return;
    const path = pairOf(p, 'path');
    const firstPair = p.items[0] as Pair<Scalar, unknown> | undefined;
    if (!firstPair) throw new Refusal('a path is empty');
    const like = (path ?? firstPair).key;
    const k = keyWriter(like);
    const quoted = isScalar(like) && like.type !== Scalar.PLAIN;
    const value = quoted ? k('ImplementationSpecific') : 'ImplementationSpecific';
    const pair = `${k('pathType')}: ${value}`;
    const firstKeyStart = (firstPair.key as Scalar).range![0];
    if (isFlow(p)) {
      const multi = text.slice(p.range![0], firstKeyStart).includes('\n');
      if (path) {
        const after = (path.value as Scalar | null)?.range?.[1] ?? (path.key as Scalar).range![1];
        const col = columnOf(text, (path.key as Scalar).range![0]);
        edits.push({ start: after, end: after, text: multi ? `,${eol}${pad(col)}${pair}` : `, ${pair}` });
      } else {
        const col = columnOf(text, firstKeyStart);
        edits.push({ start: firstKeyStart, end: firstKeyStart, text: multi ? `${pair},${eol}${pad(col)}` : `${pair}, ` });
      }
      return;
    }
    if (path) {
      const after = endOfLine(text, (path.value as Scalar | null)?.range?.[1] ?? (path.key as Scalar).range![1]);
      edits.push({ start: after, end: after, text: `${eol}${pad(columnOf(text, (path.key as Scalar).range![0]))}${pair}` });
    } else {
      edits.push({ start: firstKeyStart, end: firstKeyStart, text: `${pair}${eol}${pad(columnOf(text, firstKeyStart))}` });
    }
  };

  try {
    const spec = pairOf(obj, 'spec')?.value;
    if (!isMap(spec)) return edits;
    const def = pairOf(spec, 'backend');
    if (def) {
      const key = def.key as Scalar;
      const span = scalarSpan(key);
      if (!span) throw new Refusal('spec.backend is not written as a plain key');
      edits.push({ ...span, text: keyWriter(key)('defaultBackend') });
      backend(def.value);
    }
    const rules = pairOf(spec, 'rules')?.value;
    if (isSeq(rules)) {
      for (const r of rules.items) {
        const http = isMap(r) ? pairOf(r, 'http')?.value : undefined;
        const paths = isMap(http) ? pairOf(http, 'paths')?.value : undefined;
        if (!isSeq(paths)) continue;
        for (const p of paths.items) {
          if (!isMap(p)) throw new Refusal('a path is not a map');
          addPathType(p);
          backend(pairOf(p, 'backend')?.value);
        }
      }
    }
  } catch (err) {
    if (err instanceof Refusal) return err.message;
    throw err;
  }
  return edits;
}
