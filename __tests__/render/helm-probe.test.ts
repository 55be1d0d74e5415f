/** helm is probed beside the plain scan, not after it: the set-up every scan with charts pays is hidden behind it. */
import type { FileSystem, ProcessRunner } from '../../src/app/ports.js';
import { silentLogger } from '../../src/app/ports.js';
import { runScan } from '../../src/app/run.js';
import { nodeTempFileSystem } from '../../src/platform/node-fs.js';
import { testCatalog } from '../helpers/catalog.js';
import { memoryFileSystem } from '../helpers/memfs.js';

const files = {
  'manifests/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n',
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
  'charts/web/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
};

async function scan(charts: boolean): Promise<{ order: string[] }> {
  const order: string[] = [];
  let probed: () => void = () => undefined;
  const probeStarted = new Promise<void>((resolve) => (probed = resolve));
  const process: ProcessRunner = {
    run: async (_command, args) => {
      if (args[0] === 'version') {
        order.push('helm version');
        probed();
        return { exitCode: 0, stdout: 'v3.14.0+g1234', stderr: '', timedOut: false };
      }
      order.push(`helm ${args[0]}`);
      return { exitCode: 0, stdout: '', stderr: '', timedOut: false };
    },
  };
  const mem = memoryFileSystem(charts ? files : { 'manifests/app.yaml': files['manifests/app.yaml'] });
  // The plain manifest's read waits (up to a second) for the probe: it is only released early if the probe started first.
  const fs: FileSystem = {
    ...mem,
    readFile: async (p) => {
      if (p.endsWith('/manifests/app.yaml')) {
        const first = await Promise.race([probeStarted.then(() => 'probe'), new Promise<string>((r) => setTimeout(() => r('timeout'), 1000))]);
        order.push(`plain read after ${first}`);
      }
      return await mem.readFile(p);
    },
  };
  const settings = { root: '/repo', paths: ['.'], target: '1.30', current: null, failOn: 'never' as const, include: [], exclude: [], maxFileBytes: 1 << 20 };
  await runScan(settings, {
    fs,
    catalog: testCatalog(),
    tool: { name: 't', version: '0' },
    logger: silentLogger,
    render: { process, temp: nodeTempFileSystem, findExecutable: async () => '/usr/bin/helm', workers: 1, now: () => 0 },
  });
  return { order };
}

describe('helm detection', () => {
  it('starts before the plain scan reads its files', async () => {
    const { order } = await scan(true);
    expect(order.indexOf('helm version')).toBeGreaterThanOrEqual(0);
    expect(order).toContain('plain read after probe');
    expect(order.indexOf('helm version')).toBeLessThan(order.indexOf('plain read after probe'));
  });

  it('does not run when there is no chart', async () => {
    const { order } = await scan(false);
    expect(order).toEqual(['plain read after timeout']);
  });
});
