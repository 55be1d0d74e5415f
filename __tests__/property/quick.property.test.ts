/**
 * The quick reader's promise, checked against the full parse on random block YAML (well-formed and broken):
 * a document it accepts gives exactly the objects, places, bodies and problems the full parse gives, and every
 * word of its body's strings is spelled in its text (what `mentions` relies on).
 */
import fc from 'fast-check';
import { parseManifestText, type ManifestDocument } from '../../src/parse/manifest.js';
import { quickRead } from '../../src/parse/quick.js';
import { splitDocuments } from '../../src/parse/split.js';

// Mostly what manifests hold, with a share of what YAML reads otherwise or refuses.
const KEYS = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'name', 'namespace', 'metadata', 'labels', 'app.kubernetes.io/name', 'x_y', 'kube', 'on') },
  { weight: 1, arbitrary: fc.constantFrom('true', 'Null', '1', '01', 'x y', '-k', '"q"', "'s'", '<<', '? k') },
);
const SAFE_SCALARS = ['web', 'kube-apiserver', 'v1', '8080', '0x1F', '1_000', '1e3', '.inf', 'true', 'False', '~', 'null', 'yes', '-x', '--flag=1', 'ü', '€', "it's", 'long '.repeat(30), 'Configuration', 'http://x:80/y', 'a, b', 'a#c'];
const TRICKY_SCALARS = ['', ' ', 'a: b', 'a:b', 'a #c', '- x', '*a', '&a', '!t', '%p', '@x', '`x', '|', '>', '{', '[', ']', '}', ',', '?', ':', '#', 'x\ty', '"', "'", 'ku\\x62e', '[a]', '{a: b}'];
const SCALAR = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...SAFE_SCALARS) }, { weight: 1, arbitrary: fc.constantFrom(...TRICKY_SCALARS) });

type Tree = string | Tree[] | Array<[string, Tree]>;
const isMapTree = (t: Tree): t is Array<[string, Tree]> => Array.isArray(t) && (t as { __map?: boolean }).__map === true;

const { tree } = fc.letrec<{ tree: Tree; map: Tree; seq: Tree; scalar: Tree }>((tie) => ({
  tree: fc.oneof({ maxDepth: 4, depthIdentifier: 't' }, tie('scalar'), tie('map'), tie('seq')),
  scalar: SCALAR,
  map: fc.array(fc.tuple(KEYS, tie('tree')), { maxLength: 4 }).map((pairs) => Object.assign(pairs, { __map: true }) as Tree),
  seq: fc.array(tie('tree'), { maxLength: 3 }),
}));

type Style = 'plain' | 'double' | 'single' | 'literal' | 'folded' | 'flow';
const styleOf = (n: number): Style => (['plain', 'plain', 'plain', 'double', 'single', 'literal', 'folded', 'flow'] as const)[n % 8]!;

function scalarText(s: string, style: Style, indent: string): string {
  switch (style) {
    case 'double':
      return JSON.stringify(s).replace(/\\\\/g, '\\');
    case 'single':
      return `'${s.replace(/'/g, "''")}'`;
    case 'literal':
    case 'folded':
      return `${style === 'literal' ? '|' : '>-'}\n${indent}  ${s}\n${indent}  ${s}`;
    default:
      return s;
  }
}

function flowText(t: Tree, styles: number[]): string {
  const next = () => styleOf(styles.push(styles.length * 7 + 3));
  if (typeof t === 'string') {
    const st = next();
    return st === 'double' || st === 'single' ? scalarText(t, st, '') : t;
  }
  if (isMapTree(t)) return `{${t.map(([k, v]) => `${k}: ${flowText(v, styles)}`).join(', ')}}`;
  return `[${(t as Tree[]).map((v) => flowText(v, styles)).join(', ')}]`;
}

/** Block YAML for a tree, with a style picked per value from `styles` (cycled). */
function blockText(t: Tree, indent: string, styles: number[], k: { i: number }): string[] {
  const pick = (): Style => styleOf(styles[k.i++ % Math.max(1, styles.length)] ?? 0);
  const value = (v: Tree, keyIndent: string, seqStyle: boolean): string[] => {
    const st = pick();
    if (typeof v === 'string') return [scalarText(v, st, keyIndent)];
    if (st === 'flow' || v.length === 0) return [flowText(v, [...styles])];
    const childIndent = seqStyle && !isMapTree(v) && st === 'plain' ? keyIndent : `${keyIndent}  `;
    return ['', ...blockText(v, childIndent, styles, k)];
  };
  const out: string[] = [];
  if (isMapTree(t)) {
    for (const [key, v] of t) {
      const [first, ...rest] = value(v, indent, true);
      out.push(`${indent}${key}:${first === '' ? '' : ` ${first}`}`, ...rest.filter((l) => l !== ''));
    }
  } else if (Array.isArray(t)) {
    for (const v of t as Tree[]) {
      const [first, ...rest] = value(v, indent, false);
      out.push(`${indent}-${first === '' ? '' : ` ${first}`}`, ...rest.filter((l) => l !== ''));
    }
  } else out.push(`${indent}${t}`);
  return out;
}

const HEADS = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('apiVersion: v1\nkind: ConfigMap', 'kind: Deployment\napiVersion: apps/v1', "apiVersion: 'v1'\nkind: \"Secret\"") },
  { weight: 1, arbitrary: fc.constantFrom('apiVersion: v1\nkind: List', 'apiVersion: 1.0\nkind: X', 'apiVersion: v1\nkind: Pod\napiVersion: v2') },
);

const documentText = fc
  .tuple(HEADS, fc.option(fc.tuple(fc.constantFrom('name', 'namespace'), SCALAR)), tree, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([head, meta, body, styles, marker]) => {
    const lines: string[] = [head];
    if (meta) lines.push('metadata:', `  ${meta[0]}: ${meta[1]}`);
    if (isMapTree(body)) lines.push(...blockText(body, '', styles, { i: 0 }).filter((l) => l !== ''));
    else if (typeof body === 'string') lines.push(`data: ${body}`);
    else lines.push(`data:`, ...blockText(body, '  ', styles, { i: 0 }).filter((l) => l !== ''));
    return `${marker ? '---\n' : ''}${lines.join('\n')}`;
  });

/** Small edits that bend or break YAML. */
const edited = documentText.chain((text) =>
  fc
    .array(
      fc.oneof(
        fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom(' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', '{', '}', ']', ',', '\t', '\n', '\n  ', '|', '&a ', '*a', '!t ', '\\', '\u0085', '\ufeff')),
        fc.tuple(fc.constant('deleteLine' as const), fc.nat(), fc.constant('')),
        fc.tuple(fc.constant('dupLine' as const), fc.nat(), fc.constant('')),
        fc.tuple(fc.constant('dedent' as const), fc.nat(), fc.constant('')),
      ),
      { maxLength: 3 },
    )
    .map((ops) => {
      let t = text;
      for (const [op, at, s] of ops) {
        const lines = t.split('\n');
        const n = at % Math.max(1, lines.length);
        if (op === 'insert') {
          const i = at % (t.length + 1);
          t = t.slice(0, i) + s + t.slice(i);
          continue;
        }
        if (op === 'deleteLine') lines.splice(n, 1);
        else if (op === 'dupLine') lines.splice(n, 0, lines[n] ?? '');
        else lines[n] = (lines[n] ?? '').replace(/^ {1,2}/, '');
        t = lines.join('\n');
      }
      return t;
    }),
);

const view = (docs: ManifestDocument[]) =>
  docs.map((d) => ({ docIndex: d.docIndex, itemIndex: d.itemIndex, apiVersion: d.apiVersion, kind: d.kind, name: d.name, namespace: d.namespace, position: d.position, body: d.body }));

function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
    out.push(k);
    strings(x, out);
  }
  return out;
}

describe('the quick reader against the full parse', () => {
  it('accepts only documents the full parse reads the same way', () => {
    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.oneof(documentText, edited), (text) => {
        total++;
        const quick = parseManifestText(text);
        const full = parseManifestText(text, { quick: false });
        expect(quick.problems).toEqual(full.problems);
        expect(view(quick.documents)).toEqual(view(full.documents));
        for (const seg of splitDocuments(text)) {
          if (!quickRead(seg.text)) continue;
          accepted++;
          // What `mentions` relies on: every word of every string of the body is in the text as written (a word
          // here has no white space or quote: folding and '' change only those).
          const doc = quick.documents.find((d) => d.docIndex === seg.index);
          for (const s of strings(doc?.body, [])) for (const w of s.split(/[\s']+/)) if (w !== '') expect(seg.text.includes(w)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // The generator reaches both sides of the reader: plenty of documents are accepted, and plenty are not.
    expect(accepted / total).toBeGreaterThan(0.2);
    expect(accepted / total).toBeLessThan(0.9);
  });
});
