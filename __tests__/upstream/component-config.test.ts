/**
 * Against the upstream data mirror (../shared/data/kubernetes; this suite runs only with `npm run test:upstream`,
 * which CI runs where the mirror is, and fails without it): regenerating must reproduce the committed
 * data/component-config.json, and every overlay entry must be supported by the release note it cites.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCitation, flagNameRe, formatComponentConfigCatalog, generateComponentConfigCatalog, indexNotes, loadComponentConfigInputs, OVERLAY_PATHS, REMOVED_WORDING, unreviewedCandidates } from '../../scripts/lib/component-config.js';
import { openSource } from '../../scripts/lib/source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mirror = resolve(repoRoot, '../shared/data/kubernetes');
const overlays = () => ({
  flags: readFileSync(resolve(repoRoot, OVERLAY_PATHS.flags), 'utf8'),
  configApis: readFileSync(resolve(repoRoot, OVERLAY_PATHS.configApis), 'utf8'),
  kubeadmGates: readFileSync(resolve(repoRoot, OVERLAY_PATHS.kubeadmGates), 'utf8'),
});

describe('component-config catalog against the upstream data mirror', () => {
  test('regenerating reproduces the committed file', async () => {
    const { catalog } = await generateComponentConfigCatalog(openSource(mirror), overlays());
    expect(formatComponentConfigCatalog(catalog)).toBe(readFileSync(resolve(repoRoot, 'data/component-config.json'), 'utf8'));
  });

  test('every removed flag is named, with its removal, in the note its overlay entry cites', async () => {
    const inputs = await loadComponentConfigInputs(openSource(mirror), overlays());
    const index = indexNotes(inputs.notes, inputs.newestRelease);
    for (const entry of inputs.overlays.flags) {
      for (const flag of entry.flags) {
        const problems = checkCitation(index, entry.removedBy, { names: [{ what: `--${flag}`, re: flagNameRe(flag) }], wording: REMOVED_WORDING, release: entry.removedIn }, entry.alsoCited ?? []);
        expect([entry.component, flag, problems]).toEqual([entry.component, flag, []]);
      }
    }
    for (const p of inputs.overlays.admissionPlugins) {
      expect(checkCitation(index, p.removedBy, { names: [{ what: p.plugin, re: new RegExp(`\\b${p.plugin}\\b`) }], wording: REMOVED_WORDING, release: p.removedIn })).toEqual([]);
    }
  });

  test('every release note that looks like a flag or admission plugin removal is cited or reviewed', async () => {
    const inputs = await loadComponentConfigInputs(openSource(mirror), overlays());
    const left = unreviewedCandidates(indexNotes(inputs.notes, inputs.newestRelease), inputs.overlays);
    expect(left.map((c) => `${c.cite.notes} #${c.cite.pr ?? c.cite.quote}: ${c.text.slice(0, 100)}`)).toEqual([]);
  });

  test('the facts the issue is about', async () => {
    const { catalog } = await generateComponentConfigCatalog(openSource(mirror), overlays());
    const flag = (component: string, name: string) => catalog.flags.find((f) => f.component === component && f.flag === name);
    expect(flag('kube-apiserver', 'insecure-port')).toMatchObject({ removedIn: '1.24', evidence: ['v1.24 notes, kubernetes#106859'] });
    expect(catalog.admissionPlugins.find((p) => p.plugin === 'PodSecurityPolicy')).toMatchObject({ deprecatedIn: '1.21', removedIn: '1.25' });
    const api = (gv: string, kind?: string) => catalog.configApis.find((e) => `${e.group}/${e.version}` === gv && (!kind || e.kinds.includes(kind)));
    expect(api('kubeadm.k8s.io/v1beta2')).toMatchObject({ deprecatedIn: '1.24', removedIn: '1.27' });
    expect(api('kubeadm.k8s.io/v1beta3')).toMatchObject({ deprecatedIn: '1.31', removedIn: null, plannedRemovalIn: '1.37' });
    expect(api('kubescheduler.config.k8s.io/v1beta3')).toMatchObject({ removedIn: '1.29' });
    expect(api('audit.k8s.io/v1beta1', 'Policy')).toMatchObject({ removedIn: '1.24' });
    expect(catalog.kubeadmFeatureGates.find((g) => g.gate === 'UnversionedKubeletConfigMap')).toMatchObject({ lockedIn: '1.25', lockedValue: true, removedIn: '1.26' });
  });
});
