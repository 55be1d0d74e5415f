/** Fix suggestions for one file: which runs of changed lines become suggestions, on which lines, with what text. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestFixes, type FileSuggestions, type LineRange } from '../../src/fix/suggest.js';
import { rightSideRanges } from '../../src/github/pull-request.js';
import { loadApiCatalog } from '../../src/platform/catalogs.js';

const catalog = loadApiCatalog();
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'fix');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

/** A patch with one hunk per right-side range, as GitHub's pull request files list it (bodies abridged to context). */
function patch(...ranges: Array<[number, number]>): string {
  return ranges.map(([start, count]) => `@@ -${start},${count} +${start},${count} @@ section\n${' x\n'.repeat(count)}`).join('');
}

const ROLE = 'apiVersion: rbac.authorization.k8s.io/v1beta1\nkind: Role\nmetadata:\n  name: reader\n  namespace: shop\nrules:\n- apiGroups: [""]\n  resources: [pods]\n  verbs: [get]\n';
const INGRESS =
  'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  rules:\n  - http:\n      paths:\n' +
  '      - path: /\n        backend:\n          serviceName: web\n          servicePort: 80\n';
const INGRESS_WHY =
  '`networking.k8s.io/v1beta1` → `networking.k8s.io/v1` for Ingress "shop/web" (backends as service.name/port, pathType ImplementationSpecific where unset): mechanical and safe at Kubernetes 1.35.';
const PDB_EMPTY = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector: {}\n';

interface Case {
  name: string;
  text: string;
  /** The patch GitHub lists for the file; null when it lists none. */
  patch: string | null;
  want: FileSuggestions;
}

describe('suggestFixes', () => {
  it.each<Case>([
    {
      name: 'an rbac move inside a new file’s diff',
      text: ROLE,
      patch: '@@ -0,0 +1,9 @@\n+apiVersion: rbac.authorization.k8s.io/v1beta1\n',
      want: {
        suggestions: [
          {
            path: 'f.yaml', startLine: 1, line: 1, replacementLines: ['apiVersion: rbac.authorization.k8s.io/v1'],
            explanation: '`rbac.authorization.k8s.io/v1beta1` → `rbac.authorization.k8s.io/v1` for Role "shop/reader": mechanical and safe at Kubernetes 1.35.',
          },
        ],
        outside: 0,
      },
    },
    {
      name: 'an rbac move on a line the pull request does not change is dropped and counted',
      text: ROLE,
      patch: patch([6, 4]),
      want: { suggestions: [], outside: 1 },
    },
    {
      name: 'a backend whose two lines straddle the end of the hunk is dropped; the lines inside are suggested',
      text: INGRESS,
      patch: patch([1, 12]),
      want: {
        suggestions: [
          { path: 'f.yaml', startLine: 1, line: 1, replacementLines: ['apiVersion: networking.k8s.io/v1'], explanation: INGRESS_WHY },
          { path: 'f.yaml', startLine: 10, line: 10, replacementLines: ['      - path: /', '        pathType: ImplementationSpecific'], explanation: INGRESS_WHY },
        ],
        outside: 1,
      },
    },
    {
      name: 'two hunks: a replacement must lie inside one of them, not across both',
      text: INGRESS,
      patch: patch([1, 3], [10, 3], [13, 1]),
      want: {
        suggestions: [
          { path: 'f.yaml', startLine: 1, line: 1, replacementLines: ['apiVersion: networking.k8s.io/v1'], explanation: INGRESS_WHY },
          { path: 'f.yaml', startLine: 10, line: 10, replacementLines: ['      - path: /', '        pathType: ImplementationSpecific'], explanation: INGRESS_WHY },
        ],
        outside: 1,
      },
    },
    {
      name: 'an Ingress backend: two lines become four (multi-line suggestion)',
      text: INGRESS,
      patch: patch([12, 2]),
      want: {
        suggestions: [
          {
            path: 'f.yaml', startLine: 12, line: 13,
            replacementLines: ['          service:', '            name: web', '            port:', '              number: 80'],
            explanation: INGRESS_WHY,
          },
        ],
        outside: 2,
      },
    },
    {
      name: 'a pure insertion (pathType) is anchored on the line above and repeats it',
      text: INGRESS,
      patch: patch([9, 2]),
      want: {
        suggestions: [{ path: 'f.yaml', startLine: 10, line: 10, replacementLines: ['      - path: /', '        pathType: ImplementationSpecific'], explanation: INGRESS_WHY }],
        outside: 2,
      },
    },
    {
      name: 'a pure insertion whose line above is outside the diff is anchored on the line below',
      text: INGRESS,
      patch: patch([11, 1]),
      want: {
        suggestions: [{ path: 'f.yaml', startLine: 11, line: 11, replacementLines: ['        pathType: ImplementationSpecific', '        backend:'], explanation: INGRESS_WHY }],
        outside: 2,
      },
    },
    {
      name: 'a CRLF file: the suggestion’s lines carry no carriage return',
      text: fixture('fixes/rbac-clusterrole-crlf.yaml'),
      patch: patch([1, 3]),
      want: {
        suggestions: [
          {
            path: 'f.yaml', startLine: 1, line: 1, replacementLines: ['apiVersion: rbac.authorization.k8s.io/v1'],
            explanation: expect.stringMatching(/^`rbac\.authorization\.k8s\.io\/v1beta1` → `rbac\.authorization\.k8s\.io\/v1` for ClusterRole /) as unknown as string,
          },
        ],
        outside: 0,
      },
    },
    {
      name: 'a file GitHub lists without a patch gets no suggestion',
      text: ROLE,
      patch: null,
      want: { suggestions: [], outside: 1 },
    },
    {
      name: 'a refused migration (PodDisruptionBudget with an empty selector) gives no suggestion',
      text: PDB_EMPTY,
      patch: patch([1, 7]),
      want: { suggestions: [], outside: 0 },
    },
    {
      name: 'backticks and Markdown in the line and the name: the replacement is verbatim, the name escaped',
      text: 'apiVersion: batch/v1beta1 # see ```docs```\nkind: CronJob\nmetadata:\n  name: "*nightly* <b>@team</b>"\n',
      patch: patch([1, 4]),
      want: {
        suggestions: [
          {
            path: 'f.yaml', startLine: 1, line: 1, replacementLines: ['apiVersion: batch/v1 # see ```docs```'],
            explanation: '`batch/v1beta1` → `batch/v1` for CronJob "\\*nightly\\* &lt;b&gt;@&#8203;team&lt;/b&gt;": mechanical and safe at Kubernetes 1.35.',
          },
        ],
        outside: 0,
      },
    },
  ])('$name', ({ text, patch: p, want }) => {
    const ranges: LineRange[] | null = p === null ? null : rightSideRanges(p);
    expect(suggestFixes({ path: 'f.yaml', text, ranges }, '1.35', catalog)).toEqual(want);
  });

  it('every suggestion, applied from the last back, gives the fixed file when the whole file is in the diff', () => {
    const text = fixture('fixes/ingress-extensions.yaml');
    const lines = text.split('\n');
    const { suggestions, outside } = suggestFixes({ path: 'f.yaml', text, ranges: [{ start: 1, end: lines.length }] }, '1.35', catalog);
    expect(outside).toBe(0);
    expect(suggestions.length).toBeGreaterThan(3);
    for (const s of [...suggestions].reverse()) lines.splice(s.startLine - 1, s.line - s.startLine + 1, ...s.replacementLines);
    expect(lines.join('\n')).toBe(fixture('fixes/ingress-extensions.expected.yaml'));
  });

  it('a move the guard vetoes (a kustomize selector) gives no suggestion', () => {
    const r = suggestFixes({ path: 'f.yaml', text: ROLE, ranges: [{ start: 1, end: 9 }] }, '1.35', catalog, () => 'a selector picks it');
    expect(r).toEqual({ suggestions: [], outside: 0 });
  });
});

describe('rightSideRanges', () => {
  it.each([
    { name: 'one hunk', patch: '@@ -1,3 +1,4 @@\n a\n+b\n c\n d', want: [{ start: 1, end: 4 }] },
    { name: 'counts left out, a hunk with no right side, a new file', patch: '@@ -10 +12 @@ func\n-a\n+b\n@@ -40,2 +42,0 @@\n-x\n-y\n@@ -0,0 +1,2 @@\n+n\n+m', want: [{ start: 12, end: 12 }, { start: 1, end: 2 }] },
    { name: 'body lines that look like headers', patch: '@@ -1,2 +1,2 @@\n-@@ -5 +5 @@\n+@@ -6 +6 @@', want: [{ start: 1, end: 2 }] },
    { name: 'empty', patch: '', want: [] },
  ])('$name', ({ patch: p, want }) => {
    expect(rightSideRanges(p)).toEqual(want);
  });
});
