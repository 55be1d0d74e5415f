/** Rules about the input itself: documents that cannot be read, files skipped, scans that matched nothing. */
import type { ProblemRule, RunRule, SkippedRule } from './types.js';

export const invalidManifest: ProblemRule = {
  meta: {
    id: 'invalid-manifest',
    description: 'A document that looks like a Kubernetes object cannot be parsed; the other documents of the file are still checked.',
    defaultSeverity: 'warning',
  },
  scope: 'problem',
  check(problem, ctx) {
    ctx.report({
      message: `Document ${problem.docIndex + 1} ${problem.message}`,
      data: { document: problem.docIndex + 1 },
    });
  },
};

export const skippedFile: SkippedRule = {
  meta: {
    id: 'skipped-file',
    description: 'A file or link was not scanned (binary, not UTF-8, over the size limit, or a link the scan will not follow).',
    defaultSeverity: 'warning',
    severities: ['warning', 'notice'],
  },
  scope: 'skipped',
  check(skipped, ctx) {
    ctx.report({ message: `Not scanned: ${skipped.reason}.`, severity: skipped.severity, data: { reason: skipped.reason } });
  },
};

export const noManifests: RunRule = {
  meta: {
    id: 'no-manifests',
    description: 'The scan matched no Kubernetes documents, so it proves nothing.',
    defaultSeverity: 'warning',
  },
  scope: 'run',
  check(facts, ctx) {
    if (facts.documents > 0) return;
    ctx.report({
      message: `No Kubernetes manifests found in ${facts.paths.join(', ')} (${facts.files} YAML/JSON file${facts.files === 1 ? '' : 's'} read). Check the paths and include/exclude patterns.`,
      data: { files: facts.files, paths: [...facts.paths] },
    });
  },
};
