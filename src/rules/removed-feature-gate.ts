/** The removed-feature-gate rule: see its meta (what it reports, how to fix it). */
import { gateRule, refuses } from './lib/gates.js';

export const removedFeatureGate = gateRule({
  id: 'removed-feature-gate',
  description: 'A Kubernetes component (or kubeadm) is given a feature gate that the target release no longer has; it refuses to start.',
  defaultSeverity: 'error',
  severities: ['error'],
  title: 'Removed feature gate',
  details: 'A Kubernetes component (kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, kube-proxy) or kubeadm is given a feature gate that the target release no longer has; the component refuses to start ("unrecognized feature gate").',
  help: 'Delete the gate from the flag or featureGates map the message names before upgrading. A removed gate was GA (its feature is always on) or was withdrawn (its feature is gone).',
  summary: 'a Kubernetes component (or kubeadm) is given a feature gate the target no longer has; it refuses to start (see [Feature gates, component flags and config-file API versions](#feature-gates-component-flags-and-config-file-api-versions))',
  severityText: 'error',
  gate: 'files',
  annotationRank: 0,
});
