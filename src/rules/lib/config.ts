/**
 * removed-config-api, deprecated-config-api, removed-flag: config files whose apiVersion the target's component no
 * longer reads (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver config files, kubeconfig exec plugins),
 * and command-line flags or admission plugins the target's component rejects at start-up.
 *
 * Shared by the rule files that use it (one rule per file in src/rules/).
 */
import { configApiStatus, type ConfigApiEntry, type ConfigComponent } from '../../catalog/component-config.js';
import type { ConfigApiUse } from '../../components/index.js';
import type { ManifestDocument } from '../../parse/manifest.js';
import { objectRef, type RuleContext } from '../types.js';

/** Who reads the file, and the verb's form ("kubeadm 1.30 no longer reads", "kubectl and client-go 1.30 no longer read"). */
export const READER: Record<ConfigComponent, [string, string]> = {
  'kube-apiserver': ['kube-apiserver', 'reads'],
  'kube-controller-manager': ['kube-controller-manager', 'reads'],
  'kube-scheduler': ['kube-scheduler', 'reads'],
  kubelet: ['the kubelet', 'reads'],
  'kube-proxy': ['kube-proxy', 'reads'],
  kubeadm: ['kubeadm', 'reads'],
  client: ['kubectl and client-go', 'read'],
};

export function objectOf(doc: ManifestDocument): ReturnType<typeof objectRef> | null {
  return doc.apiVersion ? objectRef(doc) : null;
}

export function subject(u: ConfigApiUse): string {
  const what = u.kind ? `${u.kind} ${u.apiVersion}` : u.apiVersion;
  return u.source === 'document' ? what : `${what} (${u.via})`;
}

export function migrate(e: ConfigApiEntry, alternatives: readonly string[], target: string): string {
  const to = alternatives[0];
  if (!to) return 'Move the file to a version the target reads.';
  if (e.component === 'kubeadm') return `Migrate it to ${to}: \`kubeadm config migrate\` of a kubeadm release that reads both versions rewrites it.`;
  if (e.component === 'client') return `The exec credential plugin must speak ${to}; update the plugin and the kubeconfig's exec apiVersion.`;
  return `Migrate it to ${to}${alternatives.length > 1 ? ` (${target} also reads ${alternatives.slice(1).join(', ')})` : ''}.`;
}

export function apiData(u: ConfigApiUse, e: ConfigApiEntry, alternatives: readonly string[], ctx: RuleContext): Record<string, unknown> {
  const data: Record<string, unknown> = {
    apiVersion: u.apiVersion,
    kind: u.kind,
    component: e.component,
    source: u.source,
    via: u.via,
    target: ctx.target,
    introducedIn: e.introducedIn,
    deprecatedIn: e.deprecatedIn,
    removedIn: e.removedIn,
    plannedRemovalIn: e.plannedRemovalIn,
    replacement: alternatives[0] ?? null,
    evidence: e.evidence,
  };
  if (ctx.current) {
    const cur = configApiStatus(ctx.componentConfig, u.apiVersion, u.kind, ctx.current);
    if (cur) data['currentState'] = cur.state;
  }
  return data;
}
