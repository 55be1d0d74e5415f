/**
 * removed-config-api, deprecated-config-api, removed-flag: config files whose apiVersion the target's component no
 * longer reads (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver config files, kubeconfig exec plugins),
 * and command-line flags or admission plugins the target's component rejects at start-up.
 */
import { configApiStatus, removedAdmissionPlugin, removedFlag, type ConfigApiEntry, type ConfigComponent } from '../catalog/component-config.js';
import { settingsOf, type ConfigApiUse } from '../components/index.js';
import type { ManifestDocument } from '../parse/manifest.js';
import { objectRef, type DocumentRule, type RuleContext } from './types.js';

/** Who reads the file, and the verb's form ("kubeadm 1.30 no longer reads", "kubectl and client-go 1.30 no longer read"). */
const READER: Record<ConfigComponent, [string, string]> = {
  'kube-apiserver': ['kube-apiserver', 'reads'],
  'kube-controller-manager': ['kube-controller-manager', 'reads'],
  'kube-scheduler': ['kube-scheduler', 'reads'],
  kubelet: ['the kubelet', 'reads'],
  'kube-proxy': ['kube-proxy', 'reads'],
  kubeadm: ['kubeadm', 'reads'],
  client: ['kubectl and client-go', 'read'],
};

function objectOf(doc: ManifestDocument): ReturnType<typeof objectRef> | null {
  return doc.apiVersion ? objectRef(doc) : null;
}

function subject(u: ConfigApiUse): string {
  const what = u.kind ? `${u.kind} ${u.apiVersion}` : u.apiVersion;
  return u.source === 'document' ? what : `${what} (${u.via})`;
}

function migrate(e: ConfigApiEntry, alternatives: readonly string[], target: string): string {
  const to = alternatives[0];
  if (!to) return 'Move the file to a version the target reads.';
  if (e.component === 'kubeadm') return `Migrate it to ${to}: \`kubeadm config migrate\` of a kubeadm release that reads both versions rewrites it.`;
  if (e.component === 'client') return `The exec credential plugin must speak ${to}; update the plugin and the kubeconfig's exec apiVersion.`;
  return `Migrate it to ${to}${alternatives.length > 1 ? ` (${target} also reads ${alternatives.slice(1).join(', ')})` : ''}.`;
}

function apiData(u: ConfigApiUse, e: ConfigApiEntry, alternatives: readonly string[], ctx: RuleContext): Record<string, unknown> {
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

export const removedConfigApi: DocumentRule = {
  meta: {
    id: 'removed-config-api',
    description: 'A config file (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver, kubeconfig exec plugin) uses an apiVersion the target release no longer reads; the file fails to load.',
    defaultSeverity: 'error',
  },
  scope: 'document',
  check(doc, ctx) {
    for (const u of settingsOf(doc).configApis) {
      const st = configApiStatus(ctx.componentConfig, u.apiVersion, u.kind, ctx.target);
      if (!st || st.state !== 'removed') continue;
      const e = st.entry;
      const when = [e.deprecatedIn ? `deprecated in ${e.deprecatedIn}` : null, `removed in ${e.removedIn}`].filter(Boolean).join(', ');
      const place = u.place();
      ctx.report({
        message: `${subject(u)}: ${READER[e.component][0]} ${ctx.target} no longer ${READER[e.component][1]} ${u.apiVersion} (${when}), so the file fails to load. ${migrate(e, st.alternatives, ctx.target)}`,
        line: place.line,
        column: place.column,
        object: objectOf(doc),
        data: apiData(u, e, st.alternatives, ctx),
      });
    }
  },
};

export const deprecatedConfigApi: DocumentRule = {
  meta: {
    id: 'deprecated-config-api',
    description: 'A config file uses an apiVersion the target release still reads but has deprecated.',
    defaultSeverity: 'warning',
  },
  scope: 'document',
  check(doc, ctx) {
    for (const u of settingsOf(doc).configApis) {
      const st = configApiStatus(ctx.componentConfig, u.apiVersion, u.kind, ctx.target);
      if (!st || st.state !== 'deprecated') continue;
      const e = st.entry;
      const removal = e.plannedRemovalIn ? `; its removal is planned for ${e.plannedRemovalIn} (draft release notes)` : '';
      const place = u.place();
      ctx.report({
        message: `${subject(u)}: ${u.apiVersion} is deprecated since ${e.deprecatedIn}${removal}. ${migrate(e, st.alternatives, ctx.target)}`,
        line: place.line,
        column: place.column,
        object: objectOf(doc),
        data: apiData(u, e, st.alternatives, ctx),
      });
    }
  },
};

export const removedFlagRule: DocumentRule = {
  meta: {
    id: 'removed-flag',
    description: 'A Kubernetes component is given a command-line flag, or kube-apiserver an admission plugin, that the target release no longer has; it refuses to start.',
    defaultSeverity: 'error',
  },
  scope: 'document',
  check(doc, ctx) {
    const s = settingsOf(doc);
    for (const f of s.flags) {
      const e = removedFlag(ctx.componentConfig, f.component, f.flag, ctx.target);
      if (!e) continue;
      const still = ctx.current && removedFlag(ctx.componentConfig, f.component, f.flag, ctx.current) === null ? ` Kubernetes ${ctx.current} still accepts it: delete it before the upgrade.` : '';
      const place = f.place();
      ctx.report({
        message:
          `--${f.flag} was removed from ${f.component} in Kubernetes ${e.removedIn}: ${f.component} ${ctx.target} refuses to start with it ("unknown flag"). ` +
          `Delete it from ${f.via}${e.replacement ? `; use ${e.replacement} instead` : ''}.${still}`,
        line: place.line,
        column: place.column,
        object: objectOf(doc),
        data: { flag: f.flag, component: f.component, value: f.value, source: f.source, via: f.via, target: ctx.target, removedIn: e.removedIn, replacement: e.replacement, evidence: e.evidence },
      });
    }
    for (const a of s.admissionPlugins) {
      const e = removedAdmissionPlugin(ctx.componentConfig, a.plugin, ctx.target);
      if (!e) continue;
      const still = ctx.current && removedAdmissionPlugin(ctx.componentConfig, a.plugin, ctx.current) === null ? ` Kubernetes ${ctx.current} still has it: remove it before the upgrade.` : '';
      const place = a.place();
      ctx.report({
        message:
          `Admission plugin ${a.plugin} was removed in Kubernetes ${e.removedIn}${e.deprecatedIn ? ` (deprecated in ${e.deprecatedIn})` : ''}: kube-apiserver ${ctx.target} refuses to start when --${a.flag} names it. ` +
          `Remove it from ${a.via}${e.replacement ? `; use ${e.replacement} instead` : ''}.${still}`,
        line: place.line,
        column: place.column,
        object: objectOf(doc),
        data: { admissionPlugin: a.plugin, flag: a.flag, component: 'kube-apiserver', source: a.source, via: a.via, target: ctx.target, deprecatedIn: e.deprecatedIn, removedIn: e.removedIn, replacement: e.replacement, evidence: e.evidence },
      });
    }
  },
};
