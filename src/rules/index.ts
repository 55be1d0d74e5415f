/** Every rule, in one list. The engine runs them; docs and SARIF metadata are derived from their meta. */
import { deprecatedApi } from './deprecated-api.js';
import { removedApi } from './removed-api.js';
import { removedAddonApi } from './removed-addon-api.js';
import { deprecatedAddonApi } from './deprecated-addon-api.js';
import { invalidManifest } from './invalid-manifest.js';
import { noManifests } from './no-manifests.js';
import { skippedFile } from './skipped-file.js';
import { capabilitiesRemovedApi } from './capabilities-removed-api.js';
import { chartKubeVersion } from './chart-kube-version.js';
import { renderFailed } from './render-failed.js';
import { rendererMissing } from './renderer-missing.js';
import { deprecatedConfigApi } from './deprecated-config-api.js';
import { removedConfigApi } from './removed-config-api.js';
import { removedFlagRule } from './removed-flag.js';
import { deprecatedFeatureGate } from './deprecated-feature-gate.js';
import { lockedFeatureGate } from './locked-feature-gate.js';
import { removedFeatureGate } from './removed-feature-gate.js';
import { unknownFeatureGate } from './unknown-feature-gate.js';
import { advisoryFeed } from './advisory-feed.js';
import { clusterAdvisory } from './cluster-advisory.js';
import { unsupportedVersion } from './unsupported-version.js';
import { upgradePath } from './upgrade-path.js';
import { versionSkew } from './version-skew.js';
import { expiredSuppression } from './expired-suppression.js';
import { unusedSuppression } from './unused-suppression.js';
import { invalidSuppression } from './invalid-suppression.js';
import { preReleaseTarget } from './pre-release-target.js';
import { drainBlocker } from './drain-blocker.js';
import { webhookUpgradeRisk } from './webhook-upgrade-risk.js';
import { pspWithoutPsa } from './psp-without-psa.js';
import { inventoryMismatch } from './inventory-mismatch.js';
import { RULE_IDS } from '../findings/rule-ids.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  removedApi,
  deprecatedApi,
  removedAddonApi,
  deprecatedAddonApi,
  invalidManifest,
  skippedFile,
  noManifests,
  renderFailed,
  rendererMissing,
  chartKubeVersion,
  capabilitiesRemovedApi,
  removedFeatureGate,
  lockedFeatureGate,
  deprecatedFeatureGate,
  unknownFeatureGate,
  removedConfigApi,
  deprecatedConfigApi,
  removedFlagRule,
  clusterAdvisory,
  unsupportedVersion,
  versionSkew,
  upgradePath,
  advisoryFeed,
  expiredSuppression,
  unusedSuppression,
  invalidSuppression,
  preReleaseTarget,
  drainBlocker,
  webhookUpgradeRisk,
  pspWithoutPsa,
  inventoryMismatch,
];

export function ruleMeta(id: string): Rule['meta'] | undefined {
  return RULES.find((r) => r.meta.id === id)?.meta;
}

// Fail fast if a rule id is used twice or a listed id has no rule.
{
  const ids = RULES.map((r) => r.meta.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate rule id');
  for (const id of RULE_IDS) if (!ids.includes(id)) throw new Error(`rule id ${id} has no rule`);
}
