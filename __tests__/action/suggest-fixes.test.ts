/** suggest-fixes in the action: which files get suggestions, under which decision, and the log line and output. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../../src/action/main.js';
import { recordingIo, unpacedGitHub } from '../helpers/action-io.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const HEAD = 'a'.repeat(40);
const CRON = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n';
const ROLE = 'kind: Role\napiVersion: rbac.authorization.k8s.io/v1beta1\nmetadata:\n  name: reader\nrules: []\n';
const NEW_FILE = (text: string): string => `@@ -0,0 +1,${text.split('\n').length - 1} @@\n${text.split('\n').slice(0, -1).map((l) => `+${l}`).join('\n')}`;

let gh: FakeGitHub;
let ws: string;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghs_bot', 'github-actions[bot]', { installation: true });
  gh.addToken('ghs_fork', 'github-actions[bot]', { installation: true, readOnly: true });
  ws = mkdtempSync(join(tmpdir(), 'kug-suggest-'));
});
afterEach(async () => {
  const violations = [...gh.violations];
  await gh.close();
  rmSync(ws, { recursive: true, force: true });
  expect(violations).toEqual([]);
});

function files(map: Record<string, string>): void {
  for (const [rel, text] of Object.entries(map)) {
    mkdirSync(dirname(join(ws, rel)), { recursive: true });
    writeFileSync(join(ws, rel), text);
  }
}

async function run(pr: number, extra: Record<string, string> = {}, token = 'ghs_bot') {
  writeFileSync(join(ws, '.event.json'), JSON.stringify({ number: pr, pull_request: { number: pr, head: { sha: HEAD }, base: { sha: 'b'.repeat(40) } } }));
  const inputs: Record<string, string> = { 'target-version': '1.35', 'suggest-fixes': 'true', 'github-token': token, paths: 'deploy', ...extra };
  const rec = recordingIo(
    inputs,
    { GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, '.tmp'), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(ws, '.event.json'), GITHUB_REPOSITORY: 'octo/shop', GITHUB_API_URL: gh.url },
    { summary: null, github: unpacedGitHub },
  );
  await runAction(rec.io);
  return { log: rec.info.filter((l) => l.startsWith('Fix suggestions')), warnings: rec.warnings, outputs: rec.outputs };
}

describe('suggest-fixes', () => {
  it('suggests on the changed files whose workspace copy is the head’s, and says what it left', async () => {
    files({ 'deploy/cron.yaml': CRON, 'deploy/role.yaml': ROLE, 'deploy/untouched.yaml': CRON.replace('nightly', 'other'), 'deploy/stale.yaml': CRON.replace('nightly', 'stale') });
    const pr = gh.addPullRequest('octo/shop', 'alice', [
      { filename: 'deploy/cron.yaml', patch: NEW_FILE(CRON), content: CRON },
      { filename: 'deploy/role.yaml', patch: '@@ -3,3 +3,3 @@\n metadata:\n-  name: old\n+  name: reader\n rules: []', content: ROLE },
      // The head has another version of this file than the workspace: no suggestion on lines that may not be the head's.
      { filename: 'deploy/stale.yaml', patch: NEW_FILE(CRON), content: CRON.replace('nightly', 'other-name') },
    ]);
    const r = await run(pr);
    expect(r.warnings).toEqual([]);
    expect(r.log).toEqual([
      "Fix suggestions: created (1 suggestion on 1 file; 1 fix outside the changed lines not suggested; 1 file not as at the pull request's head in the workspace, not suggested on).",
    ]);
    expect(r.outputs['suggestions']).toBe('1');
    const [review] = gh.reviews('octo/shop', pr);
    expect(review!.commitId).toBe(HEAD);
    expect(gh.reviewComments('octo/shop', pr).map((c) => [c.path, c.line, c.body.split('```suggestion\n')[1]])).toEqual([['deploy/cron.yaml', 1, 'apiVersion: batch/v1\n```\n']]);
  });

  it('follows the comment decision: nothing with comment never, nothing written with a fork’s read-only token', async () => {
    files({ 'deploy/cron.yaml': CRON });
    const pr = gh.addPullRequest('octo/shop', 'alice', [{ filename: 'deploy/cron.yaml', patch: NEW_FILE(CRON), content: CRON }]);
    const never = await run(pr, { comment: 'never' });
    expect(never.log).toEqual(['Fix suggestions: not posted (comment is never).']);
    expect(gh.writes()).toEqual([]);
    const fork = await run(pr, {}, 'ghs_fork');
    expect(fork.warnings).toEqual([
      expect.stringMatching(/^comment skipped: the token cannot write/),
      expect.stringMatching(/^suggestions skipped: the token cannot write to this pull request \(HTTP 403\)/),
    ]);
    expect(fork.outputs['suggestions']).toBe('0');
    expect(gh.reviews('octo/shop', pr)).toEqual([]);
  });

  it('reads nothing the scan did not flag (a chart template it did not render, a path outside the workspace)', async () => {
    files({ 'deploy/chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n', 'deploy/chart/templates/cron.yaml': CRON });
    const pr = gh.addPullRequest('octo/shop', 'alice', [
      { filename: 'deploy/chart/templates/cron.yaml', patch: NEW_FILE(CRON), content: CRON },
      { filename: '../outside.yaml', patch: NEW_FILE(CRON), content: CRON },
    ]);
    const r = await run(pr);
    expect(r.log).toEqual(['Fix suggestions: unchanged (0 suggestions on 0 files).']);
    expect(gh.writes().filter((w) => w.path.includes('/reviews'))).toEqual([]);
  });
});
