/**
 * The safe setup for pull requests from forks: the pull_request workflow (read-only token) uploads its JSON report,
 * and a workflow_run job (write token, none of the pull request's code run) comments from it. The report and the
 * pull request number come from a workflow the pull request could change: the number is checked against the run's
 * head commit, and the report is rebuilt from its well-typed parts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/main.js';
import { wholeReport } from '../../src/action/scan.js';
import type { ScanResult } from '../../src/app/result.js';
import { recordingIo, unpacedGitHub } from '../helpers/action-io.js';
import { runCli } from '../helpers/cli.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const HEAD = 'a'.repeat(40);
let gh: FakeGitHub;
let ws: string;
let report: string;

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'kug-wfrun-'));
  const scanned = join(ws, 'scanned');
  mkdirSync(scanned);
  writeFileSync(join(scanned, 'cron.yaml'), 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n');
  report = (await runCli(['scan', '.', '--target', '1.25', '--format', 'json'], scanned)).stdout;
  mkdirSync(join(ws, 'artifact'));
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghs_bot', 'github-actions[bot]', { installation: true });
});
afterEach(async () => {
  const violations = [...gh.violations];
  await gh.close();
  expect(violations).toEqual([]);
});

async function commentFromArtifact(pullRequest: string, reportText = report): Promise<{ warnings: string[]; failed: string[]; outputs: Record<string, string> }> {
  writeFileSync(join(ws, 'artifact', 'report.json'), reportText);
  writeFileSync(join(ws, 'event.json'), JSON.stringify({ action: 'completed', workflow_run: { id: 9, head_sha: HEAD, event: 'pull_request', pull_requests: [] } }));
  const inputs: Record<string, string> = { mode: 'merge', reports: 'artifact/report.json', comment: 'always', 'pull-request': pullRequest, 'github-token': 'ghs_bot' };
  const rec = recordingIo(
    inputs,
    { GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, 'tmp'), GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: join(ws, 'event.json'), GITHUB_REPOSITORY: 'octo/shop', GITHUB_SHA: 'b'.repeat(40), GITHUB_RUN_ID: '10', GITHUB_API_URL: gh.url },
    { summary: null, github: unpacedGitHub },
  );
  await runAction(rec.io);
  return { warnings: rec.warnings, failed: rec.failed, outputs: rec.outputs };
}

describe('a workflow_run job commenting from the pull request workflow’s report', () => {
  it('comments on the pull request whose head is the run’s head commit', async () => {
    const pr = gh.addPullRequest('octo/shop', 'mallory', ['cron.yaml'], HEAD);
    const r = await commentFromArtifact(String(pr));
    expect(r.warnings).toEqual([]);
    expect(gh.lines()).toContain(`GET /repos/octo/shop/pulls/${pr}`);
    const [comment] = gh.comments('octo/shop', pr);
    expect(comment!.body).toContain('**1 error · 0 warnings · 0 notices**');
    expect(comment!.body).toContain(`/blob/${HEAD}/cron.yaml#L1`);
    expect(r.outputs['comment-url']).toContain('#issuecomment-');
    expect(r.failed).toEqual([expect.stringMatching(/^Kubernetes 1\.25: 1 error/)]);
  });

  it('does not comment on another pull request the artifact names', async () => {
    const victim = gh.addPullRequest('octo/shop', 'alice', [], 'c'.repeat(40));
    const r = await commentFromArtifact(String(victim));
    expect(r.warnings).toEqual([`comment skipped: pull request ${victim} (from pull-request) does not have the head commit of the run that made the report`]);
    expect(gh.writes()).toEqual([]);
    const missing = await commentFromArtifact('4242');
    expect(missing.warnings).toHaveLength(1);
    expect(gh.writes()).toEqual([]);
  });
});

describe('wholeReport', () => {
  it('rebuilds a hostile report from its well-typed parts and recounts it', () => {
    const parsed = JSON.parse(report) as ScanResult;
    const hostile = {
      ...parsed,
      summary: { files: 1, documents: 1, errors: 0, warnings: 0, notices: 0 },
      findings: [...parsed.findings, { ruleId: 'removed-api', severity: 'fatal', message: 42, file: ['x'], line: -3, column: 'a', object: 'nope', data: [1] }],
      clusters: [{ name: 'prod', version: 1, blockingAdvisories: 'CVE-1', path: [1, '1.33'] }, 'junk', null],
    } as unknown as ScanResult;
    const r = wholeReport(hostile);
    expect(r.summary).toEqual({ files: 1, documents: 1, errors: 1, warnings: 1, notices: 0 });
    expect(r.findings[1]).toEqual({ ruleId: 'removed-api', severity: 'warning', message: '', file: null, line: null, column: null, object: null, data: {} });
    expect(r.clusters).toEqual([{ name: 'prod', version: '', target: '', recommendedTarget: null, supported: false, endOfLife: null, path: ['1.33'], advisories: [], blockingAdvisories: [], skew: [], asOf: '' }]);
  });
});
