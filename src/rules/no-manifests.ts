/** The no-manifests rule: see its meta (what it reports, how to fix it). */
import type { RunRule } from './types.js';

export const noManifests: RunRule = {
  meta: {
    id: 'no-manifests',
    description: 'The scan matched no Kubernetes documents, so it proves nothing.',
    defaultSeverity: 'warning',
    title: 'No manifests found',
    details: 'The scan matched no Kubernetes documents, so a clean result proves nothing about the repository.',
    help: 'Check that the scanned paths point at the directories holding the manifests and that the include and exclude patterns do not filter them out.',
    summary: 'the scan found no Kubernetes documents at all, so it proves nothing',
    severityText: 'warning',
    gate: 'files',
    annotationRank: 1,
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
