/**
 * The plain scan split between this thread and a FileScanPool: the same report as without a pool, and no file lost
 * when the pool fails. The pools here run in-process; the bundle test runs the real worker threads.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileScanPool, Logger } from '../../src/ports/index.js';
import { silentLogger } from '../../src/ports/index.js';
import { runScan } from '../../src/app/run.js';
import { scanFile } from '../../src/app/scan-file.js';
import { resolveScanSettings } from '../../src/settings/scan.js';
import { loadApiCatalog } from '../../src/catalog/data.js';
import type { Finding } from '../../src/findings/types.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const catalog = loadApiCatalog();
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kug-pool-'));
  for (let i = 0; i < 6; i++) {
    cpSync(join(here, '..', 'fixtures', 'foundation'), join(root, `f${i}`), { recursive: true });
    cpSync(join(here, '..', 'fixtures', 'gates'), join(root, `g${i}`), { recursive: true });
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A pool that checks batches in-process, as a worker does; `failAfter` batches it fails every call. */
function inProcessPool(opts: { lanes: number; failAfter?: number }): FileScanPool & { batches: number } {
  let calls = 0;
  return {
    minBytes: 0,
    lanes: opts.lanes,
    batches: 0,
    async scan(job, files) {
      calls++;
      if (opts.failAfter !== undefined && calls > opts.failAfter) throw new Error('worker exited (code 1)\nstack');
      this.batches++;
      const findings: Finding[] = [];
      const engine = createEngine(RULES, { target: job.target, current: job.current, catalog }, (f) => findings.push(f));
      let documents = 0;
      for (const f of files) documents += scanFile(f.rel, readFileSync(f.abs), engine);
      await new Promise((r) => setTimeout(r, 1));
      return { findings, documents };
    },
    async close() {},
  };
}

async function scan(pool?: FileScanPool, logger: Logger = silentLogger) {
  const settings = resolveScanSettings({ root, paths: ['.'], target: '1.28', failOn: 'never' }, catalog, {
    target: 'target', current: 'current', failOn: 'fail-on', maxFileBytes: 'max-file-bytes',
  });
  return runScan(settings, { fs: nodeFileSystem, catalog, tool: { name: 't', version: '0' }, logger, ...(pool ? { scanPool: pool } : {}) });
}

describe('the plain scan with a FileScanPool', () => {
  it.each([1, 2, 4])('gives the same result with %i lanes as without a pool', async (lanes) => {
    const alone = await scan();
    const pool = inProcessPool({ lanes });
    const pooled = await scan(pool);
    expect(pool.batches).toBeGreaterThan(0);
    expect(pooled).toEqual(alone);
    expect(alone.findings.length).toBeGreaterThan(50);
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
