import { renderJson } from '../../src/reporters/json.js';
import { sampleResult } from './sample-result.js';

describe('renderJson', () => {
  const result = sampleResult();

  it('matches the snapshot', () => {
    expect(renderJson(result)).toMatchSnapshot();
  });

  it('is the scan result itself, as parseable JSON ending in a newline', () => {
    const text = renderJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(result);
  });

  it('keeps the hostile name verbatim: JSON is data, not markup', () => {
    const parsed = JSON.parse(renderJson(result)) as typeof result;
    const hostile = parsed.findings.find((f) => f.ruleId === 'removed-api' && f.object?.kind === 'CronJob');
    expect(hostile?.object?.name).toBe('<img src=x onerror=alert(1)> @admin | **x**');
  });

  it('writes the run-scope finding with null file, line and column', () => {
    const parsed = JSON.parse(renderJson(result)) as typeof result;
    const run = parsed.findings.find((f) => f.ruleId === 'no-manifests');
    expect(run).toMatchObject({ file: null, line: null, column: null, object: null });
  });
});
