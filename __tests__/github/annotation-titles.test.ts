/**
 * An annotation's title names what the finding is about: the feature gate, flag or admission plugin for those
 * findings (not the configuration document they were set in), the kind and apiVersion for an API finding.
 */
import { loadApiCatalog, loadComponentConfigCatalog, loadFeatureGateCatalog } from '../../src/platform/catalogs.js';
import type { Finding } from '../../src/findings/types.js';
import { toAnnotation } from '../../src/github/annotations.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';

function titles(text: string, target: string): Array<[string, number | null, string | undefined]> {
  const out: Finding[] = [];
  const engine = createEngine(RULES, { target, current: null, catalog: loadApiCatalog(), featureGates: loadFeatureGateCatalog, componentConfig: loadComponentConfigCatalog }, (f) => out.push(f));
  for (const d of parseManifestText(text).documents) engine.document(d, 'c.yaml');
  return out.map((f) => [f.ruleId, f.line, toAnnotation(f).properties.title]);
}

const kubeadm = (body: string) => `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n${body}`;

describe('annotation titles', () => {
  it.each<[string, string, string, Array<[string, number | null, string]>]>([
    ['a component gate in kubeadm extraArgs', kubeadm('apiServer:\n  extraArgs:\n    feature-gates: PodSecurity=true\n'), '1.30', [['removed-feature-gate', 5, 'Removed feature gate: PodSecurity']]],
    ['a kubeadm gate', kubeadm('featureGates:\n  UnversionedKubeletConfigMap: true\n'), '1.30', [['removed-feature-gate', 4, 'Removed feature gate: UnversionedKubeletConfigMap']]],
    ['a kubelet configuration gate', 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nfeatureGates:\n  CSIMigration: true\n', '1.30', [['removed-feature-gate', 4, 'Removed feature gate: CSIMigration']]],
    ['a removed flag', kubeadm('apiServer:\n  extraArgs:\n    insecure-port: "0"\n'), '1.30', [['removed-flag', 5, 'Removed flag: --insecure-port']]],
    ['a removed admission plugin', kubeadm('apiServer:\n  extraArgs:\n    enable-admission-plugins: PodSecurityPolicy\n'), '1.30', [['removed-flag', 5, 'Removed flag: admission plugin PodSecurityPolicy']]],
    ['a removed API', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: a\n', '1.30', [['removed-api', 1, 'Removed API: CronJob batch/v1beta1']]],
  ])('%s', (_name, text, target, want) => {
    expect(titles(text, target)).toEqual(want);
  });
});
