/** Reading inline suppression comments: what each covers, and why a comment is not valid. */
import { inlineDirectives } from '../../src/suppress/index.js';

const cover = (text: string) => inlineDirectives(text).map((d) => ({ line: d.line, from: d.from, to: d.to, scope: d.scope, rules: d.rules, reason: d.reason, problem: d.problem }));

test.each<[string, string, Array<Partial<ReturnType<typeof cover>[number]>>]>([
  ['a file without any', 'apiVersion: v1\nkind: ConfigMap\n# ordinary comment\n', []],
  ['on a content line: that line', 'kind: CronJob\napiVersion: batch/v1beta1 # kube-upgrade-gate: ignore removed-api -- r\n', [{ line: 2, from: 2, to: 2, scope: 'line', rules: ['removed-api'], reason: 'r' }]],
  ['alone after content: the next line', 'kind: CronJob\n  # kube-upgrade-gate: ignore removed-api -- r\napiVersion: batch/v1beta1\n', [{ line: 2, from: 2, to: 3, scope: 'line' }]],
  ['before the first content line: the document', '# kube-upgrade-gate: ignore removed-api -- r\nkind: CronJob\n---\nkind: Job\n', [{ line: 1, from: 1, to: 2, scope: 'document' }]],
  ['on a separator: the document after it', 'kind: Job\n--- # kube-upgrade-gate: ignore removed-api -- r\nkind: CronJob\n---\nkind: Job\n', [{ line: 2, from: 3, to: 3, scope: 'document' }]],
  ['before the first separator: the first document', '# kube-upgrade-gate: ignore removed-api -- r\n---\nkind: CronJob\n---\nkind: Job\n', [{ line: 1, from: 1, to: 3, scope: 'document' }]],
  ['the last document: to the end of the file', 'kind: Job\n---\n\n# kube-upgrade-gate: ignore removed-api -- r\nkind: CronJob\nmetadata: {}\n', [{ line: 4, from: 3, to: 7, scope: 'document' }]],
  ['CRLF line ends', 'kind: Job\r\napiVersion: x # kube-upgrade-gate: ignore removed-api -- r\r\n', [{ line: 2, from: 2, to: 2, reason: 'r' }]],
  ['several rules, commas or blanks', 'a: 1 # kube-upgrade-gate: ignore removed-api, deprecated-api removed-api -- r -- s\n', [{ rules: ['removed-api', 'deprecated-api'], reason: 'r -- s' }]],
  ['no reason', 'a: 1 # kube-upgrade-gate: ignore removed-api\n', [{ problem: 'it gives no reason after "--"', rules: ['removed-api'] }]],
  ['an empty reason', 'a: 1 # kube-upgrade-gate: ignore removed-api --\n', [{ problem: 'it gives no reason after "--"' }]],
  ['no rule', 'a: 1 # kube-upgrade-gate: ignore -- r\n', [{ problem: 'it names no rule' }]],
  ['an unknown rule', 'a: 1 # kube-upgrade-gate: ignore removed -- r\n', [{ problem: '"removed" is not a rule id', rules: [] }]],
  ['another verb', 'a: 1 # kube-upgrade-gate: disable removed-api -- r\n', [{ problem: 'it does not start with "ignore"' }]],
  ['a rule about suppressions', 'a: 1 # kube-upgrade-gate: ignore unused-suppression -- r\n', [{ problem: 'unused-suppression reports on suppressions themselves and cannot be suppressed' }]],
  ['the mark inside a value, not a comment', 'a: "x#kube-upgrade-gate: ignore removed-api -- r"\n', []],
])('%s', (_, text, expected) => {
  const got = cover(text);
  expect(got).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
});
