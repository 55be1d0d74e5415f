/** Runs the CLI in-process with real files and captured output. */
import { writeFile } from 'node:fs/promises';
import { cliMain } from '../../src/cli/main.js';
import { loadApiCatalog } from '../../src/catalog/data.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';

export async function runCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cliMain({
    argv,
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    writeFile: (p, t) => writeFile(p, t),
    fs: nodeFileSystem,
    catalog: loadApiCatalog,
    tool: { name: 'kube-upgrade-gate', version: '0.0.0-test' },
    color: false,
  });
  return { code, stdout, stderr };
}
