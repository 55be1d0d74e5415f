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
  it('lists every finding while the summary stays under 1 MiB', () => {
    const result = sampleResult(manyFindings(500));
    const md = summaryMarkdown(result);
    expect(md.split('\n').filter((l) => l.startsWith('| ❌'))).toHaveLength(500);
    expect(md).not.toContain('not listed here');
  });

  it('lists as many findings as fit 1 MiB, errors first, and counts the rest', () => {
    const long = (f: ReturnType<typeof manyFindings>[number]) => ({ ...f, message: `${f.message} ${'word '.repeat(50)}` });
    const result = sampleResult([...manyFindings(5000, 'warning').map(long), ...manyFindings(1000, 'error').map(long)]);
    const md = summaryMarkdown(result);
    const bytes = Buffer.byteLength(md);
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes).toBeGreaterThan(1024 * 1024 - 4096);
    expect(md.split('\n')[0]).toBe('## ❌ kube-upgrade-gate: 1000 errors, 5000 warnings, 0 notices for Kubernetes 1\\.25');
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    expect(rows.filter((l) => l.startsWith('| ❌'))).toHaveLength(1000);
    expect(rows.length).toBeLessThan(6000);
    const m = /… and (\d+) more findings \((\d+) warnings\) not listed here\./.exec(md);
    expect(Number(m?.[1])).toBe(6000 - rows.length);
    expect(Number(m?.[2])).toBe(6000 - rows.length);
  });

  it('links each location at the commit it is given', () => {
    const md = summaryMarkdown(sampleResult(manyFindings(2)), { links: { serverUrl: 'https://github.com', repository: 'octo/shop', sha: 'f'.repeat(40) } });
    expect(md).toContain(`(https://github.com/octo/shop/blob/${'f'.repeat(40)}/k8s/many.yaml#L2)`);
  });

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

  it('keeps an appendix whole after the findings, listing fewer rows to make room for it', () => {
    const result = sampleResult(manyFindings(200));
    const appendix = `<details><summary>record</summary>\n\n${'x'.repeat(1_500)}\n\n</details>`;
    const md = summaryMarkdown(result, { maxRows: 200, limitBytes: 4_000, appendix });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(4_000);
    expect(md.endsWith(`\n${appendix}\n`)).toBe(true);
    const rows = (text: string): number => text.split('\n').filter((l) => l.startsWith('| ❌')).length;
    expect(rows(md)).toBeLessThan(rows(summaryMarkdown(result, { maxRows: 200, limitBytes: 4_000 })));
  });
});
