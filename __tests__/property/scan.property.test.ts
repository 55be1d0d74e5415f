/**
 * Properties of parse → rules over random documents and mutations of real-looking ones:
 * never throws, every finding points inside its file, and a file's findings do not depend on its neighbours.
 */
import fc from 'fast-check';
import { runScan } from '../../src/app/run.js';
import { silentLogger } from '../../src/ports/index.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { testCatalog } from '../helpers/catalog.js';
import { memoryFileSystem } from '../helpers/memfs.js';
import { embeddedCatalogs } from '../../src/platform/catalogs.js';

const APIS = ['extensions/v1beta1', 'networking.k8s.io/v1', 'batch/v1beta1', 'batch/v1', 'v1', 'apps/v1', 'policy/v1beta1', 'example.com/v1'];
const KINDS = ['Ingress', 'CronJob', 'ConfigMap', 'Deployment', 'PodSecurityPolicy', 'List', 'Widget'];

/** A plausible manifest, rendered in one of several styles. */
const manifest = fc.record({
  apiVersion: fc.constantFrom(...APIS),
  kind: fc.constantFrom(...KINDS),
  name: fc.string({ maxLength: 12 }),
  style: fc.constantFrom('block', 'flow', 'json', 'list'),
  extra: fc.array(fc.tuple(fc.constantFrom('data', 'spec', 'labels', 'x'), fc.jsonValue({ maxDepth: 3 })), { maxLength: 3 }),
}).map(({ apiVersion, kind, name, style, extra }) => {
  const obj: Record<string, unknown> = { apiVersion, kind, metadata: { name } };
  for (const [k, v] of extra) obj[k] = v;
  if (style === 'json') return JSON.stringify(obj, null, 2);
  if (style === 'flow') return JSON.stringify(obj);
  if (style === 'list') return `apiVersion: v1\nkind: List\nitems:\n- ${JSON.stringify(obj)}\n`;
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${JSON.stringify(name)}\n${extra.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n`;
});

/** Mutations that break or bend YAML: insertions of syntax characters, deleted and duplicated lines, CRLF, BOM. */
const mutate = (text: string) =>
  fc.array(
    fc.oneof(
      fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom('[', ']', '{', '}', ':', '-', '"', "'", '&a', '*a', '\t', '\n', '---\n', '...\n', '|', '#', '%YAML 1.2\n', '!tag ', '\u0000')),
      fc.tuple(fc.constant('deleteLine' as const), fc.nat(), fc.constant('')),
      fc.tuple(fc.constant('crlf' as const), fc.nat(), fc.constant('')),
      fc.tuple(fc.constant('bom' as const), fc.nat(), fc.constant('')),
    ),
    { maxLength: 4 },
  ).map((ops) => {
    let t = text;
    for (const [op, at, s] of ops) {
      if (op === 'insert') {
        const i = t.length === 0 ? 0 : at % (t.length + 1);
        t = t.slice(0, i) + s + t.slice(i);
      } else if (op === 'deleteLine') {
        const lines = t.split('\n');
        lines.splice(at % Math.max(1, lines.length), 1);
        t = lines.join('\n');
      } else if (op === 'crlf') t = t.replace(/\n/g, '\r\n');
      else t = `\ufeff${t}`;
    }
    return t;
  });

const file = fc.array(manifest, { minLength: 1, maxLength: 4 }).map((docs) => docs.join('\n---\n')).chain(mutate);

describe('scan properties', () => {
  it('parsing never throws and every place is inside the file', () => {
    fc.assert(
      fc.property(file, (text) => {
        const r = parseManifestText(text);
        const lines = text.split(/\r?\n/).length;
        for (const d of r.documents) {
          expect(d.position.line).toBeGreaterThanOrEqual(1);
          expect(d.position.line).toBeLessThanOrEqual(lines);
          expect(d.position.column).toBeGreaterThanOrEqual(1);
        }
        for (const p of r.problems) {
          expect(p.position.line).toBeGreaterThanOrEqual(1);
          expect(p.position.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the scan never throws, every finding has a valid place, and a file is independent of its neighbours', async () => {
    await fc.assert(
      fc.asyncProperty(file, file, async (a, b) => {
        const settings = { root: '/repo', paths: ['.'], target: '1.25', current: null, failOn: 'error' as const, include: [], exclude: [], maxFileBytes: 1 << 20 };
        const deps = { catalogs: { ...embeddedCatalogs(), api: testCatalog() }, tool: { name: 't', version: '0' }, logger: silentLogger };
        const alone = await runScan(settings, { ...deps, fs: memoryFileSystem({ 'a.yaml': a }) });
        const both = await runScan(settings, { ...deps, fs: memoryFileSystem({ 'a.yaml': a, 'b.yaml': b }) });
        const lines = a.split(/\r?\n/).length;
        for (const f of alone.findings) {
          if (f.file === null) continue;
          expect(f.file).toBe('a.yaml');
          if (f.line !== null) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.line).toBeLessThanOrEqual(lines);
          }
        }
        const ofA = (fs: typeof alone.findings) => fs.filter((f) => f.file === 'a.yaml');
        expect(ofA(both.findings)).toEqual(ofA(alone.findings));
      }),
      { numRuns: 150 },
    );
  });
});

describe('fast and full parse paths', () => {
  it('find the same objects at the same places, and fail on the same documents', () => {
    fc.assert(
      fc.property(file, (text) => {
        const view = (fast: boolean) => {
          const r = parseManifestText(text, { fast });
          return {
            docs: r.documents.map((d) => [d.docIndex, d.itemIndex, d.apiVersion, d.kind, d.name, d.position.line, d.position.column]),
            failed: r.problems.map((p) => p.docIndex),
          };
        };
        expect(view(true)).toEqual(view(false));
      }),
      { numRuns: 500 },
    );
  });
});
