import { summaryMarkdown, writeJobSummary, type SummaryWriter } from '../../src/github/summary.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { manyFindings, sampleResult } from '../reporters/sample-result.js';

describe('writeJobSummary', () => {
  it('writes the Markdown report through the writer once', async () => {
    const written: string[] = [];
    const writer: SummaryWriter = { write: async (md) => void written.push(md) };
    const result = sampleResult();
    const text = await writeJobSummary(result, writer);
    expect(written).toEqual([renderMarkdown(result)]);
    expect(text).toBe(written[0]);
  });

  it('passes the writer error on', async () => {
    const writer: SummaryWriter = { write: async () => Promise.reject(new Error('disk full')) };
    await expect(writeJobSummary(sampleResult(), writer)).rejects.toThrow('disk full');
  });
});

describe('summaryMarkdown', () => {
  it('shortens the table until the report fits the size limit', () => {
    const result = sampleResult(manyFindings(200));
    const full = summaryMarkdown(result, { maxRows: 200, limitBytes: 10_000_000 });
    expect(full).not.toContain('more findings');
    const small = summaryMarkdown(result, { maxRows: 200, limitBytes: 4_000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(4_000);
    expect(small).toMatch(/… and \d+ more findings \(\d+ errors\) not listed here\./);
  });

  it('keeps the headline even when no row fits', () => {
    const md = summaryMarkdown(sampleResult(manyFindings(50)), { limitBytes: 10 });
    expect(md).toContain('## ❌ kube-upgrade-gate: 50 errors');
    expect(md).not.toContain('| Severity |');
  });
});
