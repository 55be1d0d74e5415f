/**
 * Writes the Markdown report to the job summary through the writer it is given (the action adapts
 * @actions/core's summary to it). The summary lists every finding, each location linked to its line at the commit
 * the workflow ran on; GitHub refuses a step summary larger than 1 MiB, so when every row would not fit, the most
 * rows that do are listed (errors first) and a line counts the rest. The counts on top always stay.
 */
import type { ScanResult } from '../app/result.js';
import { renderMarkdown, type MarkdownOptions } from '../reporters/markdown.js';

/** GitHub's limit for one step's summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryWriter {
  /** Appends Markdown to the job summary. */
  write(markdown: string): Promise<void>;
}

export interface SummaryOptions {
  /** Most rows; default every finding. */
  maxRows?: number;
  limitBytes?: number;
  links?: MarkdownOptions['links'];
  /** Markdown added after the findings, whole (the change record): the rows listed make room for it. */
  appendix?: string;
}

/** The Markdown for the job summary: every finding, or as many as fit the limit (most severe first). */
export function summaryMarkdown(result: ScanResult, opts: SummaryOptions = {}): string {
  const limit = opts.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const appendix = opts.appendix ? `\n${opts.appendix.trimEnd()}\n` : '';
  const render = (rows: number): string => renderMarkdown(result, { maxRows: rows, ...(opts.links ? { links: opts.links } : {}) }) + appendix;
  const fits = (text: string): boolean => Buffer.byteLength(text, 'utf8') <= limit;
  const most = Math.min(opts.maxRows ?? result.findings.length, result.findings.length);
  const full = render(most);
  if (fits(full)) return full;
  // The largest number of rows whose summary fits; it grows with the rows listed.
  let lo = 0;
  let hi = most - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(render(mid))) lo = mid;
    else hi = mid - 1;
  }
  return render(lo);
}

export async function writeJobSummary(result: ScanResult, writer: SummaryWriter, opts: SummaryOptions = {}): Promise<string> {
  const text = summaryMarkdown(result, opts);
  await writer.write(text);
  return text;
}
