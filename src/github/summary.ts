/**
 * Writes the Markdown report to the job summary through the writer it is given (the action adapts
 * @actions/core's summary to it). GitHub refuses a step summary larger than 1 MiB, so the table is shortened
 * until the report fits.
 */
import type { ScanResult } from '../app/result.js';
import { DEFAULT_MAX_ROWS, renderMarkdown } from '../reporters/markdown.js';

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryWriter {
  /** Appends Markdown to the job summary. */
  write(markdown: string): Promise<void>;
}

export interface SummaryOptions {
  maxRows?: number;
  limitBytes?: number;
}

/** The Markdown for the job summary: the full report, with fewer table rows if it would exceed the limit. */
export function summaryMarkdown(result: ScanResult, opts: SummaryOptions = {}): string {
  const limit = opts.limitBytes ?? SUMMARY_LIMIT_BYTES;
  let rows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  let text = renderMarkdown(result, { maxRows: rows });
  while (Buffer.byteLength(text, 'utf8') > limit && rows > 0) {
    rows = Math.floor(rows / 2);
    text = renderMarkdown(result, { maxRows: rows });
  }
  return text;
}

export async function writeJobSummary(result: ScanResult, writer: SummaryWriter, opts: SummaryOptions = {}): Promise<string> {
  const text = summaryMarkdown(result, opts);
  await writer.write(text);
  return text;
}
