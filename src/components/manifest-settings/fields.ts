/**
 * The two setting fields the config kinds share (kubeadm configs, component configs, kind Clusters, Cluster API
 * KubeadmConfigSpecs): an extraArgs field, as a map or as a list of {name, value}, and a `featureGates` map. Never
 * throws: a field of the wrong shape, an entry without a string name or a value that is not a scalar becomes a
 * SettingProblem and is not checked.
 */
import { parseBool } from '../flags.js';
import { readFlagValue } from '../identify.js';
import { placeInValue, placeOfKey, type Place } from '../text.js';
import type { ComponentSettings, KubeComponent, SettingSource } from '../types.js';
import { getIn, isRecord, placeOf, type DocView } from './view.js';

/** One extraArgs field: a map (kubeadm v1beta3 and older, Cluster API v1beta1) or a list of {name, value} (kubeadm v1beta4, Cluster API v1beta2). */
export function readExtraArgs(out: ComponentSettings, view: DocView, path: Array<string | number>, component: KubeComponent, source: SettingSource): void {
  const v = getIn(view.body, path);
  if (v === undefined || v === null) return;
  const via = path.join('.');
  if (Array.isArray(v)) {
    v.forEach((item, i) => {
      if (!isRecord(item) || typeof item['name'] !== 'string') {
        out.problems.push({ message: `has an entry of ${via} without a string name; it was not checked`, place: () => placeOf(view, [...path, i]) });
        return;
      }
      readExtraArg(out, view, [...path, i, 'value'], () => placeOf(view, [...path, i, 'name']), item['name'], item['value'], component, source, via);
    });
  } else if (isRecord(v)) {
    for (const [name, value] of Object.entries(v)) {
      readExtraArg(out, view, [...path, name], () => placeOfKey(view, path, name, () => view.origin), name, value, component, source, via);
    }
  } else {
    out.problems.push({ message: `has ${via} that is neither a map nor a list; it was not checked`, place: () => placeOf(view, path) });
  }
}

/** One flag of an extraArgs field, with the gates and admission plugins its value names. */
function readExtraArg(
  out: ComponentSettings,
  view: DocView,
  valuePath: Array<string | number>,
  namePlace: () => Place,
  name: string,
  value: unknown,
  component: KubeComponent,
  source: SettingSource,
  via: string,
): void {
  const flag = name.replace(/^-+/, '');
  let text: string | null = null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (value !== undefined && value !== null) {
    out.problems.push({ message: `has ${via} ${flag} whose value is not a string; it was not checked`, place: namePlace });
    return;
  }
  out.flags.push({ component, flag, value: text, source, via, place: namePlace });
  if (text !== null) {
    const t = text;
    readFlagValue(out, component, flag, t, (o, l) => placeInValue(view, valuePath, t, o, l, namePlace), source, `${via} ${flag}`);
  }
}

/** A map of gate names to true/false (`"true"`/`"false"` strings too); an unreadable value is kept as null. */
export function readGateMap(out: ComponentSettings, view: DocView, path: string[], component: KubeComponent | 'kubeadm' | null, source: SettingSource, via: string): void {
  const map = getIn(view.body, path);
  if (map === undefined || map === null) return;
  if (!isRecord(map)) {
    out.problems.push({ message: `has ${via} that is not a map of gate names to true/false; it was not checked`, place: () => placeOf(view, path) });
    return;
  }
  for (const [gate, v] of Object.entries(map)) {
    const value = typeof v === 'boolean' ? v : typeof v === 'string' ? parseBool(v) : null;
    out.gates.push({ gate, value, raw: `${gate}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`, component, source, via, place: () => placeOfKey(view, path, gate, () => view.origin) });
  }
}
