import { oneLine, renderText } from '../../src/reporters/text.js';
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

describe('oneLine', () => {
  it.each([
    ['a\n::warning::injected', 'a ::warning::injected'],
    ['a\r\nb\rc\u2028d', 'a b c d'],
    ['\u001b[31mred\u001b[0m', '\\x1b[31mred\\x1b[0m'],
    ['tab\tstays', 'tab\tstays'],
    ['plain', 'plain'],
  ])('%j → %j', (input, output) => {
    expect(oneLine(input)).toBe(output);
  });
});
