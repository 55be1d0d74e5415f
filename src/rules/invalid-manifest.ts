/** The invalid-manifest rule: see its meta (what it reports, how to fix it). */
import type { ProblemRule } from './types.js';

export const invalidManifest: ProblemRule = {
  meta: {
    id: 'invalid-manifest',
    description: 'A document that looks like a Kubernetes object cannot be parsed; the other documents of the file are still checked.',
    defaultSeverity: 'warning',
    title: 'Invalid manifest',
    details: 'A document that looks like a Kubernetes object could not be parsed, so its API version was not checked. The other documents of the same file were still checked.',
    help: 'Fix the YAML or JSON syntax at the reported line. If the file is a template rather than a plain manifest, exclude it from the scan.',
    summary: 'a document that looks like a Kubernetes object is not valid YAML (or has an apiVersion but no kind); the file\'s other documents are still checked',
    severityText: 'warning',
    gate: 'files',
    annotationRank: 2,
  },
  scope: 'problem',
  check(problem, ctx) {
    ctx.report({
      message: `Document ${problem.docIndex + 1} ${problem.message}`,
      data: { document: problem.docIndex + 1 },
    });
  },
};
