import fc from 'fast-check';
import { changeRuns, unifiedDiff } from '../../src/fix/diff.js';

/** A text as its lines, each with its `\n` (the last without one when the text does not end with one). */
function toLines(t: string): string[] {
  if (t === '') return [];
  const ls = t.split('\n');
  const last = ls.pop()!;
  return [...ls.map((l) => `${l}\n`), ...(last === '' ? [] : [last])];
}

/** Applies a unified diff (as unifiedDiff writes it) to `before`: what `patch` would do. */
function applyPatch(before: string, patch: string): string {
  const old = toLines(before);
  const lines = patch.split('\n').slice(2, -1);
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(l);
    if (h) {
      const start = Number(h[1]) - (h[2] === '0' ? 0 : 1);
      while (at < start) out.push(old[at++]!);
      continue;
    }
    if (l === '\\ No newline at end of file') continue;
    const content = lines[i + 1] === '\\ No newline at end of file' ? l.slice(1) : `${l.slice(1)}\n`;
    if (l[0] === ' ' || l[0] === '-') {
      expect(old[at]).toBe(content);
      if (l[0] === ' ') out.push(content);
      at++;
    } else if (l[0] === '+') out.push(content);
    else throw new Error(`bad line ${l}`);
  }
  while (at < old.length) out.push(old[at++]!);
  return out.join('');
}

function lcs(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  return dp[0]![0]!;
}

describe('unifiedDiff', () => {
  it.each([
    { name: 'equal texts', a: 'x\n', b: 'x\n', want: '' },
    { name: 'one line changed', a: 'a\nb\nc\n', b: 'a\nB\nc\n', want: '--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n' },
    {
      name: 'far-apart changes in two hunks',
      a: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n',
      b: 'one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n',
      want: '--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+twelve\n',
    },
    {
      name: 'changes six lines apart share a hunk',
      a: '1\n2\n3\n4\n5\n6\n7\n8\n',
      b: 'x\n2\n3\n4\n5\n6\n7\ny\n',
      want: '--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n-1\n+x\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+y\n',
    },
    { name: 'lines inserted', a: 'a\nb\n', b: 'a\nx\ny\nb\n', want: '--- a/f\n+++ b/f\n@@ -1,2 +1,4 @@\n a\n+x\n+y\n b\n' },
    { name: 'no newline at the end, kept', a: 'a\nb', b: 'a\nc', want: '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n' },
    { name: 'newline added at the end', a: 'a', b: 'a\n', want: '--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n' },
    { name: 'CRLF lines keep their carriage return', a: 'a\r\nb\r\n', b: 'a\r\nc\r\n', want: '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n' },
    { name: 'from empty', a: '', b: 'a\n', want: '--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n' },
  ])('$name', ({ a, b, want }) => {
    expect(unifiedDiff('f', a, b)).toBe(want);
  });

  it('is a shortest edit script that turns the first text into the second', () => {
    const line = fc.constantFrom('a', 'b', 'c', 'd', '');
    const text = fc.tuple(fc.array(line, { maxLength: 30 }), fc.boolean()).map(([ls, nl]) => (ls.length === 0 ? '' : ls.join('\n') + (nl ? '\n' : '')));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, context) => {
        const patch = unifiedDiff('f', a, b, context);
        if (a === b) return patch === '';
        expect(applyPatch(a, patch)).toBe(b);
        // Minimal: as many lines removed and added as the longest common subsequence leaves (last lines compared with their newline).
        const la = toLines(a);
        const lb = toLines(b);
        const body = patch.split('\n').slice(2);
        const removed = body.filter((l) => l.startsWith('-')).length;
        const added = body.filter((l) => l.startsWith('+')).length;
        const common = lcs(la, lb);
        expect(removed).toBe(la.length - common);
        expect(added).toBe(lb.length - common);
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('changeRuns', () => {
  it.each([
    { name: 'equal texts', a: 'x\n', b: 'x\n', want: [] },
    { name: 'one line changed', a: 'a\nb\nc\n', b: 'a\nB\nc\n', want: [{ oldStart: 1, oldLines: ['b'], newLines: ['B'] }] },
    { name: 'lines inserted before the second', a: 'a\nb\n', b: 'a\nx\ny\nb\n', want: [{ oldStart: 1, oldLines: [], newLines: ['x', 'y'] }] },
    { name: 'inserted at the top', a: 'a\n', b: 'x\na\n', want: [{ oldStart: 0, oldLines: [], newLines: ['x'] }] },
    { name: 'two runs, one line apart', a: '1\n2\n3\n', b: 'one\n2\nthree\nfour\n', want: [{ oldStart: 0, oldLines: ['1'], newLines: ['one'] }, { oldStart: 2, oldLines: ['3'], newLines: ['three', 'four'] }] },
    { name: 'CRLF lines keep their carriage return', a: 'a\r\nb\r\n', b: 'a\r\nc\r\n', want: [{ oldStart: 1, oldLines: ['b\r'], newLines: ['c\r'] }] },
    { name: 'no newline at the end', a: 'a\nb', b: 'a\nc', want: [{ oldStart: 1, oldLines: ['b'], newLines: ['c'] }] },
  ])('$name', ({ a, b, want }) => {
    expect(changeRuns(a, b)).toEqual(want);
  });

  it('applied from the last run back, turns the first text into the second', () => {
    const line = fc.constantFrom('a', 'b', 'c', 'd', '');
    const text = fc.array(line, { maxLength: 30 }).map((ls) => ls.map((l) => `${l}\n`).join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const lines = a === '' ? [] : a.slice(0, -1).split('\n');
        for (const r of [...changeRuns(a, b)].reverse()) lines.splice(r.oldStart, r.oldLines.length, ...r.newLines);
        expect(lines.map((l) => `${l}\n`).join('')).toBe(b);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
