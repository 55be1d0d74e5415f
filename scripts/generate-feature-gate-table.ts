/**
 * Generates __tests__/fixtures/feature-gate-outcomes.json, the expected outcome of every feature gate × release
 * (1.24 … newest) × true/false for a kube-apiserver, computed from the code of each release (see
 * scripts/lib/feature-gate-table.ts). The table test runs every row through the real rules on the committed
 * data/feature-gates.json, so it needs no upstream data; this script (and its --check) does.
 *
 *   npx tsx scripts/generate-feature-gate-table.ts [--source DIR|URL] [--out FILE] [--check]
 */
import { resolve } from 'node:path';
import { formatGateTable, loadGateTable, type GateTable } from './lib/feature-gate-table.js';
import { repoRootOf, runGenerator } from './lib/generator.js';

const repoRoot = repoRootOf(import.meta.url);

runGenerator<GateTable>({
  scriptUrl: import.meta.url,
  defaults: { source: resolve(repoRoot, '../shared/data/kubernetes'), out: resolve(repoRoot, '__tests__/fixtures/feature-gate-outcomes.json') },
  generate: loadGateTable,
  format: formatGateTable,
  summary: (t) => `${Object.keys(t.gates).length} gates × ${t.releases.length} releases × true/false for ${t.component}`,
});
