/** The removed-config-api rule: see its meta (what it reports, how to fix it). */
import { configApiStatus, removalFor } from '../catalog/component-config.js';
import type { DocumentRule } from './types.js';
import { READER, apiData, migrate, objectOf, subject } from './lib/config.js';

export const removedConfigApi: DocumentRule = {
  meta: {
    id: 'removed-config-api',
    description: 'A config file (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver, kubeconfig exec plugin) uses an apiVersion the target release no longer reads; the file fails to load.',
    defaultSeverity: 'error',
    title: 'Removed config API version',
    details: 'A config file (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver audit or admission configuration, kubeconfig exec plugin) uses an apiVersion the target release no longer reads; the file fails to load.',
    help: 'Migrate the file to the version the message names (for kubeadm, with `kubeadm config migrate` of a release that reads both).',
    summary: 'a config file (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver, kubeconfig exec plugin) uses an `apiVersion` the target no longer reads',
    severityText: 'error',
    gate: 'files',
    annotationRank: 0,
  },
  scope: 'document',
  check(doc, ctx) {
    for (const u of ctx.settingsOf(doc).configApis) {
      const st = configApiStatus(ctx.componentConfig, u.apiVersion, u.kind, ctx.target);
      if (!st || st.state !== 'removed') continue;
      const e = st.entry;
      const removal = removalFor(ctx.componentConfig, e, ctx.target) ?? e.removedIn;
      const when = [e.deprecatedIn ? `deprecated in ${e.deprecatedIn}` : null, `removed in ${removal}${e.removedIn === null ? ' per its draft release notes' : ''}`].filter(Boolean).join(', ');
      const place = u.place();
      ctx.report({
        message: `${subject(u)}: ${READER[e.component][0]} ${ctx.target} no longer ${READER[e.component][1]} ${u.apiVersion} (${when}), so the file fails to load. ${migrate(e, st.alternatives, ctx.target)}`,
        line: place.line,
        column: place.column,
        object: objectOf(doc),
        data: { ...apiData(u, e, st.alternatives, ctx), removedIn: removal },
      });
    }
  },
};
