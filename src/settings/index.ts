/**
 * The one settings entry both entry points call: the CLI maps its flags, the action its inputs, to the same raw
 * settings, and get back the same typed ScanSettings (the declared clusters included). Every error is a
 * SettingsError that names the flag or input as that entry point spells it.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import type { FileSystem } from '../ports/index.js';
import { loadClusters, type ClusterSettingNames, type RawClusterSettings } from './clusters.js';
import { resolveScanSettings, type RawScanSettings, type ScanSettings, type SettingNames } from './scan.js';

export type RawSettings = RawScanSettings & Omit<RawClusterSettings, 'root'>;

/** How an entry point spells each setting in its messages (`--target` for the CLI, `target-version` for the action). */
export type AllSettingNames = Required<SettingNames> & ClusterSettingNames;

export async function resolveSettings(raw: RawSettings, names: AllSettingNames, catalog: ApiCatalog, fs: FileSystem): Promise<ScanSettings> {
  const declared = await loadClusters(
    {
      root: raw.root,
      config: raw.config,
      clusterVersion: raw.clusterVersion,
      kubeletVersion: raw.kubeletVersion,
      asOf: raw.asOf,
      eolWarningDays: raw.eolWarningDays,
      advisories: raw.advisories,
    },
    fs,
    catalog,
    names,
  );
  const settings = resolveScanSettings({ ...raw, target: raw.target ?? declared?.target }, catalog, names);
  if (declared) {
    settings.clusters = declared.resolve(settings.target);
    settings.addons = declared.addons;
  }
  return settings;
}
