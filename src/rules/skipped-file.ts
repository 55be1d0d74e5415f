/** The skipped-file rule: see its meta (what it reports, how to fix it). */
import type { SkippedRule } from './types.js';

export const skippedFile: SkippedRule = {
  meta: {
    id: 'skipped-file',
    description: 'A file or link was not scanned (binary, not UTF-8, over the size limit, or a link the scan will not follow).',
    defaultSeverity: 'warning',
    severities: ['warning', 'notice'],
    title: 'File not scanned',
    details: 'A file or link was not scanned because it is binary, not UTF-8 text, larger than the size limit, or a link the scan does not follow. Manifests in it were not checked.',
    help: 'If the file holds manifests, store it as UTF-8 text, raise the size limit, or replace the link with the file itself. If it does not, exclude it from the scan.',
    summary: 'a file was not read: binary, not UTF-8, over the size limit (notice), not a regular file (a FIFO, device or socket), or a symbolic link leading outside the workspace or around a loop',
    severityText: 'warning / notice',
    gate: 'files',
    annotationRank: 4,
  },
  scope: 'skipped',
  check(skipped, ctx) {
    ctx.report({ message: `Not scanned: ${skipped.reason}.`, severity: skipped.severity, data: { reason: skipped.reason } });
  },
};
