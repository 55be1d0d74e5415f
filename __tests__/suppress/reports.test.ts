/** Suppressed findings in the pull request's views: not annotated, not in the Markdown table, counted. */
import type { Finding } from '../../src/findings/types.js';
import { summarize } from '../../src/findings/types.js';
import { selectAnnotations } from '../../src/github/annotations.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { shouldFail } from '../../src/app/run.js';
import type { ScanResult } from '../../src/app/result.js';

const base: Finding = { ruleId: 'removed-api', severity: 'error', message: 'CronJob "a" is removed', file: 'a.yaml', line: 1, column: 1, object: null, data: {} };
const accepted: Finding = { ...base, message: 'CronJob "b" is removed', line: 5, suppressed: { reason: 'retired in Q1', source: 'inline', file: 'a.yaml', line: 4, expires: null } };

function result(findings: Finding[]): ScanResult {
  return {
    schemaVersion: 1, tool: { name: 't', version: '0' }, catalog: { version: 'c', newestRelease: '1.35' }, target: '1.35', current: null,
    summary: summarize(findings, 1, 2), findings, clusters: [],
  };
}

test('summary, gate, annotations and Markdown leave a suppressed finding out of what counts', () => {
  expect(summarize([base, accepted], 1, 2)).toEqual({ files: 1, documents: 2, errors: 1, warnings: 0, notices: 0, suppressed: 1 });
  expect(summarize([base], 1, 2)).toEqual({ files: 1, documents: 2, errors: 1, warnings: 0, notices: 0 });
  expect(shouldFail(result([accepted]), 'notice')).toBe(false);
  expect(shouldFail(result([base, accepted]), 'error')).toBe(true);
  expect(selectAnnotations([base, accepted]).map((a) => a.message)).toEqual(['CronJob "a" is removed']);
  const md = renderMarkdown(result([base, accepted]));
  expect(md).toContain('CronJob "a" is removed');
  expect(md).not.toContain('CronJob "b"');
  expect(md).toContain('1 error, 0 warnings, 0 notices, 1 suppressed');
});
