import { renderText } from '../../src/reporters/text.js';
import { sampleResult } from './sample-result.js';

describe('renderText', () => {
  const result = sampleResult();

  it('matches the snapshot without colour', () => {
    expect(renderText(result, { color: false })).toMatchSnapshot();
  });

  it('matches the snapshot with colour', () => {
    expect(renderText(result, { color: true })).toMatchSnapshot();
  });

  it('uses no escape sequences without colour', () => {
    expect(renderText(result, { color: false })).not.toContain('\u001b[');
  });

  it('lists the run-scope finding under (scan) and every finding once', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('(scan)');
    for (const f of result.findings) expect(text.split(f.message).length - 1).toBe(1);
  });

  it('says so when there is nothing to report', () => {
    const empty = sampleResult([]);
    expect(renderText(empty, { color: false })).toContain('Nothing that Kubernetes 1.25 removed or deprecated.');
  });
});
