/** Every rule, in one list. The engine runs them; docs and SARIF metadata are derived from their meta. */
import { deprecatedApi, removedApi } from './api-rules.js';
import { invalidManifest, noManifests, skippedFile } from './input-rules.js';
import { capabilitiesRemovedApi, chartKubeVersion, renderFailed, rendererMissing } from './render-rules.js';
import { deprecatedConfigApi, removedConfigApi, removedFlagRule } from './config-rules.js';
import { deprecatedFeatureGate, lockedFeatureGate, removedFeatureGate, unknownFeatureGate } from './gate-rules.js';
import { advisoryFeed, clusterAdvisory, unsupportedVersion, upgradePath, versionSkew } from './cluster-rules.js';
import { RULE_IDS } from './ids.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  removedApi,
  deprecatedApi,
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
