/**
 * The plain scan split between this thread and a FileScanPool: the same report as without a pool, and no file lost
 * when the pool fails. The pools here run in-process; the bundle test runs the real worker threads.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileScanPool, Logger } from '../../src/ports/index.js';
import { silentLogger } from '../../src/ports/index.js';
import { createBatchChecker, runScan } from '../../src/app/run.js';
import { resolveScanSettings } from '../../src/settings/scan.js';
import { embeddedCatalogs, loadApiCatalog } from '../../src/platform/catalogs.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';

const here = dirname(fileURLToPath(import.meta.url));
const catalog = loadApiCatalog();
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kug-pool-'));
  for (let i = 0; i < 6; i++) {
    cpSync(join(here, '..', 'fixtures', 'foundation'), join(root, `f${i}`), { recursive: true });
    cpSync(join(here, '..', 'fixtures', 'gates'), join(root, `g${i}`), { recursive: true });
  }
  // A disruption budget and the workload it blocks, in files far apart (different batches and lanes).
  mkdirSync(join(root, 'a-budgets'));
  writeFileSync(join(root, 'a-budgets', 'pdb.yaml'), 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: drain-test\nspec:\n  maxUnavailable: 0\n  selector:\n    matchLabels: { app: drain-test }\n');
  mkdirSync(join(root, 'z-apps'));
  writeFileSync(join(root, 'z-apps', 'web.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: drain-test\nspec:\n  replicas: 2\n  template:\n    metadata:\n      labels: { app: drain-test }\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A pool that checks batches in-process, as a worker does; `failAfter` batches it fails every call. */
function inProcessPool(opts: { lanes: number; failAfter?: number }): FileScanPool & { batches: number } {
  let calls = 0;
  const check = createBatchChecker({ ...embeddedCatalogs(), api: catalog });
  return {
    minBytes: 0,
    lanes: opts.lanes,
    batches: 0,
    async scan(job, files) {
      calls++;
      if (opts.failAfter !== undefined && calls > opts.failAfter) throw new Error('worker exited (code 1)\nstack');
      this.batches++;
      const out = check(job, files.map((f) => ({ rel: f.rel, bytes: readFileSync(f.abs) })));
      await new Promise((r) => setTimeout(r, 1));
      return out;
    },
    async close() {},
  };
}

async function scan(pool?: FileScanPool, logger: Logger = silentLogger) {
  const settings = resolveScanSettings({ root, paths: ['.'], target: '1.28', failOn: 'never' }, catalog, {
    target: 'target', current: 'current', failOn: 'fail-on', maxFileBytes: 'max-file-bytes',
  });
  return runScan(settings, { fs: nodeFileSystem, catalogs: { ...embeddedCatalogs(), api: catalog }, tool: { name: 't', version: '0' }, logger, ...(pool ? { scanPool: pool } : {}) });
}

describe('the plain scan with a FileScanPool', () => {
  it.each([1, 2, 4])('gives the same result with %i lanes as without a pool', async (lanes) => {
    const alone = await scan();
    const pool = inProcessPool({ lanes });
    const pooled = await scan(pool);
    expect(pool.batches).toBeGreaterThan(0);
    expect(pooled).toEqual(alone);
    expect(alone.findings.length).toBeGreaterThan(50);
    // The rules over the whole scan see objects the workers read, once each.
    expect(pooled.findings.filter((f) => f.ruleId === 'drain-blocker')).toMatchObject([
      { file: 'a-budgets/pdb.yaml', line: 6, message: expect.stringContaining('(it selects the pods of Deployment "default/drain-test")') },
    ]);
  });

  it('checks a failed lane\'s files on this thread, with a warning, and loses none', async () => {
    const alone = await scan();
    const warnings: string[] = [];
    const pooled = await scan(inProcessPool({ lanes: 2, failAfter: 1 }), { info: () => {}, warn: (m) => warnings.push(m) });
    expect(pooled).toEqual(alone);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toBe('a scan worker failed; checking its files on the main thread (worker exited (code 1))');
  });

  it('leaves a repository smaller than the pool\'s minimum on this thread', async () => {
    const pool = inProcessPool({ lanes: 2 });
    const result = await scan({ ...pool, minBytes: 1e9, scan: pool.scan.bind(pool) });
    expect(pool.batches).toBe(0);
    expect(result.summary.files).toBeGreaterThan(50);
  });
});
