/** Inline comments of files checked by the scan pool's lanes reach the suppression stage like those of this thread. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileScanPool } from '../../src/ports/index.js';
import { silentLogger } from '../../src/ports/index.js';
import { createBatchChecker, runScan } from '../../src/app/run.js';
import { resolveScanSettings } from '../../src/settings/scan.js';
import { embeddedCatalogs } from '../../src/platform/catalogs.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kug-suppress-pool-'));
  for (let i = 0; i < 40; i++) {
    mkdirSync(join(root, `d${i}`));
    const comment = i % 2 === 0 ? `# kube-upgrade-gate: ignore removed-api -- job ${i} is retired\n` : i % 5 === 0 ? '# kube-upgrade-gate: ignore deprecated-api -- unused here\n' : '';
    writeFileSync(join(root, `d${i}`, 'cron.yaml'), `${comment}apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: job-${i}\n`);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pool(lanes: number): FileScanPool & { batches: number } {
  const check = createBatchChecker(embeddedCatalogs());
  return {
    minBytes: 0,
    lanes,
    batches: 0,
    async scan(job, files) {
      this.batches++;
      // What a worker thread answers crosses a structured clone.
      return structuredClone(check(job, files.map((f) => ({ rel: f.rel, bytes: readFileSync(f.abs) }))));
    },
    async close() {},
  };
}

async function scan(scanPool?: FileScanPool) {
  const catalogs = embeddedCatalogs();
  const settings = resolveScanSettings({ root, paths: ['.'], target: '1.35', failOn: 'error' }, catalogs.api, {
    target: 'target', current: 'current', failOn: 'fail-on', maxFileBytes: 'max-file-bytes',
  });
  return runScan(settings, { fs: nodeFileSystem, catalogs, tool: { name: 't', version: '0' }, logger: silentLogger, ...(scanPool ? { scanPool } : {}) });
}

test.each([1, 3])('with %i lanes: the same suppressions, unused and invalid comments as on one thread', async (lanes) => {
  const alone = await scan();
  expect(alone.summary).toEqual({ files: 40, documents: 40, errors: 20, warnings: 0, notices: 4, suppressed: 20 });
  const p = pool(lanes);
  const pooled = await scan(p);
  expect(p.batches).toBeGreaterThan(0);
  expect(pooled).toEqual(alone);
});
