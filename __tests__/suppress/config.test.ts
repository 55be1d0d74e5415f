/** The configuration file's `ignore:` list: what is accepted, and every refusal at its line. */
import { parseConfigText } from '../../src/clusters/config.js';
import { ConfigError } from '../../src/ports/errors.js';

function problems(text: string): string[] {
  try {
    parseConfigText(text, 'c.yaml');
  } catch (err) {
    if (err instanceof ConfigError) return err.message.split('\n');
    throw err;
  }
  return [];
}

test('an entry with selectors, a reason and an unquoted expiry date is read as written, with its line', () => {
  const parsed = parseConfigText(
    'ignore:\n  - rule: removed-api          # also: path, apiVersion, kind, name, gate, cve, cluster\n    kind: PodDisruptionBudget\n    path: "legacy/**"\n    reason: "moving to policy/v1"\n    expires: 2026-12-31\n',
    'c.yaml',
  );
  expect(parsed.config.ignore).toEqual([{ rule: 'removed-api', kind: 'PodDisruptionBudget', path: 'legacy/**', reason: 'moving to policy/v1', expires: '2026-12-31' }]);
  expect(parsed.lines.get('ignore[0]')).toBe(2);
});

test.each<[string, string, RegExp]>([
  ['no reason', 'ignore:\n  - kind: CronJob\n', /^c\.yaml:2: ignore\[0\]: .*reason/],
  ['a blank reason', 'ignore:\n  - kind: CronJob\n    reason: "  "\n', /^c\.yaml:3: ignore\[0\]\.reason: expected a reason/],
  ['no selector', 'ignore:\n  - reason: everything\n', /^c\.yaml:2: ignore\[0\]: expected at least one of rule, path, apiVersion, kind, name, gate, cve, cluster/],
  ['an unknown rule id', 'ignore:\n  - rule: removed-apis\n    reason: r\n', /^c\.yaml:2: ignore\[0\]\.rule: "removed-apis" is not a rule id/],
  ['a rule about suppressions', 'ignore:\n  - rule: unused-suppression\n    reason: r\n', /^c\.yaml:2: ignore\[0\]\.rule: "unused-suppression" reports on suppressions themselves/],
  ['an impossible date', 'ignore:\n  - kind: CronJob\n    reason: r\n    expires: 2026-02-30\n', /^c\.yaml:4: ignore\[0\]\.expires: "2026-02-30" is not a calendar date/],
  ['a date in another form', 'ignore:\n  - kind: CronJob\n    reason: r\n    expires: 31.12.2026\n', /^c\.yaml:4: ignore\[0\]\.expires: expected a calendar date YYYY-MM-DD/],
  ['an unknown key', 'ignore:\n  - kind: CronJob\n    reason: r\n    until: 2026-12-31\n', /^c\.yaml:4: ignore\[0\]\.until: /],
  ['a CVE that is not an advisory id', 'ignore:\n  - cve: "8554"\n    reason: r\n', /^c\.yaml:2: ignore\[0\]\.cve: expected an advisory id/],
])('refused: %s', (_, text, expected) => {
  const p = problems(text);
  expect(p).toHaveLength(1);
  expect(p[0]).toMatch(expected);
});
