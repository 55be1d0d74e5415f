/** The locked-feature-gate rule: see its meta (what it reports, how to fix it). */
import { gateRule, refuses } from './lib/gates.js';

export const lockedFeatureGate = gateRule({
  id: 'locked-feature-gate',
  description: 'A feature gate is locked to its default in the target release: setting it to the default does nothing and fails once the gate is removed (warning); setting it to the other value stops the component (error).',
  defaultSeverity: 'warning',
  severities: ['warning', 'error'],
  title: 'Locked feature gate',
  details: 'The feature gate is locked to its default in the target release. Set to the default it does nothing and fails once the gate is removed (warning); set to the other value the component refuses to start (error).',
  help: 'Delete the gate from the flag or featureGates map the message names.',
  summary: 'the gate is locked to its default in the target: set to the default it does nothing and fails once the gate is removed (warning); set to the other value the component refuses to start (error)',
  severityText: 'warning / error',
  gate: 'files',
  annotationRank: 1,
});
