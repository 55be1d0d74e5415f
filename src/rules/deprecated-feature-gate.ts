/** The deprecated-feature-gate rule: see its meta (what it reports, how to fix it). */
import { gateRule, refuses } from './lib/gates.js';

export const deprecatedFeatureGate = gateRule({
  id: 'deprecated-feature-gate',
  description: 'A Kubernetes component (or kubeadm) is given a feature gate that the target release has deprecated.',
  defaultSeverity: 'warning',
  severities: ['warning'],
  title: 'Deprecated feature gate',
  details: 'The feature gate is deprecated in the target release; a later release removes it, and the component then refuses to start with it.',
  help: 'Stop setting the gate before the release that removes it.',
  summary: 'the gate is deprecated in the target',
  severityText: 'warning',
  gate: 'files',
  annotationRank: 3,
});
