import fc from 'fast-check';
import { cut, inlineCode, rankFindings, renderMarkdown } from '../../src/reporters/markdown.js';
import { ruleMeta } from '../../src/rules/index.js';
import { escapeMarkdown } from '../../src/reporters/escape-md.js';
import { HOSTILE_FILE, HOSTILE_NAME, manyFindings, sampleFindings, sampleResult } from './sample-result.js';

/** The text a Markdown renderer shows for escapeMarkdown's output: undoes backslash escapes and the entities it writes. */
function shown(md: string): string {
  return md.replace(/\\([\s\S])|&(lt|gt|amp);|&#8203;/g, (_m, escaped: string | undefined, entity: string | undefined) => {
    if (escaped !== undefined) return escaped;
    if (entity !== undefined) return { lt: '<', gt: '>', amp: '&' }[entity] as string;
    return '';
  });
}

/** What is left once every backslash escape and entity is taken out: must hold no Markdown or HTML syntax. */
function bare(md: string): string {
  return md.replace(/\\[\s\S]|&(?:lt|gt|amp|#8203);/g, '');
}

/** Splits a table row into cells on the pipes a GFM renderer would split on (not the escaped ones). */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i] as string;
    if (ch === '\\' && i + 1 < row.length) {
      cur += ch + (row[i + 1] as string);
      i++;
    } else if (ch === '|') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.slice(1, -1).map((c) => c.trim());
}

const SYNTAX = /[\\`*_{}[\]()#+\-.!|~$:<>&]/;
const hostileChars = fc.string({
  unit: fc.constantFrom('<', '>', '|', '@', '\\', '`', '*', '_', '[', ']', '(', ')', '&', '#', ';', '!', ':', '~', 'a', '1', ' ', '\n', '\r', '\t', '\u0000', '\u2028', 'é', '😀'),
  maxLength: 40,
});
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), hostileChars);

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'web frontend', 'web frontend'],
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['a mention', '@admin', '@&#8203;admin'],
    ['a team mention', '@org/team', '@&#8203;org/team'],
    ['a table pipe', 'a | b', 'a \\| b'],
    ['emphasis', '**x** _y_', '\\*\\*x\\*\\* \\_y\\_'],
    ['a link', '[x](http://e)', '\\[x\\]\\(http\\://e\\)'],
    ['code', '`rm -rf`', '\\`rm \\-rf\\`'],
    ['an entity', '&lt;', '&amp;lt;'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['line breaks', 'a\nb\r\nc', 'a b  c'],
    ['a heading start', '# title', '\\# title'],
  ])('escapes %s', (_label, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('escapes the hostile object name completely', () => {
    expect(escapeMarkdown(HOSTILE_NAME)).toBe('&lt;img src=x onerror=alert\\(1\\)&gt; @&#8203;admin \\| \\*\\*x\\*\\*');
  });

  it('renders as exactly the input text, with control characters shown as spaces', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const expected = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
        expect(shown(escapeMarkdown(s))).toBe(expected);
      }),
    );
  });

  it('leaves no Markdown or HTML syntax, no line break and no mention outside its escapes', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = escapeMarkdown(s);
        expect(bare(out)).not.toMatch(SYNTAX);
        expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(out).not.toMatch(/@(?!&#8203;)/);
      }),
    );
  });
});

describe('inlineCode', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(inlineCode('a')).toBe('`a`');
    expect(inlineCode('a `b` c')).toBe('``a `b` c``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });
});

describe('renderMarkdown', () => {
  const result = sampleResult();

  it('matches the snapshot', () => {
    expect(renderMarkdown(result)).toMatchSnapshot();
  });

  it('starts with a ❌ headline giving counts, target and current release', () => {
    const [headline, , facts] = renderMarkdown(result).split('\n');
    expect(headline).toBe('## ❌ kube-upgrade-gate: 2 errors, 3 warnings, 1 notice for Kubernetes 1\\.25');
    expect(facts).toContain('Target **1\\.25**');
    expect(facts).toContain('current **1\\.21**');
  });

  it('has a ✅ headline when there is nothing to report', () => {
    const md = renderMarkdown(sampleResult([]));
    expect(md.split('\n')[0]).toBe('## ✅ kube-upgrade-gate: nothing removed or deprecated for Kubernetes 1\\.25');
    expect(md).not.toContain('| Severity |');
    expect(md).not.toContain('How to fix');
  });

  it('has a ⚠️ headline when there are warnings but no errors', () => {
    const md = renderMarkdown(sampleResult(sampleFindings.filter((f) => f.severity !== 'error')));
    expect(md.split('\n')[0]).toMatch(/^## ⚠️ kube-upgrade-gate: 0 errors, 3 warnings, 1 notice/);
  });

  it('keeps every table row at five cells and lets no raw HTML or mention through', () => {
    const md = renderMarkdown(result);
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(2 + result.findings.length);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    expect(md).not.toContain('<');
    expect(md).not.toMatch(/@(?!&#8203;)/);
    const hostileRow = rows.find((r) => r.includes('CronJob')) as string;
    const [, location, object] = cells(hostileRow).map(shown);
    expect(location).toBe(`${HOSTILE_FILE}:12`);
    expect(object).toBe(`CronJob ops/${HOSTILE_NAME} (batch/v1beta1)`);
  });

  it('lists errors first, then warnings, then notices, and the run-scope finding without a place', () => {
    const rows = renderMarkdown(result).split('\n').filter((l) => l.startsWith('| ')).slice(2);
    const severities = rows.map((r) => cells(r)[0]);
    expect(severities).toEqual(['❌ error', '❌ error', '⚠️ warning', '⚠️ warning', '⚠️ warning', 'ℹ️ notice']);
    const run = rows.find((r) => r.includes('No Kubernetes manifests')) as string;
    expect(cells(run)[1]).toBe('—');
  });

  it('caps the table and says how many findings are left out', () => {
    const md = renderMarkdown(sampleResult([...manyFindings(4), ...manyFindings(3, 'warning')]), { maxRows: 5 });
    const rows = md.split('\n').filter((l) => l.startsWith('| ')).slice(2);
    expect(rows).toHaveLength(5);
    expect(md).toContain('… and 2 more findings (2 warnings) not listed here.');
    const one = renderMarkdown(sampleResult(manyFindings(3)), { maxRows: 2 });
    expect(one).toContain('… and 1 more finding (1 error) not listed here.');
  });

  it('omits the table entirely with maxRows 0 but still counts everything', () => {
    const md = renderMarkdown(result, { maxRows: 0 });
    expect(md).not.toContain('| Severity |');
    expect(md).toContain('… and 6 more findings (2 errors, 3 warnings, 1 notice) not listed here.');
  });

  it('cuts very long user text', () => {
    const long = sampleResult([{ ...(sampleFindings[1] as (typeof sampleFindings)[number]), message: 'x'.repeat(1000) }]);
    const row = renderMarkdown(long, { maxCellChars: 50 }).split('\n').find((l) => l.startsWith('| ❌')) as string;
    expect(cells(row)[3]).toBe(`${'x'.repeat(49)}…`);
  });

  it("gives each row a how-to-fix cell from its rule's help", () => {
    const rows = renderMarkdown(result).split('\n').filter((l) => l.startsWith('| ')).slice(2);
    const seen = new Set<string>();
    for (const [i, f] of rankFindings(result.findings).entries()) {
      const cell = cells(rows[i] as string)[4] as string;
      expect(seen.has(f.ruleId) ? cell : shown(cell)).toBe(seen.has(f.ruleId) ? `as for the first \`${f.ruleId}\` row` : ruleMeta(f.ruleId)?.help);
      seen.add(f.ruleId);
    }
    expect(seen.size).toBeLessThan(result.findings.length); // some rule repeats, so both kinds of cell are checked
  });

  it('links each location to its line at the commit when links are given, and not otherwise', () => {
    const links = { serverUrl: 'https://github.example/', repository: 'octo/shop', sha: 'a'.repeat(40) };
    const rows = renderMarkdown(result, { links }).split('\n').filter((l) => l.startsWith('| ')).slice(2);
    const ingress = rows.find((r) => r.includes('Ingress')) as string;
    expect(cells(ingress)[1]).toBe(`[k8s/ingress\\.yaml\\:3](https://github.example/octo/shop/blob/${'a'.repeat(40)}/k8s/ingress.yaml#L3)`);
    const hostile = rows.find((r) => r.includes('CronJob')) as string;
    expect(cells(hostile)[1]).toContain(`/blob/${'a'.repeat(40)}/k8s/team%7Ca/%3Cb%3Ecron%3C/b%3E.yaml#L12)`);
    const run = rows.find((r) => r.includes('no-manifests') || cells(r)[1] === '—') as string;
    expect(cells(run)[1]).toBe('—');
    expect(renderMarkdown(result)).not.toContain('/blob/');
  });

  it('explains how to fix each removed API once, with its replacement', () => {
    const md = renderMarkdown(result);
    const fix = md.slice(md.indexOf('### How to fix'));
    expect(fix).toContain('**Ingress extensions/v1beta1** (1 object in 1 file, removed in Kubernetes 1\\.22): change the apiVersion to networking\\.k8s\\.io/v1.');
    expect(fix).toContain('`spec.backend` becomes `spec.defaultBackend`');
    expect(fix).toContain('**CronJob batch/v1beta1**');
    expect(fix).not.toContain('HorizontalPodAutoscaler');
    const twice = renderMarkdown(sampleResult([...sampleFindings, { ...(sampleFindings[1] as (typeof sampleFindings)[number]), line: 40 }]));
    expect(twice).toContain('**Ingress extensions/v1beta1** (2 objects in 1 file');
  });

  it('describes a removed API without a replacement', () => {
    const psp = sampleResult([
      {
        ruleId: 'removed-api',
        severity: 'error',
        message: 'PodSecurityPolicy "restricted" uses policy/v1beta1.',
        file: 'psp.yaml',
        line: 1,
        column: 1,
        object: { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', name: 'restricted', namespace: null },
        data: { removedIn: '1.25', replacement: null, replacementKind: null, noReplacement: 'use Pod Security Admission' },
      },
    ]);
    expect(renderMarkdown(psp)).toContain('there is no replacement API: use Pod Security Admission');
  });
});

describe('cut', () => {
  it.each<[string, string, number, string]>([
    ['fits', 'Kubernetes 1.25 removes it', 40, 'Kubernetes 1.25 removes it'],
    ['ends before a space', 'upgrade to 1.33.4 today', 18, 'upgrade to 1.33.4…'],
    ['would split a version', 'upgrade to 1.33.4 today', 15, 'upgrade to …'],
    ['would split a word', 'deprecated in Kubernetes 1.25', 20, 'deprecated in …'],
    ['one long word', 'x'.repeat(100), 50, `${'x'.repeat(49)}…`],
  ])('%s', (_label, text, max, expected) => {
    expect(cut(text, max)).toBe(expected);
    expect(Array.from(cut(text, max)).length).toBeLessThanOrEqual(max);
  });

  it('never ends inside a word or version that had more characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1.25', '1.33.4', 'removed', 'in', 'Kubernetes', 'v1beta1'), { minLength: 1, maxLength: 30 }), fc.integer({ min: 12, max: 80 }), (words, max) => {
        const text = words.join(' ');
        const out = cut(text, max);
        if (out === text) return;
        const kept = out.replace(/ ?…$/, '').split(' ');
        // Every kept word is a whole word of the text, in order.
        expect(kept).toEqual(words.slice(0, kept.length));
      }),
    );
  });
});

describe('rankFindings', () => {
  it('is stable within a severity', () => {
    const ranked = rankFindings(sampleResult().findings);
    expect(ranked.map((f) => f.severity)).toEqual(['error', 'error', 'warning', 'warning', 'warning', 'notice']);
    expect(ranked.filter((f) => f.severity === 'warning').map((f) => f.ruleId)).toEqual(['no-manifests', 'invalid-manifest', 'deprecated-api']);
  });
});
