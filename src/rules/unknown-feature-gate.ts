/** The unknown-feature-gate rule: see its meta (what it reports, how to fix it). */
import { gateRule, refuses } from './lib/gates.js';

export const unknownFeatureGate = gateRule({
  id: 'unknown-feature-gate',
  description: 'A Kubernetes component is given a feature gate that no Kubernetes release has (a typo, or a gate of another program) or that the target does not have yet; it refuses to start.',
  defaultSeverity: 'error',
  severities: ['error'],
  title: 'Unknown feature gate',
  details: 'No Kubernetes release has this feature gate (a typo, or a gate of another program given to a Kubernetes component), or the target release does not have it yet; the component refuses to start.',
  help: 'Correct the name (the message suggests the closest known gate) or delete the gate.',
  summary: 'no Kubernetes release has the gate (a typo, or a gate of another program), or the target does not have it yet',
  severityText: 'error',
  gate: 'files',
  annotationRank: 0,
});
