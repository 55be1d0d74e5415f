/** helm is probed beside the plain scan, not after it: the set-up every scan with charts pays is hidden behind it. */
import type { FileSystem, ProcessRunner } from '../../src/ports/index.js';
import { silentLogger } from '../../src/ports/index.js';
import { runScan } from '../../src/app/run.js';
import { nodeTempFileSystem } from '../../src/platform/node-fs.js';
import { detectHelm } from '../../src/render/helm.js';
import { testCatalog } from '../helpers/catalog.js';
import { memoryFileSystem } from '../helpers/memfs.js';
import { embeddedCatalogs } from '../../src/platform/catalogs.js';

const files = {
  'manifests/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n',
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
  'charts/web/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
};

const settings = { root: '/repo', paths: ['.'], target: '1.30', current: null, failOn: 'never' as const, include: [], exclude: [], maxFileBytes: 1 << 20 };

/** Scans /repo with one render worker and the given helm, found at /usr/bin/helm. */
function scanRepo(fs: FileSystem, process: ProcessRunner): ReturnType<typeof runScan> {
  return runScan(settings, {
    fs,
    catalogs: { ...embeddedCatalogs(), api: testCatalog() },
    tool: { name: 't', version: '0' },
    logger: silentLogger,
    render: { process, temp: nodeTempFileSystem, findExecutable: async () => '/usr/bin/helm', workers: 1, now: () => 0 },
  });
}

/** What the probe chart renders for a helm of this version. */
function probeAnswer(version: string) {
  return { exitCode: 0, stdout: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probe\ndata:\n  helm: "${version}"\n  versions: "[]"\n`, stderr: '', timedOut: false };
}

/** `label` once `event` has happened, or 'timeout' after a second (which fails the test's order check). */
function afterOrTimeout(event: Promise<void>, label: string): Promise<string> {
  return Promise.race([event.then(() => label), new Promise<string>((r) => setTimeout(() => r('timeout'), 1000))]);
}

async function scan(charts: boolean): Promise<{ order: string[] }> {
  const order: string[] = [];
  let probed: () => void = () => undefined;
  const probeStarted = new Promise<void>((resolve) => (probed = resolve));
  const process: ProcessRunner = {
    run: async (_command, args) => {
      if (args[0] === 'template' && args[1] === 'probe') {
        order.push('helm probe');
        probed();
        return probeAnswer('v3.14.0');
      }
      order.push(`helm ${args[0]}`); // `helm version` only when the probe gives no version
      return { exitCode: 0, stdout: '', stderr: '', timedOut: false };
    },
  };
  const mem = memoryFileSystem(charts ? files : { 'manifests/app.yaml': files['manifests/app.yaml'] });
  // The plain manifest's read waits (up to a second) for the probe: it is only released early if the probe started first.
  const fs: FileSystem = {
    ...mem,
    readFile: async (p) => {
      if (p.endsWith('/manifests/app.yaml')) {
        const first = await afterOrTimeout(probeStarted, 'probe');
        order.push(`plain read after ${first}`);
      }
      return await mem.readFile(p);
    },
  };
  await scanRepo(fs, process);
  return { order };
}

describe('helm detection', () => {
  it('starts before the plain scan reads its files', async () => {
    const { order } = await scan(true);
    expect(order.indexOf('helm probe')).toBeGreaterThanOrEqual(0);
    expect(order).toContain('plain read after probe');
    expect(order.indexOf('helm probe')).toBeLessThan(order.indexOf('plain read after probe'));
    // The probe gave the version: `helm version` is not run.
    expect(order).not.toContain('helm version');
  });

  it('does not run when there is no chart', async () => {
    const { order } = await scan(false);
    expect(order).toEqual(['plain read after timeout']);
  });
});

describe('helm detection without a version from the probe', () => {
  const detect = async (version: { exitCode: number; stdout: string }) => {
    const calls: string[] = [];
    const process: ProcessRunner = {
      run: async (_command, args) => {
        calls.push(args[0] ?? '');
        if (args[0] === 'version') return { ...version, stderr: '', timedOut: false };
        return { exitCode: 1, stdout: '', stderr: 'Error: unknown command', timedOut: false };
      },
    };
    const found = await detectHelm('/opt/helm', { process, temp: nodeTempFileSystem, findExecutable: async (p) => p, workers: 1, now: () => 0 });
    return { found, calls };
  };

  it('asks `helm version` and refuses an old helm', async () => {
    const { found, calls } = await detect({ exitCode: 0, stdout: 'v2.16.1+gbb06f2c' });
    expect(calls).toEqual(['template', 'version']);
    expect(found).toEqual({ error: 'helm v2.16.1 is too old; helm 3.6 or later (or helm 4) is needed for --kube-version' });
  });

  it('says so when nothing reports a version', async () => {
    const { found } = await detect({ exitCode: 1, stdout: '' });
    expect(found).toEqual({ error: '/opt/helm did not report a version (no output)' });
  });
});

describe('renders do not wait for the probe', () => {
  const chartFiles = {
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    'charts/web/templates/ingress.yaml': 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\n',
  };
  const rendered = '---\n# Source: web/templates/ingress.yaml\napiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\n';

  /** A helm whose probe answers only after the chart's render has started (or after a second, failing the test). */
  async function scanWith(probeVersion: string) {
    const order: string[] = [];
    let renderStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (renderStarted = resolve));
    const process: ProcessRunner = {
      run: async (_command, args) => {
        if (args[0] === 'template' && args[1] === 'probe') {
          const first = await afterOrTimeout(started, 'render');
          order.push(`probe answers after ${first}`);
          return probeAnswer(probeVersion);
        }
        order.push(`helm ${args[0]} ${args[1]}`);
        renderStarted();
        return { exitCode: 0, stdout: rendered, stderr: '', timedOut: false };
      },
    };
    const result = await scanRepo(memoryFileSystem(chartFiles), process);
    return { order, findings: result.findings.map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line, message: f.message })), documents: result.summary.documents };
  }

  it('starts the first render while the probe runs, and reports what it rendered', async () => {
    const { order, findings, documents } = await scanWith('v3.14.0');
    expect(order).toEqual(['helm template release-name', 'probe answers after render']);
    expect(documents).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'removed-api', file: 'charts/web/templates/ingress.yaml', line: 1 })]);
  });

  it('drops the renders and reports the charts as not rendered when the probe refuses helm', async () => {
    const { order, findings, documents } = await scanWith('v3.2.0');
    expect(order).toEqual(['helm template release-name', 'probe answers after render']);
    // Nothing of the render is kept: no removed-api finding, no document counted, so the run says it proved nothing.
    expect(documents).toBe(0);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['no-manifests', 'renderer-missing']);
    expect(findings.find((f) => f.ruleId === 'renderer-missing')?.message).toContain('1 Helm chart not rendered and not checked: helm v3.2.0 is too old');
  });
});
