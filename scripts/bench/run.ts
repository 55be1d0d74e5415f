/**
 * npm run bench: generates a deterministic corpus, then measures in one run
 *   (a) baseline: read every file's bytes, one file after another with fs.promises.readFile; and the fastest way
 *       Node reads them (readFileSync, which the scanner's file system adapter uses), reported beside it; and a
 *       line scan (readFileSync, UTF-8 decode, every line end found), the least any check of YAML validity does
 *   (b) baseline: full parse of every file with the `yaml` package
 *   (c) the full scan (all rules, JSON report), in-process on one thread; and the bundled CLI end to end, with
 *       its default scan workers, process start included
 *   (d) Helm rendering with 1 worker and with the default worker count, against helm alone over the same charts
 *       one and the default count at a time (when a helm binary is available)
 *       and the same renders from a large process (as after a large scan): helm started from it, and from the helper
 *   (e) cold start of the bundled CLI and of the bundled action on an empty directory, against `node -e 0`
 * and prints medians, throughput, peak RSS and the ratios c/a, c/b, d1/d2. Results go to bench-out/results.json.
 * Figures are ratios against baselines measured in the same run, so they compare across machines.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll as jsYamlLoadAll } from 'js-yaml';
import { parseAllDocuments, parse as yamlParse } from 'yaml';
import { generateCorpus } from './corpus.js';
import { listFiles, measureScan } from './measure.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(repo, 'bench-out');
const runs = Number(process.env['BENCH_RUNS'] ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function timeIt(n: number, fn: () => Promise<void> | void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Runs a measurement in a fresh process so its peak RSS is its own. The heap is capped (HEAP_MB): a scanner that held
 * every document would fail on the larger corpus; one that streams files scans both within the same cap.
 */
const HEAP_MB = 64;
function childScan(dir: string): { ms: number; maxRssMb: number; documents: number; findings: number } {
  const res = execFileSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', join(repo, 'scripts/bench/child-scan.ts'), dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(res) as { ms: number; maxRssMb: number; documents: number; findings: number };
}

async function main(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const corpusDir = join(out, 'corpus');
  const corpus = await generateCorpus({ dir: corpusDir, files: 2500, docsPerFile: 5, bigFiles: 3, bigFileBytes: 2 * 1024 * 1024 });
  const half = await generateCorpus({ dir: join(out, 'corpus-half'), files: 1250, docsPerFile: 5, bigFiles: 3, bigFileBytes: 1024 * 1024 });
  const files = await listFiles(corpusDir);
  const mb = corpus.bytes / (1024 * 1024);
  console.log(`corpus: ${corpus.files} files, ${corpus.documents} documents, ${mb.toFixed(1)} MB`);

  // Warm the page cache once so every measurement reads from memory.
  for (const f of files) await readFile(f);

  const a = await timeIt(runs, async () => {
    for (const f of files) await readFile(f);
  });
  const aSync = await timeIt(runs, () => {
    for (const f of files) readFileSync(f);
  });
  // The least any check of YAML validity does: decode every file and find every line end.
  let lines = 0;
  const decoder = new TextDecoder();
  const aLines = await timeIt(runs, () => {
    let n = 0;
    for (const f of files) {
      const text = decoder.decode(readFileSync(f));
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
    }
    lines = n;
  });
  const b = await timeIt(Math.max(1, Math.min(runs, 3)), async () => {
    for (const f of files) parseAllDocuments(await readFile(f, 'utf8'));
  });
  // Why the scan ships two YAML libraries: the values of every document, read by js-yaml (what src/parse/manifest.ts
  // uses) and by the position-tracking \`yaml\` package (used only where a place below the top is asked for).
  const docsOf = (text: string): string[] => text.split(/^---$/m);
  const smallFiles = files.filter((f) => statSync(f).size < 256 * 1024);
  const yamlValues = await timeIt(Math.max(1, Math.min(runs, 3)), async () => {
    for (const f of smallFiles) for (const d of docsOf(await readFile(f, 'utf8'))) try { yamlParse(d); } catch { /* invalid: counted alike */ }
  });
  const jsYamlValues = await timeIt(Math.max(1, Math.min(runs, 3)), async () => {
    for (const f of smallFiles) for (const d of docsOf(await readFile(f, 'utf8'))) try { jsYamlLoadAll(d); } catch { /* invalid: counted alike */ }
  });
  let scanDocs = 0;
  await measureScan(corpusDir); // warm-up: the in-process figure is the steady state; the CLI figure below is cold
  const c = await timeIt(runs, async () => {
    const r = await measureScan(corpusDir);
    scanDocs = r.documents;
  });

  // The CLI as shipped: its own process, the default scan workers (one per CPU but one), JSON to a file.
  const cli = join(repo, 'dist/cli/index.js');
  const cliScan = existsSync(cli)
    ? await timeIt(runs, () => {
        const r = spawnSync(process.execPath, [cli, 'scan', corpusDir, '--target', 'latest', '--fail-on', 'never', '--format', 'json', '--output', join(out, 'cli-report.json')], { stdio: 'ignore' });
        if (r.status !== 0) throw new Error(`the CLI exited ${r.status}`);
      })
    : NaN;

  const full = childScan(corpusDir);
  const halfScan = childScan(join(out, 'corpus-half'));

  // (e) cold start: the CLI and the action on an empty directory, against `node -e 0`, taken in turn so that a slow
  // spell of the machine falls on all three alike.
  const emptyDir = join(out, 'empty');
  await mkdir(emptyDir, { recursive: true });
  const action = join(repo, 'dist/index.js');
  const actionEnv = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_WORKSPACE: emptyDir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_OUTPUT: join(out, 'action-output'),
    GITHUB_STEP_SUMMARY: join(out, 'action-summary'),
    RUNNER_TEMP: out,
    'INPUT_TARGET-VERSION': 'latest',
    'INPUT_FAIL-ON': 'never',
  };
  const coldRuns = runs * 3;
  const coldTimes: Record<'cli' | 'action' | 'node', number[]> = { cli: [], action: [], node: [] };
  const timed = (key: keyof typeof coldTimes, args: string[], env?: NodeJS.ProcessEnv): void => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore', cwd: emptyDir, ...(env ? { env } : {}) });
    coldTimes[key].push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`cold start: ${args.join(' ')} exited ${r.status}`);
  };
  for (let i = 0; i < coldRuns; i++) {
    await writeFile(actionEnv.GITHUB_OUTPUT, '');
    await writeFile(actionEnv.GITHUB_STEP_SUMMARY, '');
    timed('node', ['-e', '0']);
    if (existsSync(cli)) timed('cli', [cli, 'scan', emptyDir, '--target', 'latest', '--fail-on', 'never']);
    if (existsSync(action)) timed('action', [action], actionEnv);
  }
  const cold = coldTimes.cli.length ? median(coldTimes.cli) : NaN;
  const coldAction = coldTimes.action.length ? median(coldTimes.action) : NaN;
  const nodeBaseline = median(coldTimes.node);

  // (d) Helm rendering: measured by scripts/bench/helm.ts, in its own process, when a helm binary is available.
  let helm: Record<string, unknown> | null = null;
  try {
    const res = execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/bench/child-helm.ts'), join(out, 'charts'), String(runs), String(availableParallelism())], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    helm = JSON.parse(res) as Record<string, unknown>;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    helm = { skipped: `Helm rendering not measured: ${(e.stderr || e.message).trim().split('\n')[0]}` };
  }

  const results = {
    corpus: { files: corpus.files, documents: corpus.documents, megabytes: Number(mb.toFixed(2)), lines, scannedDocuments: scanDocs },
    runs,
    ms: {
      readBytes: round(a), readBytesSync: round(aSync), lineScan: round(aLines), yamlParse: round(b), yamlValues: round(yamlValues), jsYamlValues: round(jsYamlValues), fullScan: round(c), cliScan: round(cliScan),
      coldStart: round(cold), coldStartAction: round(coldAction), nodeStart: round(nodeBaseline),
    },
    throughput: { docsPerSec: Math.round(scanDocs / (c / 1000)), mbPerSec: Number((mb / (c / 1000)).toFixed(1)) },
    ratios: {
      scanOverRead: round(c / a), cliScanOverRead: round(cliScan / a), scanOverReadSync: round(c / aSync), cliScanOverReadSync: round(cliScan / aSync),
      scanOverLineScan: round(c / aLines),
      scanOverYamlParse: round(c / b), yamlValuesOverJsYaml: round(yamlValues / jsYamlValues), coldStartOverNode: round(cold / nodeBaseline), coldStartActionOverNode: round(coldAction / nodeBaseline),
    },
    memory: { heapCapMb: HEAP_MB, peakRssMb: full.maxRssMb, peakRssMbHalfCorpus: halfScan.maxRssMb, growthFullOverHalf: round(full.maxRssMb / halfScan.maxRssMb) },
    helm,
  };
  await writeFile(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
