/**
 * The bundled action (dist/index.js) run as the runner runs it: a child process configured through INPUT_*
 * variables, the event payload in GITHUB_EVENT_PATH, the runner's GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and
 * GITHUB_API_URL pointing at a local stand-in for GitHub's REST API, which records and checks every request.
 * Build with `npm run build` before running this file.
 *
 * The child has no network: a preload module refuses every fetch that is not to 127.0.0.1, so live advisories fall
 * back to the embedded catalog the same way on every machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = join(repoRoot, 'dist', 'index.js');

const OWNER_REPO = 'octo/shop';
const BOT = 'github-actions[bot]';
const BASE_SHA = '1'.repeat(40);
const HEAD_SHA = '2'.repeat(40);
const MERGE_SHA = '3'.repeat(40);
const MAIN_SHA = '4'.repeat(40);

let dir: string;
let gh: FakeGitHub;
let runs = 0;

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run npm run build first');
  dir = mkdtempSync(join(tmpdir(), 'kug-e2e-'));
  writeFileSync(
    join(dir, 'offline.mjs'),
    'const real = globalThis.fetch;\n' +
      "globalThis.fetch = (input, init) => new URL(String(input instanceof Request ? input.url : input)).hostname === '127.0.0.1'\n" +
      "  ? real(input, init) : Promise.reject(new TypeError('fetch failed', { cause: new Error('offline test') }));\n",
  );
  gh = await startFakeGitHub();
  gh.addToken('ghs_bot', BOT, { installation: true });
  gh.addToken('ghs_fork', BOT, { installation: true, readOnly: true });
});

afterAll(async () => {
  const violations = gh ? [...gh.violations] : [];
  await gh?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  expect(violations).toEqual([]);
});

/** The defaults action.yml declares, as the runner passes them (the token's expression is the workflow's token). */
function actionDefaults(token: string): Record<string, string> {
  const action = parseYaml(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) if (input.default !== undefined) out[name] = String(input.default);
  out['github-token'] = token;
  return out;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}

/** Writes a workspace of files (a new directory per call, unless `workspace` is given). */
function workspace(files: Record<string, string>, at?: string): string {
  const ws = at ?? join(dir, `ws-${++runs}`);
  rmSync(ws, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, rel)), { recursive: true });
    writeFileSync(join(ws, rel), text);
  }
  return ws;
}

/** Runs the bundle the way the runner does, asynchronously so the stand-in server in this process can answer. */
async function runAction(opts: { ws: string; event: string; payload: unknown; inputs: Record<string, string>; token?: string; sha: string; runId: number }): Promise<Run> {
  const n = ++runs;
  const runDir = join(dir, `run-${n}`);
  mkdirSync(join(runDir, 'temp'), { recursive: true });
  const files = { output: join(runDir, 'output'), summary: join(runDir, 'summary'), event: join(runDir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(opts.payload, null, 2));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.ws,
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: OWNER_REPO,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    GITHUB_SHA: opts.sha,
    GITHUB_RUN_ID: String(opts.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION: 'gate',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: join(runDir, 'temp'),
  };
  // The runner's naming: INPUT_ + the name upper-cased, spaces as underscores, hyphens kept.
  for (const [name, value] of Object.entries({ ...actionDefaults(opts.token ?? 'ghs_bot'), ...opts.inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, ['--import', pathToFileURL(join(dir, 'offline.mjs')).href, bundle], { cwd: opts.ws, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8'), commands: parseCommands(stdout) };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

/** The workflow commands the runner would act on (none inside a stop-commands block). */
function parseCommands(stdout: string): Run['commands'] {
  const out: Run['commands'] = [];
  let stoppedBy: string | null = null;
  const data = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  for (const line of stdout.split(/\r?\n/)) {
    if (stoppedBy !== null) {
      if (line === `::${stoppedBy}::`) stoppedBy = null;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') {
      stoppedBy = m[3]!;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) properties[pair.slice(0, pair.indexOf('='))] = data(pair.slice(pair.indexOf('=') + 1)).replace(/%3A/g, ':').replace(/%2C/g, ',');
    out.push({ command: m[1]!, properties, message: data(m[3]!) });
  }
  return out;
}

/** A pull_request event payload as GitHub sends it (the fields the action may read, and some it must not trust). */
function pullRequestEvent(number: number, fork = false): unknown {
  const repo = { id: 1, name: 'shop', full_name: OWNER_REPO, owner: { login: 'octo', type: 'Organization' }, private: false, default_branch: 'main' };
  const headRepo = fork ? { ...repo, id: 2, full_name: 'mallory/shop', owner: { login: 'mallory', type: 'User' }, fork: true } : repo;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER_REPO}/pulls/${number}`,
      number,
      state: 'open',
      title: 'Bump the nightly job @octo/admins #1',
      user: { login: fork ? 'mallory' : 'alice', type: 'User' },
      head: { label: `${fork ? 'mallory' : 'octo'}:feature`, ref: 'feature', sha: HEAD_SHA, repo: headRepo },
      base: { label: 'octo:main', ref: 'main', sha: BASE_SHA, repo },
      draft: false,
      merged: false,
    },
    before: '5'.repeat(40),
    after: HEAD_SHA,
    repository: repo,
    sender: { login: fork ? 'mallory' : 'alice', type: 'User' },
  };
}

const CRON_REMOVED = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n  namespace: shop\n';
const CRON_OK = 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\n  namespace: shop\n';
const HPA_DEPRECATED = 'apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n';
const HPA_OK = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n';

const list = (pr: number, pages: number): string[] =>
  Array.from({ length: pages }, (_, i) => `GET /repos/${OWNER_REPO}/issues/${pr}/comments?per_page=100${i > 0 ? `&page=${i + 1}` : ''}`);
const files = (pr: number): string => `GET /repos/${OWNER_REPO}/pulls/${pr}/files?per_page=100`;

describe('pull request: the sticky comment over a pull request’s life', () => {
  let pr: number;
  let ws: string;
  const run = (runId: number, extra: Partial<Parameters<typeof runAction>[0]> = {}): Promise<Run> =>
    runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs: { 'target-version': '1.25' }, sha: MERGE_SHA, runId, ...extra });

  beforeAll(() => {
    pr = gh.addPullRequest(OWNER_REPO, 'alice', ['deploy/cron.yaml']);
    // Reviewers talked a lot before the scan ran: its comment must be looked for on every page.
    for (let i = 0; i < 150; i++) gh.addComment(OWNER_REPO, pr, 'alice', `review comment ${i}`);
    ws = workspace({ 'deploy/cron.yaml': CRON_REMOVED, 'deploy/hpa.yaml': HPA_DEPRECATED });
  });

  it('first run: lists the changed files and every page of comments, then creates the comment; the gate fails', async () => {
    gh.clearRequests();
    const r = await run(101);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(gh.lines()).toEqual([files(pr), 'GET /user', ...list(pr, 2), `POST /repos/${OWNER_REPO}/issues/${pr}/comments`]);
    const comments = gh.comments(OWNER_REPO, pr).filter((c) => c.user.login === BOT);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toMatch(/^<!-- kube-upgrade-gate:comment v1 sha256=[0-9a-f]{64} -->\n## ❌ Kubernetes 1\.25 upgrade: 1 blocker/);
    expect(body).toContain(`(https://github.com/${OWNER_REPO}/blob/${HEAD_SHA}/deploy/cron.yaml#L1)`);
    expect(body).toContain(`[Workflow run](https://github.com/${OWNER_REPO}/actions/runs/101)`);
    expect(r.outputs).toMatchObject({ errors: '1', warnings: '1', blocked: 'true', 'comment-url': expect.stringContaining('#issuecomment-'), 'recommended-targets': '{}' });
    expect(existsSync(r.outputs['sarif-file']!)).toBe(true);
    expect(existsSync(r.outputs['report-json']!)).toBe(true);
    // The file the pull request changes is annotated first.
    expect(r.commands.filter((c) => c.properties['file'] !== undefined).map((c) => [c.command, c.properties['file']])).toEqual([
      ['error', 'deploy/cron.yaml'],
      ['warning', 'deploy/hpa.yaml'],
    ]);
    expect(r.summary).toContain(`(https://github.com/${OWNER_REPO}/blob/${MERGE_SHA}/deploy/cron.yaml#L1)`);
    expect(r.commands.at(-1)).toEqual({ command: 'error', properties: {}, message: expect.stringMatching(/^Kubernetes 1\.25: 1 error, 1 warning, 0 notices; fail-on is "error"\./) });
  });

  it('a new run with the same findings reads and writes nothing else', async () => {
    gh.clearRequests();
    const r = await run(102);
    expect(r.code).toBe(1);
    expect(gh.lines()).toEqual([files(pr), 'GET /user', ...list(pr, 2)]);
    expect(gh.writes()).toEqual([]);
  });

  it('only-changed gates on the changed files: a warning elsewhere is neither annotated nor failing', async () => {
    gh.clearRequests();
    const r = await run(103, { inputs: { 'target-version': '1.25', 'fail-on': 'warning', 'only-changed': 'true' } });
    expect(r.code).toBe(1); // the changed file still has its removed API
    expect(r.commands.filter((c) => c.properties['file'] !== undefined).map((c) => c.properties['file'])).toEqual(['deploy/cron.yaml']);
    expect(r.commands.at(-1)?.message).toMatch(/; fail-on is "warning" \(only-changed: 1 finding in scope\)\./);
    expect(gh.writes()).toEqual([]);
  });

  it('the pull request turns clean: the comment is edited to say so, and the gate passes', async () => {
    workspace({ 'deploy/cron.yaml': CRON_OK, 'deploy/hpa.yaml': HPA_OK }, ws);
    gh.clearRequests();
    const r = await run(104);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const own = gh.comments(OWNER_REPO, pr).filter((c) => c.user.login === BOT);
    expect(gh.lines()).toEqual([files(pr), 'GET /user', ...list(pr, 2), `PATCH /repos/${OWNER_REPO}/issues/comments/${own[0]!.id}`]);
    expect(own).toHaveLength(1);
    expect(own[0]!.body).toContain('## ✅ Kubernetes 1.25 upgrade: no blockers or warnings');
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '0', blocked: 'false' });
  });
});

describe('pull request from a fork: a read-only token', () => {
  it('warns once that the comment was skipped; annotations, summary, outputs and the gate still work', async () => {
    const pr = gh.addPullRequest(OWNER_REPO, 'mallory', ['deploy/cron.yaml']);
    const ws = workspace({ 'deploy/cron.yaml': CRON_REMOVED });
    gh.clearRequests();
    const r = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr, true), inputs: { 'target-version': '1.25' }, token: 'ghs_fork', sha: MERGE_SHA, runId: 201 });
    expect(r.stderr).toBe('');
    expect(gh.lines()).toEqual([files(pr), 'GET /user', ...list(pr, 1), `POST /repos/${OWNER_REPO}/issues/${pr}/comments`]);
    expect(gh.requests.at(-1)!.status).toBe(403);
    const warnings = r.commands.filter((c) => c.command === 'warning' && c.properties['file'] === undefined);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^comment skipped: the token cannot write/)]);
    expect(r.commands.filter((c) => c.command === 'error' && c.properties['file'] === 'deploy/cron.yaml')).toHaveLength(1);
    expect(r.summary).toMatch(/^## ❌ kube-upgrade-gate: 1 error, 0 warnings, 0 notices/);
    expect(r.outputs).toMatchObject({ errors: '1', blocked: 'true' });
    expect(r.outputs['comment-url']).toBeUndefined();
    expect(r.code).toBe(1);
    expect(gh.comments(OWNER_REPO, pr)).toEqual([]);
  });
});

describe('suggest-fixes: the mechanical fixes as a review of suggestions', () => {
  it('posts one review on the head commit with a suggestion block on the changed line, and replaces nothing on an identical run', async () => {
    const ingress =
      '# the shop\napiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - http:\n      paths:\n' +
      '      - path: /\n        backend:\n          serviceName: web\n          servicePort: 80\n';
    // The pull request changed lines 1-3 and 10-13 (the path and its backend); line 11 is context, inside the same hunk.
    const patch = '@@ -1,3 +1,3 @@\n-# shop\n+# the shop\n apiVersion: networking.k8s.io/v1beta1\n kind: Ingress\n' +
      '@@ -10,4 +10,4 @@ spec:\n-      - path: /old\n+      - path: /\n         backend:\n           serviceName: web\n-          servicePort: 8080\n+          servicePort: 80\n';
    const pr = gh.addPullRequest(OWNER_REPO, 'alice', [{ filename: 'deploy/ingress.yaml', patch, content: ingress }]);
    const ws = workspace({ 'deploy/ingress.yaml': ingress });
    gh.clearRequests();
    const inputs = { 'target-version': '1.35', 'suggest-fixes': 'true' };
    const r = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs, sha: MERGE_SHA, runId: 251 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the removed Ingress API still fails the gate
    expect(r.stdout).toContain('Fix suggestions: created (3 suggestions on 1 file).');
    expect(r.outputs['suggestions']).toBe('3');
    const [review] = gh.reviews(OWNER_REPO, pr);
    expect(review!.commitId).toBe(HEAD_SHA);
    expect(review!.body).toMatch(/^<!-- kube-upgrade-gate:review v1 sha256=[0-9a-f]{64} -->\nkube-upgrade-gate suggests 3 mechanical fixes for Kubernetes 1\.35/);
    const comments = gh.reviewComments(OWNER_REPO, pr);
    expect(comments.map((c) => [c.path, c.startLine, c.line])).toEqual([
      ['deploy/ingress.yaml', null, 2],
      ['deploy/ingress.yaml', null, 10],
      ['deploy/ingress.yaml', 12, 13],
    ]);
    expect(comments[0]!.body).toBe(
      '<!-- kube-upgrade-gate:suggestion v1 -->\n' +
        '`networking.k8s.io/v1beta1` → `networking.k8s.io/v1` for Ingress "web" (backends as service.name/port, pathType ImplementationSpecific where unset): mechanical and safe at Kubernetes 1.35.\n\n' +
        '```suggestion\napiVersion: networking.k8s.io/v1\n```\n',
    );
    expect(comments[1]!.body).toContain('```suggestion\n      - path: /\n        pathType: ImplementationSpecific\n```\n');
    expect(comments[2]!.body).toContain('```suggestion\n          service:\n            name: web\n            port:\n              number: 80\n```\n');

    gh.clearRequests();
    const again = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs, sha: MERGE_SHA, runId: 252 });
    expect(again.stdout).toContain('Fix suggestions: unchanged (3 suggestions on 1 file).');
    expect(gh.writes()).toEqual([]);
  });
});

describe('a pull request with 500 findings', () => {
  it('gets one comment within GitHub’s limit that still states every count', async () => {
    const pr = gh.addPullRequest(OWNER_REPO, 'alice', ['deploy/jobs.yaml']);
    const docs = Array.from({ length: 400 }, (_, i) => `apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: job-${i}\n  namespace: team-${i % 7}\n`);
    const old = Array.from({ length: 100 }, (_, i) => `apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web-${i}\n`);
    const ws = workspace({ 'deploy/jobs.yaml': docs.join('---\n'), 'deploy/hpa.yaml': old.join('---\n') });
    gh.clearRequests();
    const r = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs: { 'target-version': '1.25' }, sha: MERGE_SHA, runId: 301 });
    expect(r.outputs).toMatchObject({ errors: '400', warnings: '100' });
    const [comment] = gh.comments(OWNER_REPO, pr);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body).toContain('**400 errors · 100 warnings · 0 notices**');
    expect(comment!.body).toMatch(/> \d+ rows left out \([^)]*\) to keep this comment within GitHub's size limit/);
    // Ten errors are annotated (one slot kept for the failure), and the rest are pointed to.
    expect(r.commands.filter((c) => c.command === 'error' && c.properties['file'] !== undefined)).toHaveLength(9);
    const more = r.commands.find((c) => c.command === 'notice' && c.properties['title'] === 'More findings in the job summary');
    expect(more?.message).toMatch(/^481 more findings \(391 errors, 90 warnings\) are not shown as annotations: .* Every finding is in this step's job summary, the SARIF report .*\.sarif .* and the JSON report .*\.json/);
    expect(r.summary.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'))).toHaveLength(500);
  });
});

describe('schedule: the tracking issue of the declared clusters', () => {
  const schedule = { schedule: '0 6 * * 1', repository: { full_name: OWNER_REPO, name: 'shop', owner: { login: 'octo' } }, workflow: '.github/workflows/clusters.yml' };
  const issues = `GET /repos/${OWNER_REPO}/issues?state=all&labels=kube-upgrade-gate&per_page=100`;
  let ws: string;
  const config = (version: string, target: string): Record<string, string> => ({
    '.github/kube-upgrade-gate.yaml': `target: "${target}"\nclusters:\n  - name: prod\n    version: ${version}\n`,
    'deploy/cron.yaml': CRON_OK,
  });
  const run = (runId: number): Promise<Run> =>
    runAction({ ws, event: 'schedule', payload: schedule, inputs: { mode: 'advisories', 'as-of': '2026-07-01' }, sha: MAIN_SHA, runId });

  it('creates the issue on the first blocker, with the live feed unreachable (warning, embedded catalog)', async () => {
    ws = workspace(config('1.33.2', '1.33'));
    gh.clearRequests();
    const r = await run(401);
    expect(r.stderr).toBe('');
    expect(gh.lines()).toEqual(['GET /user', issues, `POST /repos/${OWNER_REPO}/issues`]);
    const [issue] = gh.issues(OWNER_REPO).filter((i) => i.labels.includes('kube-upgrade-gate'));
    expect(issue).toMatchObject({ state: 'open', title: 'Kubernetes upgrade: declared clusters need attention', labels: ['kube-upgrade-gate'] });
    expect(issue!.body).toContain('end of life');
    expect(r.outputs['issue-number']).toBe(String(issue!.number));
    expect(r.outputs['recommended-targets']).toBe(JSON.stringify({ prod: JSON.parse(r.outputs['recommended-targets']!).prod }));
    expect(JSON.parse(r.outputs['recommended-targets']!).prod).toMatch(/^1\.\d+\.\d+$/);
    expect(r.commands.some((c) => c.command === 'warning' && /Falling back to the embedded catalog/.test(c.message))).toBe(true);
    expect(r.code).toBe(1); // fail-on-clusters error: the cluster is out of support
  });

  it('leaves it alone while nothing changes (another run, another link)', async () => {
    gh.clearRequests();
    const r = await run(402);
    expect(gh.lines()).toEqual(['GET /user', issues]);
    expect(r.outputs['issue-number']).toBeDefined();
  });

  it('closes it with a comment once every cluster is clean', async () => {
    workspace(config('1.35.1', '1.35'), ws); // upgraded
    gh.clearRequests();
    const r = await run(403);
    const [issue] = gh.issues(OWNER_REPO).filter((i) => i.labels.includes('kube-upgrade-gate'));
    expect(gh.lines()).toEqual(['GET /user', issues, `POST /repos/${OWNER_REPO}/issues/${issue!.number}/comments`, `PATCH /repos/${OWNER_REPO}/issues/${issue!.number}`]);
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(r.outputs).toMatchObject({ blocked: 'false', 'issue-number': String(issue!.number) });
    expect(r.code).toBe(0);
  });
});

describe('pull request: the change record of the declared clusters', () => {
  const CONFIG = '.github/kube-upgrade-gate.yaml';
  const declaration =
    'target: "1.35"\nclusters:\n' +
    '  - name: onprem\n    provider: kubeadm\n    version: 1.33.2\n    nodePools:\n      - { name: workers, kubelet: 1.32.4 }\n    paths: ["deploy/**"]\n' +
    '  - name: cloud\n    provider: eks\n    version: 1.34.1-eks-1a2b3c4\n';
  const inputs = { 'as-of': '2026-11-23', 'fail-on-clusters': 'never' };

  it('is written as plan-file and plan-json, equal to what the plan command prints, and shown collapsed when the pull request changes the declaration', async () => {
    const pr = gh.addPullRequest(OWNER_REPO, 'alice', [CONFIG]);
    const ws = workspace({ [CONFIG]: declaration, 'deploy/cron.yaml': CRON_REMOVED });
    gh.clearRequests();
    const r = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs, sha: MERGE_SHA, runId: 501 });
    expect(r.stderr).toBe('');
    expect(r.outputs['plan-file']).toMatch(/kube-upgrade-gate-plan-gate\.md$/);
    expect(r.outputs['plan-json']).toMatch(/kube-upgrade-gate-plan-gate\.json$/);
    const markdown = readFileSync(r.outputs['plan-file']!, 'utf8');
    const record = JSON.parse(readFileSync(r.outputs['plan-json']!, 'utf8')) as { clusters: Array<{ name: string; preflight: Array<{ ruleId: string; file: string }> }> };
    expect(record.clusters.map((c) => c.name)).toEqual(['onprem', 'cloud']);
    // The action's own scan is the record's pre-flight evidence: the removed CronJob in the cluster's paths.
    expect(record.clusters[0]!.preflight).toEqual([expect.objectContaining({ ruleId: 'removed-api', file: 'deploy/cron.yaml' })]);
    // The same record the CLI makes from the same workspace and date.
    const cli = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), 'plan', '--config', CONFIG, '--as-of', '2026-11-23'], { cwd: ws, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(markdown).toBe(cli.stdout);
    // The job summary carries it collapsed after the findings, every cluster included.
    expect(r.summary).toContain('<details><summary>📋 Upgrade change record (2 clusters): the `plan-file` output</summary>');
    expect(r.summary.slice(r.summary.indexOf('📋 Upgrade change record')).match(/^#### Cluster \S+$/gm)).toEqual(['#### Cluster onprem', '#### Cluster cloud']);

    const [comment] = gh.comments(OWNER_REPO, pr);
    const body = comment!.body;
    const lines = body.split('\n');
    const open = lines.indexOf(`<details><summary>📋 Upgrade change record (2 clusters): this pull request changes ${CONFIG}</summary>`);
    expect(open).toBeGreaterThan(0);
    const close = lines.indexOf('</details>', open);
    const inside = lines.slice(open, close);
    expect(inside.filter((l) => l.startsWith('#### Cluster '))).toEqual(['#### Cluster onprem', '#### Cluster cloud']);
    // The record's own sections, two heading levels down; the kubeadm runbook with its etcd snapshot.
    const step = /^#### (Step 1: 1\.33\.2 → 1\.34\.\d+)$/m.exec(markdown)?.[1];
    expect(step).toBeDefined();
    expect(inside).toContain(`###### ${step}`);
    expect(inside.join('\n')).toMatch(/etcdctl .* snapshot save \/var\/backups\/etcd-onprem-before-1\.33\.2\.db/);
  });

  it('is left out of the comment when the pull request changes only manifests, and still written', async () => {
    const pr = gh.addPullRequest(OWNER_REPO, 'alice', ['deploy/cron.yaml']);
    const ws = workspace({ [CONFIG]: declaration, 'deploy/cron.yaml': CRON_REMOVED });
    const r = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs, sha: MERGE_SHA, runId: 502 });
    expect(r.stderr).toBe('');
    expect(existsSync(r.outputs['plan-file']!)).toBe(true);
    const [comment] = gh.comments(OWNER_REPO, pr);
    expect(comment!.body).not.toContain('Upgrade change record');
  });

  it('is reason enough for a comment on a pull request with no finding that changes the declaration', async () => {
    const pr = gh.addPullRequest(OWNER_REPO, 'alice', [CONFIG]);
    // A cluster on the newest patch of a supported release; its two unfixed advisories accepted.
    const accept = (cve: string): string => `  - { cve: ${cve}, cluster: fresh, reason: "mitigated by admission policy", expires: 2027-06-30 }\n`;
    const fresh = `target: "1.35"\nclusters:\n  - name: fresh\n    version: 1.35.8\nignore:\n${accept('CVE-2020-8554')}${accept('CVE-2020-8561')}`;
    const ws = workspace({ [CONFIG]: fresh, 'deploy/cron.yaml': CRON_OK });
    gh.clearRequests();
    const r = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs, sha: MERGE_SHA, runId: 504 });
    expect(r.stderr).toBe('');
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '0', blocked: 'false' });
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`POST /repos/${OWNER_REPO}/issues/${pr}/comments`]);
    const body = gh.comments(OWNER_REPO, pr)[0]!.body;
    expect(body).toContain('## ✅ Kubernetes 1.35 upgrade: no blockers or warnings');
    expect(body).toContain(`<details><summary>📋 Upgrade change record (1 cluster): this pull request changes ${CONFIG}</summary>`);
  });

  it('is shown when the pull request changes only an inventory file the declaration names (recorded kubectl output)', async () => {
    const evidence = join(repoRoot, '__tests__', 'fixtures', 'inventory', 'prod');
    const pr = gh.addPullRequest(OWNER_REPO, 'alice', ['evidence/prod/nodes.json']);
    const withInventory =
      'target: "1.35"\nclusters:\n  - name: prod\n    provider: kubeadm\n    inventory:\n' +
      '      version: ../evidence/prod/version.json\n      nodes: ../evidence/prod/nodes.json\n      pods: ../evidence/prod/kube-system-pods.json\n';
    const ws = workspace({
      [CONFIG]: withInventory,
      'deploy/cron.yaml': CRON_OK,
      ...Object.fromEntries(['version.json', 'nodes.json', 'kube-system-pods.json'].map((f) => [`evidence/prod/${f}`, readFileSync(join(evidence, f), 'utf8')])),
    });
    const r = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs, sha: MERGE_SHA, runId: 505 });
    expect(r.stderr).toBe('');
    const body = gh.comments(OWNER_REPO, pr)[0]!.body;
    expect(body).toContain('<details><summary>📋 Upgrade change record (1 cluster): this pull request changes evidence/prod/nodes.json</summary>');
    expect(body).toContain('##### Evidence');
  });

  it('is not made with plan: never', async () => {
    const pr = gh.addPullRequest(OWNER_REPO, 'alice', [CONFIG]);
    const ws = workspace({ [CONFIG]: declaration, 'deploy/cron.yaml': CRON_REMOVED });
    const r = await runAction({ ws, event: 'pull_request', payload: pullRequestEvent(pr), inputs: { ...inputs, plan: 'never' }, sha: MERGE_SHA, runId: 503 });
    expect(r.outputs['plan-file']).toBeUndefined();
    expect(gh.comments(OWNER_REPO, pr)[0]!.body).not.toContain('Upgrade change record');
  });
});
