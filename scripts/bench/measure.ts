/** The full scan as the CLI runs it (all rules, JSON report), in-process. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runScan } from '../../src/app/run.js';
import { resolveScanSettings } from '../../src/settings/scan.js';
import { loadApiCatalog } from '../../src/platform/catalogs.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { renderJson } from '../../src/reporters/json.js';
import { silentLogger } from '../../src/ports/index.js';
import { embeddedCatalogs } from '../../src/platform/catalogs.js';

export async function measureScan(dir: string): Promise<{ documents: number; findings: number; bytes: number }> {
  const catalog = loadApiCatalog();
  const settings = resolveScanSettings({ root: dir, paths: ['.'], target: catalog.newestRelease, failOn: 'never' }, catalog, {
    target: 'target', current: 'current', failOn: 'fail-on', maxFileBytes: 'max-file-bytes',
  });
  settings.maxFileBytes = 64 * 1024 * 1024;
  const result = await runScan(settings, { fs: nodeFileSystem, catalogs: { ...embeddedCatalogs(), api: catalog }, tool: { name: 'bench', version: '0' }, logger: silentLogger });
  const json = renderJson(result);
  return { documents: result.summary.documents, findings: result.findings.length, bytes: json.length };
}

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(p);
    }
  };
  await walk(dir);
  return out.sort();
}
