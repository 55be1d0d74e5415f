/**
 * Config API versions named inside other documents, for the removed-config-api rules: the exec credential plugins of
 * a kubeconfig (`users[].user.exec.apiVersion`) and the plugin configurations of an AdmissionConfiguration
 * (`plugins[].configuration`). Entries without a string apiVersion are passed over; never throws.
 */
import type { ComponentSettings } from '../types.js';
import { getIn, isRecord, placeOf, type DocView } from './view.js';

/** The apiVersion of each exec credential plugin of a kubeconfig (kind ExecCredential). */
export function readKubeconfig(out: ComponentSettings, view: DocView): void {
  const users = view.body['users'];
  if (!Array.isArray(users)) return;
  users.forEach((u, i) => {
    const exec = getIn(u, ['user', 'exec']);
    if (!isRecord(exec) || typeof exec['apiVersion'] !== 'string') return;
    const path = ['users', i, 'user', 'exec', 'apiVersion'];
    out.configApis.push({ apiVersion: exec['apiVersion'], kind: 'ExecCredential', source: 'kubeconfig', via: `users[${i}].user.exec.apiVersion`, place: () => placeOf(view, path) });
  });
}

/** The apiVersion (and kind) of each admission plugin's embedded configuration. */
export function readAdmissionConfiguration(out: ComponentSettings, view: DocView): void {
  const plugins = view.body['plugins'];
  if (!Array.isArray(plugins)) return;
  plugins.forEach((p, i) => {
    const conf = getIn(p, ['configuration']);
    if (!isRecord(conf) || typeof conf['apiVersion'] !== 'string') return;
    const path = ['plugins', i, 'configuration', 'apiVersion'];
    out.configApis.push({
      apiVersion: conf['apiVersion'],
      kind: typeof conf['kind'] === 'string' ? conf['kind'] : null,
      source: 'admission-config',
      via: `plugins[${i}].configuration`,
      place: () => placeOf(view, path),
    });
  });
}
