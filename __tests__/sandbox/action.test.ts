/**
 * The action in a bad environment or over a hostile repository: a one-line failure (never a stack), and nothing the
 * repository controls (file names, chart names, what helm prints) reaches the log as a workflow command.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, runAction } from '../../src/action/main.js';
import { logLine } from '../../src/reporters/text.js';
import { writeReportFile } from '../../src/platform/output.js';
import { recordingIo, type RecordedIo } from '../helpers/action-io.js';
import { layerBinaries } from '../helpers/binaries.js';
import { runCli } from '../helpers/cli.js';
import { makeSandbox, SECRET, type Sandbox } from './harness.js';

const CRONJOB = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n';

let sb: Sandbox;
beforeEach(() => {
  sb = makeSandbox();
  sb.write('deploy/cron.yaml', CRONJOB);
});
afterEach(() => sb.remove());

/** The action in the sandbox, with no job summary, writing its reports to disk. */
function fakeIo(inputs: Record<string, string>, env: Record<string, string | undefined>): RecordedIo {
  return recordingIo(inputs, { GITHUB_WORKSPACE: sb.root, ...env }, {
    cwd: sb.root,
    summary: null,
    // As the action writes its reports: the directory made, then the file written whole.
    writeFile: async (path, text) => {
      mkdirSync(join(path, '..'), { recursive: true });
      await writeReportFile(path, text);
    },
  });
}

/** One failure message, one line, no stack. */
function expectOneFailure(rec: RecordedIo, message: RegExp): void {
  expect(rec.failed).toHaveLength(1);
  const [m] = rec.failed as [string];
  expect(m.split('\n')).toHaveLength(1);
  expect(m).not.toMatch(/\n\s+at |internal error/);
  expect(m).not.toContain(SECRET);
  expect(m).toMatch(message);
}

describe('a bad environment', () => {
  it('fails in one line when GITHUB_WORKSPACE does not exist', async () => {
    const missing = join(sb.base, 'no-workspace');
    for (const mode of ['scan', 'merge']) {
      const rec = fakeIo({ 'target-version': '1.25', mode, reports: '*.json' }, { GITHUB_WORKSPACE: missing, RUNNER_TEMP: join(sb.base, 'temp') });
      expect(await runAction(rec.io)).toBeNull();
      expectOneFailure(rec, new RegExp(`^GITHUB_WORKSPACE ${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not a directory; check out the repository before this step$`));
    }
    sb.assertOutsideUnchanged();
  });

  it('fails in one line naming the report path when RUNNER_TEMP cannot be written', async () => {
    const temp = join(sb.root, 'deploy', 'cron.yaml', 'runner-temp');
    const rec = fakeIo({ 'target-version': '1.25' }, { RUNNER_TEMP: temp });
    expect(await runAction(rec.io)).toBeNull();
    expectOneFailure(rec, /^cannot write the report to .*\/deploy\/cron\.yaml\/runner-temp\/kube-upgrade-gate-report\.json: a part of the path is not a directory \(ENOTDIR\)$/);
    expect(rec.outputs).toEqual({});
    // The scan itself ran and was logged.
    expect(rec.log.join('\n')).toContain('file: deploy/cron.yaml');
    sb.assertOutsideUnchanged();
  });

  it.each([
    [{ 'render-timeout': '3000000' }, /^render-timeout "3000000" is not valid; expected a number of seconds greater than 0 and at most 86400$/],
    [{ 'render-workers': '65' }, /^render-workers "65" is not valid; expected a whole number from 1 to 64$/],
    [{ 'max-file-bytes': '1099511627776' }, /^max-file-bytes "1099511627776" is not valid; expected a whole number of bytes from 1 to 268435456 \(256 MiB\)$/],
    [{ 'eol-warning-days': '100000' }, /^eol-warning-days "100000" is not valid; expected a whole number of days from 0 to 3650$/],
    [{ shard: '1/5000' }, /^shard "1\/5000" is not valid; expected I\/N with 1 ≤ I ≤ N ≤ 1000, e\.g\. 2\/4$/],
  ])('fails in one line naming the range for %j', async (inputs, message) => {
    const rec = fakeIo({ 'target-version': '1.25', ...inputs }, { RUNNER_TEMP: join(sb.root, 'temp') });
    expect(await runAction(rec.io)).toBeNull();
    expectOneFailure(rec, message);
  });
});

/** Lines of the action's standard output that the runner would read as workflow commands (leading blanks trimmed). */
function commandLines(stdout: string): string[] {
  return stdout.split(/\r?\n/).filter((l) => /^\s*::/.test(l));
}

/**
 * The tool's own commands only: annotations (error/warning/notice, data and properties escaped by @actions/core),
 * log groups, debug lines, and stop-commands with its resume token.
 */
function expectOnlyOwnCommands(stdout: string): void {
  let token: string | null = null;
  for (const line of commandLines(stdout)) {
    const m = /^::([A-Za-z0-9-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    expect(m).not.toBeNull();
    const [, command, props, data] = m as unknown as [string, string, string | undefined, string];
    if (command === 'stop-commands') {
      expect(data).toMatch(/^[0-9a-f]{32}$/);
      token = data;
      continue;
    }
    if (token !== null && command === token) {
      token = null;
      continue;
    }
    expect(['error', 'warning', 'notice', 'group', 'endgroup', 'debug']).toContain(command);
    // Escaped data and properties: no line break, no bare colon or comma inside a property.
    for (const pair of (props ?? '').split(',').filter(Boolean)) expect(pair).toMatch(/^[a-zA-Z]+=[^:,]*$/);
    expect(data).not.toMatch(/[\r\n]/);
  }
  // The runner reads `##[command]` anywhere in a line it has not read as a `::` command.
  expect(stdout.split(/\r?\n/).filter((l) => !/^::/.test(l) && l.includes('##['))).toEqual([]);
}

/** Runs the shipped entry (`main`, with @actions/core) in this process, as the runner would, and returns its stdout. */
async function runMain(inputs: Record<string, string>, workspace: string): Promise<{ stdout: string; outputs: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kug-action-main-'));
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(dir, 'temp'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  writeFileSync(env['GITHUB_OUTPUT']!, '');
  writeFileSync(env['GITHUB_STEP_SUMMARY']!, '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]));
  const write = process.stdout.write;
  const savedCode = process.exitCode;
  let stdout = '';
  Object.assign(process.env, env);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    await main();
  } finally {
    process.stdout.write = write;
    process.exitCode = savedCode;
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const outputs = readFileSync(env['GITHUB_OUTPUT']!, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { stdout, outputs };
}

describe('logLine, the one escape of a log line carrying repository text', () => {
  it.each([
    ['::error::pwned', '\\x3a:error::pwned'],
    ['  \t::set-output name=x::y', '  \t\\x3a:set-output name=x::y'],
    ['a\n::error::x', 'a ::error::x'],
    ['merging reports/##[set-output name=x]y.json', 'merging reports/##\\x5bset-output name=x]y.json'],
    ['\u001b[31m::x', '\\x1b[31m::x'],
    [':: no command', '\\x3a: no command'],
    ['plain line: a::b', 'plain line: a::b'],
  ])('%j → %j', (input, output) => {
    expect(logLine(input)).toBe(output);
    expect(logLine(output)).toBe(output);
  });
});

describe('workflow commands from the repository', () => {
  it('a hostile file name and a chart whose helm error prints commands reach the log only escaped', async () => {
    sb.write('::error::pwned.yaml', CRONJOB);
    sb.write('k8s/##[set-output name=y]pwned.yaml', CRONJOB);
    sb.write('charts/evil/Chart.yaml', 'apiVersion: v2\nname: evil\nversion: 0.1.0\n');
    sb.write('charts/evil/templates/fail.yaml', '{{ fail "boom\\n::set-output name=x::pwned\\n  ::add-mask::pwned\\n##[set-output name=z]pwned" }}\n');
    const { stdout, outputs } = await runMain({ 'target-version': '1.25', 'fail-on': 'never', 'helm-path': layerBinaries('v35').helm }, sb.root);
    // The scan ran: the helm log group, the plain manifests and the chart's failure are all there.
    expect(stdout).toMatch(/^::group::helm template charts\/evil: failed in \d+ ms$/m);
    expect(stdout).toMatch(/^\\x3a:set-output name=x::pwned$/m);
    expect(stdout).toMatch(/^ {2}\\x3a:add-mask::pwned$/m);
    expect(stdout).toContain('##\\x5bset-output name=z]pwned');
    expect(stdout).toMatch(/^::error title=Removed API%3A CronJob batch\/v1beta1,file=%3A%3Aerror%3A%3Apwned\.yaml,line=1,col=1::CronJob "nightly"/m);
    expect(stdout).toMatch(/^::error title=Removed API%3A CronJob batch\/v1beta1,file=deploy\/cron\.yaml,line=1,col=1::/m);
    expect(stdout).toMatch(/^::warning title=Render failed,file=charts\/evil\/templates\/fail\.yaml,line=1,col=1::Helm chart charts\/evil could not be rendered/m);
    expectOnlyOwnCommands(stdout);
    expect(outputs).not.toMatch(/^(x|y|z)</m);
    expect(stdout).not.toContain(SECRET);
    sb.assertOutsideUnchanged();
  });

  it('mode merge names hostile report files only escaped', async () => {
    for (const part of [1, 2]) {
      const out = join(sb.root, 'reports', part === 1 ? 'a\n::error::pwned.json' : '##[set-output name=x]b.json');
      mkdirSync(join(sb.root, 'reports'), { recursive: true });
      const r = await runCli(['scan', 'deploy', '--target', '1.25', '--format', 'json', '--shard', `${part}/2`, '--output', out], sb.root);
      expect(r.stderr).toBe('');
    }
    const { stdout } = await runMain({ mode: 'merge', reports: 'reports/*.json', 'fail-on': 'never' }, sb.root);
    expect(stdout).toContain('merging 2 reports: reports/##\\x5bset-output name=x]b.json, reports/a ::error::pwned.json');
    expect(stdout).toMatch(/^::error title=Removed API%3A CronJob batch\/v1beta1,file=deploy\/cron\.yaml,line=1,col=1::/m);
    expectOnlyOwnCommands(stdout);
    sb.assertOutsideUnchanged();
  });

  it('a file name that starts a line of its own in the log is escaped there too', async () => {
    sb.write('::warning::x.yaml', CRONJOB);
    const rec = fakeIo({ 'target-version': '1.25', 'fail-on': 'never' }, { RUNNER_TEMP: join(sb.root, 'temp') });
    await runAction(rec.io);
    const lines = rec.log.flatMap((l) => l.split('\n'));
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual(['::stop-commands::TOKEN123', '::TOKEN123::']);
    expect(lines).toContain('file: ::warning::x.yaml');
  });
});
